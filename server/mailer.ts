// "Sends" e-mail by writing .eml files to the outbox folder, which any mail client opens. The MIME
// is nodemailer's MailComposer: multipart/alternative of the text and, with its inline QR image,
// multipart/related of the HTML.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { InlineImage } from './activation-email.ts';

export const MAIL_DOMAIN = 'demo.ispeks.invalid';
const FROM = { name: 'iSPEKS (demo)', address: `no-reply@${MAIL_DOMAIN}` };

export interface OutgoingEmail {
  readonly toName: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly qr: InlineImage;
  readonly activationUrl: string;
  readonly appUrl: string;
  readonly code: string;
}

export interface OutboxMessage {
  /** Names the message in the dev routes (its QR image). */
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly sentAt: string;
  readonly text: string;
  readonly activationUrl: string;
  readonly appUrl: string;
  /** The short code as the e-mail shows it, `XXXX-XXXX`. */
  readonly code: string;
}

/** `s***@example.org`: enough for a person at the console to tell which message is which. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 1 ? '***' : `${address.slice(0, 1)}***${address.slice(at)}`;
}

function compose(email: OutgoingEmail, sentAt: Date, id: string): Promise<Buffer> {
  return new MailComposer({
    from: FROM,
    to: { name: email.toName, address: email.toAddress },
    subject: email.subject,
    // CRLF throughout, as RFC 5322 files are written (MailComposer keeps the text's own by default).
    newline: 'windows',
    date: sentAt,
    messageId: `<${id}@${MAIL_DOMAIN}>`,
    text: email.text,
    html: email.html,
    attachments: [{ cid: email.qr.cid, filename: 'kod-qr.png', content: email.qr.png, contentType: 'image/png', contentDisposition: 'inline' }],
  })
    .compile()
    .build();
}

/** Messages kept in memory for /dev/outbox and the tests; the folder keeps every one. */
const REMEMBERED_MESSAGES = 1000;

export class Outbox {
  private readonly sent: OutboxMessage[] = [];
  private readonly qrImages = new Map<string, Buffer>();

  private constructor(
    readonly dir: string,
    private readonly clock: () => Date,
    private readonly log: ((line: string) => void) | undefined,
    private readonly remembered: number,
  ) {}

  /** `log`, when given, gets one line per message: the masked recipient and the https link. */
  static async open(dir: string, clock: () => Date, log?: (line: string) => void, remembered = REMEMBERED_MESSAGES): Promise<Outbox> {
    await mkdir(dir, { recursive: true });
    return new Outbox(dir, clock, log, remembered);
  }

  async send(email: OutgoingEmail): Promise<void> {
    const sentAt = this.clock();
    const id = randomUUID();
    const file = join(this.dir, `${sentAt.toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    await writeFile(file, await compose(email, sentAt, id), { mode: 0o600, flag: 'wx' });
    const { toAddress: to, subject, text, activationUrl, appUrl, code } = email;
    this.sent.push({ id, to, subject, sentAt: sentAt.toISOString(), text, activationUrl, appUrl, code });
    this.qrImages.set(id, email.qr.png);
    // A server that runs for weeks does not grow with every e-mail it ever sent.
    if (this.sent.length > this.remembered) this.qrImages.delete(this.sent.shift()!.id);
    this.log?.(`[outbox] activation e-mail to ${maskEmail(to)}: ${activationUrl}`);
  }

  /** The newest messages this server sent (1000 unless told otherwise), newest last; older ones stay in the folder. */
  messages(): readonly OutboxMessage[] {
    return this.sent;
  }

  /** The PNG of the QR code in message `id`, if this server sent it. */
  qrImage(id: string): Buffer | undefined {
    return this.qrImages.get(id);
  }
}
