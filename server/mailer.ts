// "Sends" e-mail by writing RFC 5322 .eml files to the outbox folder, which any mail client opens.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutgoingEmail {
  readonly toName: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly text: string;
  readonly activationUrl: string;
  readonly appUrl: string;
}

export interface OutboxMessage {
  readonly to: string;
  readonly subject: string;
  readonly sentAt: string;
  readonly text: string;
  readonly activationUrl: string;
  readonly appUrl: string;
}

const FROM_DOMAIN = 'demo.ispeks.invalid';
const FROM = `"iSPEKS (demo)" <no-reply@${FROM_DOMAIN}>`;
// 45 bytes of UTF-8 are 60 characters of base64: each encoded word stays under RFC 2047's 75.
const ENCODED_WORD_BYTES = 45;

/** RFC 2047 `B` encoding for header text that is not plain ASCII, split on whole characters. */
export function encodeHeaderText(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const chunks: string[] = [''];
  for (const char of value) {
    const last = chunks[chunks.length - 1] ?? '';
    if (Buffer.byteLength(last + char) > ENCODED_WORD_BYTES) chunks.push(char);
    else chunks[chunks.length - 1] = last + char;
  }
  return chunks.map((chunk) => `=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`).join('\r\n ');
}

function mailbox(name: string, address: string): string {
  const display = /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeHeaderText(name);
  return `${display} <${address}>`;
}

/** `s***@example.org`: enough for a person at the console to tell which message is which. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 1 ? '***' : `${address.slice(0, 1)}***${address.slice(at)}`;
}

function formatEml(email: OutgoingEmail, sentAt: Date, messageId: string): string {
  const headers = [
    `From: ${FROM}`,
    `To: ${mailbox(email.toName, email.toAddress)}`,
    `Subject: ${encodeHeaderText(email.subject)}`,
    `Date: ${sentAt.toUTCString().replace(/GMT$/, '+0000')}`,
    `Message-ID: <${messageId}@${FROM_DOMAIN}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${email.text.replace(/\r?\n/g, '\r\n')}\r\n`;
}

export class Outbox {
  private readonly sent: OutboxMessage[] = [];

  private constructor(
    readonly dir: string,
    private readonly clock: () => Date,
    private readonly log: ((line: string) => void) | undefined,
  ) {}

  /** `log`, when given, gets one line per message: the masked recipient and the https link. */
  static async open(dir: string, clock: () => Date, log?: (line: string) => void): Promise<Outbox> {
    await mkdir(dir, { recursive: true });
    return new Outbox(dir, clock, log);
  }

  async send(email: OutgoingEmail): Promise<void> {
    const sentAt = this.clock();
    const id = randomUUID();
    const file = join(this.dir, `${sentAt.toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    await writeFile(file, formatEml(email, sentAt, id), { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    const { toAddress: to, subject, text, activationUrl, appUrl } = email;
    this.sent.push({ to, subject, sentAt: sentAt.toISOString(), text, activationUrl, appUrl });
    this.log?.(`[outbox] activation e-mail to ${maskEmail(to)}: ${activationUrl}`);
  }

  /** The messages sent since this server started, newest last; older ones stay in the folder. */
  messages(): readonly OutboxMessage[] {
    return this.sent;
  }
}
