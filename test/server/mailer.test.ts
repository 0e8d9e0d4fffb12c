import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../server/mailer.ts';

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('siti.aisyah@demo.ispeks.invalid')).toBe('s***@demo.ispeks.invalid');
  });

  it('reveals nothing of something that is not an address', () => {
    expect(maskEmail('siti.aisyah')).toBe('***');
  });
});
