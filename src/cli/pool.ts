// Lints the walked files on all cores. The main thread reads each file once and drops those with no
// Unkey text (most of a tree), so only the few that need a parser reach a worker; the workers run the
// CLI's per-file function (lintTarget) and results come back in the targets' order, whatever finishes first.
// Once its walk is done the main thread lints too, taking jobs from the end of the workers' queues (a
// shared claim per job decides who lints it), so it does not sit idle while a worker works through its backlog.
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { detectLanguage, resolveOptions, unkeyNeedles } from '../core';
import type { Target } from './files';
import { lintTarget, MAX_FILE_BYTES, prepareTarget, type FileLintOptions, type FileResult } from './lintFile';
import { mentionsAny } from './prefilter';
import { readRegularFile } from './safeFile';

/**
 * Below this many files that need parsing, starting a worker (it loads the bundle and warms Babel up
 * again) costs more than it saves. Low, so the worker starts early in a long walk and boots meanwhile:
 * the main thread takes back whatever the worker has not started once its walk is done.
 */
export const POOL_MIN_FILES = 8;
/** More workers than this gain nothing on the file counts a repository has. */
const MAX_WORKERS = 4;
/** A job's claim: whoever changes it from FREE lints the file. */
const FREE = 0;
const BY_WORKER = 1;
const BY_MAIN = 2;
const BINARY_SNIFF_BYTES = 8192;
/** Enough of a file's head for detectLanguage to read a shebang. */
const HEAD_BYTES = 256;

interface Job {
  id: number;
  target: Target;
}
type Reply = { id: number; result: FileResult } | { id: number; error: { message: string; stack?: string } } | { id: number; taken: true };

/** An exception from the engine (a bug, not a property of the file), with the file it happened in. */
export class InternalError extends Error {
  constructor(readonly file: string, cause: { message: string; stack?: string }) {
    super(cause.message);
    this.stack = cause.stack;
  }
}

/**
 * How many workers to use: `UNKEY_LINT_WORKERS` when set (0 lints on the main thread), else one per core
 * but the main thread's (at most MAX_WORKERS), and none for fewer than POOL_MIN_FILES files that need
 * parsing or a single core. The main thread walks meanwhile and lints once the walk is done, so a worker
 * per core would only make the threads take turns (each worker also loads the bundle and warms up Babel).
 */
export function workerCount(candidates: number, env: Record<string, string | undefined>): number {
  const forced = env.UNKEY_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), candidates);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2 || candidates < POOL_MIN_FILES) return 0;
  return Math.min(cores - 1, MAX_WORKERS);
}

/**
 * Lints every target; results in the targets' order. Throws InternalError when the engine throws.
 * Workers start as soon as enough files need parsing and get them while the main thread reads on.
 */
export async function lintTargets(
  targets: readonly Target[],
  options: FileLintOptions,
  env: Record<string, string | undefined>,
  stats?: PoolStats,
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(targets.length);
  const mentions = mentionsAny(unkeyNeedles(resolveOptions(options.lint).hosts));
  const limit = options.maxFileSize ?? MAX_FILE_BYTES;
  const waiting: number[] = [];
  /** Files sent to the workers, in the order sent. */
  const sent: number[] = [];
  let pool: Pool | undefined;
  for (const [i, target] of targets.entries()) {
    const clean = cleanWithoutParsing(target.file, mentions, limit);
    if (clean) {
      results[i] = clean;
      continue;
    }
    if (pool) {
      pool.submit(i, target);
      sent.push(i);
      continue;
    }
    waiting.push(i);
    // Started on the first file that needs parsing when forced, else once there are enough of them.
    const size = workerCount(env.UNKEY_LINT_WORKERS === undefined ? waiting.length : targets.length, env);
    if (size > 0) {
      pool = new Pool(size, targets.length, options, (id, result) => (results[id] = result), stats);
      for (const id of waiting.splice(0)) {
        pool.submit(id, targets[id]);
        sent.push(id);
      }
    }
  }
  for (const i of waiting) results[i] = await lintMain(i, targets[i], options, stats);
  if (pool) {
    // The workers take their jobs from the front; the main thread takes them from the back.
    try {
      for (let n = sent.length - 1; n >= 0; n--) {
        const id = sent[n];
        if (pool.claim(id)) results[id] = await lintMain(id, targets[id], options, stats);
      }
    } catch (error) {
      // Live workers would keep the process from exiting.
      pool.end();
      throw error;
    }
    await pool.finish();
  }
  return results;
}

/** What a run did, for tests: files handed to workers, and files linted on the main thread (after the prefilter). */
export interface PoolStats {
  sentToWorkers: number;
  lintedOnMain?: number;
}

async function lintMain(id: number, target: Target, options: FileLintOptions, stats: PoolStats | undefined): Promise<FileResult> {
  if (stats) stats.lintedOnMain = (stats.lintedOnMain ?? 0) + 1;
  return lintOne(target, options);
}

async function lintOne(target: Target, options: FileLintOptions): Promise<FileResult> {
  try {
    await prepareTarget(target, options);
    return lintTarget(target, options);
  } catch (error) {
    throw new InternalError(target.file, toCause(error));
  }
}

/**
 * The result for a file that cannot have findings: a regular, readable file within the size limit
 * with no Unkey text, binary or of a type the engine reads. Anything else (a notice to give, or text to
 * parse) returns undefined and goes to lintTarget, which decides exactly as it always does.
 */
function cleanWithoutParsing(file: string, mentions: (bytes: Buffer) => boolean, limit: number): FileResult | undefined {
  let bytes: Buffer;
  try {
    const read = readRegularFile(file, limit);
    if (!read.complete) return undefined;
    bytes = read.snapshot.bytes;
  } catch {
    return undefined;
  }
  if (mentions(bytes)) return undefined;
  const binary = bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
  if (!binary && !detectLanguage(file, bytes.subarray(0, HEAD_BYTES).toString('utf8'))) return undefined;
  return { filePath: file, problems: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

/**
 * Worker threads fed round-robin: the main thread is busy reading while jobs are handed out, so a
 * worker could not ask for more work until it is done anyway; files needing a parser are alike enough.
 */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly files = new Map<number, string>();
  /** One claim per target (FREE, BY_WORKER, BY_MAIN), shared with the workers. */
  private readonly claims: Int32Array;
  private next = 0;
  private pending = 0;
  private failure: Error | undefined;
  private settle: (() => void) | undefined;

  constructor(
    size: number,
    targets: number,
    options: FileLintOptions,
    private readonly done: (id: number, result: FileResult) => void,
    private readonly stats?: PoolStats,
  ) {
    this.claims = new Int32Array(new SharedArrayBuffer(targets * Int32Array.BYTES_PER_ELEMENT));
    for (let n = 0; n < size; n++) {
      const worker = startWorker(options, this.claims);
      worker.on('message', (reply: Reply) => {
        if ('taken' in reply) return;
        this.pending--;
        if ('error' in reply) this.fail(new InternalError(this.files.get(reply.id) ?? '', reply.error));
        else this.done(reply.id, reply.result);
        this.check();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.pending > 0) this.fail(new Error(`a lint worker stopped with exit code ${code} before its files were done`));
      });
      this.workers.push(worker);
    }
  }

  submit(id: number, target: Target): void {
    this.files.set(id, target.file);
    this.pending++;
    if (this.stats) this.stats.sentToWorkers++;
    this.workers[this.next++ % this.workers.length].postMessage({ id, target } satisfies Job);
  }

  /** Takes a submitted job for the main thread: true unless a worker has started it. */
  claim(id: number): boolean {
    if (Atomics.compareExchange(this.claims, id, FREE, BY_MAIN) !== FREE) return false;
    // Done as far as the pool is concerned: the worker's 'taken' reply is not waited for.
    this.pending--;
    return true;
  }

  /**
   * Resolves when every submitted file is done; rejects with the first failure. Ends the workers either
   * way, without waiting for them to stop: nothing is left to hear from them.
   */
  finish(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.settle = resolve;
      this.check();
    }).then(() => {
      this.end();
      if (this.failure) throw this.failure;
    });
  }

  /** Ends the workers, whatever they are doing. */
  end(): void {
    for (const worker of this.workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.pending = 0;
    this.check();
  }

  private check(): void {
    if ((this.pending <= 0 || this.failure) && this.settle) {
      const settle = this.settle;
      this.settle = undefined;
      settle();
    }
  }
}

/**
 * The bundled CLI (dist/cli.js) is its own worker script. Run from source (the unit tests), a worker
 * loads this module through tsx, as mocha does.
 */
function startWorker(options: FileLintOptions, claims: Int32Array): Worker {
  const data = { unkeyLintPool: true, options, claims };
  if (path.extname(__filename) === '.ts') {
    const source = `require('tsx/cjs'); require(${JSON.stringify(__filename)}).serveWorker();`;
    return new Worker(source, { eval: true, workerData: data });
  }
  return new Worker(__filename, { workerData: data });
}

/** Whether this thread is a lint worker started by the Pool. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { unkeyLintPool?: boolean } | undefined)?.unkeyLintPool === true;
}

/** The worker's side: lint each file it is sent and the main thread has not taken, reply with the result. */
export function serveWorker(): void {
  const { options, claims } = workerData as { options: FileLintOptions; claims: Int32Array };
  parentPort?.on('message', async (job: Job) => {
    let reply: Reply;
    if (Atomics.compareExchange(claims, job.id, FREE, BY_WORKER) !== FREE) {
      // The main thread took it meanwhile.
      parentPort?.postMessage({ id: job.id, taken: true } satisfies Reply);
      return;
    }
    try {
      await prepareTarget(job.target, options);
      reply = { id: job.id, result: lintTarget(job.target, options) };
    } catch (error) {
      reply = { id: job.id, error: toCause(error) };
    }
    parentPort?.postMessage(reply);
  });
}

function toCause(error: unknown): { message: string; stack?: string } {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}
