import { runRuleTests } from '../ruleTester';

const V = 'await fetch("https://api.unkey.com/v2/keys.verifyKey", { method: "POST", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, "Content-Type": "application/json" }, body: JSON.stringify({ key }) })';

runRuleTests("v1-response-shape", {
  valid: [
    { name: "v2 reads under data", code: `const res = ${V};\nconst body = await res.json();\nconst data = body.data;\nif (!data?.valid) throw new Error(body.error?.title);\nconsole.log(body.meta.requestId, data.keyId);\n` },
    { name: "destructured data", code: `const res = ${V};\nconst { data: { valid } } = await res.json();\n` },
    { name: "Response properties are not the body", code: `const res = ${V};\nif (!res.ok) throw new Error(String(res.status));\n` },
    { name: "a v1 request is retired-endpoint's", code: `const res = await fetch("https://api.unkey.dev/v1/keys.verifyKey", { method: "POST", body: JSON.stringify({ key }) });\nconst { valid } = await res.json();\n` },
    { name: "another host", code: `const res = await fetch("https://example.com/v2/keys.verifyKey", { method: "POST" });\nconst { valid } = await res.json();\n` },
    { name: "a let may be reassigned: not followed", code: `const res = ${V};\nlet body = await res.json();\nbody = body.data;\nconsole.log(body.valid);\n` },
    { name: "another function's variable of the same name is not followed", code: `async function a() {\n  const res = ${V};\n  return res.json();\n}\nfunction b(data: { valid: boolean }) {\n  return data.valid;\n}\n` },
    { name: "axios data.data", code: `import axios from "axios";\nconst { data } = await axios.post("https://api.unkey.com/v2/keys.verifyKey", { key }, { headers: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\` } });\nconsole.log(data.data.valid);\n` },
  ],
  invalid: [
    {
      name: "fetch: data.valid, data.keyId and error.code; destructured valid and ownerId", code: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  const data = await res.json();\n  if (data.error) throw new Error(data.error.code);\n  return data.valid ? data.keyId : null;\n}\nexport async function verify2(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ key }) });\n  const { valid, ownerId } = await res.json();\n  return valid;\n}\n", filename: "file.ts",
      errors: [
        { message: "Unkey v2 errors carry \"type\", \"title\" and \"detail\", not v1's \"code\", so this reads undefined. Compare error.type (a URL naming the error) instead.", line: 8, column: 46, endLine: 8, endColumn: 50 },
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"valid\" at the top level), so this reads undefined.", line: 9, column: 15, endLine: 9, endColumn: 20, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  const data = await res.json();\n  if (data.error) throw new Error(data.error.code);\n  return data.data.valid ? data.keyId : null;\n}\nexport async function verify2(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ key }) });\n  const { valid, ownerId } = await res.json();\n  return valid;\n}\n" }] },
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"keyId\" at the top level), so this reads undefined.", line: 9, column: 28, endLine: 9, endColumn: 33, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  const data = await res.json();\n  if (data.error) throw new Error(data.error.code);\n  return data.valid ? data.data.keyId : null;\n}\nexport async function verify2(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ key }) });\n  const { valid, ownerId } = await res.json();\n  return valid;\n}\n" }] },
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"valid\" at the top level), so this reads undefined.", line: 13, column: 11, endLine: 13, endColumn: 16, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  const data = await res.json();\n  if (data.error) throw new Error(data.error.code);\n  return data.valid ? data.keyId : null;\n}\nexport async function verify2(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ key }) });\n  const { data: { valid, ownerId } } = await res.json();\n  return valid;\n}\n" }] },
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"ownerId\" at the top level), so this reads undefined.", line: 13, column: 18, endLine: 13, endColumn: 25, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", {\n    method: \"POST\",\n    headers: { \"Content-Type\": \"application/json\", Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` },\n    body: JSON.stringify({ key }),\n  });\n  const data = await res.json();\n  if (data.error) throw new Error(data.error.code);\n  return data.valid ? data.keyId : null;\n}\nexport async function verify2(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` }, body: JSON.stringify({ key }) });\n  const { data: { valid, ownerId } } = await res.json();\n  return valid;\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "axios: const { data } = … then data.valid", code: "import axios from \"axios\";\nexport async function verify(key: string) {\n  const { data } = await axios.post(\"https://api.unkey.com/v2/keys.verifyKey\", { key }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n  return data.valid;\n}\n", filename: "file.ts",
      errors: [
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"valid\" at the top level), so this reads undefined.", line: 4, column: 15, endLine: 4, endColumn: 20, suggestions: [{ desc: "Read it under .data", output: "import axios from \"axios\";\nexport async function verify(key: string) {\n  const { data } = await axios.post(\"https://api.unkey.com/v2/keys.verifyKey\", { key }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n  return data.data.valid;\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "axios: res.data.key", code: "import axios from \"axios\";\nexport async function create() {\n  const res = await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId: \"api_1\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n  return res.data.key;\n}\n", filename: "file.ts",
      errors: [
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"key\" at the top level), so this reads undefined.", line: 4, column: 19, endLine: 4, endColumn: 22, suggestions: [{ desc: "Read it under .data", output: "import axios from \"axios\";\nexport async function create() {\n  const res = await axios.post(\"https://api.unkey.com/v2/keys.createKey\", { apiId: \"api_1\" }, { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n  return res.data.data.key;\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "(await res.json()).valid", code: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ key }) });\n  return (await res.json()).valid;\n}\n", filename: "file.ts",
      errors: [
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"valid\" at the top level), so this reads undefined.", line: 3, column: 29, endLine: 3, endColumn: 34, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ key }) });\n  return (await res.json().data).valid;\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "error.code only", code: "export async function check(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ key }) });\n  const body = await res.json();\n  if (body.error) throw new Error(body.error.code);\n  return body.data.valid;\n}\n", filename: "file.ts",
      errors: [
        { message: "Unkey v2 errors carry \"type\", \"title\" and \"detail\", not v1's \"code\", so this reads undefined. Compare error.type (a URL naming the error) instead.", line: 4, column: 46, endLine: 4, endColumn: 50 },
      ],
      output: null,
    },
    {
      name: "destructuring: one suggestion wraps the pattern", code: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ key }) });\n  const { valid, code } = await res.json();\n  return valid ? \"ok\" : code;\n}\n", filename: "file.ts",
      errors: [
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"valid\" at the top level), so this reads undefined.", line: 3, column: 11, endLine: 3, endColumn: 16, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ key }) });\n  const { data: { valid, code } } = await res.json();\n  return valid ? \"ok\" : code;\n}\n" }] },
        { message: "Unkey v2 answers { meta, data }: the result is under \"data\" (v1 answered \"code\" at the top level), so this reads undefined.", line: 3, column: 18, endLine: 3, endColumn: 22, suggestions: [{ desc: "Read it under .data", output: "export async function verify(key: string) {\n  const res = await fetch(\"https://api.unkey.com/v2/keys.verifyKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"Content-Type\": \"application/json\" }, body: JSON.stringify({ key }) });\n  const { data: { valid, code } } = await res.json();\n  return valid ? \"ok\" : code;\n}\n" }] },
      ],
      output: null,
    },
  ],
});
