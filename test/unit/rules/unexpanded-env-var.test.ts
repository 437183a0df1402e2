import { runRuleTests } from '../ruleTester';

runRuleTests('unexpanded-env-var', {
  valid: [
    { code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" },
    { name: "a dollar sign that is not a reference", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer $5\" } });\n" },
    { name: "other header", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { \"X-Note\": \"${not_a_template}\", Authorization: `Bearer ${key}` } });\n" },
    { name: "other host", code: "await fetch(\"https://example.com/v2/apis.getApi\", { headers: { Authorization: \"Bearer ${key}\" } });\n" },
    { name: "curl: double quotes expand", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "call.sh" },
    { name: "curl: single quotes without a variable", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer <UNKEY_ROOT_KEY>'\n", filename: "call.sh" },
    { name: "curl: single-quoted body with a variable", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $K\" -d '{\"key\":\"$KEY\"}'\n", filename: "call.sh" },
  ],
  invalid: [
    {
      name: "plain string with an escaped dollar", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer \\${process.env.UNKEY_ROOT_KEY}\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${process.env.UNKEY_ROOT_KEY} is inside a plain string, not a template literal, so the text \"${process.env.UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 1, column: 105, endLine: 1, endColumn: 135 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "plain double-quoted string", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer ${process.env.UNKEY_ROOT_KEY}\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${process.env.UNKEY_ROOT_KEY} is inside a plain string, not a template literal, so the text \"${process.env.UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 1, column: 105, endLine: 1, endColumn: 134 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "plain single-quoted string", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: 'Bearer ${process.env.UNKEY_ROOT_KEY}' } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${process.env.UNKEY_ROOT_KEY} is inside a plain string, not a template literal, so the text \"${process.env.UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 1, column: 105, endLine: 1, endColumn: 134 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "backtick in the text is escaped", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer ${key} `x`\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${key} is inside a plain string, not a template literal, so the text \"${key}\" is sent instead of the key.", line: 1, column: 105, endLine: 1, endColumn: 111 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${key} \\`x\\`` } });\n",
    },
    {
      name: "axios config", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId: \"api_1\" }, { headers: { Authorization: \"Bearer ${token}\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${token} is inside a plain string, not a template literal, so the text \"${token}\" is sent instead of the key.", line: 1, column: 117, endLine: 1, endColumn: 125 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId: \"api_1\" }, { headers: { Authorization: `Bearer ${token}` } });\n",
    },
    {
      name: "curl: single quotes", code: "curl -X POST https://api.unkey.com/v2/apis.getApi \\\n  -H 'Authorization: Bearer $UNKEY_ROOT_KEY' \\\n  -d '{\"apiId\":\"api_123\"}'\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 2, column: 29, endLine: 2, endColumn: 44 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.getApi \\\n  -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n  -d '{\"apiId\":\"api_123\"}'\n",
    },
    {
      name: "curl: braces in single quotes", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer ${UNKEY_ROOT_KEY}'\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${UNKEY_ROOT_KEY} is inside single quotes, so the shell sends the text \"${UNKEY_ROOT_KEY}\" instead of the key.", line: 1, column: 77, endLine: 1, endColumn: 94 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer ${UNKEY_ROOT_KEY}\"\n",
    },
    {
      name: "curl: double quote inside is escaped", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $UNKEY_ROOT_KEY \"x\"'\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 1, column: 77, endLine: 1, endColumn: 92 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY \\\"x\\\"\"\n",
    },
    {
      name: "PowerShell single quotes", code: "curl.exe -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $env:UNKEY_ROOT_KEY'\n", filename: "call.ps1",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $env:UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$env:UNKEY_ROOT_KEY\" instead of the key.", line: 1, column: 81, endLine: 1, endColumn: 100 },
      ],
      output: "curl.exe -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $env:UNKEY_ROOT_KEY\"\n",
    },
    {
      name: ".http: shell-style variable", code: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer $UNKEY_ROOT_KEY\n", filename: "keys.http",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): REST Client does not expand $UNKEY_ROOT_KEY, so the text \"$UNKEY_ROOT_KEY\" is sent instead of the key.", line: 2, column: 23, endLine: 2, endColumn: 38 },
      ],
      output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$processEnv UNKEY_ROOT_KEY}}\n",
    },
    {
      name: "markdown bash block", code: "Run:\n\n```sh\ncurl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\n```\n", filename: "README.md",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 4, column: 77, endLine: 4, endColumn: 92 },
      ],
      output: "Run:\n\n```sh\ncurl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n```\n",
    },
    {
      name: "workflow step", code: "steps:\n  - run: |\n      curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\n", filename: "ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 3, column: 83, endLine: 3, endColumn: 98 },
      ],
      output: "steps:\n  - run: |\n      curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "Dockerfile", code: "FROM alpine\nRUN curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\n", filename: "Dockerfile",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 2, column: 81, endLine: 2, endColumn: 96 },
      ],
      output: "FROM alpine\nRUN curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "curl inside a JS string", code: "execSync(\"curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\");\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so the shell sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 1, column: 87, endLine: 1, endColumn: 102 },
      ],
      output: "execSync(\"curl -X POST https://api.unkey.com/v2/apis.getApi -H \\\"Authorization: Bearer $UNKEY_ROOT_KEY\\\"\");\n",
    },
    {
      name: "imported: ${…} in a plain string in ./constants", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { Authorization: \"Bearer ${process.env.UNKEY_ROOT_KEY}\" };\n"},
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): ${process.env.UNKEY_ROOT_KEY} is inside a plain string, not a template literal, so the text \"${process.env.UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 2, column: 83, endLine: 2, endColumn: 94 },
      ],
      output: null,
    },
  ],
});
