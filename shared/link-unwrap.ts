// The link-rewriting mail security gateways: which link a rewritten one wraps, when the original is
// in it. Formats and sources are in docs/activation-links.md. The wrapper is never trusted: the
// caller checks the link found inside against the allowed hosts, as if it had been pasted alone.
import { base64Bytes, utf8Text } from './link-bytes.ts';

/** The wrapped link as text (empty when the wrapper lacks it), or `opaque` when the gateway keeps it to itself. */
export type Unwrapped = { readonly inner: string } | { readonly opaque: true };

/** The parts a gateway is recognised by, read once: each read of a URL's getter costs. */
interface Where {
  readonly host: string;
  readonly path: string;
}

interface Gateway {
  readonly matches: (where: Where) => boolean;
  /** `raw` is the link as written, for formats the URL parser would re-encode. */
  readonly unwrap: (url: URL, raw: string) => Unwrapped;
}

function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

const param = (name: string) => (url: URL): Unwrapped => ({ inner: url.searchParams.get(name) ?? '' });

/** The parameter as written, with `+` left alone: base64 uses it. */
function rawParam(url: URL, name: string): string {
  const pair = url.search.slice(1).split('&').find((part) => part.startsWith(`${name}=`));
  return pair === undefined ? '' : decodePercent(pair.slice(name.length + 1));
}

const PROOFPOINT_HOSTS = new Set(['urldefense.proofpoint.com', 'urldefense.com', 'urldefense.us']);
// Proofpoint's own decoder: `**A` stands for the next 2 replaced characters, `**B` for 3, … `**_` for 65.
const RUN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** URL Defense v3: `/v3/__<link>__;<base64url of the characters replaced by * in it>!<signature>$`. */
function proofpointV3(raw: string): Unwrapped {
  const start = raw.indexOf('/v3/__');
  // The last `__;`: a link wrapped twice has its inner one inside.
  const end = raw.lastIndexOf('__;');
  if (start < 0 || end < start + 6) return { inner: '' };
  const bang = raw.indexOf('!', end);
  const replaced = base64Bytes(raw.slice(end + 3, bang < 0 ? undefined : bang));
  if (replaced === null) return { inner: '' };
  const replacements = [...utf8Text(replaced)];
  // Proofpoint's decoder puts back the second slash of `https:/host`, which some v3 links lack.
  const written = decodePercent(raw.slice(start + 6, end).replace(/^([a-z][a-z0-9+.-]*:\/)(?=[^/])/i, '$1/'));
  let inner = '';
  let next = 0;
  for (let index = 0; index < written.length; index++) {
    if (written[index] !== '*') {
      inner += written[index];
      continue;
    }
    const run = written[index + 1] === '*' ? RUN_LETTERS.indexOf(written[index + 2] ?? '') : -1;
    const count = run >= 0 ? run + 2 : 1;
    if (next + count > replacements.length) return { inner: '' };
    inner += replacements.slice(next, next + count).join('');
    next += count;
    index += run >= 0 ? 2 : 0;
  }
  return { inner };
}

/** Harmony Email v2: `/v2/[r01/]___<link, % written as *>___.<signature>`. */
function checkPointV2(raw: string): Unwrapped {
  const marker = /\/v2\/(?:r\d+\/)?___/.exec(raw.slice(0, 200));
  const end = raw.lastIndexOf('___.');
  if (!marker || end < marker.index + marker[0].length) return { inner: '' };
  return { inner: raw.slice(marker.index + marker[0].length, end).replace(/\*([0-9A-Fa-f]{2})/g, '%$1') };
}

const GATEWAYS: readonly Gateway[] = [
  {
    // Microsoft Defender for Office 365 Safe Links: every region's host, the US government cloud, Outlook on the web and Teams.
    matches: ({ host, path }) =>
      isHostOf(host, 'safelinks.protection.outlook.com') ||
      isHostOf(host, 'safelinks.protection.office365.us') ||
      (host === 'outlook.office.com' && path.startsWith('/mail/safelink')) ||
      (host === 'statics.teams.cdn.office.net' && path.includes('/safelinks/')),
    unwrap: param('url'),
  },
  {
    // Proofpoint URL Defense v1: `u` percent-encoded.
    matches: ({ host, path }) => PROOFPOINT_HOSTS.has(host) && path === '/v1/url',
    unwrap: param('u'),
  },
  {
    // Proofpoint URL Defense v2: `u` percent-encoded with `%` written as `-` and `/` as `_`.
    matches: ({ host, path }) => PROOFPOINT_HOSTS.has(host) && path === '/v2/url',
    unwrap: (url) => ({ inner: decodePercent(rawParam(url, 'u').replace(/-/g, '%').replace(/_/g, '/')) }),
  },
  {
    matches: ({ host, path }) => PROOFPOINT_HOSTS.has(host) && path.startsWith('/v3/__'),
    unwrap: (_url, raw) => proofpointV3(raw),
  },
  {
    // Cisco Secure Email: `/<opaque>/<percent-encoded link>`.
    matches: ({ host }) => host === 'secure-web.cisco.com',
    unwrap: (url) => ({ inner: decodePercent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)) }),
  },
  {
    // Barracuda Link Protection.
    matches: ({ host }) => isHostOf(host, 'linkprotect.cudasvc.com'),
    unwrap: param('a'),
  },
  {
    // Trend Micro Time-of-Click (cloud, and IMSVA/DDEI on the customer's own host).
    matches: ({ path }) => path === '/wis/clicktime/v1/query',
    unwrap: param('url'),
  },
  {
    // Sophos Email Time-of-Click: `u` is the link in base64.
    matches: ({ host }) => isHostOf(host, 'protection.sophos.com'),
    unwrap: (url) => {
      const bytes = base64Bytes(rawParam(url, 'u'));
      return { inner: bytes === null ? '' : utf8Text(bytes) };
    },
  },
  {
    // Symantec / Broadcom Email Security.cloud Click-time URL Protection.
    matches: ({ host }) => isHostOf(host, 'clicktime.symantec.com'),
    unwrap: param('u'),
  },
  {
    // FireEye (Trellix) Email Security.
    matches: ({ host, path }) => isHostOf(host, 'fireeye.com') && path === '/v1/url',
    unwrap: param('u'),
  },
  {
    // Google's redirect, which Gmail and Google Groups put around links.
    matches: ({ host, path }) => /^(?:www\.)?google\.(?:com|[a-z]{2})(?:\.[a-z]{2})?$/.test(host) && path === '/url',
    unwrap: (url) => ({ inner: url.searchParams.get('q') ?? url.searchParams.get('url') ?? '' }),
  },
  {
    // Fortinet FortiMail URL click protection, on the customer's own host.
    matches: ({ path }) => path === '/fmlurlsvc/' || path === '/fmlurlsvc',
    unwrap: param('url'),
  },
  {
    // Hornetsecurity ATP URL rewriting.
    matches: ({ host }) => isHostOf(host, 'hornetsecurity.com') && host.startsWith('atpscan.'),
    unwrap: param('u'),
  },
  {
    // Libraesva ESG URL sandbox.
    matches: ({ host }) => isHostOf(host, 'esvalabs.com'),
    unwrap: param('u'),
  },
  {
    // Trustwave MailMarshal / SEG.
    matches: ({ host }) => host === 'scanmail.trustwave.com',
    unwrap: param('u'),
  },
  {
    // Check Point Harmony Email (Avanan), v1.
    matches: ({ host, path }) => isHostOf(host, 'url-protection.com') && /^\/v1\/(?:r\d+\/)?url$/.test(path),
    unwrap: param('o'),
  },
  {
    matches: ({ host, path }) => (host === 'protect.checkpoint.com' || host === 'url.avanan.click') && path.startsWith('/v2/'),
    unwrap: (_url, raw) => checkPointV2(raw),
  },
  {
    // Mimecast URL Protect: `/s/<id>` names the link only inside Mimecast; an old form carries `url`.
    matches: ({ host }) => isHostOf(host, 'mimecastprotect.com') || (isHostOf(host, 'mimecast.com') && host.startsWith('protect')),
    unwrap: (url) => {
      const inner = url.searchParams.get('url');
      return inner === null ? { opaque: true } : { inner };
    },
  },
  {
    // Mailanyone's link scanner: `o` holds the link with its characters shuffled.
    matches: ({ host, path }) => /^url\d*\.mailanyone\.net$/.test(host) && path === '/scanner',
    unwrap: () => ({ opaque: true }),
  },
];

/** What the gateway that rewrote this link wraps, or null when no known gateway did. */
export function unwrapGateway(url: URL, raw: string): Unwrapped | null {
  const where = { host: url.hostname.toLowerCase(), path: url.pathname };
  const gateway = GATEWAYS.find((candidate) => candidate.matches(where));
  return gateway ? gateway.unwrap(url, raw) : null;
}
