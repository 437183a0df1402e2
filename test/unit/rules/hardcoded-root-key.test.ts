import { runRuleTests } from '../ruleTester';
// Key-shaped strings below are made up for the tests; none is a real root key.

runRuleTests('hardcoded-root-key', {
  valid: [
    { code: "const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n" },
    { name: "docs placeholder", code: "const rootKey = \"unkey_YOUR_API_KEY\";\n" },
    { name: "repeated characters", code: "const rootKey = \"unkey_3ZXXXXXXXXXXXXXXXXXXXXXXXX\";\n" },
    { name: "too short", code: "const rootKey = \"unkey_1234567890\";\n" },
    { name: "a key id", code: "const keyId = \"key_3ZkQm8vRt2WcY6hNpLx4aBsEfG\";\n" },
  ],
  invalid: [
    {
      name: "string literal", code: "const unkey = new Unkey({ rootKey: \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\" });\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 37, endLine: 1, endColumn: 69, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n" }] },
      ],
      output: null,
    },
    {
      name: "in an Authorization header", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\" } });\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 105, endLine: 1, endColumn: 137, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" }] },
      ],
      output: null,
    },
    {
      name: "Deno file", code: "const k = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\";\nconst v = Deno.env.get(\"X\");\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 12, endLine: 1, endColumn: 44, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "const k = Deno.env.get(\"UNKEY_ROOT_KEY\");\nconst v = Deno.env.get(\"X\");\n" }] },
      ],
      output: null,
    },
    {
      name: "custom env var", code: "const k = 'unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG';\n", options: {"envVarName":"UNKEY_KEY"},
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_KEY environment variable instead.", line: 1, column: 12, endLine: 1, endColumn: 44, suggestions: [{ desc: "Read the key from UNKEY_KEY", output: "const k = process.env.UNKEY_KEY;\n" }] },
      ],
      output: null,
    },
    {
      name: "curl header", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\"\n", filename: "call.sh",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 77, endLine: 1, endColumn: 109, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: "curl single quotes", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG'\n", filename: "call.sh",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 77, endLine: 1, endColumn: 109, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: ".http header", code: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: "keys.http",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 23, endLine: 2, endColumn: 55, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n" }] },
      ],
      output: null,
    },
    {
      name: "markdown block", code: "```bash\nexport UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n```\n", filename: "README.md",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 23, endLine: 2, endColumn: 55, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "```bash\nexport UNKEY_ROOT_KEY=$UNKEY_ROOT_KEY\n```\n" }] },
      ],
      output: null,
    },
    {
      name: "workflow env", code: "env:\n  UNKEY_ROOT_KEY: unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 19, endLine: 2, endColumn: 51, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "env:\n  UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n" }] },
      ],
      output: null,
    },
  ],
});
