// The server's state in <dataDir>/state.json: changes are serialised and each is written atomically.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { activationCompleted } from '../shared/api-contract.ts';
import { demoAccounts } from './demo-accounts.ts';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const accountRecord = z.object({
  icNumber: z.string(),
  name: z.string(),
  email: z.string(),
  registeredAt: z.string(),
  status: z.enum(['pending', 'active']),
  activatedAt: z.string().optional(),
  passwordHash: z.string().optional(),
  securityAnswers: z.array(z.object({ questionId: z.string(), answerHash: z.string() })).optional(),
});

const tokenRecord = z.object({
  tokenHash: sha256Hex,
  icNumber: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  // `superseded`: voided, by the activation or by newer links beyond the newest LINKS_KEPT (activations.ts).
  state: z.enum(['pending', 'used', 'superseded']),
  // The e-mail's short code (code-sealing.ts); absent on links issued before there were codes.
  codeCheck: z.string().optional(),
  /** Only while the link may be used: dropped when it is spent or expires. */
  sealedToken: z.string().optional(),
});

// What a successful completion answered, so a replay with the same Idempotency-Key answers the same.
const completionRecord = z.object({
  idempotencyKey: z.string(),
  tokenHash: sha256Hex,
  fingerprint: sha256Hex,
  completedAt: z.string(),
  response: activationCompleted,
});

const newCodeSalt = () => randomBytes(16).toString('base64url');

const stateFile = z.object({
  version: z.literal(1),
  /** Salts the short codes (code-sealing.ts); a state file from before them gets one when read. */
  codeSalt: z.string().min(16).default(newCodeSalt),
  accounts: z.array(accountRecord),
  tokens: z.array(tokenRecord),
  completions: z.array(completionRecord),
});

export type AccountRecord = z.infer<typeof accountRecord>;
export type State = z.infer<typeof stateFile>;

const RETENTION_MS = 24 * 60 * 60 * 1000;

function seedState(): State {
  return { version: 1, codeSalt: newCodeSalt(), accounts: demoAccounts.map((account) => ({ ...account })), tokens: [], completions: [] };
}

async function readState(file: string): Promise<State | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = stateFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a valid state file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Temp file, fsync, rename: a crash leaves either the old state or the new one, never half of it. */
async function writeAtomically(file: string, state: State): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(state, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// Old links and replay records are kept a day, long enough to answer "used" or replay a retry; a
// sealed token only as long as its link may be used.
function prune(state: State, now: Date): void {
  const cutoff = now.getTime() - RETENTION_MS;
  state.tokens = state.tokens.filter((token) => Date.parse(token.expiresAt) > cutoff);
  for (const token of state.tokens) {
    if (token.state !== 'pending' || Date.parse(token.expiresAt) <= now.getTime()) delete token.sealedToken;
  }
  state.completions = state.completions.filter((record) => Date.parse(record.completedAt) > cutoff);
}

export class Store {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private current: State,
    private readonly clock: () => Date,
  ) {}

  /** Loads `<dataDir>/state.json`, or seeds it with the demo accounts when absent. */
  static async open(dataDir: string, clock: () => Date): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const file = join(dataDir, 'state.json');
    const existing = await readState(file);
    const store = new Store(file, existing ?? seedState(), clock);
    if (!existing) await writeAtomically(file, store.current);
    return store;
  }

  /** The state as last written; change it only through `update`. */
  get state(): Readonly<State> {
    return this.current;
  }

  /**
   * Runs `change` on a copy of the state, after every earlier change, and makes the copy current
   * only once it is on disk. If `change` throws, nothing is written.
   */
  update<T>(change: (draft: State) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const draft = structuredClone(this.current);
      const result = change(draft);
      prune(draft, this.clock());
      await writeAtomically(this.file, draft);
      this.current = draft;
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every queued change has been written (or has failed). */
  async idle(): Promise<void> {
    await this.queue;
  }
}
