// The names of this machine itself. Plain http is allowed only to them (the reference API in
// development), and the development routes answer only to a Host header that names one of them.

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A URL's hostname (`URL.hostname`, IPv6 in brackets) that names this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname.toLowerCase());
}

/**
 * A Host header that names this machine, with or without a port. A web page whose DNS name was
 * rebound to 127.0.0.1 still sends its own name here, so it is refused.
 */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  const match = /^(\[[^\]]*\]|[^:[\]]*)(?::\d{1,5})?$/.exec(host ?? '');
  return match !== null && isLoopbackHostname(match[1]!);
}
