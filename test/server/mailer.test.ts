import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Outbox, maskEmail } from '../../server/mailer.ts';

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('siti.aisyah@demo.ispeks.invalid')).toBe('s***@demo.ispeks.invalid');
  });

  it('reveals nothing of something that is not an address', () => {
    expect(maskEmail('siti.aisyah')).toBe('***');
  });
});

describe('the outbox', () => {
  it('keeps every message in its folder but only the newest in memory, so a long-running server does not grow with each e-mail', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ispeks-outbox-'));
    try {
      const outbox = await Outbox.open(dir, () => new Date('2026-12-03T08:00:00Z'), undefined, 3);
      for (const n of [1, 2, 3, 4, 5]) {
        await outbox.send({
          toName: 'Siti',
          toAddress: 'siti.aisyah@demo.ispeks.invalid',
          subject: `message ${n}`,
          text: 'text',
          html: '<p>html</p>',
          qr: { cid: `qr-${n}@demo.ispeks.invalid`, png: Buffer.from([n]) },
          activationUrl: `https://demo.ispeks.invalid/activate?token=${n}`,
          appUrl: `ispeks://activate?token=${n}`,
          code: 'ABCD-EFGH',
        });
      }
      expect(outbox.messages().map((message) => message.subject)).toEqual(['message 3', 'message 4', 'message 5']);
      const [first] = outbox.messages();
      expect(outbox.qrImage(first!.id)).toEqual(Buffer.from([3]));
      expect(await readdir(dir)).toHaveLength(5);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
