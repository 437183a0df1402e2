import { runRuleTests } from '../ruleTester';

runRuleTests("unknown-endpoint", {
  valid: [
    { name: "wrapper: a variable path, quiet", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nexport const run = (path: string) => unkey(path, {});\n" },
    { name: "a catalog endpoint", code: "curl -X POST https://api.unkey.com/v2/ratelimit.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{}'\n", filename: "a.sh" },
    { name: "unversioned path", code: "curl https://api.unkey.com/openapi.yaml\n", filename: "a.sh" },
    { name: "placeholder", code: "curl -X POST https://api.unkey.com/v2/{procedure} -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
    { name: "a v1 path is retired-endpoint's", code: "curl -X POST https://api.unkey.dev/v1/keys.nope -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
    { name: "another host", code: "curl -X POST https://example.com/v2/keys.listKeys\n", filename: "a.sh" },
  ],
  invalid: [
    {
      name: "ratelimits. is ratelimit. in v2", code: "curl -X POST https://api.unkey.com/v2/ratelimits.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/ratelimits.limit is not an endpoint (did you mean /v2/ratelimit.limit?).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/ratelimit.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{}'\n",
    },
    {
      name: "keys.listKeys is apis.listKeys; no header: the 404 comes first", code: "curl -X POST https://api.unkey.com/v2/keys.listKeys -H \"Content-Type: application/json\"\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.listKeys is not an endpoint (did you mean /v2/apis.listKeys?); after that it would also need an Authorization header.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.listKeys -H \"Content-Type: application/json\"\n",
    },
    {
      name: "REST style verify", code: "curl -X POST https://api.unkey.com/v2/keys/verify-api-key -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"k\"}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys/verify-api-key is not an endpoint (did you mean /v2/keys.verifyKey?).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"k\"}'\n",
    },
    {
      name: "a typo: one close candidate", code: "POST https://api.unkey.com/v2/keys.verifyKy\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "a.http",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.verifyKy is not an endpoint (did you mean /v2/keys.verifyKey?).", line: 1, column: 1, endLine: 1, endColumn: 44 },
      ],
      output: "POST https://api.unkey.com/v2/keys.verifyKey\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n",
    },
    {
      name: "one close candidate by edit distance", code: "curl -X POST https://api.unkey.com/v2/keys.getKeys -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.getKeys is not an endpoint (did you mean /v2/keys.getKey?).", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.getKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "several close candidates: suggestions", code: "curl -X POST https://api.unkey.com/v2/identities.getIdentities -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/identities.getIdentities is not an endpoint (did you mean /v2/identities.getIdentity or /v2/identities.listIdentities?).", line: 1, column: 1, endLine: 1, endColumn: 5, suggestions: [{ desc: "Call /v2/identities.getIdentity", output: "curl -X POST https://api.unkey.com/v2/identities.getIdentity -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }, { desc: "Call /v2/identities.listIdentities", output: "curl -X POST https://api.unkey.com/v2/identities.listIdentities -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: "nothing close", code: "curl -X POST https://api.unkey.com/v2/billing.getInvoiceTotals -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/billing.getInvoiceTotals is not an endpoint.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: null,
    },
    {
      name: "markdown block", code: "```sh\ncurl -X POST https://api.unkey.com/v2/ratelimits.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n```\n", filename: "README.md",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/ratelimits.limit is not an endpoint (did you mean /v2/ratelimit.limit?).", line: 2, column: 1, endLine: 2, endColumn: 5 },
      ],
      output: "```sh\ncurl -X POST https://api.unkey.com/v2/ratelimit.limit -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n```\n",
    },
    {
      name: "wrapper: an unknown path at the call", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKeys\", { apiId: \"api_1\" });\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.createKeys is not an endpoint (did you mean /v2/keys.createKey?).", line: 6, column: 7, endLine: 6, endColumn: 34 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\n",
    },
    {
      name: "wrapper: the procedure at the call, the version in the function", code: "const unkey = (procedure: string, body: object) => fetch(`https://api.unkey.com/v2/${procedure}`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\nawait unkey(\"keys.verify\", { key: \"k\" });\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.verify is not an endpoint.", line: 2, column: 7, endLine: 2, endColumn: 26 },
      ],
      output: null,
    },
  ],
});
