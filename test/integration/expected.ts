// What the extension must report on each file of test/fixtures/workspace, written from the issues' spec.
// A finding is pinned by its rule, its 1-based line and the exact text its range covers; a fix by the
// one replacement it must make to the whole file (`from` occurs exactly once in the fixture).
import * as vscode from 'vscode';

export interface Replacement {
  from: string;
  to: string;
}

export interface ExpectedFinding {
  rule: string;
  line: number;
  /** Exact text under the diagnostic's range; the first occurrence on `line` or after it. */
  text: string;
  severity: 'error' | 'warning';
  /** The preferred quick fix (also applied by fix-all and on save). */
  fix?: Replacement;
  /** A suggestion: offered as a quick fix, never applied by fix-all. */
  suggestion?: Replacement;
}

const ENV_TEMPLATE = '`Bearer ${process.env.UNKEY_ROOT_KEY}`';

export const FIXTURES: Record<string, ExpectedFinding[]> = {
  'src/keys.py': [
    {
      rule: 'missing-authorization', line: 10, text: 'requests.post(f"{UNKEY_API}/v2/keys.createKey"', severity: 'error',
      fix: {
        from: 'json={"apiId": api_id})\n\n\ndef get_api',
        to: 'json={"apiId": api_id}, headers={"Authorization": "Bearer " + os.environ["UNKEY_ROOT_KEY"]})\n\n\ndef get_api',
      },
    },
    {
      rule: 'unexpanded-env-var', line: 14, text: '{UNKEY_ROOT_KEY}', severity: 'error',
      fix: { from: '"Bearer {UNKEY_ROOT_KEY}"', to: 'f"Bearer {UNKEY_ROOT_KEY}"' },
    },
  ],
  'src/keys.go': [
    {
      rule: 'missing-authorization', line: 12, text: 'http.NewRequest("POST", unkeyAPI+"/v2/keys.createKey"', severity: 'error',
      fix: {
        from: '\t\treturn nil, err\n\t}\n\treq.Header.Set("Content-Type"',
        to: '\t\treturn nil, err\n\t}\n\treq.Header.Set("Authorization", "Bearer "+os.Getenv("UNKEY_ROOT_KEY"))\n\treq.Header.Set("Content-Type"',
      },
    },
    {
      rule: 'malformed-bearer', line: 25, text: '"bearer "+os.Getenv("UNKEY_ROOT_KEY")', severity: 'error',
      fix: { from: '"bearer "+os.Getenv', to: '"Bearer "+os.Getenv' },
    },
  ],
  'src/keys.rs': [
    {
      rule: 'missing-authorization', line: 8, text: 'post(format!("{}/v2/keys.createKey", UNKEY_API)', severity: 'error',
      fix: {
        from: '.post(format!("{}/v2/keys.createKey", UNKEY_API))\n',
        to: '.post(format!("{}/v2/keys.createKey", UNKEY_API))\n        .bearer_auth(std::env::var("UNKEY_ROOT_KEY").expect("UNKEY_ROOT_KEY must be set"))\n',
      },
    },
    {
      rule: 'malformed-bearer', line: 18, text: 'format!("bearer {}", key)', severity: 'error',
      fix: { from: 'format!("bearer {}", key)', to: 'format!("Bearer {}", key)' },
    },
  ],
  'src/keys.php': [
    {
      rule: 'missing-authorization', line: 7, text: "post('https://api.unkey.com/v2/keys.createKey'", severity: 'error',
      fix: { from: 'Http::acceptJson()', to: "Http::withToken(getenv('UNKEY_ROOT_KEY'))->acceptJson()" },
    },
    {
      rule: 'unexpanded-env-var', line: 12, text: '$UNKEY_ROOT_KEY', severity: 'error',
      fix: { from: "'Bearer $UNKEY_ROOT_KEY'", to: "'Bearer ' . getenv('UNKEY_ROOT_KEY')" },
    },
  ],
  'src/keys.rb': [
    {
      rule: 'missing-authorization', line: 6, text: 'post("#{UNKEY_API}/v2/keys.createKey"', severity: 'error',
      fix: {
        from: 'body: { apiId: api_id }.to_json)',
        to: 'body: { apiId: api_id }.to_json, headers: { "Authorization" => "Bearer #{ENV.fetch("UNKEY_ROOT_KEY")}" })',
      },
    },
    {
      rule: 'malformed-bearer', line: 10, text: '"bearer #{ENV.fetch("UNKEY_ROOT_KEY")}"', severity: 'error',
      fix: { from: '"bearer #{ENV', to: '"Bearer #{ENV' },
    },
  ],
  'src/client.ts': [
    {
      rule: 'missing-authorization', line: 10, text: 'fetch(`${UNKEY_API}/v2/keys.createKey`', severity: 'error',
      fix: {
        from: "      'Content-Type': 'application/json',\n    },\n    body: JSON.stringify({ apiId, externalId",
        to: `      'Content-Type': 'application/json',\n      Authorization: ${ENV_TEMPLATE},\n    },\n    body: JSON.stringify({ apiId, externalId`,
      },
    },
    {
      rule: 'malformed-bearer', line: 25, text: "'bearer ' + rootKey", severity: 'error',
      fix: { from: "Authorization: 'bearer ' + rootKey", to: "Authorization: 'Bearer ' + rootKey" },
    },
  ],
  'src/admin.js': [
    {
      rule: 'missing-authorization', line: 10, text: "unkey.post('/v2/apis.listKeys'", severity: 'error',
      fix: {
        from: "unkey.post('/v2/apis.listKeys', { apiId, limit: 100 });",
        to: `unkey.post('/v2/apis.listKeys', { apiId, limit: 100 }, { headers: { Authorization: ${ENV_TEMPLATE} } });`,
      },
    },
    {
      rule: 'unexpanded-env-var', line: 16, text: '${process.env.UNKEY_ROOT_KEY}', severity: 'error',
      fix: { from: 'Authorization: "Bearer ${process.env.UNKEY_ROOT_KEY}"', to: `Authorization: ${ENV_TEMPLATE}` },
    },
  ],
  'src/KeyTable.tsx': [
    {
      rule: 'hardcoded-root-key', line: 4, text: 'unkey_3ZqD7nWvK9pXcT2yBfLmR8sA', severity: 'warning',
      suggestion: { from: "const ROOT_KEY = 'unkey_3ZqD7nWvK9pXcT2yBfLmR8sA';", to: 'const ROOT_KEY = process.env.UNKEY_ROOT_KEY;' },
    },
    {
      rule: 'malformed-bearer', line: 17, text: 'ROOT_KEY', severity: 'error',
      fix: { from: 'Authorization: ROOT_KEY,', to: 'Authorization: `Bearer ${ROOT_KEY}`,' },
    },
  ],
  'scripts/create-key.sh': [
    {
      rule: 'missing-authorization', line: 7, text: 'curl', severity: 'error',
      fix: {
        from: '  -H "Content-Type: application/json" \\\n  -d "{\\"apiId\\": \\"$API_ID\\", \\"prefix',
        to: '  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY" \\\n  -d "{\\"apiId\\": \\"$API_ID\\", \\"prefix',
      },
    },
    {
      rule: 'unexpanded-env-var', line: 12, text: '$UNKEY_ROOT_KEY', severity: 'error',
      fix: { from: "-H 'Authorization: Bearer $UNKEY_ROOT_KEY'", to: '-H "Authorization: Bearer $UNKEY_ROOT_KEY"' },
    },
  ],
  'docs/api.md': [
    {
      rule: 'missing-authorization', line: 6, text: 'curl', severity: 'error',
      fix: {
        from: '  -H "Content-Type: application/json" \\\n  -d \'{"apiId": "api_123"',
        to: '  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY" \\\n  -d \'{"apiId": "api_123"',
      },
    },
    {
      rule: 'malformed-bearer', line: 16, text: '"Token " + process.env.UNKEY_ROOT_KEY', severity: 'error',
      fix: { from: 'Authorization: "Token " + process.env', to: 'Authorization: "Bearer " + process.env' },
    },
  ],
  'requests/keys.http': [
    {
      rule: 'missing-authorization', line: 4, text: 'POST https://api.unkey.com/v2/keys.createKey', severity: 'error',
      fix: {
        from: 'keys.createKey\nContent-Type: application/json\n',
        to: 'keys.createKey\nContent-Type: application/json\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n',
      },
    },
    {
      rule: 'malformed-bearer', line: 11, text: '{{$dotenv UNKEY_ROOT_KEY}}', severity: 'error',
      fix: { from: 'Authorization: {{$dotenv', to: 'Authorization: Bearer {{$dotenv' },
    },
  ],
  '.github/workflows/rotate-keys.yml': [
    {
      rule: 'unexpanded-env-var', line: 18, text: '$UNKEY_ROOT_KEY', severity: 'error',
      fix: { from: "-H 'Authorization: Bearer $UNKEY_ROOT_KEY'", to: '-H "Authorization: Bearer $UNKEY_ROOT_KEY"' },
    },
  ],
  Dockerfile: [
    {
      rule: 'malformed-bearer', line: 11, text: '$UNKEY_ROOT_KEY', severity: 'error',
      fix: { from: '-H "Authorization: $UNKEY_ROOT_KEY"', to: '-H "Authorization: Bearer $UNKEY_ROOT_KEY"' },
    },
  ],
};

/** Files the workspace scan must leave alone although they hold findings (build output). */
export const SKIPPED_BY_SCAN = ['build/bundle.js'];

/** The hard-coded key in src/KeyTable.tsx as hovers must show it. */
export const MASKED_KEY = 'unkey_…R8sA';

export function applyReplacement(text: string, { from, to }: Replacement): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)} in the fixture`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The range an expected finding covers in a file whose text is `text`. */
export function expectedRange(text: string, finding: ExpectedFinding): vscode.Range {
  const lineStart = lineOffsets(text)[finding.line - 1];
  const start = lineStart === undefined ? -1 : text.indexOf(finding.text, lineStart);
  if (start < 0) throw new Error(`the fixture has no ${JSON.stringify(finding.text)} from line ${finding.line}`);
  return new vscode.Range(positionAt(text, start), positionAt(text, start + finding.text.length));
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(text: string, offset: number): vscode.Position {
  const starts = lineOffsets(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return new vscode.Position(line, offset - starts[line]);
}

/** The expected diagnostics of a fixture as "rule@line:col-line:col" strings, sorted (see describeAll). */
export function expectedDescriptions(text: string, findings: readonly ExpectedFinding[]): string[] {
  return findings.map((f) => describeRange(f.rule, expectedRange(text, f))).sort();
}

export function describeRange(rule: string, { start, end }: vscode.Range): string {
  return `${rule}@${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

/** The fixture text with every automatic fix applied (what fix-all and fix-on-save must produce). */
export function allFixed(text: string, findings: readonly ExpectedFinding[]): string {
  return findings.reduce((out, f) => (f.fix ? applyReplacement(out, f.fix) : out), text);
}
