import { describe, expect, it } from 'vitest';
import { asDataUrl, configurationScreen, crashedScreen } from '../../main/it-screen.ts';

describe('the screen for IT', () => {
  it('names the source, the field, the value and what is allowed, in both languages', () => {
    const html = configurationScreen([
      { source: 'file /etc/ispeks-activation-kiosk/config.json', field: 'apiBaseUrl', value: '"http://api.example"', message: 'must use https' },
    ]);
    expect(html).toContain('Kios ini belum ditetapkan dengan betul.');
    expect(html).toContain('This kiosk is not configured correctly.');
    for (const text of ['file /etc/ispeks-activation-kiosk/config.json', 'apiBaseUrl', '&quot;http://api.example&quot;', 'must use https']) {
      expect(html).toContain(text);
    }
  });

  it('shows a hostile value as text, never as markup, and runs no script', () => {
    const html = configurationScreen([{ source: 'flag --login-url', field: 'loginUrl', value: '<script>alert(1)</script>', message: 'x' }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('lists the settings an installed kiosk ignored, by name, with the source and why', () => {
    const html = configurationScreen(
      [{ source: 'default', field: 'loginUrl', value: '"http://127.0.0.1:8787/login"', message: 'must use https in an installed kiosk' }],
      [{ source: "user's file", field: 'minPasswordScore', reason: 'only the system-wide file sets this in an installed kiosk' }],
    );
    expect(html).toContain('Settings ignored');
    for (const text of ['minPasswordScore', 'user&#39;s file', 'only the system-wide file sets this in an installed kiosk']) expect(html).toContain(text);
    expect(configurationScreen([], [])).not.toContain('Settings ignored');
  });

  it('tells IT where the log is when the kiosk keeps crashing', () => {
    const html = crashedScreen('/home/kaunter/.config/iSPEKS/logs');
    expect(html).toContain('/home/kaunter/.config/iSPEKS/logs');
    expect(html).toContain('Kios ini berhenti berulang kali.');
  });

  it('survives the trip through a data: URL', () => {
    const html = configurationScreen([]);
    expect(decodeURIComponent(asDataUrl(html).slice('data:text/html;charset=utf-8,'.length))).toBe(html);
  });
});
