import { describe, expect, it } from 'vitest';
import { clipboardHoldsPersonalData, createTraceCleaner } from '../../main/traces.ts';

const rules = { scheme: 'ispeks', allowedHosts: ['127.0.0.1:8787'] };
const token = 'T'.repeat(43);

describe('clearing what the person left behind', () => {
  it.each([
    [`ispeks://activate?token=${token}`, []],
    [`http://127.0.0.1:8787/activate?token=${token}`, []],
    [token, []],
    ['900101-03-5678', ['900101-03-5678']],
    ['jawapan: kucing oren', ['kucing oren']],
    ['Sungai-Golok-Tenang-42', ['Sungai-Golok-Tenang-42']],
  ])('clears a clipboard holding %j', (clipboard, typed) => {
    expect(clipboardHoldsPersonalData(clipboard, typed, rules)).toBe(true);
  });

  it.each([
    ['', ['kucing oren']],
    ['minutes of the meeting', ['kucing oren']],
    ['no', ['no']],
  ])('leaves a clipboard holding %j alone', (clipboard, typed) => {
    expect(clipboardHoldsPersonalData(clipboard, typed, rules)).toBe(false);
  });

  it('clears the clipboard and the session storage together', async () => {
    let clipboard = `ispeks://activate?token=${token}`;
    let sessionCleared = false;
    const clean = createTraceCleaner(
      { readClipboard: () => clipboard, clearClipboard: () => void (clipboard = ''), clearSessionData: async () => void (sessionCleared = true) },
      rules,
    );
    await clean([]);
    expect(clipboard).toBe('');
    expect(sessionCleared).toBe(true);
  });
});
