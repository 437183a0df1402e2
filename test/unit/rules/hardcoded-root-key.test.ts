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
    { name: "a .env file git ignores is where a key belongs", code: "UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: ".env", facts: { git: "ignored" } },
    { name: "a .env file outside a repository", code: "UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: ".env" },
    { name: "a placeholder word", code: "const rootKey = \"unkey_YourRootKeyGoesHere12345\";\n" },
    { name: "an example key in JSON", code: "{ \"rootKey\": \"unkey_Example3ZkQm8vRt2WcY6hNpLx\" }\n", filename: "settings.json" },
    { name: "too little randomness for a generated key", code: "const rootKey = \"unkey_abababababcdcdcdcdcdabab\";\n" },
    { name: "a placeholder in a .env.example git tracks", code: "UNKEY_ROOT_KEY=unkey_XXXXXXXXXXXXXXXXXXXXXXXX\n", filename: ".env.example", facts: { git: "tracked" } },

  ],
  invalid: [
    {
      name: "string literal", code: "const unkey = new Unkey({ rootKey: \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\" });\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 37, endLine: 1, endColumn: 69, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n", files: [{ kind: "dotenv", name: "UNKEY_ROOT_KEY", value: "unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG" }] }] },
      ],
      output: null,
    },
    {
      name: "in an Authorization header", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: \"Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\" } });\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 105, endLine: 1, endColumn: 137, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" }] },
      ],
      output: null,
    },
    {
      name: "Deno file", code: "const k = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\";\nconst v = Deno.env.get(\"X\");\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 12, endLine: 1, endColumn: 44, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "const k = Deno.env.get(\"UNKEY_ROOT_KEY\");\nconst v = Deno.env.get(\"X\");\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "const k = Deno.env.get(\"UNKEY_ROOT_KEY\");\nconst v = Deno.env.get(\"X\");\n" }] },
      ],
      output: null,
    },
    {
      name: "custom env var", code: "const k = 'unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG';\n", options: {"envVarName":"UNKEY_KEY"},
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_KEY environment variable instead.", line: 1, column: 12, endLine: 1, endColumn: 44, suggestions: [{ desc: "Read the key from UNKEY_KEY", output: "const k = process.env.UNKEY_KEY;\n" }, { desc: "Move the key into .env as UNKEY_KEY and read it from there", output: "const k = process.env.UNKEY_KEY;\n" }] },
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
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 25, endLine: 1, endColumn: 57, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "process.env.SEED_KEY = process.env.UNKEY_ROOT_KEY;\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "process.env.SEED_KEY = process.env.UNKEY_ROOT_KEY;\n" }] },
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
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 77, endLine: 1, endColumn: 109, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: "curl single quotes", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG'\n", filename: "call.sh",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 77, endLine: 1, endColumn: 109, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n" }] },
      ],
      output: null,
    },
    {
      name: ".http header", code: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: "keys.http",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 23, endLine: 2, endColumn: 55, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n" }] },
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
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 12, endLine: 2, endColumn: 44, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "```bash\nexport KEY=$UNKEY_ROOT_KEY\n```\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "```bash\nexport KEY=$UNKEY_ROOT_KEY\n```\n" }] },
      ],
      output: null,
    },
    {
      name: "shell assignment of the variable itself, custom env var", code: "export UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: "env.sh", options: {"envVarName":"UNKEY_KEY"},
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_KEY environment variable instead.", line: 1, column: 23, endLine: 1, endColumn: 55, suggestions: [{ desc: "Read the key from UNKEY_KEY", output: "export UNKEY_ROOT_KEY=$UNKEY_KEY\n" }, { desc: "Move the key into .env as UNKEY_KEY and read it from there", output: "export UNKEY_ROOT_KEY=$UNKEY_KEY\n" }] },
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
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 30, endLine: 1, endColumn: 62, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "docker run -e UNKEY_ROOT_KEY=$UNKEY_ROOT_KEY app\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "docker run -e UNKEY_ROOT_KEY=$UNKEY_ROOT_KEY app\n" }] },
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
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 19, endLine: 2, endColumn: 51, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "env:\n  UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "env:\n  UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n" }] },
      ],
      output: null,
    },
    {
      name: "a Terraform variable", code: "variable \"unkey_root_key\" {\n  default = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\"\n}\n", filename: "main.tf",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 14, endLine: 2, endColumn: 46 },
      ],
      output: null,
    },
    {
      name: "a Postman collection (JSON)", code: "{\n  \"auth\": { \"bearer\": [{ \"key\": \"token\", \"value\": \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\" }] }\n}\n", filename: "unkey.postman_collection.json",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 52, endLine: 2, endColumn: 84 },
      ],
      output: null,
    },
    {
      name: "a TOML setting", code: "[unkey]\nroot_key = \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\"\n", filename: "config.toml",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 13, endLine: 2, endColumn: 45 },
      ],
      output: null,
    },
    {
      name: "a .env file git tracks", code: "UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: ".env", facts: { git: "tracked" },
      errors: [
        { message: "Root key unkey_…sEfG is committed: git tracks .env, so everyone with the repository has the key. Rotate it, stop tracking the file (git rm --cached .env) and add it to .gitignore.", line: 1, column: 16, endLine: 1, endColumn: 48, suggestions: [{ desc: "Add .env to .gitignore", output: "UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", files: [{ kind: "gitignore", path: ".env" }] }] },
      ],
      output: null,
    },
    {
      name: "a .env file git does not ignore", code: "# keys\nexport UNKEY_ROOT_KEY=\"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\"\n", filename: "app/.env.local", facts: { git: "untracked" },
      errors: [
        { message: "Root key unkey_…sEfG is in .env.local, which git does not ignore: the next \"git add .\" commits it. Add .env.local to .gitignore (and rotate the key if it was ever pushed).", line: 2, column: 24, endLine: 2, endColumn: 56, suggestions: [{ desc: "Add .env.local to .gitignore", output: "# keys\nexport UNKEY_ROOT_KEY=\"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\"\n", files: [{ kind: "gitignore", path: ".env.local" }] }] },
      ],
      output: null,
    },
    {
      name: "SDK: new Ratelimit()", code: "import { Ratelimit } from \"@unkey/ratelimit\";\nexport const limiter = new Ratelimit({ rootKey: \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\", namespace: \"api\", limit: 10, duration: \"30s\" });\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 50, endLine: 2, endColumn: 82, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { Ratelimit } from \"@unkey/ratelimit\";\nexport const limiter = new Ratelimit({ rootKey: process.env.UNKEY_ROOT_KEY, namespace: \"api\", limit: 10, duration: \"30s\" });\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import { Ratelimit } from \"@unkey/ratelimit\";\nexport const limiter = new Ratelimit({ rootKey: process.env.UNKEY_ROOT_KEY, namespace: \"api\", limit: 10, duration: \"30s\" });\n" }] },
      ],
      output: null,
    },
    {
      name: "SDK: hono unkey()", code: "import { unkey } from \"@unkey/hono\";\napp.use(\"/api/*\", unkey({ rootKey: 'unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG' }));\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 37, endLine: 2, endColumn: 69, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { unkey } from \"@unkey/hono\";\napp.use(\"/api/*\", unkey({ rootKey: process.env.UNKEY_ROOT_KEY }));\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import { unkey } from \"@unkey/hono\";\napp.use(\"/api/*\", unkey({ rootKey: process.env.UNKEY_ROOT_KEY }));\n" }] },
      ],
      output: null,
    },
    {
      name: "SDK: the v1-era token option", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ token: \"unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\" });\n",
      errors: [
        { message: "Root key unkey_…sEfG is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 2, column: 35, endLine: 2, endColumn: 67, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ token: process.env.UNKEY_ROOT_KEY });\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ token: process.env.UNKEY_ROOT_KEY });\n" }] },
      ],
      output: null,
    },
  ],
});
