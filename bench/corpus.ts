// Generated inputs for the benchmark: one 2,000-line TS file (with and without Unkey calls), a seeded
// 5,000-file tree shaped like a monorepo, and one file with 100,000 fetch calls. Same seed, same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mulberry32 } from '../test/seeded';

const LINES = 2000;
export const CALLS = 50;

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

const HEADER = [
  `import axios from "axios";`,
  `const UNKEY_BASE = process.env.UNKEY_API_URL ?? "https://api.unkey.com";`,
  `const rootKey = process.env.UNKEY_ROOT_KEY!;`,
  `const unkey = axios.create({ baseURL: UNKEY_BASE, headers: { "Content-Type": "application/json" } });`,
];

/** A TS file of `lines` lines; with `calls`, that many Unkey calls spread through it. */
export function tsFile(lines = LINES, calls = 0, firstShape = 0): string {
  const out: string[] = calls ? [...HEADER] : [];
  let block = 0;
  let made = 0;
  for (;;) {
    const next = made < calls && block % 3 === 0 ? unkeyCall(firstShape + made++) : ordinaryBlock(block);
    if (out.length + next.length > lines) break;
    out.push(...next);
    block++;
  }
  while (out.length < lines) out.push(`export const pad${out.length} = ${out.length};`);
  if (made < calls) throw new Error(`only ${made} of ${calls} calls fit in ${lines} lines`);
  return out.join('\n') + '\n';
}

/**
 * The 100,000-call file of the issue (900 KB, under the CLI's 1 MiB limit): every call reaches the
 * Unkey API through a const and sends no Authorization header, so each is a finding with a fix.
 */
export function bigFile(calls = 100_000): string {
  return `const u = "https://api.unkey.com/v2/keys.getKey";\n${'fetch(u)\n'.repeat(calls)}`;
}


export interface CorpusStats {
  files: number;
  bytes: number;
  withCalls: number;
  jsTs: number;
}

/**
 * A monorepo-shaped tree of `count` files under `root`: TS/JS (most), Markdown, JSON, YAML, shell, CSS;
 * 2% of them call the Unkey API; a root .gitignore and a few nested ones, with some files they exclude.
 */
export function writeCorpus(root: string, count = 5000, seed = 14): CorpusStats {
  // Seeded, so every run builds the same tree.
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, '.gitignore'), '# build output\n*.log\n.cache/\ngenerated/\n!generated/keep.ts\n/tmp\n');
  const stats: CorpusStats = { files: 0, bytes: 0, withCalls: 0, jsTs: 0 };
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };
  const withCalls = new Set<number>();
  while (withCalls.size < Math.round(count * 0.02)) withCalls.add(Math.floor(rand() * count));
  const packages = Math.max(1, Math.round(count / 100));
  const folders = ['src', 'src/lib', 'src/routes', 'src/components', 'test', 'docs', 'scripts', 'generated', '.cache'];
  for (let i = 0; i < count; i++) {
    const pkg = `packages/pkg-${String(i % packages).padStart(3, '0')}`;
    const folder = pick(folders);
    const r = rand();
    const kind = r < 0.45 ? 'ts' : r < 0.6 ? 'tsx' : r < 0.68 ? 'js' : r < 0.76 ? 'md' : r < 0.88 ? 'json' : r < 0.92 ? 'yaml' : r < 0.95 ? 'sh' : 'css';
    const calls = withCalls.has(i);
    const name = path.join(root, pkg, folder, `file-${i}.${kind}`);
    const lines = 20 + Math.floor(rand() * 120);
    if (kind === 'ts' || kind === 'tsx' || kind === 'js') stats.jsTs++;
    if (calls) stats.withCalls++;
    write(name, body(kind, lines, calls, i));
    if (i % 97 === 0) write(path.join(root, pkg, `debug-${i}.log`), 'GET https://api.unkey.com/v2/keys.getKey 401\n'.repeat(20));
  }
  for (let p = 0; p < packages; p += 7) write(path.join(root, `packages/pkg-${String(p).padStart(3, '0')}/.gitignore`), 'scripts/*.sh\n');
  return stats;
}

function body(kind: string, lines: number, calls: boolean, i: number): string {
  switch (kind) {
    case 'ts':
    case 'tsx':
    case 'js': {
      const text = tsFile(lines, calls ? 1 : 0, i);
      return kind === 'js' ? stripTypes(text) : text;
    }
    case 'md':
      return [
        `# Package ${i}`,
        '',
        ...Array.from({ length: lines }, (_, n) => `Paragraph ${n}: how the service handles orders, retries and limits.`),
        ...(calls ? ['', '```sh', 'curl -X POST https://api.unkey.com/v2/keys.createKey -H "Content-Type: application/json" -d \'{"apiId":"api_1"}\'', '```'] : []),
      ].join('\n') + '\n';
    case 'json':
      return JSON.stringify({ name: `pkg-${i}`, version: '1.0.0', scripts: { build: 'tsc', test: 'vitest' }, items: Array.from({ length: lines }, (_, n) => ({ n, v: `value-${n}` })) }, null, 2) + '\n';
    case 'yaml':
      return [
        'name: ci',
        'on: [push]',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        ...Array.from({ length: lines >> 2 }, (_, n) => `      - run: npm run step-${n}`),
        ...(calls ? ['      - run: curl -X POST https://api.unkey.com/v2/apis.listKeys -H "Authorization: $UNKEY_ROOT_KEY"'] : []),
      ].join('\n') + '\n';
    case 'sh':
      return [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        ...Array.from({ length: lines >> 2 }, (_, n) => `echo "step ${n}" && ls -la /tmp > /dev/null`),
        ...(calls ? [`curl -s https://api.unkey.com/v2/keys.getKey -H 'Authorization: Bearer $UNKEY_ROOT_KEY' -d '{"keyId":"k"}'`] : []),
      ].join('\n') + '\n';
    default:
      return Array.from({ length: lines }, (_, n) => `.c${i}-${n} { margin: ${n}px; color: #${(n * 4099).toString(16).slice(0, 3).padEnd(3, '0')}; }`).join('\n') + '\n';
  }
}

/** The TS blocks as plain JS: interfaces dropped, annotations and modifiers removed. */
function stripTypes(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('export interface'))
    .join('\n')
    .replace(/<string, Order\d+>|<void>|!;/g, (m) => (m === '!;' ? ';' : ''))
    .replace(/: (?:string\[\]|string|number|Order\d+ \| undefined|Order\d+|Promise)/g, '')
    .replace(/private readonly |private /g, '');
}
