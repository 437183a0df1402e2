import { runRuleTests } from '../ruleTester';

runRuleTests("unknown-body-field", {
  valid: [
    { name: "wrapper: a body written in the function is not one call's", code: "const BASE = \"https://api.unkey.com\";\nconst unkey = (path: string, id: string) => fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ keyId: id }) });\nawait unkey(\"/v2/keys.getKey\", \"key_1\");\nawait unkey(\"/v2/apis.getApi\", \"api_1\");\n" },
    { name: "allowed properties", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"a\",\"externalId\":\"u\",\"credits\":{\"remaining\":5}}'\n", filename: "a.sh" },
    { name: "nested names are not judged", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"a\",\"meta\":{\"ownerId\":\"u\"}}'\n", filename: "a.sh" },
    { name: "body from a file", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d @body.json\n", filename: "a.sh" },
    { name: "open schema (identities.createIdentity)", code: "curl -X POST https://api.unkey.com/v2/identities.createIdentity -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"externalId\":\"u\",\"extra\":1}'\n", filename: "a.sh" },
    { name: "v1 body is retired-endpoint's", code: "curl -X POST https://api.unkey.dev/v1/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"a\",\"ownerId\":\"u\"}'\n", filename: "a.sh" },
    { name: "a .http body from a file", code: "POST https://api.unkey.com/v2/keys.createKey\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n\n< ./body.json\n", filename: "a.http" },
  ],
  invalid: [
    {
      name: "ownerId is externalId", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\",\"ownerId\":\"user_1\"}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.createKey does not accept the body property \"ownerId\": v2 calls it \"externalId\".", line: 1, column: 119, endLine: 1, endColumn: 126 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\",\"externalId\":\"user_1\"}'\n",
    },
    {
      name: "apiId no longer accepted by verifyKey", code: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"sk_1\",\"apiId\":\"api_1\"}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.verifyKey does not accept the body property \"apiId\": `apiId` is no longer accepted: the root key decides which APIs it may verify.", line: 1, column: 116, endLine: 1, endColumn: 121 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"sk_1\"}'\n",
    },
    {
      name: "op is operation", code: "POST https://api.unkey.com/v2/keys.updateCredits\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\nContent-Type: application/json\n\n{ \"keyId\": \"key_1\", \"op\": \"set\", \"value\": 5 }\n", filename: "a.http",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.updateCredits does not accept the body property \"op\": v2 calls it \"operation\".", line: 5, column: 22, endLine: 5, endColumn: 24 },
      ],
      output: "POST https://api.unkey.com/v2/keys.updateCredits\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\nContent-Type: application/json\n\n{ \"keyId\": \"key_1\", \"operation\": \"set\", \"value\": 5 }\n",
    },
    {
      name: "remaining moves into credits: no fix", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\",\"remaining\":5}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.createKey does not accept the body property \"remaining\": `remaining` and `refill` move into `credits: { remaining, refill }`.", line: 1, column: 119, endLine: 1, endColumn: 128 },
      ],
      output: null,
    },
    {
      name: "an unknown property: the allowed list", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\",\"verbose\":true}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/apis.getApi does not accept the body property \"verbose\"; it allows \"apiId\".", line: 1, column: 116, endLine: 1, endColumn: 123 },
      ],
      output: null,
    },
    {
      name: "no header too: both are invalid_input", code: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -d '{\"key\":\"sk_1\",\"apiId\":\"api_1\"}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.verifyKey does not accept the body property \"apiId\": `apiId` is no longer accepted: the root key decides which APIs it may verify. The same answer names first that there is no Authorization header.", line: 1, column: 73, endLine: 1, endColumn: 78 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.verifyKey -d '{\"key\":\"sk_1\"}'\n",
    },
    {
      name: "wrapper: a body name at the call", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\", ownerId: \"user_1\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.createKey does not accept the body property \"ownerId\": v2 calls it \"externalId\".", line: 6, column: 53, endLine: 6, endColumn: 60 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\", externalId: \"user_1\" });\n",
    },
  ],
});
