import { runRuleTests } from '../ruleTester';

runRuleTests('placeholder-key', {
  valid: [
    { name: "the key from the environment", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" },
    { name: "a placeholder in documentation is what the reader replaces", code: "```sh\ncurl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer <UNKEY_ROOT_KEY>\"\n```\n", filename: "README.md" },
    { name: "another host", code: "await fetch(\"https://example.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: \"Bearer <token>\" } });\n" },
    { name: "a variable whose name says key", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${YOUR_ROOT_KEY_VALUE}` } });\n" },
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
  ],
});
