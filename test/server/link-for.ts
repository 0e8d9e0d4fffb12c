// How a test gets the activation link of an IC number: ask for it over HTTP as a kiosk does, then take
// the e-mail it produced from the server's outbox. No test framework here, so any test may use it.
import type { RunningServer } from '../../server/app.ts';

export interface IssuedLink {
  readonly token: string;
  /** The https link of the e-mail. */
  readonly activationUrl: string;
  /** The custom-scheme link of the e-mail. */
  readonly appUrl: string;
  /** The e-mail's short code, canonical (8 characters, no hyphen). */
  readonly code: string;
}

type LinkSource = Pick<RunningServer, 'url' | 'outbox' | 'store' | 'settled'>;

/** Asks for a link for a registered IC number and returns the e-mail's links; throws if none was sent. */
export async function linkFor(server: LinkSource, icNumber: string): Promise<IssuedLink> {
  const account = server.store.state.accounts.find((candidate) => candidate.icNumber === icNumber);
  if (!account) throw new Error('linkFor needs the IC number of a registered account');
  const sentBefore = server.outbox.messages().length;
  const response = await fetch(`${server.url}/v1/activation-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ icNumber }),
  });
  if (response.status !== 202) throw new Error(`the activation request answered ${response.status}, not 202`);
  await server.settled();
  const message = server.outbox
    .messages()
    .slice(sentBefore)
    .findLast((candidate) => candidate.to === account.email);
  const token = message && new URL(message.activationUrl).searchParams.get('token');
  if (!message || !token) throw new Error('the activation request sent no e-mail');
  return { token, activationUrl: message.activationUrl, appUrl: message.appUrl, code: message.code.replace('-', '') };
}
