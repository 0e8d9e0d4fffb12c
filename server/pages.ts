// The two HTML pages people reach from an e-mail: where the https link lands, and the demo log-in.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { TOKEN_PATTERN, buildAppLink } from '../shared/activation-link.ts';
import { escapeHtml } from '../shared/html.ts';

const STYLE = [
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}',
  'a.button{display:inline-block;min-height:44px;box-sizing:border-box;padding:.6rem 1.2rem;background:#0b4f8a;color:#fff;border-radius:.4rem;text-decoration:none}',
  'section[lang=en]{margin-top:2rem;padding-top:1rem;border-top:1px solid #bbb}',
].join('');

// No script at all, and only this exact inline style: the page carries a token in its address.
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');


interface Page {
  readonly title: string;
  readonly ms: string;
  readonly en: string;
}

function sendPage(reply: FastifyReply, status: number, page: Page): FastifyReply {
  const html = [
    '<!doctype html>',
    '<html lang="ms">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<main>\n${page.ms}\n<section lang="en">\n${page.en}\n</section>\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return reply.code(status).header('content-security-policy', CSP).type('text/html; charset=utf-8').send(html);
}

function activationPage(appUrl: string): Page {
  const button = `<p><a class="button" href="${escapeHtml(appUrl)}">Buka dalam kios / Open in the kiosk</a></p>`;
  return {
    title: 'Pengaktifan Akaun iSPEKS',
    ms: [
      '<h1>Pengaktifan Akaun iSPEKS</h1>',
      '<p>Teruskan pengaktifan akaun anda dalam kios pengaktifan iSPEKS. Membuka halaman ini tidak menggunakan pautan anda.</p>',
      button,
      '<p>Jika kios tidak terbuka, salin pautan daripada e-mel anda dan tampalkannya dalam kios.</p>',
    ].join('\n'),
    en: [
      '<h2>iSPEKS account activation</h2>',
      '<p>Continue activating your account in the iSPEKS activation kiosk. Opening this page does not use up your link.</p>',
      '<p>If the kiosk does not open, copy the link from your e-mail and paste it into the kiosk.</p>',
    ].join('\n'),
  };
}

const INVALID_LINK_PAGE: Page = {
  title: 'Pautan tidak sah',
  ms: '<h1>Pautan tidak sah</h1>\n<p>Pautan ini tidak lengkap atau tidak sah. Sila mohon pautan baharu di kios.</p>',
  en: '<h2>This link is not valid</h2>\n<p>This link is incomplete or not valid. Please request a new link at the kiosk.</p>',
};

const LOGIN_PAGE: Page = {
  title: 'Log masuk iSPEKS (demo)',
  ms: '<h1>Log masuk iSPEKS (demo)</h1>\n<p>Ini halaman demo pelayan rujukan. Sistem iSPEKS sebenar mempunyai halaman log masuknya sendiri.</p>',
  en: '<h2>iSPEKS log in (demo)</h2>\n<p>This is the reference server\'s demo page. The real iSPEKS system has its own log-in page.</p>',
};

export function registerPages(app: FastifyInstance, appScheme: string): void {
  // Reads nothing from the store: a mail scanner opening the link learns nothing and spends nothing.
  app.get<{ Querystring: { token?: unknown } }>('/activate', async (request, reply) => {
    const { token } = request.query;
    if (typeof token !== 'string' || !TOKEN_PATTERN.test(token)) return sendPage(reply, 400, INVALID_LINK_PAGE);
    return sendPage(reply, 200, activationPage(buildAppLink(appScheme, token)));
  });

  app.get('/login', async (_request, reply) => sendPage(reply, 200, LOGIN_PAGE));
}
