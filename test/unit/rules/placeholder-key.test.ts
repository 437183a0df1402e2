import { runRuleTests } from '../ruleTester';

runRuleTests('placeholder-key', {
  valid: [
    { name: "the key from the environment", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" },
    { name: "a placeholder in documentation is what the reader replaces", code: "```sh\ncurl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer <UNKEY_ROOT_KEY>\"\n```\n", filename: "README.md" },
    { name: "another host", code: "await fetch(\"https://example.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <token>\" } });\n" },
    { name: "a variable whose name says key", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${YOUR_ROOT_KEY_VALUE}` } });\n" },
    { name: "SDK: an env var read, not its name", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n" },
    { name: "SDK: a literal that is not a variable name", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: \"test\" });\n" },
    { name: "SDK: the placeholder in a local class", code: "class Unkey { constructor(readonly o: object) {} }\nexport const unkey = new Unkey({ rootKey: \"UNKEY_ROOT_KEY\" });\n" },
    { name: "a key whose text has YOUR in it is no placeholder", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.YOUR_BEARER_TOKEN_HERE}` } });\n" },
    { name: "a word that only starts like one", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer YOUR_BEARER_TOKENS1\" } });\n" },
    { name: "a real-looking token", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer ourTokenHere9xQ\" } });\n" },
  ],
  invalid: [
    {
      name: "unkey_YOUR_API_KEY", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer unkey_YOUR_API_KEY\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"unkey_YOUR_API_KEY\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 127 },
      ],
      output: null,
    },
    {
      name: "<UNKEY_ROOT_KEY>", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <UNKEY_ROOT_KEY>\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<UNKEY_ROOT_KEY>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 125 },
      ],
      output: null,
    },
    {
      name: "<token>", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <token>\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<token>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 116 },
      ],
      output: null,
    },
    {
      name: "YOUR_ROOT_KEY", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer YOUR_ROOT_KEY\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"YOUR_ROOT_KEY\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 122 },
      ],
      output: null,
    },
    {
      name: "unkey_xxxx", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer unkey_xxxxxxxx\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"unkey_xxxxxxxx\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 123 },
      ],
      output: null,
    },
    {
      name: "curl in a shell script", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer <UNKEY_ROOT_KEY>\"\n", filename: "create.sh",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<UNKEY_ROOT_KEY>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 73, endLine: 1, endColumn: 96 },
      ],
      output: null,
    },
    {
      name: "SDK: the env var's name as the key (the SDK's generated examples)", code: "import { Unkey } from \"@unkey/api\";\n\nconst unkey = new Unkey({\n  rootKey: \"UNKEY_ROOT_KEY\",\n});\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/key_not_found, HTTP 401): \"UNKEY_ROOT_KEY\" is the name of the environment variable, not the key. Read the variable instead.", line: 4, column: 12, endLine: 4, endColumn: 28, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { Unkey } from \"@unkey/api\";\n\nconst unkey = new Unkey({\n  rootKey: process.env.UNKEY_ROOT_KEY!,\n});\n" }] },
      ],
      output: null,
    },
    {
      name: "SDK: a docs placeholder in hono's unkey()", code: "import { unkey } from \"@unkey/hono\";\napp.use(\"/api/*\", unkey({ rootKey: \"unkey_YOUR_API_KEY\" }));\n",
      errors: [
        { message: "Unkey will reject every call unkey() makes (authentication/key_not_found, HTTP 401): \"unkey_YOUR_API_KEY\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 2, column: 36, endLine: 2, endColumn: 56, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { unkey } from \"@unkey/hono\";\napp.use(\"/api/*\", unkey({ rootKey: process.env.UNKEY_ROOT_KEY! }));\n" }] },
      ],
      output: null,
    },
    {
      name: "SDK: <token> in new Overrides()", code: "import { Overrides } from \"@unkey/ratelimit\";\nexport const overrides = new Overrides({ rootKey: \"<token>\" });\n",
      errors: [
        { message: "Unkey will reject every call new Overrides() makes (authentication/key_not_found, HTTP 401): \"<token>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 2, column: 51, endLine: 2, endColumn: 60, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { Overrides } from \"@unkey/ratelimit\";\nexport const overrides = new Overrides({ rootKey: process.env.UNKEY_ROOT_KEY! });\n" }] },
      ],
      output: null,
    },
    {
      name: "<YOUR_BEARER_TOKEN_HERE> (Speakeasy-generated SDK docs)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <YOUR_BEARER_TOKEN_HERE>\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<YOUR_BEARER_TOKEN_HERE>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 133 },
      ],
      output: null,
    },
    {
      name: "<YOUR_API_KEY_HERE>", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <YOUR_API_KEY_HERE>\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<YOUR_API_KEY_HERE>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 128 },
      ],
      output: null,
    },
    {
      name: "YOUR_ROOT_KEY_HERE bare", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer YOUR_ROOT_KEY_HERE\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"YOUR_ROOT_KEY_HERE\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 127 },
      ],
      output: null,
    },
    {
      name: "your_bearer_token_here in lower case", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer your_bearer_token_here\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"your_bearer_token_here\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 131 },
      ],
      output: null,
    },
    {
      name: "<YOUR_UNKEY_ROOT_KEY>", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <YOUR_UNKEY_ROOT_KEY>\" } });\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<YOUR_UNKEY_ROOT_KEY>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 1, column: 100, endLine: 1, endColumn: 130 },
      ],
      output: null,
    },
    {
      name: "SDK: <YOUR_BEARER_TOKEN_HERE> as the Speakeasy docs write it", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({\n  rootKey: \"<YOUR_BEARER_TOKEN_HERE>\",\n});\n",
      errors: [
        { message: "Unkey will reject every call new Unkey() makes (authentication/key_not_found, HTTP 401): \"<YOUR_BEARER_TOKEN_HERE>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 3, column: 12, endLine: 3, endColumn: 38, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({\n  rootKey: process.env.UNKEY_ROOT_KEY!,\n});\n" }] },
      ],
      output: null,
    },
    {
      name: "imported: a docs placeholder in ./constants", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { Authorization: \"Bearer <YOUR_BEARER_TOKEN_HERE>\" };\n"},
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"<YOUR_BEARER_TOKEN_HERE>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 2, column: 83, endLine: 2, endColumn: 94 },
      ],
      output: null,
    },
  ],
});
