import { runRuleTests } from '../ruleTester';

runRuleTests("retired-endpoint", {
  valid: [
    { name: "wrapper: exported, quiet", code: "const BASE = \"https://api.unkey.com\";\nexport async function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v1/keys.verifyKey\", { key: \"k\" });\n" },
    { name: "v2 request", code: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"k\"}'\n", filename: "a.sh" },
    { name: "another host with a v1 path", code: "curl -X POST https://example.com/v1/keys.verifyKey\n", filename: "a.sh" },
    { name: "unversioned path on the old host", code: "curl https://api.unkey.dev/openapi.json\n", filename: "a.sh" },
    { name: "markdown prose", code: "The v1 API lived at https://api.unkey.dev/v1/keys.verifyKey.\n", filename: "README.md" },
  ],
  invalid: [
    {
      name: "legacy verify: no root key in v1, v2 needs one, apiId dropped", code: "curl -X POST https://api.unkey.dev/v1/keys.verifyKey -H \"Content-Type: application/json\" -d '{\"apiId\":\"api_1\",\"key\":\"sk_123\"}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (`apiId` is no longer accepted: the root key decides which APIs it may verify; v2 needs a root key).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -H \"Content-Type: application/json\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"sk_123\"}'\n",
    },
    {
      name: "pre-RPC alias /v1/keys/verify", code: "curl -X POST https://api.unkey.dev/v1/keys/verify -d '{\"key\":\"sk_123\"}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (/v1/keys/verify was the old name of keys.verifyKey; v2 needs a root key).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"sk_123\"}'\n",
    },
    {
      name: "GET with a query: POST with the query in the body", code: "curl \"https://api.unkey.dev/v1/keys.getKey?keyId=key_123\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.getKey (`keyId` moves into the JSON body).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST \"https://api.unkey.com/v2/keys.getKey\" -H \"Content-Type: application/json\" -d '{\"keyId\":\"key_123\"}' -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "alias with the id in the path", code: "curl https://api.unkey.dev/v1/apis/api_123/keys -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.listKeys (/v1/apis/{apiId}/keys was the old name of apis.listKeys; `apiId` moves into the JSON body).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.listKeys -H \"Content-Type: application/json\" -d '{\"apiId\":\"api_123\"}' -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "renamed endpoint and body field", code: "curl -X POST https://api.unkey.dev/v1/keys.updateRemaining -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\",\"op\":\"set\",\"value\":5}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.updateCredits (renamed from keys.updateRemaining; `op` is now `operation`).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.updateCredits -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\",\"operation\":\"set\",\"value\":5}'\n",
    },
    {
      name: "ratelimits becomes ratelimit", code: "curl -X POST https://api.unkey.dev/v1/ratelimits.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"namespace\":\"n\",\"identifier\":\"u\",\"limit\":5,\"duration\":1000}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/ratelimit.limit (renamed from ratelimits.limit).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/ratelimit.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"namespace\":\"n\",\"identifier\":\"u\",\"limit\":5,\"duration\":1000}'\n",
    },
    {
      name: "ownerId renamed, credits by hand: a suggestion", code: "curl -X POST https://api.unkey.dev/v1/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\",\"ownerId\":\"u\",\"remaining\":10}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey (`ownerId` is now `externalId`). Change by hand: `remaining` and `refill` move into `credits: { remaining, refill }`.", line: 1, column: 1, endLine: 1, endColumn: 5, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/keys.createKey (the rest by hand)", output: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\",\"externalId\":\"u\",\"remaining\":10}'\n" }] },
      ],
      output: null,
    },
    {
      name: "a query in two quotings of one shell word: the path changes, the query by hand (no quote left open)", code: "curl \"https://api.unkey.dev/v1/apis.getApi?apiId=\"api_1 -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.getApi. Change by hand: move the query parameters into the JSON body.", line: 1, column: 1, endLine: 1, endColumn: 5, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/apis.getApi (the rest by hand)", output: "curl -X POST \"https://api.unkey.com/v2/apis.getApi?apiId=\"api_1 -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: "no v2 twin", code: "curl -X POST https://api.unkey.dev/v1/apis.deleteKeys -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\"}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. v2 has no twin: delete each key with POST /v2/keys.deleteKey, or delete the API with /v2/apis.deleteApi.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: null,
    },
    {
      name: "getVerifications is SQL in v2", code: "curl \"https://api.unkey.dev/v1/keys.getVerifications?keyId=key_1\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/analytics.getVerifications (renamed from keys.getVerifications; `keyId` moves into the JSON body). Change by hand: v2 answers verification counts through an SQL query in `query`, a different body.", line: 1, column: 1, endLine: 1, endColumn: 5, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/analytics.getVerifications (the rest by hand)", output: "curl -X POST \"https://api.unkey.com/v2/analytics.getVerifications\" -H \"Content-Type: application/json\" -d '{\"keyId\":\"key_1\"}' -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: "v1 path on the v2 host", code: "curl -X POST https://api.unkey.com/v1/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\"}'\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails (the v2 host answers HTTP 404, plain text \"404 page not found\"). Use POST https://api.unkey.com/v2/keys.createKey.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      name: "a run-time id in a legacy path", code: "curl \"https://api.unkey.dev/v1/apis/$API_ID/keys\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.listKeys (/v1/apis/{apiId}/keys was the old name of apis.listKeys). Change by hand: the path /v1/apis/{apiId}/keys holds a run-time part: call /v2/apis.listKeys and send it in the JSON body.", line: 1, column: 1, endLine: 1, endColumn: 5, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/apis.listKeys (the rest by hand)", output: "curl -X POST \"https://api.unkey.com/v1/apis/$API_ID/keys\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: ".http verify", code: "POST https://api.unkey.dev/v1/keys.verifyKey\nContent-Type: application/json\n\n{\n  \"apiId\": \"{{apiId}}\",\n  \"key\": \"{{key}}\"\n}\n", filename: "a.http",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (`apiId` is no longer accepted: the root key decides which APIs it may verify; v2 needs a root key).", line: 1, column: 1, endLine: 1, endColumn: 45 },
      ],
      output: "POST https://api.unkey.com/v2/keys.verifyKey\nContent-Type: application/json\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n\n{\n  \"key\": \"{{key}}\"\n}\n",
    },
    {
      name: ".http GET with a query", code: "GET https://api.unkey.dev/v1/apis.getApi?apiId=api_1\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "a.http",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.getApi (`apiId` moves into the JSON body).", line: 1, column: 1, endLine: 1, endColumn: 53 },
      ],
      output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\nContent-Type: application/json\n\n{\"apiId\":\"api_1\"}\n",
    },
    {
      name: "markdown bash block", code: "```bash\ncurl -X POST https://api.unkey.dev/v1/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\"}'\n```\n", filename: "README.md",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey.", line: 2, column: 1, endLine: 2, endColumn: 5 },
      ],
      output: "```bash\ncurl -X POST https://api.unkey.com/v2/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\"}'\n```\n",
    },
    {
      name: "workflow run", code: "jobs:\n  a:\n    steps:\n      - run: curl -X POST https://api.unkey.dev/v1/keys.deleteKey -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\" -d '{\"keyId\":\"key_1\"}'\n", filename: "ci.yml",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey.", line: 4, column: 14, endLine: 4, endColumn: 18 },
      ],
      output: "jobs:\n  a:\n    steps:\n      - run: curl -X POST https://api.unkey.com/v2/keys.deleteKey -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\" -d '{\"keyId\":\"key_1\"}'\n",
    },
    {
      name: "Dockerfile RUN", code: "FROM alpine\nRUN curl -X POST https://api.unkey.dev/v1/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\"}'\n", filename: "Dockerfile",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey.", line: 2, column: 5, endLine: 2, endColumn: 9 },
      ],
      output: "FROM alpine\nRUN curl -X POST https://api.unkey.com/v2/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\"}'\n",
    },
    {
      name: "host from a constant: changed once where it is defined, the path at the call", code: "const UNKEY_API = \"https://api.unkey.dev\";\nconst res = await fetch(`${UNKEY_API}/v1/keys.deleteKey`, {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n  body: JSON.stringify({ keyId: \"key_1\" }),\n});\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey (the host changes where it is defined, for every request using it).", line: 2, column: 19, endLine: 2, endColumn: 57 },
      ],
      output: "const UNKEY_API = \"https://api.unkey.com\";\nconst res = await fetch(`${UNKEY_API}/v2/keys.deleteKey`, {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n  body: JSON.stringify({ keyId: \"key_1\" }),\n});\n",
    },
    {
      name: "one constant, two requests: both migrated, the host changed once; an env var may override the default", code: "const UNKEY_API = process.env.UNKEY_API_URL ?? \"https://api.unkey.dev\";\nexport async function verify(key: string) {\n  const res = await fetch(`${UNKEY_API}/v1/keys.verifyKey`, {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\" },\n    body: JSON.stringify({ key }),\n  });\n  return res.json();\n}\nexport async function del(keyId: string) {\n  await fetch(UNKEY_API + \"/v1/keys.deleteKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ keyId }),\n  });\n}\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (the host changes where it is defined, for every request using it; UNKEY_API_URL, when set, must be https://api.unkey.com too; v2 needs a root key).", line: 3, column: 21, endLine: 3, endColumn: 59 },
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey (the host changes where it is defined, for every request using it; UNKEY_API_URL, when set, must be https://api.unkey.com too).", line: 11, column: 9, endLine: 11, endColumn: 47 },
      ],
      output: "const UNKEY_API = process.env.UNKEY_API_URL ?? \"https://api.unkey.com\";\nexport async function verify(key: string) {\n  const res = await fetch(`${UNKEY_API}/v2/keys.verifyKey`, {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  return res.json();\n}\nexport async function del(keyId: string) {\n  await fetch(UNKEY_API + \"/v2/keys.deleteKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ keyId }),\n  });\n}\n",
    },
    {
      name: "the whole URL in a constant", code: "const VERIFY_URL = \"https://api.unkey.dev/v1/keys.deleteKey\";\nawait fetch(VERIFY_URL, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: \"key_1\" }) });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey (the host and path change where they are defined, for every request using it).", line: 2, column: 7, endLine: 2, endColumn: 23 },
      ],
      output: "const VERIFY_URL = \"https://api.unkey.com/v2/keys.deleteKey\";\nawait fetch(VERIFY_URL, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: \"key_1\" }) });\n",
    },
    {
      name: "axios instance baseURL", code: "import axios from \"axios\";\nconst unkey = axios.create({ baseURL: \"https://api.unkey.dev\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nexport const del = (keyId: string) => unkey.post(\"/v1/keys.deleteKey\", { keyId });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey.", line: 3, column: 39, endLine: 3, endColumn: 70 },
      ],
      output: "import axios from \"axios\";\nconst unkey = axios.create({ baseURL: \"https://api.unkey.com\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nexport const del = (keyId: string) => unkey.post(\"/v2/keys.deleteKey\", { keyId });\n",
    },
    {
      name: "inline env default", code: "await fetch(`${process.env.UNKEY_API_URL ?? \"https://api.unkey.dev\"}/v1/keys.deleteKey`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: \"key_1\" }) });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey (UNKEY_API_URL, when set, must be https://api.unkey.com too).", line: 1, column: 7, endLine: 1, endColumn: 88 },
      ],
      output: "await fetch(`${process.env.UNKEY_API_URL ?? \"https://api.unkey.com\"}/v2/keys.deleteKey`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: \"key_1\" }) });\n",
    },
    {
      name: "v1 path split between a constant and the call: by hand", code: "const UNKEY = { baseUrl: \"https://api.unkey.dev/v1\" };\nawait fetch(`${UNKEY.baseUrl}/keys.deleteKey`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: \"key_1\" }) });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.deleteKey (the host changes where it is defined, for every request using it). Change by hand: change the path to /v2/keys.deleteKey.", line: 2, column: 7, endLine: 2, endColumn: 46, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/keys.deleteKey (the rest by hand)", output: "const UNKEY = { baseUrl: \"https://api.unkey.com/v1\" };\nawait fetch(`${UNKEY.baseUrl}/keys.deleteKey`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: \"key_1\" }) });\n" }] },
      ],
      output: null,
    },
    {
      name: "fetch verify: apiId dropped from JSON.stringify({...}), Authorization added", code: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.dev/v1/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\" },\n    body: JSON.stringify({ apiId: process.env.UNKEY_API_ID, key }),\n  });\n  return res.json();\n}\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (`apiId` is no longer accepted: the root key decides which APIs it may verify; v2 needs a root key).", line: 2, column: 21, endLine: 2, endColumn: 68 },
      ],
      output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  return res.json();\n}\n",
    },
    {
      name: "fetch createKey: shorthand ownerId becomes externalId: ownerId", code: "const ownerId = \"user_1\";\nawait fetch(\"https://api.unkey.dev/v1/keys.createKey\", {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n  body: JSON.stringify({ apiId: \"api_1\", ownerId, prefix: \"sk\" }),\n});\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey (`ownerId` is now `externalId`).", line: 2, column: 7, endLine: 2, endColumn: 54 },
      ],
      output: "const ownerId = \"user_1\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n  body: JSON.stringify({ apiId: \"api_1\", externalId: ownerId, prefix: \"sk\" }),\n});\n",
    },
    {
      name: "fetch GET with a literal query: POST, the query in a JSON body with its Content-Type", code: "const UNKEY_API = \"https://api.unkey.dev\";\nconst res = await fetch(`${UNKEY_API}/v1/keys.getKey?keyId=key_123`, {\n  headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n});\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.getKey (`keyId` moves into the JSON body; the host changes where it is defined, for every request using it).", line: 2, column: 19, endLine: 2, endColumn: 68 },
      ],
      output: "const UNKEY_API = \"https://api.unkey.com\";\nconst res = await fetch(`${UNKEY_API}/v2/keys.getKey`, {\n  headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" },\n  body: JSON.stringify({ keyId: \"key_123\" }),\n  method: \"POST\",\n});\n",
    },
    {
      name: "fetch body built elsewhere: the safe part is a suggestion", code: "export async function update(payload: object) {\n  await fetch(\"https://api.unkey.dev/v1/keys.updateRemaining\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(payload) });\n}\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.updateCredits (renamed from keys.updateRemaining). Change by hand: check the body built elsewhere for v1 names: `op` is now `operation`.", line: 2, column: 9, endLine: 2, endColumn: 62, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/keys.updateCredits (the rest by hand)", output: "export async function update(payload: object) {\n  await fetch(\"https://api.unkey.com/v2/keys.updateCredits\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(payload) });\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "axios data: op becomes operation", code: "import axios from \"axios\";\nawait axios.post(\"https://api.unkey.dev/v1/keys.updateRemaining\", { keyId: \"key_1\", op: \"increment\", value: 5 }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.updateCredits (renamed from keys.updateRemaining; `op` is now `operation`).", line: 2, column: 7, endLine: 2, endColumn: 65 },
      ],
      output: "import axios from \"axios\";\nawait axios.post(\"https://api.unkey.com/v2/keys.updateCredits\", { keyId: \"key_1\", operation: \"increment\", value: 5 }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios verify with no config: apiId dropped, a config with Authorization", code: "import axios from \"axios\";\nconst { data } = await axios.post(\"https://api.unkey.dev/v1/keys.verifyKey\", { apiId: \"api_1\", key: \"sk_1\" });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (`apiId` is no longer accepted: the root key decides which APIs it may verify; v2 needs a root key).", line: 2, column: 24, endLine: 2, endColumn: 76 },
      ],
      output: "import axios from \"axios\";\nconst { data } = await axios.post(\"https://api.unkey.com/v2/keys.verifyKey\", { key: \"sk_1\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "fetch createKey remaining: by hand", code: "await fetch(\"https://api.unkey.dev/v1/keys.createKey\", {\n  method: \"POST\",\n  headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n  body: JSON.stringify({ apiId: \"api_1\", remaining: 100 }),\n});\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey. Change by hand: `remaining` and `refill` move into `credits: { remaining, refill }`.", line: 1, column: 7, endLine: 1, endColumn: 54, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/keys.createKey (the rest by hand)", output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\n  method: \"POST\",\n  headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n  body: JSON.stringify({ apiId: \"api_1\", remaining: 100 }),\n});\n" }] },
      ],
      output: null,
    },
    {
      name: "a body object other code changes (body.apiId = …): by hand", code: "export async function verify(key: string, tags?: string[]) {\n  const body: Record<string, unknown> = { key };\n  if (tags?.length) body.apiId = \"api_1\";\n  const res = await fetch(\"https://api.unkey.dev/v1/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\" },\n    body: JSON.stringify(body),\n  });\n  return res.json();\n}\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (v2 needs a root key). Change by hand: check the body built elsewhere for v1 names: `apiId` is no longer accepted; `remaining: { cost }` is now `credits: { cost }`.", line: 4, column: 21, endLine: 4, endColumn: 68, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/keys.verifyKey (the rest by hand)", output: "export async function verify(key: string, tags?: string[]) {\n  const body: Record<string, unknown> = { key };\n  if (tags?.length) body.apiId = \"api_1\";\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify(body),\n  });\n  return res.json();\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "axios.get with a literal query: post with the query as its data", code: "import axios from \"axios\";\nconst res = await axios.get(\"https://api.unkey.dev/v1/keys.getKey?keyId=key_123\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.getKey (`keyId` moves into the JSON body).", line: 2, column: 19, endLine: 2, endColumn: 81 },
      ],
      output: "import axios from \"axios\";\nconst res = await axios.post(\"https://api.unkey.com/v2/keys.getKey\", { keyId: \"key_123\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios.get with params: the method by hand", code: "import axios from \"axios\";\nconst res = await axios.get(\"https://api.unkey.dev/v1/apis.getApi\", { params: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.getApi. Change by hand: send it with POST.", line: 2, column: 19, endLine: 2, endColumn: 67, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/apis.getApi (the rest by hand)", output: "import axios from \"axios\";\nconst res = await axios.get(\"https://api.unkey.com/v2/apis.getApi\", { params: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" }] },
      ],
      output: null,
    },
    {
      name: "axios instance get: post with data, Authorization in a new config", code: "import axios from \"axios\";\nconst unkey = axios.create({ baseURL: \"https://api.unkey.dev\" });\nexport const getApi = () => unkey.get(\"/v1/apis.getApi?apiId=api_123\");\n", filename: "file.ts",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.getApi (`apiId` moves into the JSON body; it needs a root key).", line: 3, column: 29, endLine: 3, endColumn: 70 },
      ],
      output: "import axios from \"axios\";\nconst unkey = axios.create({ baseURL: \"https://api.unkey.com\" });\nexport const getApi = () => unkey.post(\"/v2/apis.getApi\", { apiId: \"api_123\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "required: the v1 host from exports.API_URL", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v1/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"exports.API_URL = \"https://api.unkey.dev\";\nexports.API_HEADERS = { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` };\n"},
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey. Change by hand: change the host to https://api.unkey.com; change the path to /v2/keys.createKey.", line: 2, column: 1, endLine: 2, endColumn: 37 },
      ],
      output: null,
    },
    {
      name: "wrapper: the v1 path at the call, migrated there", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"/v1/keys.verifyKey\", { key: \"k\" });\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails (the v2 host answers HTTP 404, plain text \"404 page not found\"). Use POST https://api.unkey.com/v2/keys.verifyKey (v2 needs a root key, which unkey() does not send yet).", line: 7, column: 7, endLine: 7, endColumn: 33 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"/v2/keys.verifyKey\", { key: \"k\" });\n",
    },
    {
      name: "wrapper: with the header, a v1 call with v1 body names", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v1/keys.updateRemaining\", { keyId: \"key_1\", op: \"set\", value: 5 });\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails (the v2 host answers HTTP 404, plain text \"404 page not found\"). Use POST https://api.unkey.com/v2/keys.updateCredits (renamed from keys.updateRemaining; `op` is now `operation`).", line: 6, column: 7, endLine: 6, endColumn: 39 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.updateCredits\", { keyId: \"key_1\", operation: \"set\", value: 5 });\n",
    },
    {
      name: "wrapper: the v1 host in a constant", code: "const UNKEY = \"https://api.unkey.dev\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(UNKEY + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v1/apis.createApi\", { name: \"a\" });\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/apis.createApi (the host changes where it is defined, for every request using it).", line: 6, column: 7, endLine: 6, endColumn: 33 },
      ],
      output: "const UNKEY = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(UNKEY + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/apis.createApi\", { name: \"a\" });\n",
    },
    {
      name: "wrapper: the v1 prefix in the function and the procedure at the call", code: "const unkey = (procedure: string, body: object) => fetch(`https://api.unkey.dev/v1/${procedure}`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\nawait unkey(\"keys.createKey\", { apiId: \"api_1\" });\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey (the host changes where it is defined, for every request using it). Change by hand: change the path to /v2/keys.createKey.", line: 2, column: 7, endLine: 2, endColumn: 29, suggestions: [{ desc: "Migrate the safe parts to v2: POST https://api.unkey.com/v2/keys.createKey (the rest by hand)", output: "const unkey = (procedure: string, body: object) => fetch(`https://api.unkey.com/v1/${procedure}`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\nawait unkey(\"keys.createKey\", { apiId: \"api_1\" });\n" }] },
      ],
      output: null,
    },
  ],
});
