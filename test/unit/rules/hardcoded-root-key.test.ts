import { runRuleTests } from '../ruleTester';
// Key-shaped strings below are made up for the tests; none is a real root key.

runRuleTests('hardcoded-root-key', {
  valid: [
    { code: "const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n" },
    { name: "docs placeholder", code: "const rootKey = \"unkey_YOUR_API_KEY\";\n" },
    { name: "repeated characters", code: "const rootKey = \"unkey_3ZXXXXXXXXXXXXXXXXXXXXXXXX\";\n" },
    { name: "a camelCase name, not a key", code: "const schema = \"unkey_createKeyRequestBody\";\n" },
    { name: "a camelCase name in a shell comment", code: "# see unkey_verifyKeyResponseData\ncurl https://api.unkey.com/v2/liveness\n", filename: "check.sh" },
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
      // Reading process.env.UNKEY_ROOT_KEY there would assign the variable to itself: no suggestion.
      name: "assigned to the env var itself", code: "process.env.UNKEY_ROOT_KEY = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\";\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 31, endLine: 1, endColumn: 63 },
      ],
      output: null,
    },
    {
      name: "assigned to another env var", code: "process.env.SEED_KEY = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\";\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 25, endLine: 1, endColumn: 57, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "process.env.SEED_KEY = process.env.UNKEY_ROOT_KEY;\n" }] },
      ],
      output: null,
    },
    {
      name: "Deno.env.set of the env var itself", code: "Deno.env.set(\"UNKEY_ROOT_KEY\", \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\");\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 33, endLine: 1, endColumn: 65 },
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
        // The variable being set: `export UNKEY_ROOT_KEY=$UNKEY_ROOT_KEY` would set it to itself, so no suggestion.
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 23, endLine: 2, endColumn: 55 },
      ],
      output: null,
    },
    {
      name: "markdown block, another variable", code: "```bash\nexport KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n```\n", filename: "README.md",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 12, endLine: 2, endColumn: 44, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "```bash\nexport KEY=$UNKEY_ROOT_KEY\n```\n" }] },
      ],
      output: null,
    },
    {
      name: "shell assignment of the variable itself, custom env var", code: "export UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: "env.sh", options: {"envVarName":"UNKEY_KEY"},
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_KEY environment variable instead.", line: 1, column: 23, endLine: 1, endColumn: 55, suggestions: [{ desc: "Read the key from UNKEY_KEY", output: "export UNKEY_ROOT_KEY=$UNKEY_KEY\n" }] },
      ],
      output: null,
    },
    {
      name: "prefix assignment of the variable itself", code: "UNKEY_ROOT_KEY='unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG' ./seed.sh\n", filename: "run.sh",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 17, endLine: 1, endColumn: 49 },
      ],
      output: null,
    },
    {
      name: "an argument that only looks like an assignment", code: "docker run -e UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG app\n", filename: "run.sh",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 30, endLine: 1, endColumn: 62, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "docker run -e UNKEY_ROOT_KEY=$UNKEY_ROOT_KEY app\n" }] },
      ],
      output: null,
    },
    {
      name: "PowerShell assignment of the variable itself", code: "$env:UNKEY_ROOT_KEY = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\"\n", filename: "setup.ps1",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 24, endLine: 1, endColumn: 56 },
      ],
      output: null,
    },
    {
      name: "cmd set of the variable itself", code: "set UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\r\n", filename: "setup.cmd",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 20, endLine: 1, endColumn: 52 },
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
