// Performance budget (issue 2): on a 2,000-line TS file holding 50 Unkey calls, lint() must take
// at most 1.3x Babel's own parse of that file (same options, same process); on a 2,000-line file
// with no Unkey reference, at most 0.05x. Run: npm run bench
import { parse } from '@babel/parser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parserOptions } from '../src/core/js/parse';
import { lint } from '../src/core/lint';

const LINES = 2000;
const CALLS = 50;

/** Deterministic ordinary TS: types, classes, closures, strings, templates, no Unkey reference. */
function ordinaryBlock(i: number): string[] {
  return [
    `export interface Order${i} { id: string; total: number; items: Array<{ sku: string; qty: number }> }`,
    `export function total${i}(order: Order${i}, discount = 0.${i % 10}): number {`,
    `  const sum = order.items.reduce((acc, item) => acc + item.qty * ${i + 1}, 0);`,
    `  if (sum > ${i * 10}) return Math.round(sum * (1 - discount));`,
    `  return sum; // no discount below the threshold`,
    `}`,
    `export class Service${i} {`,
    `  private cache = new Map<string, Order${i}>();`,
    `  constructor(private readonly name: string = "svc-${i}") {}`,
    `  get(id: string): Order${i} | undefined { return this.cache.get(\`\${this.name}:\${id}\`); }`,
    `  async load(ids: string[]): Promise<void> { for (const id of ids) await this.fetchOne(id); }`,
    `  private async fetchOne(id: string) { const o = { id, total: ${i}, items: [] }; this.cache.set(id, o); }`,
    `}`,
  ];
}

/** One Unkey call of a varied shape (fetch and axios, some with mistakes). */
function unkeyCall(i: number): string[] {
  switch (i % 5) {
    case 0:
      return [
        `export async function createKey${i}(apiId: string) {`,
        `  const res = await fetch("https://api.unkey.com/v2/keys.createKey", {`,
        `    method: "POST",`,
        `    headers: { "Content-Type": "application/json", Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\` },`,
        `    body: JSON.stringify({ apiId, prefix: "k${i}" }),`,
        `  });`,
        `  return res.json();`,
        `}`,
      ];
    case 1:
      return [
        `export async function getApi${i}(apiId: string) {`,
        `  return fetch(\`\${UNKEY_BASE}/v2/apis.getApi\`, { method: "POST", body: JSON.stringify({ apiId }) });`,
        `}`,
      ];
    case 2:
      return [
        `export async function verify${i}(key: string) {`,
        `  const { data } = await unkey.post("/v2/keys.verifyKey", { key }, { headers: { Authorization: "bearer " + rootKey } });`,
        `  return data;`,
        `}`,
      ];
    case 3:
      return [
        `export async function listKeys${i}(apiId: string) {`,
        `  const headers = new Headers({ "Content-Type": "application/json" });`,
        `  headers.set("Authorization", \`Bearer \${rootKey}\`);`,
        `  return fetch(new URL("/v2/apis.listKeys", UNKEY_BASE), { method: "POST", headers, body: JSON.stringify({ apiId }) });`,
        `}`,
      ];
    default:
      return [
        `export async function deleteKey${i}(keyId: string) {`,
        `  return axios.post("https://api.unkey.com/v2/keys.deleteKey", { keyId }, { headers: { Authorization: rootKey } });`,
        `}`,
      ];
  }
}

function generate(withCalls: boolean): string {
  const lines: string[] = [];
  if (withCalls) {
    lines.push(
      `import axios from "axios";`,
      `const UNKEY_BASE = process.env.UNKEY_API_URL ?? "https://api.unkey.com";`,
      `const rootKey = process.env.UNKEY_ROOT_KEY!;`,
      `const unkey = axios.create({ baseURL: UNKEY_BASE, headers: { "Content-Type": "application/json" } });`,
    );
  }
  let block = 0;
  let calls = 0;
  for (;;) {
    const next = withCalls && calls < CALLS && block % 3 === 0 ? unkeyCall(calls++) : ordinaryBlock(block);
    if (lines.length + next.length > LINES) break;
    lines.push(...next);
    block++;
  }
  while (lines.length < LINES) lines.push(`export const pad${lines.length} = ${lines.length};`);
  if (withCalls && calls < CALLS) throw new Error(`only ${calls} calls fit`);
  return lines.join('\n') + '\n';
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Sample {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (user + system): steadier than wall time on a busy machine. */
  cpu: number;
}

function sample(fn: () => void): Sample {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Alternates parse and lint runs so machine noise hits both alike; medians of each. */
function measure(text: string, runs: number): { parse: Sample; lint: Sample; sites: number } {
  const options = parserOptions({ language: 'typescript', fileName: 'bench.ts' });
  const parseOnly = () => void parse(text, options);
  const lintOnly = () => void lint(text, 'bench.ts');
  for (let i = 0; i < 20; i++) {
    parseOnly();
    lintOnly();
  }
  const parses: Sample[] = [];
  const lints: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    parses.push(sample(parseOnly));
    lints.push(sample(lintOnly));
  }
  const med = (samples: Sample[]): Sample => ({ wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) });
  return { parse: med(parses), lint: med(lints), sites: lint(text, 'bench.ts').extraction.sites.length };
}

const runs = Number(process.env.BENCH_RUNS ?? 60);
const withCalls = generate(true);
const without = generate(false);
// BENCH_DUMP=dir writes the two generated files, for profiling.
if (process.env.BENCH_DUMP) {
  writeFileSync(join(process.env.BENCH_DUMP, 'bench-unkey.ts'), withCalls);
  writeFileSync(join(process.env.BENCH_DUMP, 'bench-plain.ts'), without);
}
const a = measure(withCalls, runs);
const b = measure(without, runs);
const fmt = (n: number) => n.toFixed(3);
const ratio = (x: number, y: number) => (x / y).toFixed(4);
console.log(`file with ${CALLS} Unkey calls: ${withCalls.split('\n').length - 1} lines, ${withCalls.length} chars, ${a.sites} sites`);
console.log(`  wall: parse ${fmt(a.parse.wall)} ms  lint ${fmt(a.lint.wall)} ms  ratio ${ratio(a.lint.wall, a.parse.wall)}`);
console.log(`  cpu:  parse ${fmt(a.parse.cpu)} ms  lint ${fmt(a.lint.cpu)} ms  ratio ${ratio(a.lint.cpu, a.parse.cpu)}  (budget 1.3)`);
console.log(`file with no Unkey reference: ${without.split('\n').length - 1} lines, ${b.sites} sites`);
console.log(`  wall: lint ${fmt(b.lint.wall)} ms  ratio to the Unkey file's parse ${ratio(b.lint.wall, a.parse.wall)}`);
console.log(`  cpu:  lint ${fmt(b.lint.cpu)} ms  ratio to the Unkey file's parse ${ratio(b.lint.cpu, a.parse.cpu)}  (budget 0.05)`);
// CPU time decides: on a shared machine wall time also counts the time other processes ran.
const ok = a.lint.cpu / a.parse.cpu <= 1.3 && b.lint.cpu / a.parse.cpu <= 0.05;
console.log(ok ? 'within budget' : 'OVER BUDGET');
process.exitCode = ok ? 0 : 1;
