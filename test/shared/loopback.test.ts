import { describe, expect, it } from 'vitest';
import { isLoopbackHostHeader, isLoopbackHostname } from '../../shared/loopback.ts';

describe('this machine by name', () => {
  it('knows its own names in a URL, whatever their case', () => {
    for (const url of ['http://127.0.0.1:8787/', 'http://localhost/', 'http://LOCALHOST:5174/', 'http://[::1]:8787/']) {
      expect(isLoopbackHostname(new URL(url).hostname), url).toBe(true);
    }
    for (const url of ['http://127.0.0.2/', 'http://localhost.evil.example/', 'https://ispeks.example.gov.my/', 'http://[::2]/']) {
      expect(isLoopbackHostname(new URL(url).hostname), url).toBe(false);
    }
  });

  it('takes a Host header of its own names, with or without a port, and refuses a rebound DNS name', () => {
    for (const host of ['127.0.0.1', '127.0.0.1:8787', 'localhost:5174', '[::1]', '[::1]:8787']) {
      expect(isLoopbackHostHeader(host), host).toBe(true);
    }
    for (const host of [undefined, '', 'attacker.example', 'attacker.example:8787', 'localhost.attacker.example', '127.0.0.1.nip.io', '[::1]x', '127.0.0.1:8787:1', 'localhost:']) {
      expect(isLoopbackHostHeader(host), String(host)).toBe(false);
    }
  });
});
