import { runRuleTests } from '../ruleTester';

runRuleTests('headers-misplaced', {
  valid: [
    { name: "axios.post with the config as the third argument", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "axios.get with the config as the second argument", code: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\", { headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "axios(config) carries headers beside data", code: "await axios({ method: \"post\", url: \"https://api.unkey.com/v2/keys.createKey\", data: { apiId }, headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "fetch with headers", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "another host", code: "await axios.post(\"https://example.com/v2/keys.createKey\", { headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "data from a variable", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", body, { headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "a body field that only contains the word", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, meta: { headers: 1 } }, { headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "axios.get with two arguments", code: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\", config);\n" },

  ],
  invalid: [
    {
      name: "axios.post with only headers in the data: the config becomes the third argument", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.post sends this \"headers\" object as the request body: its second argument is the data, and headers go in the config (the third argument).", line: 1, column: 63, endLine: 1, endColumn: 70 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", {}, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios.post with headers beside the body fields", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, headers: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.post sends this \"headers\" object as the request body: its second argument is the data, and headers go in the config (the third argument).", line: 1, column: 70, endLine: 1, endColumn: 77 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "multi-line data object", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", {\n  apiId,\n  headers: {\n    Authorization: `Bearer ${key}`,\n  },\n});\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.post sends this \"headers\" object as the request body: its second argument is the data, and headers go in the config (the third argument).", line: 3, column: 3, endLine: 3, endColumn: 10 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", {\n  apiId,\n}, { headers: {\n    Authorization: `Bearer ${key}`,\n  } });\n",
    },
    {
      name: "shorthand headers into an existing config", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, headers }, { timeout: 5000 });\n",
      errors: [
        { message: "axios.post sends this \"headers\" object as the request body: its second argument is the data, and headers go in the config (the third argument).", line: 1, column: 70, endLine: 1, endColumn: 77 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { timeout: 5000, headers });\n",
    },
    {
      name: "Authorization as a body field", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, Authorization: `Bearer ${key}` });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.post sends \"Authorization\" as a field of the request body: its second argument is the data, and headers go in the config (the third argument).", line: 1, column: 70, endLine: 1, endColumn: 83 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "Authorization as a body field, into the config's headers", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, Authorization: `Bearer ${key}` }, { headers: { \"Content-Type\": \"application/json\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.post sends \"Authorization\" as a field of the request body: its second argument is the data, and headers go in the config (the third argument).", line: 1, column: 70, endLine: 1, endColumn: 83 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "config from a variable: reported, not moved", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, headers }, config);\n",
      errors: [
        { message: "axios.post sends this \"headers\" object as the request body: its second argument is the data, and headers go in the config (the third argument).", line: 1, column: 70, endLine: 1, endColumn: 77 },
      ],
      output: null,
    },
    {
      name: "axios.get(url, {}, config): the empty data goes", code: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\", {}, { headers: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.get takes (url, config): this third argument is ignored, so its headers are never sent. But the server answers HTTP 405 Method Not Allowed first: /v2/apis.getApi accepts only POST.", line: 1, column: 61, endLine: 1, endColumn: 108 },
      ],
      output: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\", { headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "axios.delete(url, data, config): the data moves into the config", code: "await axios.delete(\"https://api.unkey.com/v2/apis.deleteApi\", { apiId }, { headers: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.delete takes (url, config): this third argument is ignored, so its headers are never sent. But the server answers HTTP 405 Method Not Allowed first: /v2/apis.deleteApi accepts only POST.", line: 1, column: 74, endLine: 1, endColumn: 121 },
      ],
      output: "await axios.delete(\"https://api.unkey.com/v2/apis.deleteApi\", { headers: { Authorization: `Bearer ${key}` }, data: { apiId } });\n",
    },
    {
      name: "axios.get(url, data, config): no safe move", code: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\", { apiId }, { headers: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): axios.get takes (url, config): this third argument is ignored, so its headers are never sent. But the server answers HTTP 405 Method Not Allowed first: /v2/apis.getApi accepts only POST.", line: 1, column: 68, endLine: 1, endColumn: 115 },
      ],
      output: null,
    },
    {
      name: "fetch header: instead of headers", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", header: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"header\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 74, endLine: 1, endColumn: 80 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "fetch Headers: instead of headers", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", Headers: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"Headers\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 74, endLine: 1, endColumn: 81 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "fetch Authorization at the top level of init", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", Authorization: `Bearer ${key}` });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"Authorization\" at the top level of the options is not a header: it belongs inside \"headers\", so it is never sent.", line: 1, column: 74, endLine: 1, endColumn: 87 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "fetch Authorization beside headers moves into them", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", Authorization: `Bearer ${key}`, headers: { \"Content-Type\": \"application/json\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"Authorization\" at the top level of the options is not a header: it belongs inside \"headers\", so it is never sent.", line: 1, column: 74, endLine: 1, endColumn: 87 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${key}` } });\n",
    },
    {
      name: "fetch header: without Authorization", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", header: { \"Content-Type\": \"application/json\" } });\n",
      errors: [
        { message: "\"header\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 74, endLine: 1, endColumn: 80 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\" } });\n",
    },
    {
      name: "an endpoint that needs no key: still never sent", code: "await fetch(\"https://api.unkey.com/v2/liveness\", { header: { \"Content-Type\": \"application/json\" } });\n",
      errors: [
        { message: "\"header\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 52, endLine: 1, endColumn: 58 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/liveness\", { headers: { \"Content-Type\": \"application/json\" } });\n",
    },
    {
      name: "Headers beside headers: reported, not merged", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, Headers: { Authorization: `Bearer ${key}` } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"Headers\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 123, endLine: 1, endColumn: 130 },
      ],
      output: null,
    },
    {
      name: "a shared init const: reported, not edited", code: "const init = { method: \"POST\", header: { Authorization: `Bearer ${key}` } };\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", init);\nawait fetch(\"https://api.unkey.com/v2/apis.getApi\", init);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"header\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 32, endLine: 1, endColumn: 38 },
      ],
      output: null,
    },
    {
      name: "axios.create with header:", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\", header: { Authorization: `Bearer ${key}` } });\nawait unkey.post(\"/v2/keys.createKey\", { apiId });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"header\" is not an option: headers go in \"headers\", so these are never sent.", line: 1, column: 64, endLine: 1, endColumn: 70 },
      ],
      output: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\", headers: { Authorization: `Bearer ${key}` } });\nawait unkey.post(\"/v2/keys.createKey\", { apiId });\n",
    },
    {
      name: "ofetch: header: instead of headers", code: "import { ofetch } from \"ofetch\";\nawait ofetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", header: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"header\" is not an option: headers go in \"headers\", so these are never sent.", line: 2, column: 75, endLine: 2, endColumn: 81 },
      ],
      output: "import { ofetch } from \"ofetch\";\nawait ofetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "ky: Authorization at the top level of the options", code: "import ky from \"ky\";\nawait ky.post(\"https://api.unkey.com/v2/keys.createKey\", { json: { apiId: \"api_123\" }, Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): \"Authorization\" at the top level of the options is not a header: it belongs inside \"headers\", so it is never sent.", line: 2, column: 88, endLine: 2, endColumn: 101 },
      ],
      output: "import ky from \"ky\";\nawait ky.post(\"https://api.unkey.com/v2/keys.createKey\", { json: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
  ],
});
