import { runRuleTests } from '../ruleTester';

runRuleTests('missing-authorization', {
  valid: [
    { name: "wrapper: the header is written in it", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\n" },
    { name: "wrapper: exported (other modules call it)", code: "const BASE = \"https://api.unkey.com\";\nexport async function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\n" },
    { name: "wrapper: an exported const", code: "const BASE = \"https://api.unkey.com\";\nexport const unkey = (path: string) => fetch(BASE + path, { method: \"POST\" });\nawait unkey(\"/v2/keys.createKey\");\n" },
    { name: "wrapper: exported by name", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\nexport { unkey };\n" },
    { name: "wrapper: the caller passes a variable path", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nexport async function run(path: string) {\n  return unkey(path, { apiId: \"api_1\" });\n}\n" },
    { name: "wrapper: two requests in it", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string) {\n  await fetch(BASE + \"/v2/liveness\");\n  return fetch(BASE + path, { method: \"POST\" });\n}\nawait unkey(\"/v2/keys.createKey\");\n" },
    { name: "wrapper: recursion", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, tries: number): Promise<Response> {\n  const res = await fetch(BASE + path, { method: \"POST\" });\n  return res.ok || tries > 2 ? res : unkey(path, tries + 1);\n}\nawait unkey(\"/v2/keys.createKey\", 0);\n" },
    { name: "wrapper: never called", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\n" },
    { name: "wrapper: the parameter is reassigned", code: "const BASE = \"https://api.unkey.com\";\nfunction unkey(path: string) {\n  path = path.replace(\"/v1/\", \"/v2/\");\n  return fetch(BASE + path, { method: \"POST\" });\n}\nawait unkey(\"/v1/keys.createKey\");\n" },
    { name: "wrapper: handed to other code", code: "const BASE = \"https://api.unkey.com\";\nconst unkey = (path: string) => fetch(BASE + path, { method: \"POST\" });\nawait retry(() => unkey(\"/v2/keys.createKey\"));\nawait retry(unkey);\n" },
    { name: "wrapper: a let may be reassigned", code: "const BASE = \"https://api.unkey.com\";\nlet unkey = (path: string) => fetch(BASE + path, { method: \"POST\" });\nawait unkey(\"/v2/keys.createKey\");\n" },
    { name: "wrapper: the URL reads a call on the parameter", code: "const BASE = \"https://api.unkey.com\";\nconst unkey = (path: string) => fetch(BASE + path.trim(), { method: \"POST\" });\nawait unkey(\"/v2/keys.createKey\");\n" },
    { name: "wrapper: the caller's init is a variable", code: "const BASE = \"https://api.unkey.com\";\nfunction call(path: string, init: RequestInit) {\n  return fetch(BASE + path, init);\n}\nexport const run = (init: RequestInit) => call(\"/v2/keys.createKey\", init);\n" },
    { name: "wrapper: the caller spreads its arguments", code: "const BASE = \"https://api.unkey.com\";\nconst unkey = (path: string) => fetch(BASE + path, { method: \"POST\" });\nawait unkey(...[\"/v2/keys.createKey\"]);\n" },
    { name: "wrapper: a method of an object is not a wrapper", code: "const BASE = \"https://api.unkey.com\";\nconst api = { call(path: string) { return fetch(BASE + path, { method: \"POST\" }); } };\nawait api.call(\"/v2/keys.createKey\");\n" },
    { name: "wrapper: a shadowing local function of the same name", code: "const BASE = \"https://api.unkey.com\";\nconst unkey = (path: string) => fetch(BASE + path, { method: \"POST\" });\nfunction other() {\n  const unkey = (p: string) => p;\n  return unkey(\"/v2/keys.createKey\");\n}\n" },
    { code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" },
    { name: "header names are case-insensitive", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { authorization: \"Bearer \" + key } });\n" },
    { name: "liveness needs no key", code: "fetch(\"https://api.unkey.com/v2/liveness\");\n" },
    { name: "portal.exchangeCode needs no key", code: "fetch(\"https://api.unkey.com/v2/portal.exchangeCode\", { method: \"POST\", body });\n" },
    { name: "portal session endpoints use a cookie", code: "fetch(\"https://api.unkey.com/v2/portal.listKeys\", { method: \"POST\" });\n" },
    { name: "v1 verifyKey needed no key", code: "fetch(\"https://api.unkey.dev/v1/keys.verifyKey\", { method: \"POST\", body });\n" },
    { name: "another host", code: "fetch(\"https://example.com/v2/keys.createKey\", { method: \"POST\" });\n" },
    { name: "placeholder path", code: "fetch(\"https://api.unkey.com/v2/...\", { method: \"POST\" });\n" },
    { name: "headers from a parameter", code: "function call(headers: Record<string, string>) {\n  return fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers });\n}\n" },
    { name: "init from a parameter", code: "function call(init: RequestInit) {\n  return fetch(\"https://api.unkey.com/v2/keys.createKey\", init);\n}\n" },
    { name: "spread of an unknown object", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { ...authHeaders(), \"Content-Type\": \"application/json\" } });\n" },
    { name: "imported headers", code: "import { headers } from \"./auth\";\nfetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers });\n" },
    { name: "cookies instead of a bearer token", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", credentials: \"include\" });\n" },
    { name: "new Headers with the header", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: new Headers({ Authorization: `Bearer ${key}` }) });\n" },
    { name: "new Headers from pairs", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: new Headers([[\"Authorization\", `Bearer ${key}`]]) });\n" },
    { name: "array of pairs", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: [[\"authorization\", `Bearer ${key}`]] });\n" },
    { name: "Headers.set before the call", code: "const h = new Headers();\nh.set(\"Authorization\", `Bearer ${key}`);\nfetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n" },
    { name: "Headers.append before the call", code: "const h = new Headers({ \"Content-Type\": \"application/json\" });\nh.append(\"Authorization\", `Bearer ${key}`);\nfetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n" },
    { name: "const headers object", code: "const headers = { Authorization: `Bearer ${key}` };\nfetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers });\n" },
    { name: "spread of a known object with the header", code: "const auth = { Authorization: `Bearer ${key}` };\nfetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { ...auth, \"Content-Type\": \"application/json\" } });\n" },
    { name: "new Request with the header", code: "fetch(new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${key}` } }));\n" },
    { name: "unknown base + unknown path", code: "fetch(`${base}/v2/whatever`, { method: \"POST\" });\n" },
    { name: "relative path with no base", code: "fetch(\"/v2/keys.createKey\", { method: \"POST\" });\n" },
    { code: "axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "axios defaults", code: "axios.defaults.headers.common.Authorization = `Bearer ${key}`;\naxios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId });\n" },
    { name: "axios instance with headers", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\", headers: { Authorization: `Bearer ${key}` } });\nunkey.post(\"/v2/keys.createKey\", { apiId });\n" },
    { name: "axios instance defaults", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\" });\nunkey.defaults.headers.common[\"Authorization\"] = `Bearer ${key}`;\nunkey.post(\"/v2/keys.createKey\", { apiId });\n" },
    { name: "axios interceptor", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\" });\nunkey.interceptors.request.use(addAuth);\nunkey.post(\"/v2/keys.createKey\", { apiId });\n" },
    { name: "axios withCredentials", code: "axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { withCredentials: true });\n" },
    { name: "axios config from a parameter", code: "export const create = (config: AxiosRequestConfig) => axios.post(\"https://api.unkey.com/v2/keys.createKey\", {}, config);\n" },
    { name: "axios headers in the data argument are headers-misplaced's", code: "axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId, headers: { Authorization: `Bearer ${key}` } });\n" },
    { name: "fetch header: is headers-misplaced's", code: "fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", header: { \"Content-Type\": \"application/json\" } });\n" },
    { name: "axios another host", code: "axios.get(\"https://example.com/v2/apis.getApi\");\n" },
    { name: "curl with the header", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n", filename: "create.sh" },
    { name: "curl --oauth2-bearer", code: "curl -X POST https://api.unkey.com/v2/keys.createKey --oauth2-bearer \"$UNKEY_ROOT_KEY\"\n", filename: "create.sh" },
    { name: "curl -H @file", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -H @headers.txt\n", filename: "create.sh" },
    { name: "curl with cookies", code: "curl -X POST https://api.unkey.com/v2/keys.createKey -b session.txt\n", filename: "create.sh" },
    { name: "curl liveness", code: "curl https://api.unkey.com/v2/liveness\n", filename: "create.sh" },
    { name: "curl placeholder URL", code: "curl -X POST https://api.unkey.com/v2/{procedure}\n", filename: "create.sh" },
    { name: "markdown prose", code: "Call https://api.unkey.com/v2/keys.createKey with curl -X POST.\n", filename: "README.md" },
    { name: "curl string joined with +, header in the next operand", code: "execSync(\"curl -X POST https://api.unkey.com/v2/apis.getApi \" +\n  \"-H 'Authorization: Bearer $UNKEY_ROOT_KEY'\");\n" },
    { name: "markdown json block", code: "```json\n{ \"url\": \"https://api.unkey.com/v2/keys.createKey\" }\n```\n", filename: "README.md" },
    { name: ".http with the header", code: "POST https://api.unkey.com/v2/keys.createKey\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n", filename: "keys.http" },
    { name: "workflow with a secret", code: "jobs:\n  rotate:\n    steps:\n      - run: curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\"\n", filename: "ci.yml" },
    { name: "ky: headers from ky.create", code: "import ky from \"ky\";\nconst api = ky.create({ prefixUrl: \"https://api.unkey.com/v2\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait api.post(\"keys.createKey\", { json: { apiId: \"api_123\" } });\n" },
    { name: "ky: a beforeRequest hook may add the header", code: "import ky from \"ky\";\nconst api = ky.extend({ prefixUrl: \"https://api.unkey.com/v2\", hooks: { beforeRequest: [addAuth] } });\nawait api.post(\"keys.createKey\", { json: { apiId: \"api_123\" } });\n" },
    { name: "got: headers from got.extend", code: "import got from \"got\";\nconst unkey = got.extend({ prefixUrl: \"https://api.unkey.com/v2\", headers: { authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait unkey.post(\"keys.verifyKey\", { json: { key } });\n" },
    { name: "undici: another package's request", code: "import { request } from \"./http\";\nawait request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\n" },
    { name: "superagent: the header in .set()", code: "import superagent from \"superagent\";\nconst res = await superagent.post(\"https://api.unkey.com/v2/keys.createKey\").set(\"Authorization\", `Bearer ${process.env.UNKEY_ROOT_KEY}`).send({ apiId: \"api_123\" });\n" },
    { name: "superagent: a plugin may add the header", code: "import superagent from \"superagent\";\nconst res = await superagent.post(\"https://api.unkey.com/v2/keys.createKey\").use(withAuth).send({ apiId: \"api_123\" });\n" },
    { name: "superagent: a request kept in a variable gets headers later", code: "import superagent from \"superagent\";\nconst req = superagent.post(\"https://api.unkey.com/v2/keys.createKey\");\nreq.set(\"Authorization\", token);\n" },
    { name: "node:https: the request object's setHeader adds it", code: "import https from \"node:https\";\nconst req = https.request({ hostname: \"api.unkey.com\", path: \"/v2/keys.createKey\", method: \"POST\" });\nreq.setHeader(\"Authorization\", `Bearer ${process.env.UNKEY_ROOT_KEY}`);\nreq.end(body);\n" },
    { name: "node:https: headers in the options", code: "import https from \"node:https\";\nconst req = https.request({ hostname: \"api.unkey.com\", path: \"/v2/keys.createKey\", method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nreq.end(body);\n" },
    { name: "XMLHttpRequest: the header set on the request", code: "const xhr = new XMLHttpRequest();\nxhr.open(\"POST\", \"https://api.unkey.com/v2/keys.createKey\");\nxhr.setRequestHeader(\"Authorization\", `Bearer ${token}`);\nxhr.send(JSON.stringify({ apiId: \"api_123\" }));\n", filename: "legacy.js" },
    { name: "XMLHttpRequest: the request handed to other code", code: "const xhr = new XMLHttpRequest();\nxhr.open(\"POST\", \"https://api.unkey.com/v2/keys.createKey\");\nauthorize(xhr);\nxhr.send(body);\n", filename: "legacy.js" },
    { name: "axios: a let given another value too", code: "import axios from \"axios\";\nlet api = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\nif (process.env.MOCK) api = mockClient;\nexport const create = () => api.post(\"/keys.createKey\", { apiId: \"api_123\" });\n" },
    { name: "axios: a class field whose defaults are set elsewhere", code: "import axios from \"axios\";\nexport class Keys {\n  client = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\n  constructor() {\n    this.client.defaults.headers.common.Authorization = `Bearer ${process.env.UNKEY_ROOT_KEY}`;\n  }\n  create() {\n    return this.client.post(\"/keys.createKey\", { apiId: \"api_123\" });\n  }\n}\n" },
    { name: "axios: this inside a function of its own is not the class's", code: "import axios from \"axios\";\nexport class Keys {\n  client = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\n  later() {\n    return function (this: any) { return this.client.post(\"/keys.createKey\", {}); };\n  }\n}\n" },
    { name: "imported: a base URL on another host", code: "import { OTHER_API } from \"./config\";\nawait fetch(OTHER_API + \"/v2/keys.createKey\", { method: \"POST\" });\n", filename: "src/keys.ts", files: {"src/config.ts":"export const UNKEY_API = \"https://api.unkey.com\";\nexport const OTHER_API = \"https://example.com\";\n"} },
    { name: "imported: the headers object from ./constants carries the key", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_URL = \"https://api.unkey.com\";\nexport const API_HEADERS = {\n  Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n  \"Content-Type\": \"application/json\",\n};\n"} },
    { name: "imported: headers through export * from an index", code: "import { API_HEADERS } from \".\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/api/keys.ts", files: {"src/index.ts":"export * from \"./constants\";\n","src/constants.ts":"export const API_URL = \"https://api.unkey.com\";\nexport const API_HEADERS = {\n  Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n  \"Content-Type\": \"application/json\",\n};\n"} },
    { name: "imported: a const exported by name (export { API_HEADERS })", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.js":"const API_HEADERS = { Authorization: \"Bearer \" + process.env.UNKEY_ROOT_KEY };\nexport { API_HEADERS };\n"} },
    { name: "imported: headers the module changes after declaring them are unknown", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { \"Content-Type\": \"application/json\" };\nAPI_HEADERS.Authorization = `Bearer ${process.env.UNKEY_ROOT_KEY}`;\n"} },
    { name: "imported: a spread in the exported object leaves it unknown", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"import { auth } from \"./auth\";\nexport const API_HEADERS = { ...auth, \"Content-Type\": \"application/json\" };\n"} },
    { name: "imported: headers computed at run time stay unknown", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = makeHeaders();\n"} },
    { name: "imported: a let is unknown", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export let API_HEADERS = { \"Content-Type\": \"application/json\" };\n"} },
    { name: "imported: a package import stays unknown", code: "import { API_HEADERS } from \"@acme/config\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts" },
    { name: "imported: a module that is not there stays unknown", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {} },
    { name: "imported: this file adds the key to the imported object", code: "import { API_HEADERS } from \"./constants\";\nAPI_HEADERS.Authorization = `Bearer ${process.env.UNKEY_ROOT_KEY}`;\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { \"Content-Type\": \"application/json\" };\n"} },
    { name: "imported: the issue example (URL and headers from ./constants, a wrapper)", code: "import { API_URL, API_HEADERS } from \"./constants\";\nexport const createKey = (endpoint: string, body: object) =>\n  fetch(API_URL + endpoint, { method: \"POST\", headers: API_HEADERS, body: JSON.stringify(body) });\ncreateKey(\"/v2/keys.createKey\", { apiId: \"api_123\" });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_URL = \"https://api.unkey.com\";\nexport const API_HEADERS = {\n  Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n  \"Content-Type\": \"application/json\",\n};\n"} },
    { name: "required: the key in module.exports headers", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"const API_HEADERS = { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` };\nmodule.exports = { API_URL: \"https://api.unkey.com\", API_HEADERS };\n"} },
    { name: "required: a URL on another host", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"module.exports = { API_URL: \"https://example.com\", API_HEADERS: { \"Content-Type\": \"application/json\" } };\n"} },
    { name: "required: module.exports assigned twice is unknown", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"module.exports = { API_URL: \"https://api.unkey.com\", API_HEADERS: {} };\nmodule.exports.API_HEADERS = { Authorization: process.env.AUTH };\n"} },
    { name: "required: module.exports with a spread is unknown", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"module.exports = { ...base, API_HEADERS: {} };\n"} },
    { name: "required: headers the module also hands to a function are unknown", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"const API_HEADERS = {};\naddAuth(API_HEADERS);\nmodule.exports = { API_URL: \"https://api.unkey.com\", API_HEADERS };\n"} },
    { name: "required: a package stays unknown", code: "const { API_URL, API_HEADERS } = require(\"config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js" },
  ],
  invalid: [
    {
      name: "headers object without Authorization (multi-line)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\n  method: \"POST\",\n  headers: {\n    \"Content-Type\": \"application/json\",\n  },\n  body: JSON.stringify({ apiId }),\n});\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\n  method: \"POST\",\n  headers: {\n    \"Content-Type\": \"application/json\",\n    Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n  },\n  body: JSON.stringify({ apiId }),\n});\n",
    },
    {
      name: "headers object without Authorization (one line)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "init without headers", code: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", body: JSON.stringify({ apiId }) });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 51 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/apis.getApi\", { method: \"POST\", body: JSON.stringify({ apiId }), headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "no init at all", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\");\n",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): GET /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header. But the server answers HTTP 405 Method Not Allowed first: /v2/keys.createKey accepts only POST.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "single quotes are kept", code: "await fetch('https://api.unkey.com/v2/keys.createKey', { method: 'POST' });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch('https://api.unkey.com/v2/keys.createKey', { method: 'POST', headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "globalThis.fetch", code: "await globalThis.fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 65 },
      ],
      output: "await globalThis.fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "window.fetch", code: "await window.fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 61 },
      ],
      output: "await window.fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "new Request", code: "await fetch(new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" }));\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 66 },
      ],
      output: "await fetch(new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } }));\n",
    },
    {
      name: "v2 verifyKey needs a root key", code: "await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", body: JSON.stringify({ key }) });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", body: JSON.stringify({ key }), headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "env base + known endpoint (template)", code: "await fetch(`${process.env.UNKEY_API_URL}/v2/keys.createKey`, { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 61 },
      ],
      output: "await fetch(`${process.env.UNKEY_API_URL}/v2/keys.createKey`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "const URL concatenation", code: "const BASE = \"https://api.unkey.com\";\nconst url = BASE + \"/v2/keys.createKey\";\nawait fetch(url, { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 7, endLine: 3, endColumn: 16 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nconst url = BASE + \"/v2/keys.createKey\";\nawait fetch(url, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "?? default host", code: "const base = process.env.UNKEY_BASE_URL ?? \"https://api.unkey.com\";\nawait fetch(`${base}/v2/apis.getApi`, { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 37 },
      ],
      output: "const base = process.env.UNKEY_BASE_URL ?? \"https://api.unkey.com\";\nawait fetch(`${base}/v2/apis.getApi`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "new URL(path, base)", code: "await fetch(new URL(\"/v2/keys.createKey\", \"https://api.unkey.com\"), { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 67 },
      ],
      output: "await fetch(new URL(\"/v2/keys.createKey\", \"https://api.unkey.com\"), { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "const headers without Authorization", code: "const headers = { \"Content-Type\": \"application/json\" };\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 54 },
      ],
      output: "const headers = { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` };\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers });\n",
    },
    {
      name: "spread of a known object without the header", code: "const json = { \"Content-Type\": \"application/json\" };\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { ...json } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 54 },
      ],
      output: "const json = { \"Content-Type\": \"application/json\" };\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { ...json, Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "Deno runtime", code: "const r = await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\nconsole.log(Deno.env.get(\"OTHER\"));\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 17, endLine: 1, endColumn: 64 },
      ],
      output: "const r = await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${Deno.env.get(\"UNKEY_ROOT_KEY\")}` } });\nconsole.log(Deno.env.get(\"OTHER\"));\n",
    },
    {
      name: "Bun runtime", code: "const r = await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\nconsole.log(Bun.env.OTHER);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 17, endLine: 1, endColumn: 64 },
      ],
      output: "const r = await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${Bun.env.UNKEY_ROOT_KEY}` } });\nconsole.log(Bun.env.OTHER);\n",
    },
    {
      name: "custom env var name", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\n", options: {"envVarName":"MY_UNKEY_KEY"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.MY_UNKEY_KEY}` } });\n",
    },
    {
      name: "custom host", code: "await fetch(\"https://unkey.internal/v2/keys.createKey\", { method: \"POST\" });\n", options: {"hosts":["unkey.internal"]},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 55 },
      ],
      output: "await fetch(\"https://unkey.internal/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "trailing comma habit kept", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\n  method: \"POST\",\n  headers: {\n    \"Content-Type\": \"application/json\"\n  }\n});\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\n  method: \"POST\",\n  headers: {\n    \"Content-Type\": \"application/json\",\n    Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`\n  }\n});\n",
    },
    {
      name: "JSX file", code: "export const Keys = () => <button onClick={() => fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" })}>Create</button>;\n", filename: "Keys.tsx",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 50, endLine: 1, endColumn: 97 },
      ],
      output: "export const Keys = () => <button onClick={() => fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } })}>Create</button>;\n",
    },
    {
      name: "CRLF file", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\r\n  method: \"POST\",\r\n  headers: {\r\n    \"Content-Type\": \"application/json\",\r\n  },\r\n});\r\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", {\r\n  method: \"POST\",\r\n  headers: {\r\n    \"Content-Type\": \"application/json\",\r\n    Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\r\n  },\r\n});\r\n",
    },
    {
      name: "complete call before a syntax error", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\nconst x = {\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nconst x = {\n",
    },
    {
      name: "axios.post(url, data)", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 59 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios.post with config without headers", code: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { timeout: 5000 });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 59 },
      ],
      output: "await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId }, { timeout: 5000, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios.get(url)", code: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\");\n",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): GET /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header. But the server answers HTTP 405 Method Not Allowed first: /v2/apis.getApi accepts only POST.", line: 1, column: 7, endLine: 1, endColumn: 55 },
      ],
      output: "await axios.get(\"https://api.unkey.com/v2/apis.getApi\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios(config)", code: "await axios({ method: \"post\", url: \"https://api.unkey.com/v2/keys.createKey\", data: { apiId } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 12 },
      ],
      output: "await axios({ method: \"post\", url: \"https://api.unkey.com/v2/keys.createKey\", data: { apiId }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios(url, config)", code: "await axios(\"https://api.unkey.com/v2/keys.createKey\", { method: \"post\", data: { apiId } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 54 },
      ],
      output: "await axios(\"https://api.unkey.com/v2/keys.createKey\", { method: \"post\", data: { apiId }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios.request(config)", code: "await axios.request({ method: \"post\", url: \"https://api.unkey.com/v2/keys.createKey\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 7, endLine: 1, endColumn: 20 },
      ],
      output: "await axios.request({ method: \"post\", url: \"https://api.unkey.com/v2/keys.createKey\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios instance with a relative path", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\" });\nawait unkey.post(\"/v2/keys.createKey\", { apiId });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 38 },
      ],
      output: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\" });\nawait unkey.post(\"/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios instance baseURL with a path", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com/v2/\" });\nawait unkey.post(\"keys.createKey\", { apiId });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 34 },
      ],
      output: "const unkey = axios.create({ baseURL: \"https://api.unkey.com/v2/\" });\nawait unkey.post(\"keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios instance with headers but no Authorization", code: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\", headers: { \"Content-Type\": \"application/json\" } });\nawait unkey.post(\"/v2/keys.createKey\", { apiId });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 38 },
      ],
      output: "const unkey = axios.create({ baseURL: \"https://api.unkey.com\", headers: { \"Content-Type\": \"application/json\" } });\nawait unkey.post(\"/v2/keys.createKey\", { apiId }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "curl (the error page)", code: "curl -X POST https://api.unkey.com/v2/keys.listKeys \\\n  -H \"Content-Type: application/json\"\n", filename: "create.sh",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.listKeys needs an \"Authorization: Bearer <root key>\" header. But the server answers HTTP 404, plain text \"404 page not found\" first: /v2/keys.listKeys is not an endpoint.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -X POST https://api.unkey.com/v2/keys.listKeys \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "curl one line", code: "curl -s https://api.unkey.com/v2/apis.getApi -d '{\"apiId\":\"api_1\"}'\n", filename: "create.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl -s https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      name: "curl --url and --json", code: "curl --json '{\"apiId\":\"api_1\"}' --url https://api.unkey.com/v2/apis.getApi\n", filename: "create.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: "curl --json '{\"apiId\":\"api_1\"}' --url https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "curl in PowerShell", code: "curl.exe -X POST https://api.unkey.com/v2/apis.getApi `\n  -H \"Content-Type: application/json\"\n", filename: "create.ps1",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 1, endLine: 1, endColumn: 9 },
      ],
      output: "curl.exe -X POST https://api.unkey.com/v2/apis.getApi `\n  -H \"Content-Type: application/json\" `\n  -H \"Authorization: Bearer $env:UNKEY_ROOT_KEY\"\n",
    },
    {
      name: "markdown bash block", code: "# Create a key\n\n```bash\ncurl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -H \"Content-Type: application/json\"\n```\n", filename: "README.md",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 1, endLine: 4, endColumn: 5 },
      ],
      output: "# Create a key\n\n```bash\ncurl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n```\n",
    },
    {
      name: "markdown console block", code: "```console\n$ curl -X POST https://api.unkey.com/v2/keys.createKey\n{\"error\":\"...\"}\n```\n", filename: "README.md",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 3, endLine: 2, endColumn: 7 },
      ],
      output: "```console\n$ curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\"\n{\"error\":\"...\"}\n```\n",
    },
    {
      name: "markdown ts block", code: "```ts\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\n```\n", filename: "README.md",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 54 },
      ],
      output: "```ts\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n```\n",
    },
    {
      name: ".http request without the header", code: "POST https://api.unkey.com/v2/keys.createKey\nContent-Type: application/json\n\n{\"apiId\":\"api_1\"}\n", filename: "keys.http",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 1, endLine: 1, endColumn: 45 },
      ],
      output: "POST https://api.unkey.com/v2/keys.createKey\nContent-Type: application/json\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n\n{\"apiId\":\"api_1\"}\n",
    },
    {
      name: ".http request line only", code: "### create\nPOST https://api.unkey.com/v2/keys.createKey\n\n###\nGET https://api.unkey.com/v2/liveness\n", filename: "keys.http",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 1, endLine: 2, endColumn: 45 },
      ],
      output: "### create\nPOST https://api.unkey.com/v2/keys.createKey\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n\n###\nGET https://api.unkey.com/v2/liveness\n",
    },
    {
      name: "workflow run block", code: "jobs:\n  rotate:\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: "ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 11, endLine: 5, endColumn: 15 },
      ],
      output: "jobs:\n  rotate:\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      // The fix's double quotes would end the YAML string: no fix rather than a broken workflow.
      name: "workflow run in a double-quoted scalar", code: "jobs:\n  rotate:\n    steps:\n      - run: \"curl -X POST https://api.unkey.com/v2/keys.createKey -d '{}'\"\n", filename: "ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 4, column: 15, endLine: 4, endColumn: 19 },
      ],
      output: null,
    },
    {
      name: "workflow run in a single-quoted scalar", code: "jobs:\n  rotate:\n    steps:\n      - run: 'curl -X POST https://api.unkey.com/v2/keys.createKey -d {}'\n", filename: "ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 4, column: 15, endLine: 4, endColumn: 19 },
      ],
      output: "jobs:\n  rotate:\n    steps:\n      - run: 'curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d {}'\n",
    },
    {
      // Text added after the open quote would become part of the URL, and the finding would come back.
      name: "curl with a quote left open: no fix", code: "curl -X POST 'https://api.unkey.com/v2/keys.createKey\n", filename: "create.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 1, endLine: 1, endColumn: 5 },
      ],
      output: null,
    },
    {
      name: "curl continued after && on the line before: the new line takes the curl lines' indentation", code: "apk add curl && \\\n    curl -X POST https://api.unkey.com/v2/keys.createKey \\\n      -d '{}'\n", filename: "setup.sh",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 2, column: 5, endLine: 2, endColumn: 9 },
      ],
      output: "apk add curl && \\\n    curl -X POST https://api.unkey.com/v2/keys.createKey \\\n      -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n      -d '{}'\n",
    },
    {
      name: "Dockerfile RUN", code: "FROM alpine\nRUN curl -X POST https://api.unkey.com/v2/keys.createKey \\\n    -d '{}'\n", filename: "Dockerfile",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 2, column: 5, endLine: 2, endColumn: 9 },
      ],
      output: "FROM alpine\nRUN curl -X POST https://api.unkey.com/v2/keys.createKey \\\n    -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n    -d '{}'\n",
    },
    {
      name: "const new Request only this call reads", code: "const req = new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\nawait fetch(req);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 16 },
      ],
      output: "const req = new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait fetch(req);\n",
    },
    {
      name: "const new Request read elsewhere has no fix", code: "const req = new Request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\nawait fetch(req);\nlog(req);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 16 },
      ],
      output: null,
    },
    {
      name: "new Headers() filled with append", code: "const h = new Headers();\nh.append(\"Content-Type\", \"application/json\");\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 7, endLine: 3, endColumn: 54 },
      ],
      output: "const h = new Headers({ Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` });\nh.append(\"Content-Type\", \"application/json\");\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\n",
    },
    {
      name: "Headers shared with another request: no fix (the key would go there too)", code: "const h = new Headers();\nh.append(\"Content-Type\", \"application/json\");\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: h });\nawait fetch(\"https://example.com/hook\", { method: \"POST\", headers: h });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 7, endLine: 3, endColumn: 54 },
      ],
      output: null,
    },
    {
      name: "GitHub workflow step with no env: the fix maps the variable too", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Create a key\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -d '{\"apiId\":\"api_1\"}'\n      - run: echo done\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 8, column: 11, endLine: 8, endColumn: 15 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Create a key\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n        env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n      - run: echo done\n",
    },
    {
      name: "GitHub workflow step env without the variable: a line is added to it", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          API_ID: api_1\n        run: curl -X POST https://api.unkey.com/v2/keys.createKey -d \"{\\\"apiId\\\":\\\"$API_ID\\\"}\"\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 8, column: 14, endLine: 8, endColumn: 18 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n          API_ID: api_1\n        run: 'curl -X POST https://api.unkey.com/v2/keys.createKey -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d \"{\\\"apiId\\\":\\\"$API_ID\\\"}\"'\n",
    },
    {
      name: "GitHub workflow job env maps the variable: the header only", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    env:\n      UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 9, column: 11, endLine: 9, endColumn: 15 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    env:\n      UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      name: "GitHub workflow flow env without the variable: the secret inline", code: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env: { API_ID: api_1 }\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 8, column: 11, endLine: 8, endColumn: 15 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: ubuntu-latest\n    steps:\n      - env: { API_ID: api_1 }\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer ${{ secrets.UNKEY_ROOT_KEY }}\" \\\n            -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      name: "GitHub workflow on a self-hosted runner: the header only", code: "on: push\njobs:\n  rotate:\n    runs-on: self-hosted\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -d '{\"apiId\":\"api_1\"}'\n", filename: ".github/workflows/ci.yml",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 7, column: 11, endLine: 7, endColumn: 15 },
      ],
      output: "on: push\njobs:\n  rotate:\n    runs-on: self-hosted\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" \\\n            -d '{\"apiId\":\"api_1\"}'\n",
    },
    {
      name: "ky: no headers", code: "import ky from \"ky\";\nawait ky.post(\"https://api.unkey.com/v2/keys.createKey\", { json: { apiId: \"api_123\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 56 },
      ],
      output: "import ky from \"ky\";\nawait ky.post(\"https://api.unkey.com/v2/keys.createKey\", { json: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "ky: an instance with a prefixUrl and no headers", code: "import ky from \"ky\";\nconst api = ky.create({ prefixUrl: \"https://api.unkey.com/v2/\" });\nawait api.post(\"keys.createKey\", { json: { apiId: \"api_123\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 7, endLine: 3, endColumn: 32 },
      ],
      output: "import ky from \"ky\";\nconst api = ky.create({ prefixUrl: \"https://api.unkey.com/v2/\" });\nawait api.post(\"keys.createKey\", { json: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "got: require, no options", code: "const got = require(\"got\");\nconst res = await got.post(\"https://api.unkey.com/v2/apis.listKeys\");\n", filename: "list.js",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.listKeys needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 19, endLine: 2, endColumn: 68 },
      ],
      output: "const got = require(\"got\");\nconst res = await got.post(\"https://api.unkey.com/v2/apis.listKeys\", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "ofetch: options without headers", code: "import { ofetch } from \"ofetch\";\nawait ofetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", body: { apiId: \"api_123\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 55 },
      ],
      output: "import { ofetch } from \"ofetch\";\nawait ofetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", body: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "ofetch: an instance from ofetch.create", code: "import { ofetch } from \"ofetch\";\nconst unkey = ofetch.create({ baseURL: \"https://api.unkey.com\" });\nawait unkey(\"/v2/keys.createKey\", { method: \"POST\", body: { apiId: \"api_123\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 7, endLine: 3, endColumn: 33 },
      ],
      output: "import { ofetch } from \"ofetch\";\nconst unkey = ofetch.create({ baseURL: \"https://api.unkey.com\" });\nawait unkey(\"/v2/keys.createKey\", { method: \"POST\", body: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "$fetch (Nuxt, auto-imported)", code: "export default defineEventHandler(async () => {\n  return await $fetch(\"https://api.unkey.com/v2/apis.listKeys\", { method: \"POST\", body: { apiId: \"api_123\" } });\n});\n", filename: "server/api/keys.ts",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.listKeys needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 16, endLine: 2, endColumn: 63 },
      ],
      output: "export default defineEventHandler(async () => {\n  return await $fetch(\"https://api.unkey.com/v2/apis.listKeys\", { method: \"POST\", body: { apiId: \"api_123\" }, headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n});\n",
    },
    {
      name: "undici: request", code: "import { request } from \"undici\";\nconst { body } = await request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", body: JSON.stringify({ apiId: \"api_123\" }) });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 24, endLine: 2, endColumn: 73 },
      ],
      output: "import { request } from \"undici\";\nconst { body } = await request(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", body: JSON.stringify({ apiId: \"api_123\" }), headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "superagent: no Authorization", code: "import superagent from \"superagent\";\nconst res = await superagent.post(\"https://api.unkey.com/v2/keys.createKey\").send({ apiId: \"api_123\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 19, endLine: 2, endColumn: 76 },
      ],
      output: "import superagent from \"superagent\";\nconst res = await superagent.post(\"https://api.unkey.com/v2/keys.createKey\").set(\"Authorization\", `Bearer ${process.env.UNKEY_ROOT_KEY}`).send({ apiId: \"api_123\" });\n",
    },
    {
      name: "node:https: { hostname, path, headers } with no Authorization", code: "const https = require(\"node:https\");\nconst req = https.request({ hostname: \"api.unkey.com\", path: \"/v2/keys.verifyKey\", method: \"POST\", headers: { \"Content-Type\": \"application/json\" } }, (res) => res.pipe(process.stdout));\nreq.end(JSON.stringify({ key }));\n", filename: "verify.js",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 13, endLine: 2, endColumn: 26 },
      ],
      output: "const https = require(\"node:https\");\nconst req = https.request({ hostname: \"api.unkey.com\", path: \"/v2/keys.verifyKey\", method: \"POST\", headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } }, (res) => res.pipe(process.stdout));\nreq.end(JSON.stringify({ key }));\n",
    },
    {
      name: "XMLHttpRequest: no Authorization", code: "const xhr = new XMLHttpRequest();\nxhr.open(\"POST\", \"https://api.unkey.com/v2/keys.createKey\");\nxhr.setRequestHeader(\"Content-Type\", \"application/json\");\nxhr.send(JSON.stringify({ apiId: \"api_123\" }));\n", filename: "legacy.js",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 1, endLine: 2, endColumn: 59 },
      ],
      output: "const xhr = new XMLHttpRequest();\nxhr.open(\"POST\", \"https://api.unkey.com/v2/keys.createKey\");\nxhr.setRequestHeader(\"Authorization\", `Bearer ${process.env.UNKEY_ROOT_KEY}`);\nxhr.setRequestHeader(\"Content-Type\", \"application/json\");\nxhr.send(JSON.stringify({ apiId: \"api_123\" }));\n",
    },
    {
      name: "axios: let api; api = axios.create(...)", code: "import axios from \"axios\";\nlet api;\napi = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\nexport const create = () => api.post(\"/keys.createKey\", { apiId: \"api_123\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 29, endLine: 4, endColumn: 55 },
      ],
      output: "import axios from \"axios\";\nlet api;\napi = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\nexport const create = () => api.post(\"/keys.createKey\", { apiId: \"api_123\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "axios: a class field set in the constructor", code: "import axios from \"axios\";\nexport class Keys {\n  private client;\n  constructor() {\n    this.client = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\n  }\n  create() {\n    return this.client.post(\"/keys.createKey\", { apiId: \"api_123\" });\n  }\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 8, column: 12, endLine: 8, endColumn: 46 },
      ],
      output: "import axios from \"axios\";\nexport class Keys {\n  private client;\n  constructor() {\n    this.client = axios.create({ baseURL: \"https://api.unkey.com/v2\" });\n  }\n  create() {\n    return this.client.post(\"/keys.createKey\", { apiId: \"api_123\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n  }\n}\n",
    },
    {
      name: "imported: the Unkey host from ./config", code: "import { UNKEY_API } from \"./config\";\nawait fetch(`${UNKEY_API}/v2/keys.createKey`, { method: \"POST\" });\n", filename: "src/keys.ts", files: {"src/config.ts":"export const UNKEY_API = \"https://api.unkey.com\";\nexport const OTHER_API = \"https://example.com\";\n"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 45 },
      ],
      output: "import { UNKEY_API } from \"./config\";\nawait fetch(`${UNKEY_API}/v2/keys.createKey`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "imported: the headers object from ./constants has no Authorization (no edit in the other file)", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { \"Content-Type\": \"application/json\" };\n"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 54 },
      ],
      output: null,
    },
    {
      name: "imported: URL and headers from ./constants, no Authorization there", code: "import { API_URL, API_HEADERS } from \"./constants\";\nawait fetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_URL = \"https://api.unkey.com\";\nexport const API_HEADERS = { \"Content-Type\": \"application/json\" };\n"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 43 },
      ],
      output: null,
    },
    {
      name: "imported: spread into a local object, the key is added here", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { ...API_HEADERS, \"X-Request-Id\": id } });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { \"Content-Type\": \"application/json\" };\n"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 54 },
      ],
      output: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { ...API_HEADERS, \"X-Request-Id\": id, Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "required: URL and headers from module.exports, no Authorization there", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"const API_HEADERS = { \"Content-Type\": \"application/json\" };\nmodule.exports = { API_URL: \"https://api.unkey.com\", API_HEADERS };\n"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 1, endLine: 2, endColumn: 37 },
      ],
      output: null,
    },
    {
      name: "required: exports.NAME = … in the module", code: "const { API_URL, API_HEADERS } = require(\"./config\");\nfetch(API_URL + \"/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.js", files: {"src/config.js":"exports.API_URL = \"https://api.unkey.com\";\nexports.API_HEADERS = { \"Content-Type\": \"application/json\" };\n"},
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 1, endLine: 2, endColumn: 37 },
      ],
      output: null,
    },
    {
      name: "wrapper: one finding at its fetch for every call, one header for all", code: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\" }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"/v1/keys.verifyKey\", { key: \"k\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): unkey() sends no \"Authorization: Bearer <root key>\" header, and POST /v2/keys.createKey (its call on line 6) needs one.", line: 3, column: 21, endLine: 3, endColumn: 38 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nasync function unkey(path: string, body: unknown) {\n  const res = await fetch(BASE + path, { method: \"POST\", headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\n  return res.json();\n}\nawait unkey(\"/v2/keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"/v1/keys.verifyKey\", { key: \"k\" });\n",
    },
    {
      name: "wrapper: a const arrow with the procedure in a template", code: "const unkey = async (procedure: string, body: object) => {\n  const response = await fetch(`https://api.unkey.com/v2/${procedure}`, { method: \"POST\", headers: { \"content-type\": \"application/json\" }, body: JSON.stringify(body) });\n  return (await response.json()).data;\n};\nconst created = await unkey(\"keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"keys.deleteKey\", { keyId: created.keyId });\nawait unkey(\"apis.listKeys\", { apiId: \"api_1\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): unkey() sends no \"Authorization: Bearer <root key>\" header, and POST /v2/keys.createKey (its call on line 5) needs one, as do 2 more of its calls.", line: 2, column: 26, endLine: 2, endColumn: 71 },
      ],
      output: "const unkey = async (procedure: string, body: object) => {\n  const response = await fetch(`https://api.unkey.com/v2/${procedure}`, { method: \"POST\", headers: { \"content-type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify(body) });\n  return (await response.json()).data;\n};\nconst created = await unkey(\"keys.createKey\", { apiId: \"api_1\" });\nawait unkey(\"keys.deleteKey\", { keyId: created.keyId });\nawait unkey(\"apis.listKeys\", { apiId: \"api_1\" });\n",
    },
    {
      name: "wrapper: headers passed by the caller are the caller's to fix", code: "const BASE = \"https://api.unkey.com\";\nfunction call(path: string, init: RequestInit) {\n  return fetch(BASE + path, init);\n}\nawait call(\"/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\" } });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 7, endLine: 5, endColumn: 32 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nfunction call(path: string, init: RequestInit) {\n  return fetch(BASE + path, init);\n}\nawait call(\"/v2/keys.createKey\", { method: \"POST\", headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "wrapper: axios.post in a function", code: "import axios from \"axios\";\nconst post = (path: string, data: object) => axios.post(\"https://api.unkey.com\" + path, data);\nawait post(\"/v2/keys.createKey\", { apiId: \"api_1\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): post() sends no \"Authorization: Bearer <root key>\" header, and POST /v2/keys.createKey (its call on line 3) needs one.", line: 2, column: 46, endLine: 2, endColumn: 87 },
      ],
      output: "import axios from \"axios\";\nconst post = (path: string, data: object) => axios.post(\"https://api.unkey.com\" + path, data, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\nawait post(\"/v2/keys.createKey\", { apiId: \"api_1\" });\n",
    },
    {
      name: "$fetch: a local function of that name wraps fetch (not ofetch)", code: "const $fetch = (url: string, init?: object) => globalThis.fetch(url, init);\nawait $fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\" });\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 7, endLine: 2, endColumn: 55 },
      ],
      output: "const $fetch = (url: string, init?: object) => globalThis.fetch(url, init);\nawait $fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n",
    },
    {
      name: "wrapper: a const path argument", code: "const BASE = \"https://api.unkey.com\";\nconst CREATE = \"/v2/keys.createKey\";\nfunction unkey(path: string) {\n  return fetch(`${BASE}${path}`, { method: \"POST\" });\n}\nawait unkey(CREATE);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): unkey() sends no \"Authorization: Bearer <root key>\" header, and POST /v2/keys.createKey (its call on line 6) needs one.", line: 4, column: 10, endLine: 4, endColumn: 32 },
      ],
      output: "const BASE = \"https://api.unkey.com\";\nconst CREATE = \"/v2/keys.createKey\";\nfunction unkey(path: string) {\n  return fetch(`${BASE}${path}`, { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n}\nawait unkey(CREATE);\n",
    },
  ],
});
