import { runRuleTests } from '../ruleTester';
// retired-sdk in code: calls written for the v1-era SDKs, found only through an import of the SDK
// packages; which major a file targets comes from the nearest package.json (and lockfile), else from
// the code's own shape, else nothing is said.

const V2 = `import { Unkey } from "@unkey/api";
const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });
const { data } = await unkey.keys.verifyKey({ key: "sk_1" });
await unkey.keys.createKey({ apiId: "api_1", externalId: "u1" });
`;

runRuleTests('retired-sdk', {
  valid: [
    { name: 'a 2.x file: rootKey, keys.verifyKey, keys.createKey', code: V2 },
    { name: 'a 2.x project by package.json, even with a v1-looking call', code: 'import { Unkey } from "@unkey/api";\nconst unkey = new Unkey({ token: "t" });\n', filename: '/app/src/a.ts', files: { '/app/package.json': '{ "dependencies": { "@unkey/api": "^2.5.1" } }' } },
    { name: 'a method name alone, with no SDK import', code: 'const unkey = makeClient();\nawait unkey.keys.create({ apiId: "a", ownerId: "u" });\n' },
    { name: 'an Unkey from another module', code: 'import { Unkey } from "./unkey";\nconst unkey = new Unkey({ token: "t" });\nawait unkey.keys.create({ apiId: "a" });\n' },
    { name: 'a 2.x name with no package.json: the shape says 2.x', code: 'import { Unkey } from "@unkey/api";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.verifyKey({ key: "k", apiId: "api_1" });\n' },
    { name: 'withUnkey with rootKey (2.x)', code: 'import { withUnkey } from "@unkey/nextjs";\nexport const GET = withUnkey(async () => new Response("ok"), { rootKey: process.env.UNKEY_ROOT_KEY! });\n' },
    { name: 'hono unkey with rootKey (2.x)', code: 'import { unkey } from "@unkey/hono";\napp.use("*", unkey({ rootKey: process.env.UNKEY_ROOT_KEY! }));\n' },
    { name: 'a local verifyKey', code: 'import { Unkey } from "@unkey/api";\nfunction verifyKey(k: string) { return k; }\nverifyKey("x");\n' },
  ],
  invalid: [
    {
      name: "token is rootKey", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ token: process.env.UNKEY_ROOT_KEY });\n",
      errors: [
        {"message":"`token` is named `rootKey` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":2,"column":27,"endLine":2,"endColumn":32},
      ],
      output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n",
    },
    {
      name: "token shorthand", code: "import { Unkey } from \"@unkey/api\";\nconst token = process.env.UNKEY_ROOT_KEY;\nconst unkey = new Unkey({ token });\n",
      errors: [
        {"message":"`token` is named `rootKey` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":27,"endLine":3,"endColumn":32},
      ],
      output: "import { Unkey } from \"@unkey/api\";\nconst token = process.env.UNKEY_ROOT_KEY;\nconst unkey = new Unkey({ rootKey: token });\n",
    },
    {
      name: "keys.create, namespace import", code: "import * as sdk from \"@unkey/api\";\nconst unkey = new sdk.Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.create({ apiId: \"api_1\", ownerId: \"u1\" });\n",
      errors: [
        {"message":"`keys.create` is `keys.createKey` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":13,"endLine":3,"endColumn":24},
        {"message":"`ownerId` is `externalId` in keys.createKey of @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":43,"endLine":3,"endColumn":50},
      ],
      output: "import * as sdk from \"@unkey/api\";\nconst unkey = new sdk.Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.createKey({ apiId: \"api_1\", externalId: \"u1\" });\n",
    },
    {
      name: "require, ratelimits.limit", code: "const { Unkey } = require(\"@unkey/api\");\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.ratelimits.limit({ namespace: \"n\", identifier: \"i\" });\n", filename: "file.js",
      errors: [
        {"message":"`ratelimits.limit` is `ratelimit.limit` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":13,"endLine":3,"endColumn":29},
      ],
      output: "const { Unkey } = require(\"@unkey/api\");\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.ratelimit.limit({ namespace: \"n\", identifier: \"i\" });\n",
    },
    {
      name: "this.unkey in a class, keys.verify with apiId", code: "import { Unkey } from \"@unkey/api\";\nclass Auth {\n  private unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n  check(key: string) {\n    return this.unkey.keys.verify({ key, apiId: \"api_1\" });\n  }\n}\n",
      errors: [
        {"message":"`keys.verify` is `keys.verifyKey` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":5,"column":23,"endLine":5,"endColumn":34},
        {"message":"keys.verifyKey in @unkey/api 2.x takes no `apiId` (the root key's workspace and the key decide); the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":5,"column":42,"endLine":5,"endColumn":47},
      ],
      output: "import { Unkey } from \"@unkey/api\";\nclass Auth {\n  private unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n  check(key: string) {\n    return this.unkey.keys.verifyKey({ key });\n  }\n}\n",
    },
    {
      name: "remaining and refill into credits", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.update({ keyId: \"k\", remaining: 5, refill: { interval: \"daily\", amount: 5 } });\n",
      errors: [
        {"message":"`keys.update` is `keys.updateKey` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":13,"endLine":3,"endColumn":24},
        {"message":"`remaining` and `refill` go in `credits` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":39,"endLine":3,"endColumn":48},
      ],
      output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.updateKey({ keyId: \"k\", credits: { remaining: 5, refill: { interval: \"daily\", amount: 5 } } });\n",
    },
    {
      name: "migrations.createKeys and a method with no twin", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.migrations.createKeys([]);\nawait unkey.keys.getVerifications({ keyId: \"k\" });\n", filename: "/app/src/a.ts", files: { "/app/package.json": '{ "dependencies": { "@unkey/api": "^0.38.0" } }' },
      errors: [
        {"message":"`migrations.createKeys` is `keys.migrateKeys` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":13,"endLine":3,"endColumn":34},
        {"message":"`keys.getVerifications` is gone: 2.x has no keys.getVerifications: query analytics.getVerifications with SQL instead; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":4,"column":13,"endLine":4,"endColumn":34},
      ],
      output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.migrateKeys([]);\nawait unkey.keys.getVerifications({ keyId: \"k\" });\n",
    },
    {
      name: "{ result, error } destructuring", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nconst { result, error } = await unkey.apis.listKeys({ apiId: \"a\" });\nif (error) throw error;\nconsole.log(result);\n",
      errors: [
        {"message":"@unkey/api 2.x returns `{ meta, data }` and throws errors (`@unkey/api/models/errors`) instead of returning `{ result, error }`; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":7,"endLine":3,"endColumn":24},
      ],
      output: null,
    },
    {
      name: "free verifyKey", code: "import { verifyKey } from \"@unkey/api\";\nconst { result } = await verifyKey(key);\n",
      errors: [
        {"message":"@unkey/api 2.x returns `{ meta, data }` and throws errors (`@unkey/api/models/errors`) instead of returning `{ result, error }`; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":2,"column":7,"endLine":2,"endColumn":17,"suggestions":[{"desc":"Migrate to @unkey/api v2: read `data` (errors are thrown)","output":"import { verifyKey } from \"@unkey/api\";\nconst { data: result } = await verifyKey(key);\n"}]},
        {"message":"`verifyKey` verified keys with no root key; @unkey/api 2.x has no such function: `keys.verifyKey` needs a root key with the api.*.verify_key permission; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":2,"column":26,"endLine":2,"endColumn":35,"suggestions":[{"desc":"Migrate to @unkey/api v2: verify with a root key","output":"import { Unkey } from \"@unkey/api\";\nconst { result } = await new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY }).keys.verifyKey({ key });\n"}]},
      ],
      output: null,
    },
    {
      name: "withUnkey with no config", code: "import { withUnkey } from \"@unkey/nextjs\";\nexport const GET = withUnkey(async () => new Response(\"ok\"));\n",
      errors: [
        {"message":"`withUnkey` verified keys with no root key; @unkey/nextjs 2.x needs `rootKey` in its config (v2 verification needs one); the v1-era @unkey/nextjs calls the retired v1 API, so every call fails.","line":2,"column":20,"endLine":2,"endColumn":29,"suggestions":[{"desc":"Migrate to @unkey/nextjs v2: verify with a root key","output":"import { withUnkey } from \"@unkey/nextjs\";\nexport const GET = withUnkey(async () => new Response(\"ok\"), { rootKey: process.env.UNKEY_ROOT_KEY! });\n"}]},
      ],
      output: null,
    },
    {
      name: "hono unkey({ apiId }) in JS", code: "import { unkey } from \"@unkey/hono\";\napp.use(\"*\", unkey({ apiId: \"api_1\" }));\n", filename: "server.js",
      errors: [
        {"message":"`unkey()` verified keys with no root key; @unkey/hono 2.x needs `rootKey` in its config (v2 verification needs one); the v1-era @unkey/hono calls the retired v1 API, so every call fails.","line":2,"column":14,"endLine":2,"endColumn":19,"suggestions":[{"desc":"Migrate to @unkey/hono v2: verify with a root key","output":"import { unkey } from \"@unkey/hono\";\napp.use(\"*\", unkey({ rootKey: process.env.UNKEY_ROOT_KEY }));\n"}]},
      ],
      output: null,
    },
    {
      name: "keys.updateRemaining: the method and `op` renamed", code: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.updateRemaining({ keyId: \"k\", op: \"set\", value: 1 });\n", filename: "/app/src/a.ts", files: {"/app/package.json":"{ \"dependencies\": { \"@unkey/api\": \"^0.38.0\" } }"},
      errors: [
        {"message":"`keys.updateRemaining` is `keys.updateCredits` in @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":13,"endLine":3,"endColumn":33},
        {"message":"`op` is `operation` in keys.updateCredits of @unkey/api 2.x; the v1-era @unkey/api calls the retired v1 API, so every call fails.","line":3,"column":48,"endLine":3,"endColumn":50},
      ],
      output: "import { Unkey } from \"@unkey/api\";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.updateCredits({ keyId: \"k\", operation: \"set\", value: 1 });\n",
    },
    {
      name: 'package.json on 0.x: a 2.x name with a v1 field in a half-done migration', code: 'import { Unkey } from "@unkey/api";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.verifyKey({ key: "k", apiId: "api_1" });\n',
      filename: '/app/src/a.ts', files: { '/app/package.json': '{ "dependencies": { "@unkey/api": "^0.38.0" } }' },
      errors: [
        { message: "keys.verifyKey in @unkey/api 2.x takes no `apiId` (the root key's workspace and the key decide); the v1-era @unkey/api calls the retired v1 API, so every call fails.", line: 3, column: 40, endLine: 3, endColumn: 45 },
      ],
      output: 'import { Unkey } from "@unkey/api";\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\nawait unkey.keys.verifyKey({ key: "k" });\n',
    },
  ],
});
