// The full-screen message for IT staff when the kiosk cannot run: it names the file, the field,
// the value and what is allowed. Plain HTML, loaded as a data: URL, with nothing to execute.
import { escapeHtml as escape } from '../shared/html.ts';
import type { ConfigProblem, IgnoredSetting } from './config.ts';


const STYLE = `body{font:18px/1.5 system-ui,sans-serif;margin:0;background:#f8fafc;color:#0f172a}
main{max-width:960px;margin:48px auto;padding:32px;background:#fff;border:1px solid #cbd5e1;border-left:8px solid #b91c1c}
h1{font-size:28px;margin:0 0 8px}h2{font-size:20px;margin:32px 0 0}p{margin:8px 0}table{border-collapse:collapse;width:100%;margin-top:24px;font-size:16px}
th,td{text-align:left;vertical-align:top;padding:8px;border-bottom:1px solid #e2e8f0}code{font-family:ui-monospace,monospace;word-break:break-all}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ms"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

const row = (cells: readonly string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
const code = (text: string) => `<code>${escape(text)}</code>`;

export function configurationScreen(problems: readonly ConfigProblem[], ignored: readonly IgnoredSetting[] = []): string {
  const rows = problems.map((p) => row([code(p.source), code(p.field), code(p.value), escape(p.message)])).join('');
  // Names only: a value someone put in their own file is not shown back.
  const ignoredTable =
    ignored.length === 0
      ? ''
      : `<h2 lang="en">Settings ignored</h2>
<table lang="en"><thead><tr><th>Source</th><th>Setting</th><th>Why</th></tr></thead><tbody>${ignored.map((i) => row([code(i.source), code(i.field), escape(i.reason)])).join('')}</tbody></table>`;
  return page(
    'Konfigurasi tidak sah / Invalid configuration',
    `<h1>Kios ini belum ditetapkan dengan betul.</h1>
<p>Sila rujuk petugas IT. <span lang="en">This kiosk is not configured correctly. Please call IT.</span></p>
<p lang="en">For IT: fix the settings below, then restart the kiosk. Later sources override earlier ones: defaults, the system-wide file, the user's file, environment variables, command-line flags; in an installed kiosk the security settings come only from the defaults and the system-wide file.</p>
<table lang="en"><thead><tr><th>Source</th><th>Setting</th><th>Value</th><th>What is allowed</th></tr></thead><tbody>${rows}</tbody></table>${ignoredTable}`,
  );
}

export function crashedScreen(logHint: string): string {
  return page(
    'Kios berhenti / Kiosk stopped',
    `<h1>Kios ini berhenti berulang kali.</h1>
<p>Sila rujuk petugas IT. <span lang="en">The kiosk stopped several times in a row. Please call IT.</span></p>
<p lang="en">For IT: the window crashed repeatedly and is no longer restarted automatically. Restart the application; if it happens again, send the log: <code>${escape(logHint)}</code></p>`,
  );
}

export const asDataUrl = (html: string): string => `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
