import { describe, expect, it } from 'vitest';
import { createLinkInbox, findDeepLink } from '../../main/link-inbox.ts';
import { MAX_LINK_INPUT_LENGTH } from '../../shared/activation-link.ts';

describe('deep-link inbox', () => {
  it('keeps only the newest link, hands it over once, and says each time one arrives', () => {
    let pendingSignals = 0;
    const inbox = createLinkInbox();
    const stop = inbox.onPending(() => void (pendingSignals += 1));
    expect(inbox.take()).toBeNull();
    inbox.offer('ispeks://activate?token=first');
    inbox.offer('ispeks://activate?token=second');
    expect(pendingSignals).toBe(2);
    expect(inbox.take()).toBe('ispeks://activate?token=second');
    expect(inbox.take()).toBeNull();
    stop();
    inbox.offer('ispeks://activate?token=third');
    expect(pendingSignals).toBe(2);
  });

  it('cuts an absurdly long link down instead of holding megabytes', () => {
    const inbox = createLinkInbox();
    inbox.offer(`ispeks://activate?token=${'A'.repeat(1_000_000)}`);
    expect(inbox.take()!.length).toBeLessThanOrEqual(MAX_LINK_INPUT_LENGTH + 1);
  });
});

describe('the deep link among process arguments', () => {
  it.each([
    [['C:\\Program Files\\iSPEKS\\iSPEKS.exe', 'ispeks://activate?token=abc'], 'ispeks://activate?token=abc'],
    [['/opt/ispeks/ispeks', '--no-sandbox', 'ISPEKS://activate?token=abc'], 'ISPEKS://activate?token=abc'],
    [['electron', '.', '--allow-file-access-from-files', 'ispeks://activate?token=abc'], 'ispeks://activate?token=abc'],
    [['/opt/ispeks/ispeks'], null],
    [['/opt/ispeks/ispeks', 'https://evil.example/activate?token=abc'], null],
    [['/opt/ispeks/ispeks', '--api-base-url=ispeks://x'], null],
  ])('finds it in %j', (argv, expected) => {
    expect(findDeepLink(argv, 'ispeks')).toBe(expected);
  });
});
