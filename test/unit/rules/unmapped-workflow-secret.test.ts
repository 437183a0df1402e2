import { runRuleTests } from '../ruleTester';

// Workflow steps whose shell sees the variable (or might: every doubt is quiet), then steps it expands empty in.
runRuleTests('unmapped-workflow-secret', {
  valid: [
    { name: "env at step level", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "env after run", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n", filename: ".github/workflows/ci.yml" },
    { name: "env at job level", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    env:\n      UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "env at workflow level", code: "on: push\nenv:\n  UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "flow env at step level", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env: { UNKEY_ROOT_KEY: \"${{ secrets.UNKEY_ROOT_KEY }}\" }\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "env from an expression", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env: ${{ fromJSON(needs.setup.outputs.env) }}\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "container env", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    container:\n      image: node:22\n      env:\n        UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "exported earlier in the script", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          export UNKEY_ROOT_KEY=\"$(cat /run/secrets/unkey)\"\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "written to $GITHUB_ENV by an earlier step", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"UNKEY_ROOT_KEY=${{ secrets.UNKEY_ROOT_KEY }}\" >> \"$GITHUB_ENV\"\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "a script sourced first may set it", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          source ./ci/env.sh\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "self-hosted runner", code: "on: push\njobs:\n  rotate:\n    runs-on: [self-hosted, linux]\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "a secrets-loading action in the job", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: 1password/load-secrets-action@v2\n        with:\n          export-env: true\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "the secret inline", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
    { name: "single quotes are unexpanded-env-var's", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey -H 'Authorization: Bearer $UNKEY_ROOT_KEY' -d '{}'\n", filename: ".github/workflows/ci.yml" },
    { name: "an endpoint that needs no key", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl https://api.unkey.com/v2/liveness -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: ".github/workflows/ci.yml" },
    { name: "not a workflow (GitLab CI)", code: "create:\n  script:\n    - |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".gitlab-ci.yml" },
    { name: "a composite action: the caller's job env reaches its steps", code: "runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: "action.yml" },
    { name: "runner variables", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $GITHUB_TOKEN\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml" },
  ],
  invalid: [
    {
      name: "no env anywhere: the fix maps it in the step", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Create a key\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 9, column: 39, endLine: 9, endColumn: 54 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Create a key\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n",
    },
    {
      name: "run on the item line, ${NAME} form", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer ${UNKEY_ROOT_KEY}\" \\\n            -d '{\"apiId\":\"api_1\"}'\n      - run: echo done\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): ${UNKEY_ROOT_KEY} is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 8, column: 39, endLine: 8, endColumn: 56 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer ${UNKEY_ROOT_KEY}\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n      - run: echo done\n",
    },
    {
      name: "the step's env maps another variable: the fix adds a line to it", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Create a key\n        env:\n          API_ID: api_1\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 11, column: 39, endLine: 11, endColumn: 54 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Create a key\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n          API_ID: api_1\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      name: "another job maps it, this one does not", code: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n    steps:\n      - run: echo a\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 14, column: 39, endLine: 14, endColumn: 54 },
      ],
      output: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n    steps:\n      - run: echo a\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n",
    },
    {
      name: "no Bearer: the shell sends an empty value, curl drops the header", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends no Authorization value at all; after that it would also need a well-formed \"Bearer <root key>\" value.", line: 8, column: 32, endLine: 8, endColumn: 47 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n",
    },
    {
      name: "single-quoted scalar on one line", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d {\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 6, column: 94, endLine: 6, endColumn: 109 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d {\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n",
    },
    {
      name: "two calls in one step: one env mapping", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 8, column: 39, endLine: 8, endColumn: 54 },
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 11, column: 39, endLine: 11, endColumn: 54 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n",
    },
    {
      name: "a flow env without it: no fix", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env: { API_ID: api_1 }\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 9, column: 39, endLine: 9, endColumn: 54 },
      ],
      output: null,
    },
    {
      name: "CRLF", code: "on: push\r\njobs:\r\n  rotate:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - run: |\r\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\r\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\r\n            -d '{\"apiId\":\"api_1\"}'\r\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): $UNKEY_ROOT_KEY is empty in this step (no env: maps it at step, job or workflow level), so the shell sends \"Bearer\" with no key.", line: 8, column: 39, endLine: 8, endColumn: 54 },
      ],
      output: "on: push\r\njobs:\r\n  rotate:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - run: |\r\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\r\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\r\n            -d '{\"apiId\":\"api_1\"}'\r\n        env:\r\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\r\n",
    },
  ],
});
