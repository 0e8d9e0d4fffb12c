import { describe, expect, it } from 'vitest';
import { formatMalaysiaDate } from '../../renderer/src/i18n/format.ts';

describe('the registration date on the profile', () => {
  it('is the date in Malaysia, in words, whatever the time zone of the timestamp', () => {
    // 16:30 UTC is 00:30 the next day in Kuala Lumpur.
    expect(formatMalaysiaDate('2024-03-14T16:30:00Z', 'ms')).toBe('15 Mac 2024');
    expect(formatMalaysiaDate('2024-03-14T16:30:00Z', 'en')).toBe('15 March 2024');
    expect(formatMalaysiaDate('2025-09-01T09:00:00+08:00', 'ms')).toBe('1 September 2025');
  });
});
