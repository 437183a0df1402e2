import { runRuleTests } from '../ruleTester';

runRuleTests("insecure-transport", {
  valid: [
    { name: "https", code: "curl -X POST https://api.unkey.com/v2/keys.whoami -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
    { name: "http to localhost", code: "curl -X POST http://localhost:8080/v2/keys.whoami -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
    { name: "http to the v1 host is retired-endpoint's", code: "curl -X POST http://api.unkey.dev/v1/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
  ],
  invalid: [
    {
      name: "curl", code: "curl -X POST http://api.unkey.com/v2/keys.whoami -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"k\"}'\n", filename: "a.sh",
      errors: [
        { message: "http://api.unkey.com is not encrypted: the root key and the request cross the network in clear text, readable by anyone on the way. Use https://.", line: 1, column: 14, endLine: 1, endColumn: 34 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.whoami -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"key\":\"k\"}'\n",
    },
    {
      name: ".http", code: "POST http://api.unkey.com/v2/keys.whoami\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "a.http",
      errors: [
        { message: "http://api.unkey.com is not encrypted: the root key and the request cross the network in clear text, readable by anyone on the way. Use https://.", line: 1, column: 6, endLine: 1, endColumn: 26 },
      ],
      output: "POST https://api.unkey.com/v2/keys.whoami\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n",
    },
    {
      name: "workflow", code: "jobs:\n  a:\n    steps:\n      - run: curl -X POST http://api.unkey.com/v2/keys.whoami -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\"\n", filename: "ci.yml",
      errors: [
        { message: "http://api.unkey.com is not encrypted: the root key and the request cross the network in clear text, readable by anyone on the way. Use https://.", line: 4, column: 27, endLine: 4, endColumn: 47 },
      ],
      output: "jobs:\n  a:\n    steps:\n      - run: curl -X POST https://api.unkey.com/v2/keys.whoami -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\"\n",
    },
  ],
});
