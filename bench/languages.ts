// Budget (issue 15): lint of a 2,000-line Python file holding 50 Unkey calls must take at most 1.5× the
// tree-sitter parse of the same text (key `pythonLintVsParse`), CPU time, medians of alternating runs.
// Also reports each grammar's load time and size, and the Go, Rust, PHP and Ruby ratios for information.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/lint';
import { GRAMMARS, parseWith, prepareGrammar, releaseTrees } from '../src/core/treesitter/runtime';

const LINES = 2000;
const CALLS = 50;

function python(): string {
  const lines = ['import os', 'import requests', 'import httpx', '', 'BASE = "https://api.unkey.com"', 'ROOT = os.environ["UNKEY_ROOT_KEY"]', ''];
  let calls = 0;
  for (let i = 0; lines.length < LINES; i++) {
    if (calls < CALLS && i % 9 === 4) {
      calls++;
      lines.push(
        `def create_key_${i}(api_id):`,
        `    headers = {"Content-Type": "application/json"}`,
        `    response = requests.post(f"{BASE}/v2/keys.createKey", headers={"Authorization": f"Bearer {ROOT}", **headers}, json={"apiId": api_id})`,
        '    response.raise_for_status()',
        '    return response.json()',
        '',
      );
    } else {
      lines.push(`def total_${i}(order, discount=0.${i % 10}):`, `    items = [item.price * item.quantity for item in order.items if item.quantity > 0]`, `    return round(sum(items) * (1 - discount), 2)  # ${i}`, '');
    }
  }
  if (calls < CALLS) throw new Error(`only ${calls} calls fit`);
  return lines.join('\n') + '\n';
}

function go(): string {
  const lines = ['package bench', '', 'import (', '\t"bytes"', '\t"net/http"', '\t"os"', ')', ''];
  let calls = 0;
  for (let i = 0; lines.length < LINES; i++) {
    if (calls < CALLS && i % 4 === 3) {
      calls++;
      lines.push(`func createKey${i}(body []byte) (*http.Response, error) {`, `\treq, err := http.NewRequest("POST", "https://api.unkey.com/v2/keys.createKey", bytes.NewReader(body))`, '\tif err != nil {', '\t\treturn nil, err', '\t}', `\treq.Header.Set("Authorization", "Bearer "+os.Getenv("UNKEY_ROOT_KEY"))`, '\treturn http.DefaultClient.Do(req)', '}', '');
    } else {
      lines.push(`func total${i}(prices []float64, discount float64) float64 {`, '\tsum := 0.0', '\tfor _, p := range prices {', '\t\tsum += p', '\t}', `\treturn sum * (1 - discount) // ${i}`, '}', '');
    }
  }
  return lines.join('\n') + '\n';
}

/** A 2,000-line file of `LINES` lines with `CALLS` request functions, for the other grammars (information). */
function filler(header: string[], call: (i: number) => string[], other: (i: number) => string[], every: number): string {
  const lines = [...header];
  let calls = 0;
  for (let i = 0; lines.length < LINES; i++) {
    if (calls < CALLS && i % every === every - 1) {
      calls++;
      lines.push(...call(i));
    } else lines.push(...other(i));
  }
  return lines.join('\n') + '\n';
}

function rust(): string {
  return filler(
    ['use serde_json::json;', ''],
    (i) => [`async fn create_key_${i}(client: &reqwest::Client, key: &str) -> Result<reqwest::Response, reqwest::Error> {`, '    let client = reqwest::Client::new();', '    client', '        .post("https://api.unkey.com/v2/keys.createKey")', '        .bearer_auth(key)', `        .json(&json!({ "apiId": "api_${i}" }))`, '        .send()', '        .await', '}', ''],
    (i) => [`fn total_${i}(prices: &[f64], discount: f64) -> f64 {`, '    let sum: f64 = prices.iter().sum();', `    sum * (1.0 - discount) // ${i}`, '}', ''],
    4,
  );
}

function php(): string {
  return filler(
    ['<?php', '', 'use Illuminate\\Support\\Facades\\Http;', ''],
    (i) => [`function create_key_${i}(string $apiId)`, '{', "    $ch = curl_init('https://api.unkey.com/v2/keys.createKey');", "    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')]);", "    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['apiId' => $apiId]));", "    Http::withToken(getenv('UNKEY_ROOT_KEY'))->post('https://api.unkey.com/v2/keys.verifyKey', ['key' => $apiId]);", '    return curl_exec($ch);', '}', ''],
    (i) => [`function total_${i}(array $prices, float $discount): float`, '{', `    return array_sum($prices) * (1 - $discount); // ${i}`, '}', ''],
    4,
  );
}

function ruby(): string {
  return filler(
    ['require "net/http"', 'require "httparty"', ''],
    (i) => [`def create_key_${i}(api_id)`, '  uri = URI("https://api.unkey.com/v2/keys.createKey")', '  req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")', '  req["Authorization"] = "Bearer #{ENV.fetch("UNKEY_ROOT_KEY")}"', '  req.body = { apiId: api_id }.to_json', '  HTTParty.post("https://api.unkey.com/v2/keys.verifyKey", headers: { "Authorization" => "Bearer #{ENV.fetch("UNKEY_ROOT_KEY")}" }, body: { key: api_id }.to_json)', '  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }', 'end', ''],
    (i) => [`def total_${i}(prices, discount = 0.${i % 10})`, `  prices.sum * (1 - discount) # ${i}`, 'end', ''],
    5,
  );
}

function cpu(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(samples: number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

function ratio(grammar: 'python' | 'go' | 'rust' | 'php' | 'ruby', text: string, fileName: string, runs: number): { parse: number; lint: number; sites: number } {
  const parseOnly = () => {
    parseWith(grammar, text);
    releaseTrees();
  };
  const lintOnly = () => void lint(text, fileName);
  for (let i = 0; i < 10; i++) {
    parseOnly();
    lintOnly();
  }
  const parses: number[] = [];
  const lints: number[] = [];
  for (let i = 0; i < runs; i++) {
    parses.push(cpu(parseOnly));
    lints.push(cpu(lintOnly));
  }
  return { parse: median(parses), lint: median(lints), sites: lint(text, fileName).extraction.sites.length };
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 40);
  const wasm = join(__dirname, '..', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
  for (const grammar of GRAMMARS) {
    const start = performance.now();
    await prepareGrammar(grammar);
    const ms = performance.now() - start;
    const kb = statSync(join(wasm, `tree-sitter-${grammar}.wasm`)).size / 1024;
    console.log(`grammar ${grammar}: ${kb.toFixed(0)} KiB, loaded in ${ms.toFixed(1)} ms${grammar === GRAMMARS[0] ? ' (with the runtime)' : ''}`);
  }
  const py = ratio('python', python(), 'bench.py', runs);
  const goResult = ratio('go', go(), 'bench.go', runs);
  const keys = { pythonLintVsParse: py.lint / py.parse, goLintVsParse: goResult.lint / goResult.parse };
  console.log(`python: ${LINES} lines, ${py.sites} sites; cpu parse ${py.parse.toFixed(2)} ms, lint ${py.lint.toFixed(2)} ms; pythonLintVsParse ${keys.pythonLintVsParse.toFixed(3)} (budget 1.5)`);
  console.log(`go: ${LINES} lines, ${goResult.sites} sites; cpu parse ${goResult.parse.toFixed(2)} ms, lint ${goResult.lint.toFixed(2)} ms; goLintVsParse ${keys.goLintVsParse.toFixed(3)}`);
  for (const [grammar, text, file] of [['rust', rust(), 'bench.rs'], ['php', php(), 'bench.php'], ['ruby', ruby(), 'bench.rb']] as const) {
    const result = ratio(grammar, text, file, runs);
    console.log(`${grammar}: ${LINES} lines, ${result.sites} sites; cpu parse ${result.parse.toFixed(2)} ms, lint ${result.lint.toFixed(2)} ms; lint/parse ${(result.lint / result.parse).toFixed(3)}`);
  }
  if (process.env.BENCH_JSON) console.log(JSON.stringify({ ...keys, pythonParse2kMs: py.parse, pythonLint2kMs: py.lint }));
  const ok = keys.pythonLintVsParse <= 1.5;
  if (!process.env.BENCH_JSON) console.log(ok ? 'within budget' : 'OVER BUDGET');
  process.exitCode = ok ? 0 : 1;
}

void main();
