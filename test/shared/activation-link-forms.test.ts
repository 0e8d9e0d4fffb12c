// Every form the link takes in real mail, each an example shaped like the ones found in the wild.
import { describe, expect, it } from 'vitest';
import { parseActivationLink } from '../../shared/activation-link.ts';
import type { LinkCheck, LinkProblem } from '../../shared/activation-link.ts';
import { prng } from '../prng.ts';
import { GATEWAYS, HOST, OPAQUE_GATEWAYS, RULES } from './activation-link-forms.ts';

const parse = (input: string): LinkCheck => parseActivationLink(input, RULES);
const rejected = (problem: LinkProblem): LinkCheck => ({ ok: false, problem });

// A token as the server makes it, with the hyphens and underscores base64url has.
const T = 'Xq3-pL9_vK2mN8rT5wY1zA4bC7dE0fG6hJ-kM_nP2sU';
const HTTPS = `https://${HOST}/activate?token=${T}`;
const APP = `ispeks://activate?token=${T}`;
const accepted = { ok: true, token: T };

describe('mail security gateways', () => {
  const next = prng(151);

  it.each(Object.keys(GATEWAYS))('%s around the https link and the app link', (name) => {
    const wrap = GATEWAYS[name]!;
    expect(parse(wrap(HTTPS, next))).toEqual(accepted);
    expect(parse(wrap(APP, next))).toEqual(accepted);
    expect(parse(`Sila klik ${wrap(HTTPS, next)} untuk meneruskan.`)).toEqual(accepted);
  });

  it.each(Object.keys(GATEWAYS))('%s around another host: refused, the wrapper proves nothing', (name) => {
    const wrap = GATEWAYS[name]!;
    expect(parse(wrap(`https://evil.example/activate?token=${T}`, next))).toEqual(rejected('host-not-allowed'));
    expect(parse(wrap(`https://${HOST}.evil.example/activate?token=${T}`, next))).toEqual(rejected('host-not-allowed'));
    expect(parse(wrap(`http://${HOST}/activate?token=${T}`, next))).toEqual(rejected('host-not-allowed'));
  });

  it.each(Object.keys(OPAQUE_GATEWAYS))('%s keeps the link to itself: the problem says so', (name) => {
    const link = OPAQUE_GATEWAYS[name]!(next);
    expect(parse(link)).toEqual(rejected('link-rewritten'));
    expect(parse(`Pautan pengaktifan:\n${link}\n`)).toEqual(rejected('link-rewritten'));
    expect(parse(GATEWAYS['Safe Links']!(link, next))).toEqual(rejected('link-rewritten'));
  });

  it('reads Proofpoint v2 as its decoder does: -XX is %XX, _ is /', () => {
    const link = `https://urldefense.proofpoint.com/v2/url?u=https-3A__ispeks.example.gov.my_activate-3Ftoken-3DXq3-2DpL9-5FvK2mN8rT5wY1zA4bC7dE0fG6hJ-2DkM-5FnP2sU&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=abc&m=def&s=ghi&e=`;
    expect(parse(link)).toEqual(accepted);
  });

  it('reads Proofpoint v3 replacements: * is one character, **A two, **B three', () => {
    // `?` and `=` replaced one by one, `_vK` as a run of three: "?=_vK" in base64url is "Pz1fdks".
    const written = 'https://ispeks.example.gov.my/activate*token*Xq3-pL9**B2mN8rT5wY1zA4bC7dE0fG6hJ-kM_nP2sU';
    expect(parse(`https://urldefense.com/v3/__${written}__;Pz1fdks!!G3vK!U-wdsvrOG1iezggZ55RYi8ikBxMaJDVs7u17Z9$`)).toEqual(accepted);
    // Fewer replacements than markers: the link cannot be restored.
    expect(parse(`https://urldefense.com/v3/__${written}__;Pz0!!G3vK!U-wdsvrOG1iezg$`)).toEqual(rejected('not-a-link'));
  });

  it('reads Sophos: u is the link in base64', () => {
    const link = `https://eu-west-1.protection.sophos.com?d=gov.my&u=${Buffer.from(HTTPS).toString('base64')}&p=m&i=NjU0NjA2MWRiMzM3ZDMzYTFlMGNmNmY4&t=NXBoeWk1WjVxR0loMEw1YU9OZWFqSi9TcDJYOW90VHoxWU1lQlJnUC9oST0=&h=0173c9a605c64ed48293fbf65b5ad104`;
    expect(parse(link)).toEqual(accepted);
  });

  it('follows two gateways and a forward, and refuses a fourth wrapper', () => {
    const three = GATEWAYS['Safe Links']!(GATEWAYS['Proofpoint v2']!(GATEWAYS.Google!(HTTPS, next), next), next);
    expect(parse(three)).toEqual(accepted);
    expect(parse(GATEWAYS.Barracuda!(three, next))).toEqual(rejected('not-a-link'));
  });

  it('matches Trend Micro and FortiMail by their path, on any host, and still judges the link inside', () => {
    expect(parse(`https://imsva.kelantan.gov.my/wis/clicktime/v1/query?url=${encodeURIComponent(HTTPS)}&umid=1&auth=2`)).toEqual(accepted);
    expect(parse(`https://fm.example.my/fmlurlsvc/?fewReq=:B:abc&url=${encodeURIComponent(`https://evil.example/activate?token=${T}`)}`)).toEqual(
      rejected('host-not-allowed'),
    );
  });

  it('does not take a look-alike of a gateway host for the gateway', () => {
    expect(parse(`https://urldefense.com.evil.example/v1/url?u=${encodeURIComponent(HTTPS)}&k=x`)).toEqual(rejected('host-not-allowed'));
    expect(parse(`https://secure-web.cisco.com.evil.example/abc/${encodeURIComponent(HTTPS)}`)).toEqual(rejected('host-not-allowed'));
    expect(parse(`https://protect-eu.mimecast.com.evil.example/s/abc`)).toEqual(rejected('host-not-allowed'));
  });
});
