// The kiosk as bench/ui.bench.ts drives it: the reference API on loopback with fictional staff, the
// real handlers behind the browser host's HTTP bridge (what `npm run start:browser` serves), and a
// person's walk through every screen. Nothing here prints what is typed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { configFor, createKioskServices } from '../main/kiosk-services.ts';
import { ms } from '../renderer/src/i18n/ms.ts';
import { startBrowserHost } from '../scripts/browser-host.ts';
import { startActivationServer } from '../server/app.ts';
import type { BridgeBackend } from '../shared/ipc-contract.ts';
import { RENDERER_OUT } from './bundle-size.ts';
import { fictionalStaff } from './fictional-staff.ts';

export interface Person {
  readonly icNumber: string;
  readonly name: string;
  readonly email: string;
}

export const PASSWORD = 'Sungai-Golok-Tenang-42';
export const ANSWERS = ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'] as const;

export interface Kiosk {
  readonly url: string;
  /** The handlers and events behind the page's bridge, for calls straight to main's side. */
  readonly backend: BridgeBackend;
  readonly staff: readonly Person[];
  /** The newest activation link e-mailed to this person. */
  linkFor(person: Person): Promise<string>;
  /** Everything typed or e-mailed so far, to be kept out of anything printed. */
  secrets(): string[];
  close(): Promise<void>;
}

export async function startKiosk(people: number): Promise<Kiosk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ispeks-bench-ui-'));
  // Every person of the bench asks from this one address, faster than a real counter would.
  const server = await startActivationServer({ dataDir, dev: false, log: () => undefined, limits: { requestsPerAddress: 2 * people } });
  const staff = fictionalStaff(people);
  await server.store.update((draft) => void draft.accounts.push(...staff));
  // Log Masuk "opens the browser" at once, as on a managed desktop, so the session ends on the start screen.
  const backend = createKioskServices({ config: configFor(server.url), version: 'bench', desktop: { openExternal: async () => undefined } });
  const host = await startBrowserHost({ rendererDir: RENDERER_OUT, bridge: backend });
  const links: string[] = [];
  return {
    url: host.url,
    backend,
    staff,
    linkFor: async (person) => {
      await server.settled();
      const message = server.outbox.messages().filter((candidate) => candidate.to.includes(person.email)).at(-1);
      if (!message) throw new Error('no activation e-mail arrived');
      links.push(message.activationUrl, new URL(message.activationUrl).searchParams.get('token') ?? '');
      return message.activationUrl;
    },
    secrets: () => [...staff.flatMap((person) => [person.icNumber, person.name, person.email]), PASSWORD, ...ANSWERS, ...links].filter(Boolean),
    close: async () => {
      await host.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What went wrong, with nothing typed or e-mailed in it: for a benchmark's console. */
export function withoutSecrets(kiosk: Kiosk, error: unknown): string {
  return kiosk.secrets().reduce((text, secret) => text.split(secret).join('[redacted]'), error instanceof Error ? (error.stack ?? error.message) : String(error));
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const press = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

/** One person from the start screen to Tahniah and Log Masuk, which ends the session: back at the start. */
export async function activate(page: Page, kiosk: Kiosk, person: Person): Promise<void> {
  await press(page, ms.start.begin);
  await page.getByRole('textbox', { name: ms.ic.label }).fill(person.icNumber);
  await press(page, ms.ic.submit);
  await heading(page, ms.link.titleSent);
  // Where the kiosk offers other ways in too, the paste is one tap further.
  const box = page.getByRole('textbox', { name: ms.link.label });
  const pasteWay = page.getByRole('button', { name: new RegExp(`^${ms.ways.paste}`) });
  await box.or(pasteWay).first().waitFor();
  if (!(await box.isVisible())) await pasteWay.click();
  await box.fill(await kiosk.linkFor(person));
  await press(page, ms.app.next);
  await heading(page, ms.profile.title);
  await press(page, ms.app.next);
  await heading(page, ms.questions.title);
  for (const [index, answer] of ANSWERS.entries()) {
    const select = page.getByRole('combobox', { name: ms.questions.question(index + 1) });
    await select.selectOption((await select.locator('option').nth(index + 1).getAttribute('value')) ?? '');
    await page.getByLabel(ms.questions.answer(index + 1), { exact: true }).fill(answer);
  }
  await press(page, ms.app.next);
  await heading(page, ms.password.title);
  await page.getByLabel(ms.password.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(ms.password.repeat, { exact: true }).fill(PASSWORD);
  // A person types the repeat while the worker judges the first: Selesai comes after the verdict.
  await page.locator('#password-strength[aria-busy="false"]').waitFor();
  await press(page, ms.password.submit);
  await heading(page, ms.done.title);
  await press(page, ms.app.login);
  await heading(page, ms.app.product);
}

/** The steps a person presses through, by the headings of the screens before and after. */
export const STEPS = [
  { key: 'Mula → IC', from: ms.app.product, to: ms.ic.title, call: null },
  { key: 'Hantar → e-mail sent', from: ms.ic.title, to: ms.link.titleSent, call: 'requestActivation' },
  { key: 'Seterusnya (link) → profile', from: ms.link.titleSent, to: ms.profile.title, call: 'openActivation' },
  { key: 'Seterusnya (profile) → questions', from: ms.profile.title, to: ms.questions.title, call: null },
  { key: 'Seterusnya (questions) → password', from: ms.questions.title, to: ms.password.title, call: null },
  { key: 'Selesai → Tahniah', from: ms.password.title, to: ms.done.title, call: 'completeActivation' },
] as const;
