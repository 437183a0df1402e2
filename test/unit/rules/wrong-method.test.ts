import { runRuleTests } from '../ruleTester';

runRuleTests("wrong-method", {
  valid: [

    { name: "POST", code: "curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"a\"}'\n", filename: "a.sh" },
    { name: "curl with data is POST", code: "curl https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"a\"}'\n", filename: "a.sh" },
    { name: "liveness is GET", code: "curl https://api.unkey.com/v2/liveness\n", filename: "a.sh" },
    { name: "v1 GET is retired-endpoint's", code: "curl \"https://api.unkey.dev/v1/apis.getApi?apiId=a\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
    { name: "unknown method", code: "curl -X \"$METHOD\" https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh" },
  ],
  invalid: [
    {
      name: "curl GET with a query: POST and a JSON body", code: "curl \"https://api.unkey.com/v2/apis.getApi?apiId=api_1\" -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST \"https://api.unkey.com/v2/apis.getApi\" -H \"Content-Type: application/json\" -d '{\"apiId\":\"api_1\"}' -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "curl -X DELETE", code: "curl -X DELETE https://api.unkey.com/v2/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\"}'\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/keys.deleteKey accepts only POST, not DELETE.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.deleteKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"keyId\":\"key_1\"}'\n",
    },
    {
      name: "curl -G: the data is a query, no fix", code: "curl -G https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d apiId=api_1\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: null,
    },
    {
      name: "POST to liveness", code: "curl -X POST https://api.unkey.com/v2/liveness\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/liveness accepts only GET, not POST.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X GET https://api.unkey.com/v2/liveness\n",
    },
    {
      name: ".http GET with a query", code: "GET https://api.unkey.com/v2/apis.getApi?apiId=api_1\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "a.http",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 1, column: 1, endLine: 1, endColumn: 53 },
      ],
      output: "POST https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\nContent-Type: application/json\n\n{\"apiId\":\"api_1\"}\n",
    },
    {
      name: ".http request line with no method is GET", code: "https://api.unkey.com/v2/keys.whoami\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "a.http",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/keys.whoami accepts only POST, not GET.", line: 1, column: 1, endLine: 1, endColumn: 37 },
      ],
      output: "POST https://api.unkey.com/v2/keys.whoami\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n",
    },
    {
      name: "GET and no header: 405 first, then the header", code: "curl https://api.unkey.com/v2/keys.whoami\n", filename: "a.sh",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/keys.whoami accepts only POST, not GET; after that it would also need an Authorization header.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.whoami\n",
    },
    {
      name: "axios.get: post with an empty data argument", code: "import axios from \"axios\";\nawait axios.get(\"https://api.unkey.com/v2/permissions.listRoles\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "file.ts",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/permissions.listRoles accepts only POST, not GET.", line: 2, column: 7, endLine: 2, endColumn: 65 },
      ],
      output: "import axios from \"axios\";\nawait axios.post(\"https://api.unkey.com/v2/permissions.listRoles\", {}, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios.get with a query: post with the query as data", code: "import axios from \"axios\";\nawait axios.get(\"https://api.unkey.com/v2/apis.getApi?apiId=api_123\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "file.ts",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 2, column: 7, endLine: 2, endColumn: 69 },
      ],
      output: "import axios from \"axios\";\nawait axios.post(\"https://api.unkey.com/v2/apis.getApi\", { apiId: \"api_123\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "fetch GET with a query: POST with a JSON body", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi?apiId=api_123\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "file.ts",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 1, column: 7, endLine: 1, endColumn: 65 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ apiId: \"api_123\" }), method: \"POST\" });\n",
    },
    {
      name: "wrapper: the method passed by the call", code: "const BASE = \"https://api.unkey.com\";\nfunction call(method: string, path: string, body?: object) {\n  return fetch(BASE + path, { method: method, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\n}\nawait call(\"GET\", \"/v2/apis.getApi\", { apiId: \"api_1\" });\nawait call(\"POST\", \"/v2/keys.createKey\", { apiId: \"api_1\" });\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 5, column: 7, endLine: 5, endColumn: 36 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nfunction call(method: string, path: string, body?: object) {\n  return fetch(BASE + path, { method: method, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\n}\nawait call(\"POST\", \"/v2/apis.getApi\", { apiId: \"api_1\" });\nawait call(\"POST\", \"/v2/keys.createKey\", { apiId: \"api_1\" });\n",
    },
    {
      name: "wrapper: GET written in the function, judged per call", code: "const BASE = \"https://api.unkey.com\";\nconst get = (path: string) => fetch(BASE + path, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait get(\"/v2/liveness\");\nawait get(\"/v2/apis.getApi\");\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 4, column: 7, endLine: 4, endColumn: 28 },
      ],
      output: null,
    },
  ],
});
