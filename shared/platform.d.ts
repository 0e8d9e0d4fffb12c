// The WHATWG URL API exists in every runtime this code runs in (Node, Chromium, Electron);
// shared/ has neither DOM nor Node types, so it declares just the part it uses.
declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
}
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly searchParams: URLSearchParams;
  readonly href: string;
}
