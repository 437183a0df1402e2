// What the rule messages and the hover promise the server will answer, against what the emulator (which
// follows the v2 server's order of checks) really answers over HTTP on 127.0.0.1. One request per step of
// the order and every combination of two mistakes, each written as curl, as a .http request and as fetch:
// the same request is linted and sent.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import { lint, type Finding, type RuleId } from '../../src/core';
import { hoverAt } from '../../src/extension/hoverText';
import { type MistakeKind, type ServerReply, firstAnswer, siteMistakes } from '../../src/core/serverOrder';
import { classifyUrl } from '../../src/core/unkeyUrl';
import { startEmulator, type Emulator } from '../emulator';

// Built at run time: no root-key-shaped literal in the sources.
const ROOT = ['unkey', '3ZserverOrderRootKey1234'].join('_');
const HOST = 'https://api.unkey.com';

type Auth = 'ok' | 'none' | 'malformed' | 'unexpanded';
interface Request {
  method: string;
  path: string;
  auth: Auth;
  body: Record<string, unknown>;
}

const GOOD: Request = { method: 'POST', path: '/v2/keys.verifyKey', auth: 'ok', body: { key: 'sk_test_123' } };

/** One mistake each, in the server's order of checks. */
const MISTAKES: Record<Exclude<MistakeKind, 'retired'>, (r: Request) => Request> = {
  'unknown-path': (r) => ({ ...r, path: '/v2/keys.verify' }),
  'wrong-method': (r) => ({ ...r, method: 'GET' }),
  'missing-header': (r) => ({ ...r, auth: 'none' }),
  body: (r) => ({ ...r, body: { ...r.body, apiId: 'api_12345678' } }),
  'missing-property': (r) => ({ ...r, body: Object.fromEntries(Object.entries(r.body).filter(([name]) => name !== 'key')) }),
  malformed: (r) => ({ ...r, auth: 'malformed' }),
  'key-not-found': (r) => ({ ...r, auth: 'unexpanded' }),
};
const BODY_KINDS: ReadonlySet<MistakeKind> = new Set(['body', 'missing-property']);
const KINDS = Object.keys(MISTAKES) as (keyof typeof MISTAKES)[];
/** Two mistakes of the header cannot be made at once. */
const EXCLUSIVE = [['missing-header', 'malformed'], ['missing-header', 'key-not-found'], ['malformed', 'key-not-found']];

/** The rule whose finding reports each mistake (missing-property has none: the hover and later messages name it). */
const RULE_OF: Partial<Record<MistakeKind, RuleId>> = {
  'unknown-path': 'unknown-endpoint',
  'wrong-method': 'wrong-method',
  'missing-header': 'missing-authorization',
  body: 'unknown-body-field',
  malformed: 'malformed-bearer',
  'key-not-found': 'unexpanded-env-var',
};
const ORDER_RULES = new Set(Object.values(RULE_OF));

// The same request in three formats. Each references the key through the environment the format's way.
function asCurl(r: Request): string {
  const auth = { ok: ` -H "Authorization: Bearer $UNKEY_ROOT_KEY"`, none: '', malformed: ` -H "Authorization: bearer $UNKEY_ROOT_KEY"`, unexpanded: ` -H 'Authorization: Bearer $UNKEY_ROOT_KEY'` }[r.auth];
  return `curl -X ${r.method} ${HOST}${r.path} -H "Content-Type: application/json"${auth} -d '${JSON.stringify(r.body)}'\n`;
}
function asHttp(r: Request): string {
  const auth = { ok: 'Authorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n', none: '', malformed: 'Authorization: bearer {{$dotenv UNKEY_ROOT_KEY}}\n', unexpanded: 'Authorization: Bearer $UNKEY_ROOT_KEY\n' }[r.auth];
  return `${r.method} ${HOST}${r.path}\nContent-Type: application/json\n${auth}\n${JSON.stringify(r.body)}\n`;
}
function asFetch(r: Request): string {
  const auth = {
    ok: ', Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`',
    none: '',
    malformed: ', Authorization: `bearer ${process.env.UNKEY_ROOT_KEY}`',
    unexpanded: ', Authorization: "Bearer ${process.env.UNKEY_ROOT_KEY}"',
  }[r.auth];
  return `export async function call() {\n  return fetch("${HOST}${r.path}", {\n    method: "${r.method}",\n    headers: { "Content-Type": "application/json"${auth} },\n    body: JSON.stringify(${JSON.stringify(r.body)}),\n  });\n}\n`;
}
const FORMATS: [string, string, (r: Request) => string][] = [
  ['curl', 'call.sh', asCurl],
  ['.http', 'call.http', asHttp],
  ['fetch', 'call.ts', asFetch],
];

/** What the request sends: the header as the runtime would expand it (or not). */
function authorizationSent(auth: Auth): string | undefined {
  return { ok: `Bearer ${ROOT}`, none: undefined, malformed: `bearer ${ROOT}`, unexpanded: 'Bearer $UNKEY_ROOT_KEY' }[auth];
}

interface Reply {
  status: number;
  contentType: string;
  text: string;
  json: { error?: { type?: string; detail?: string; errors?: { location: string }[] } } | undefined;
}

function send(emulator: Emulator, r: Request): Promise<Reply> {
  const authorization = authorizationSent(r.auth);
  const body = JSON.stringify(r.body);
  // With its length, as curl sends it: a GET body without one is not read as a body.
  const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...(authorization ? { authorization } : {}) };
  return new Promise((resolve, reject) => {
    const request = http.request(`${emulator.url}${r.path}`, { method: r.method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        let json: Reply['json'];
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', text, json });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The emulator's answer is the one promised. */
function assertReply(reply: Reply, promised: ServerReply | undefined, label: string): void {
  assert.ok(promised, `${label}: serverOrder promises no answer, the emulator sent HTTP ${reply.status}`);
  assert.equal(reply.status, promised.status, `${label}: ${reply.text}`);
  if (promised.text !== undefined) {
    assert.equal(reply.text, promised.text, label);
    assert.match(reply.contentType, /^text\/plain/, label);
  }
  if (promised.type !== undefined) assert.equal(reply.json?.error?.type, `https://unkey.com/docs/errors/unkey/${promised.type}`, label);
  if (promised.detail !== undefined) assert.equal(reply.json?.error?.detail, promised.detail, label);
}

function lintRequest(r: Request, filename: string, render: (r: Request) => string) {
  const text = render(r);
  const result = lint(text, filename);
  const sites = result.extraction.sites.map((site) => ({ site, target: classifyUrl(site.url, ['api.unkey.com', 'api.unkey.dev'])! })).filter((s) => s.target);
  assert.equal(sites.length, 1, `one request site in ${text}`);
  return { text, result, ...sites[0]! };
}

const orderFindings = (findings: Finding[]): Finding[] => findings.filter((f) => ORDER_RULES.has(f.ruleId));

describe('server order: rule messages and hover against the emulator', function () {
  this.timeout(20_000);
  let emulator: Emulator;
  before(async () => {
    emulator = await startEmulator({ rootKeys: { [ROOT]: 'valid' } });
  });
  after(() => emulator.close());

  it('the correct request gets 200 and no finding in any format', async () => {
    const reply = await send(emulator, GOOD);
    assert.equal(reply.status, 200, reply.text);
    for (const [, filename, render] of FORMATS) {
      const { result, site, target } = lintRequest(GOOD, filename, render);
      assert.deepEqual(orderFindings(result.findings).map((f) => f.message), [], render(GOOD));
      assert.equal(firstAnswer(site, target), undefined);
    }
  });

  const cases: (keyof typeof MISTAKES)[][] = KINDS.map((k) => [k]);
  for (let i = 0; i < KINDS.length; i++) {
    for (let j = i + 1; j < KINDS.length; j++) {
      const pair = [KINDS[i]!, KINDS[j]!];
      if (!EXCLUSIVE.some(([a, b]) => pair.includes(a as never) && pair.includes(b as never))) cases.push(pair);
    }
  }

  for (const kinds of cases) {
    const request = kinds.reduce((r, kind) => MISTAKES[kind](r), GOOD);
    for (const [format, filename, render] of FORMATS) {
      it(`${kinds.join(' + ')} (${format})`, async () => {
        const { text, result, site, target } = lintRequest(request, filename, render);
        const mistakes = siteMistakes(site, target);
        const label = `${kinds.join(' + ')} in ${text}`;
        // A format whose extractor does not read the body yet (fetch's JSON.stringify) promises nothing about
        // it: the request sent is the one the engine sees, with a valid body.
        const seen = site.body ? kinds : kinds.filter((k) => !BODY_KINDS.has(k));
        if (!site.body) assert.ok(!['curl', '.http'].includes(format), `${format} shows the body`);
        // The server meets the mistakes in the order of KINDS; an unknown path hides the method and the body.
        const expected = seen[0] === 'unknown-path' ? seen.filter((k) => k !== 'wrong-method' && !BODY_KINDS.has(k)) : seen;
        assert.deepEqual(mistakes.map((m) => m.kind), expected, label);
        if (!seen.length) return assert.equal(firstAnswer(site, target), undefined);
        const first = firstAnswer(site, target)!;
        const reply = await send(emulator, seen.reduce((r, kind) => MISTAKES[kind](r), GOOD));
        assertReply(reply, first.reply, label);
        // Two validation failures: one 400 that lists both, the header first.
        if (expected[0] === 'missing-header' && expected.some((k) => BODY_KINDS.has(k))) {
          const locations = reply.json?.error?.errors?.map((e) => e.location) ?? [];
          assert.equal(locations[0], 'security', label);
          assert.ok(locations.some((l) => l.startsWith('body.')), label);
        }

        // Every message names the answer the server sends first.
        const findings = orderFindings(result.findings);
        for (const finding of findings) {
          const named = finding.message.startsWith(`Unkey will reject this request (${first.answer})`)
            || finding.message.includes(`But the server answers ${first.answer} first: ${first.reason}.`)
            // A later failure of the same validation: the same 400, whose detail names the first.
            || (first.step === 2 && finding.message.startsWith('Unkey will reject this request (application/invalid_input, HTTP 400)') && finding.message.includes(`The same answer names first that ${first.reason}.`));
          assert.ok(named, `${finding.ruleId}: "${finding.message}" does not name ${first.answer} (${label})`);
        }
        // The first mistake's finding states the answer and what the request needs after that.
        const firstRule = RULE_OF[first.kind];
        if (firstRule) {
          const finding = findings.find((f) => f.ruleId === firstRule);
          assert.ok(finding, `${firstRule} reports ${label}`);
          assert.ok(finding.message.startsWith(`Unkey will reject this request (${first.answer}):`), finding.message);
          for (const later of mistakes.slice(1)) assert.ok(finding.message.includes(later.then), `"${finding.message}" names "${later.then}"`);
        }
        // Each later mistake with a rule is reported too, and its message defers to the first answer.
        for (const later of mistakes.slice(1)) {
          const rule = RULE_OF[later.kind];
          if (rule) assert.ok(findings.some((f) => f.ruleId === rule), `${rule} reports ${label}`);
        }
        // The hover says the same first answer.
        const hover = hoverAt(result, site.reportRange[0], ['api.unkey.com', 'api.unkey.dev']);
        assert.ok(hover?.markdown.includes('The server will answer first:'), `${label}: ${hover?.markdown}`);
        assert.ok(hover!.markdown.includes(first.reply!.status === 404 ? 'HTTP 404' : String(first.reply!.status)), hover!.markdown);
      });
    }
  }

  // Header values beyond the table's four: each as .http (sent byte for byte) and its first answer.
  for (const [name, written, wire, kind] of [
    ['an empty value (treated as no header)', 'Authorization:', '', 'missing-header'],
    ['white space inside the token', 'Authorization: Bearer {{$dotenv UNKEY_ROOT_KEY}} extra', `Bearer ${ROOT} extra`, 'key-not-found'],
    ['Bearer twice', 'Authorization: Bearer Bearer {{$dotenv UNKEY_ROOT_KEY}}', `Bearer Bearer ${ROOT}`, 'key-not-found'],
    ['no scheme', 'Authorization: {{$dotenv UNKEY_ROOT_KEY}}', ROOT, 'malformed'],
  ] as const) {
    it(`an Authorization header with ${name}`, async () => {
      const text = `POST ${HOST}${GOOD.path}\nContent-Type: application/json\n${written}\n\n${JSON.stringify(GOOD.body)}\n`;
      const result = lint(text, 'call.http');
      const site = result.extraction.sites[0]!;
      const first = firstAnswer(site, classifyUrl(site.url, ['api.unkey.com'])!)!;
      assert.equal(first.kind, kind);
      const body = JSON.stringify(GOOD.body);
      const reply = await new Promise<Reply>((resolve, reject) => {
        const request = http.request(`${emulator.url}${GOOD.path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: wire } }, (response) => {
          let answer = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (answer += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', text: answer, json: JSON.parse(answer) }));
        });
        request.on('error', reject);
        request.end(body);
      });
      assertReply(reply, first.reply, name);
      const finding = orderFindings(result.findings).find((f) => f.ruleId === 'malformed-bearer' || f.ruleId === 'missing-authorization');
      assert.ok(finding?.message.startsWith(`Unkey will reject this request (${first.answer})`), finding?.message);
    });
  }

  // Rules outside the table that name an answer: the request as the file writes it, and as it goes out.
  const fetchWith = (init: string, path = GOOD.path): string => `await fetch("${HOST}${path}", { ${init} });\n`;
  const BODY = 'body: JSON.stringify({ key: "sk_test_123" })';
  for (const [name, source, filename, wire, rule] of [
    ['placeholder-key: a docs placeholder after Bearer', fetchWith(`method: "POST", headers: { Authorization: "Bearer unkey_YOUR_API_KEY" }, ${BODY}`), 'a.ts', { method: 'POST', authorization: 'Bearer unkey_YOUR_API_KEY' }, 'placeholder-key'],
    ['placeholder-key: a docs placeholder with no scheme', fetchWith(`method: "POST", headers: { Authorization: "<UNKEY_ROOT_KEY>" }, ${BODY}`), 'a.ts', { method: 'POST', authorization: '<UNKEY_ROOT_KEY>' }, 'placeholder-key'],
    ['headers-misplaced: fetch header: (never sent)', fetchWith(`method: "POST", header: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\` }, ${BODY}`), 'a.ts', { method: 'POST' }, 'headers-misplaced'],
    [
      'headers-misplaced: axios.get with a third argument, to a POST endpoint',
      `await axios.get("${HOST}/v2/apis.getApi", {}, { headers: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\` } });\n`,
      'a.ts',
      { method: 'GET', path: '/v2/apis.getApi' },
      'headers-misplaced',
    ],
  ] as const) {
    it(name, async () => {
      const result = lint(`import axios from "axios";\n${source}`, filename);
      const site = result.extraction.sites.find((s) => classifyUrl(s.url, ['api.unkey.com']))!;
      const first = firstAnswer(site, classifyUrl(site.url, ['api.unkey.com'])!)!;
      const body = JSON.stringify(GOOD.body);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(body.length), ...('authorization' in wire ? { authorization: wire.authorization } : {}) };
      const reply = await new Promise<Reply>((resolve, reject) => {
        const request = http.request(`${emulator.url}${'path' in wire ? wire.path : GOOD.path}`, { method: wire.method, headers }, (response) => {
          let answer = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (answer += chunk));
          response.on('end', () => {
            let json: Reply['json'];
            try {
              json = JSON.parse(answer);
            } catch {
              json = undefined;
            }
            resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', text: answer, json });
          });
        });
        request.on('error', reject);
        request.end(body);
      });
      const finding = result.findings.find((f) => f.ruleId === rule);
      assert.ok(finding, `${rule} reports ${source}`);
      if (first) {
        // The rule's own answer is the first one, or its message says which comes first.
        assert.ok(
          finding.message.startsWith(`Unkey will reject this request (${first.answer})`) || finding.message.includes(`But the server answers ${first.answer} first: ${first.reason}.`),
          finding.message,
        );
        assertReply(reply, first.reply, name);
      } else {
        // A mistake serverOrder does not track (a placeholder key) and nothing before it: the rule's answer is the emulator's.
        assert.match(finding.message, /^Unkey will reject this request \(authentication\/key_not_found, HTTP 401\)/, finding.message);
        assert.equal(reply.status, 401, reply.text);
        assert.equal(reply.json?.error?.type, 'https://unkey.com/docs/errors/unkey/authentication/key_not_found');
      }
    });
  }

  it('a v1 path on the v2 host: the router answers 404, as retired-endpoint says', async () => {
    const request = { ...GOOD, path: '/v1/keys.verifyKey' };
    const { result, site, target } = lintRequest(request, 'call.sh', asCurl);
    const first = firstAnswer(site, target)!;
    assert.equal(first.kind, 'retired');
    assertReply(await send(emulator, request), first.reply, 'v1 path');
    const finding = result.findings.find((f) => f.ruleId === 'retired-endpoint');
    assert.ok(finding?.message.startsWith(`v1 was shut down at the end of 2025: this request fails (the v2 host answers ${first.answer}).`), finding?.message);
  });
});
