import { runRuleTests } from '../ruleTester';

runRuleTests('malformed-bearer', {
  valid: [
    { code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" },
    { name: "concatenation", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer \" + process.env.UNKEY_ROOT_KEY } });\n" },
    { name: "two spaces are accepted by the server", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer  \" + key } });\n" },
    { name: "placeholder token", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer <UNKEY_ROOT_KEY>\" } });\n" },
    { name: "unknown scheme part", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `${scheme} ${key}` } });\n" },
    { name: "env var holding a whole header", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: process.env.UNKEY_AUTH_HEADER } });\n" },
    { name: "other host", code: "await fetch(\"https://example.com/v2/apis.getApi\", { headers: { Authorization: \"Token abc\" } });\n" },
    { name: "liveness needs no key", code: "await fetch(\"https://api.unkey.com/v2/liveness\", { headers: { Authorization: \"Token abc\" } });\n" },
    { name: "curl: --oauth2-bearer", code: "curl -X POST https://api.unkey.com/v2/apis.getApi --oauth2-bearer \"$UNKEY_ROOT_KEY\"\n", filename: "call.sh" },
    { name: "curl: placeholder token", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer <UNKEY_ROOT_KEY>\"\n", filename: "call.sh" },
    { name: "curl: variable token", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer ${UNKEY_ROOT_KEY}\"\n", filename: "call.sh" },
    { name: "SDK: the key alone (the SDK adds Bearer)", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n" },
    { name: "SDK: \"Bearer \" in front is sent as it is, and is right", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: `Bearer ${process.env.UNKEY_ROOT_KEY}` });\n" },
    { name: "SDK: the v1-era token option is not judged", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ token: `bearer ${process.env.UNKEY_ROOT_KEY}` });\n" },
    { name: "SDK: a local class of the same name", code: "class Unkey { constructor(readonly options: object) {} }\nexport const unkey = new Unkey({ rootKey: `bearer ${process.env.UNKEY_ROOT_KEY}` });\n" },
    { name: "SDK: a parameter shadows the import", code: "import { Unkey } from \"@unkey/api\";\nexport const make = (Unkey: any) => new Unkey({ rootKey: `bearer ${process.env.UNKEY_ROOT_KEY}` });\n" },


    { name: "imported: the key from ./constants", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_URL = \"https://api.unkey.com\";\nexport const API_HEADERS = {\n  Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n  \"Content-Type\": \"application/json\",\n};\n"} },
  ],
  invalid: [
    {
      name: "lower-case bearer + key", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"bearer \" + process.env.UNKEY_ROOT_KEY } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 1, column: 97, endLine: 1, endColumn: 135 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer \" + process.env.UNKEY_ROOT_KEY } });\n",
    },
    {
      name: "BEARER in a template", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `BEARER ${process.env.UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"BEARER\".", line: 1, column: 97, endLine: 1, endColumn: 135 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "bare env var", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: process.env.UNKEY_ROOT_KEY } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 1, column: 97, endLine: 1, endColumn: 123 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "bare env var via Deno", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: Deno.env.get(\"UNKEY_ROOT_KEY\") } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 1, column: 97, endLine: 1, endColumn: 127 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${Deno.env.get(\"UNKEY_ROOT_KEY\")}` } });\n",
    },
    {
      name: "Token scheme", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Token ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 1, column: 97, endLine: 1, endColumn: 111 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "Basic scheme: a suggestion, no fix", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Basic \" + btoa(user + \":\" + pass) } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Basic\" scheme.", line: 1, column: 97, endLine: 1, endColumn: 131,
          suggestions: [{ desc: "Send \"Bearer\" with the root key from UNKEY_ROOT_KEY", output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" }] },
      ],
      output: null,
    },
    {
      name: "Bearer: with a colon", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer:${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space, not a colon.", line: 1, column: 97, endLine: 1, endColumn: 112 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "Bearer glued to the key", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer\" + key } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space before the key.", line: 1, column: 97, endLine: 1, endColumn: 111 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer \" + key } });\n",
    },
    {
      name: "Bearer alone: the env reference", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): there is no key after \"Bearer\".", line: 1, column: 97, endLine: 1, endColumn: 105 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "empty value: the env reference", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): the Authorization header is empty, which the server treats as no header.", line: 1, column: 97, endLine: 1, endColumn: 99 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "white space inside the token", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${keyId} ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): the token after \"Bearer \" contains white space, so it cannot be a root key.", line: 1, column: 97, endLine: 1, endColumn: 121 },
      ],
      output: null,
    },
    {
      name: "Bearer twice", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): the value says \"Bearer\" twice, so the token is not a root key.", line: 1, column: 97, endLine: 1, endColumn: 119 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "bare placeholder key", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"unkey_YOUR_API_KEY\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 1, column: 97, endLine: 1, endColumn: 117 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer unkey_YOUR_API_KEY\" } });\n",
    },
    {
      name: "axios header", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { authorization: \"bearer \" + key } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 1, column: 100, endLine: 1, endColumn: 115 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { authorization: \"Bearer \" + key } });\n",
    },
    {
      name: "axios defaults", code: "axios.defaults.headers.common.Authorization = process.env.UNKEY_ROOT_KEY;\nawait axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 1, column: 47, endLine: 1, endColumn: 73 },
      ],
      output: "axios.defaults.headers.common.Authorization = `Bearer ${process.env.UNKEY_ROOT_KEY}`;\nawait axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId });\n",
    },
    {
      name: "Headers.set", code: "const h = new Headers();\nh.set(\"Authorization\", \"bearer \" + key);\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 2, column: 24, endLine: 2, endColumn: 39 },
      ],
      output: "const h = new Headers();\nh.set(\"Authorization\", \"Bearer \" + key);\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
    },
    {
      name: "curl: the error page", code: "curl -X POST https://api.unkey.com/v2/keys.listKeys \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: unkey_YOUR_API_KEY\"\n", filename: "call.sh",
      errors: [
        { message: "Unkey would reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key. But the server answers HTTP 404, plain text \"404 page not found\" first: /v2/keys.listKeys is not an endpoint.", line: 3, column: 22, endLine: 3, endColumn: 40 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.listKeys \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer unkey_YOUR_API_KEY\"\n",
    },
    {
      name: "curl: unquoted header word", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H Authorization:unkey_x\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 1, column: 68, endLine: 1, endColumn: 75 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H Authorization:\"Bearer \"unkey_x\n",
    },
    {
      name: "curl: lower-case bearer", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"authorization: bearer $UNKEY_ROOT_KEY\"\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 1, column: 70, endLine: 1, endColumn: 92 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "curl: -u sends Basic", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -u \"$UNKEY_ROOT_KEY:\"\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Basic\" scheme.", line: 1, column: 54, endLine: 1, endColumn: 72,
          suggestions: [{ desc: "Send \"Bearer\" with the root key from UNKEY_ROOT_KEY", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: ".http: bare dotenv key", code: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "keys.http",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 2, column: 16, endLine: 2, endColumn: 42 },
      ],
      output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n",
    },
    {
      name: "markdown: Bearer: in a bash block", code: "```bash\ncurl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer:$UNKEY_ROOT_KEY\"\n```\n", filename: "README.md",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space, not a colon.", line: 2, column: 70, endLine: 2, endColumn: 92 },
      ],
      output: "```bash\ncurl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n```\n",
    },
    {
      name: "workflow: Token scheme", code: "steps:\n  - run: curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Token ${{ secrets.UNKEY_ROOT_KEY }}\"\n", filename: "ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 2, column: 79, endLine: 2, endColumn: 114 },
      ],
      output: "steps:\n  - run: curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\"\n",
    },
    {
      name: "Headers.append: Bearer twice", code: "const h = new Headers();\nh.append(\"Authorization\", `Bearer Bearer ${key}`);\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): the value says \"Bearer\" twice, so the token is not a root key.", line: 2, column: 27, endLine: 2, endColumn: 49 },
      ],
      output: "const h = new Headers();\nh.append(\"Authorization\", `Bearer ${key}`);\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
    },
    {
      name: "Headers.append: empty token", code: "const h = new Headers();\nh.append(\"Authorization\", \"Bearer \");\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): there is no key after \"Bearer\".", line: 2, column: 27, endLine: 2, endColumn: 36 },
      ],
      output: "const h = new Headers();\nh.append(\"Authorization\", `Bearer ${process.env.UNKEY_ROOT_KEY}`);\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
    },
    {
      name: "new Request: Basic", code: "await fetch(new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Basic \" + creds } }));\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Basic\" scheme.", line: 1, column: 112, endLine: 1, endColumn: 128,
          suggestions: [{ desc: "Send \"Bearer\" with the root key from UNKEY_ROOT_KEY", output: "await fetch(new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } }));\n" }] },
      ],
      output: null,
    },
    {
      name: "new Request: Bearer twice", code: "const req = new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer Bearer \" + key } });\nawait fetch(req);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): the value says \"Bearer\" twice, so the token is not a root key.", line: 1, column: 112, endLine: 1, endColumn: 134 },
      ],
      output: "const req = new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer \" + key } });\nawait fetch(req);\n",
    },
    {
      name: "curl: Bearer with no key", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer \"\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): there is no key after \"Bearer\".", line: 1, column: 70, endLine: 1, endColumn: 77 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "curl: Bearer with no key in single quotes has no fix", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer '\n", filename: "call.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): there is no key after \"Bearer\".", line: 1, column: 70, endLine: 1, endColumn: 77 },
      ],
      output: null,
    },
    {
      name: ".http: Basic", code: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Basic dXNlcjpwYXNz\n", filename: "keys.http",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Basic\" scheme.", line: 2, column: 16, endLine: 2, endColumn: 34,
          suggestions: [{ desc: "Send \"Bearer\" with the root key from UNKEY_ROOT_KEY", output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n" }] },
      ],
      output: null,
    },
    {
      name: "SDK: lower-case bearer is sent unchanged", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: `bearer ${process.env.UNKEY_ROOT_KEY}` });\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/malformed, HTTP 400): @unkey/api sends a rootKey that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 81 },
      ],
      output: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n",
    },
    {
      name: "SDK: BEARER + key in new Ratelimit", code: "import { Ratelimit } from \"@unkey/ratelimit\";\nexport const limiter = new Ratelimit({ rootKey: \"BEARER \" + process.env.UNKEY_ROOT_KEY, namespace: \"api\", limit: 10, duration: \"30s\" });\n",
      errors: [
        { message: "Unkey will reject every call new Ratelimit() makes (authentication/malformed, HTTP 400): @unkey/ratelimit (through @unkey/api) sends a rootKey that starts with \"BEARER \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 49, endLine: 2, endColumn: 87 },
      ],
      output: "import { Ratelimit } from \"@unkey/ratelimit\";\nexport const limiter = new Ratelimit({ rootKey: process.env.UNKEY_ROOT_KEY!, namespace: \"api\", limit: 10, duration: \"30s\" });\n",
    },
    {
      name: "SDK: Bearer: gets a second Bearer in front", code: "import * as sdk from \"@unkey/api\";\nexport const unkey = new sdk.Unkey({ rootKey: `Bearer:${process.env.UNKEY_ROOT_KEY}` });\n",
      errors: [
        { message: "Unkey will reject every call new sdk.Unkey() makes (authentication/key_not_found, HTTP 401): @unkey/api puts \"Bearer \" in front of this rootKey, so the server reads \"Bearer:…\" as the key. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 47, endLine: 2, endColumn: 85 },
      ],
      output: "import * as sdk from \"@unkey/api\";\nexport const unkey = new sdk.Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n",
    },
    {
      name: "SDK: another scheme word becomes part of the token", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: `Token ${process.env.UNKEY_ROOT_KEY}` });\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/key_not_found, HTTP 401): @unkey/api puts \"Bearer \" in front of this rootKey, and the white space in it means the token cannot be a root key. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 80 },
      ],
      output: null,
    },
    {
      name: "SDK: withUnkey config from @unkey/nextjs", code: "import { withUnkey } from \"@unkey/nextjs\";\nexport const POST = withUnkey(async () => new Response(\"ok\"), { rootKey: `bearer ${process.env.UNKEY_ROOT_KEY}` });\n",
      errors: [
        { message: "Unkey will reject every call withUnkey() makes (authentication/malformed, HTTP 400): @unkey/nextjs (through @unkey/api) sends a rootKey that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 74, endLine: 2, endColumn: 112 },
      ],
      output: "import { withUnkey } from \"@unkey/nextjs\";\nexport const POST = withUnkey(async () => new Response(\"ok\"), { rootKey: process.env.UNKEY_ROOT_KEY! });\n",
    },
    {
      name: "SDK: hono middleware through a const config", code: "import { unkey } from \"@unkey/hono\";\nconst config = { rootKey: `bearer ${process.env.UNKEY_ROOT_KEY}` };\napp.use(\"/api/*\", unkey(config));\n",
      errors: [
        { message: "Unkey will reject every call unkey() makes (authentication/malformed, HTTP 400): @unkey/hono (through @unkey/api) sends a rootKey that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 27, endLine: 2, endColumn: 65 },
      ],
      output: "import { unkey } from \"@unkey/hono\";\nconst config = { rootKey: process.env.UNKEY_ROOT_KEY! };\napp.use(\"/api/*\", unkey(config));\n",
    },
    {
      name: "SDK: require", code: "const { Unkey } = require(\"@unkey/api\");\nconst unkey = new Unkey({ rootKey: \"bearer \" + process.env.UNKEY_ROOT_KEY });\n", filename: "client.js",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/malformed, HTTP 400): @unkey/api sends a rootKey that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 36, endLine: 2, endColumn: 74 },
      ],
      output: "const { Unkey } = require(\"@unkey/api\");\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n",
    },
    {
      name: "SDK: BEARER + a variable in JS: the key alone", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: \"BEARER \" + key });\n", filename: "client.js",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/malformed, HTTP 400): @unkey/api sends a rootKey that starts with \"BEARER \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 58 },
      ],
      output: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: key });\n",
    },
    {
      name: "SDK: bearer + a variable in TS keeps the string conversion", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: \"bearer \" + key });\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/malformed, HTTP 400): @unkey/api sends a rootKey that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 58 },
      ],
      output: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: String(key) });\n",
    },
    {
      name: "SDK: Bearer: and a space, the space goes too", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: \"Bearer: \" + process.env.UNKEY_ROOT_KEY });\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/key_not_found, HTTP 401): @unkey/api puts \"Bearer \" in front of this rootKey, so the server reads \"Bearer:…\" as the key. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 82 },
      ],
      output: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n",
    },
    {
      name: "SDK: BEARER + key + more text: only the scheme and its + go", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: \"BEARER \" + key + \"\\n\" });\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/malformed, HTTP 400): @unkey/api sends a rootKey that starts with \"BEARER \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 65 },
      ],
      output: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: key + \"\\n\" });\n",
    },
    {
      name: "SDK: a template with an expression in JS", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: `BEARER ${config.rootKey}` });\n", filename: "client.mjs",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/malformed, HTTP 400): @unkey/api sends a rootKey that starts with \"BEARER \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 2, column: 43, endLine: 2, endColumn: 69 },
      ],
      output: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: config.rootKey });\n",
    },
    {
      name: "GitHub workflow, empty token in a step with no env: the fix maps the variable too", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer \" -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): there is no key after \"Bearer\".", line: 7, column: 83, endLine: 7, endColumn: 90 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n",
    },
    {
      name: "ky: bearer in ky.create headers", code: "import ky from \"ky\";\nconst api = ky.create({ prefixUrl: \"https://api.unkey.com/v2\", headers: { Authorization: `bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait api.post(\"keys.createKey\", { json: { apiId: \"api_123\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 2, column: 90, endLine: 2, endColumn: 128 },
      ],
      output: "import ky from \"ky\";\nconst api = ky.create({ prefixUrl: \"https://api.unkey.com/v2\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait api.post(\"keys.createKey\", { json: { apiId: \"api_123\" } });\n",
    },
    {
      name: "got: no scheme", code: "import got from \"got\";\nawait got.post(\"https://api.unkey.com/v2/keys.createKey\", { headers: { Authorization: process.env.UNKEY_ROOT_KEY }, json: { apiId: \"api_123\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 2, column: 87, endLine: 2, endColumn: 113 },
      ],
      output: "import got from \"got\";\nawait got.post(\"https://api.unkey.com/v2/keys.createKey\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, json: { apiId: \"api_123\" } });\n",
    },
    {
      name: "XMLHttpRequest: lower-case bearer", code: "const xhr = new XMLHttpRequest();\nxhr.open(\"POST\", \"https://api.unkey.com/v2/keys.createKey\");\nxhr.setRequestHeader(\"Authorization\", \"bearer \" + token);\nxhr.send(body);\n", filename: "legacy.js",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 3, column: 39, endLine: 3, endColumn: 56 },
      ],
      output: "const xhr = new XMLHttpRequest();\nxhr.open(\"POST\", \"https://api.unkey.com/v2/keys.createKey\");\nxhr.setRequestHeader(\"Authorization\", \"Bearer \" + token);\nxhr.send(body);\n",
    },
    {
      name: "superagent: .set({ Authorization }) with no scheme", code: "import superagent from \"superagent\";\nawait superagent.post(\"https://api.unkey.com/v2/keys.createKey\").set({ Authorization: process.env.UNKEY_ROOT_KEY }).send({ apiId: \"api_123\" });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 2, column: 87, endLine: 2, endColumn: 113 },
      ],
      output: "import superagent from \"superagent\";\nawait superagent.post(\"https://api.unkey.com/v2/keys.createKey\").set({ Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }).send({ apiId: \"api_123\" });\n",
    },
    {
      name: "node:https: Token scheme", code: "import { request } from \"node:https\";\nconst req = request(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Token ${process.env.UNKEY_ROOT_KEY}` } });\nreq.end(body);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 2, column: 105, endLine: 2, endColumn: 142 },
      ],
      output: "import { request } from \"node:https\";\nconst req = request(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nreq.end(body);\n",
    },
    {
      name: "imported: a lower-case scheme in ./constants is reported at the name", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { Authorization: `bearer ${process.env.UNKEY_ROOT_KEY}` };\n"},
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 2, column: 83, endLine: 2, endColumn: 94 },
      ],
      output: null,
    },
    {
      name: "required: a lower-case scheme in module.exports headers", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"module.exports = {\n  API_URL: \"https://api.unkey.com\",\n  API_HEADERS: { Authorization: \"bearer \" + process.env.UNKEY_ROOT_KEY },\n};\n"},
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 2, column: 66, endLine: 2, endColumn: 77 },
      ],
      output: null,
    },
  ],
});
