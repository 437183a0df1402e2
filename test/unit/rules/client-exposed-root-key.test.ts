import { runRuleTests } from '../ruleTester';
// Key-shaped strings below are made up for the tests; none is a real root key.

runRuleTests('client-exposed-root-key', {
  valid: [
    { name: "a server-only variable", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n" },
    { name: "a public variable sent to another host", code: "await fetch(\"https://example.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_TOKEN}` } });\n" },
    { name: "a public variable that is not the Authorization header", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, \"X-App\": process.env.NEXT_PUBLIC_APP } });\n" },
    { name: "a \"use client\" file calling an endpoint that needs no root key", code: "\"use client\";\nexport const ping = () => fetch(\"https://api.unkey.com/v2/liveness\");\n", filename: "app/ping.tsx" },
    { name: "\"use client\" later in the file is not a directive", code: "const mode = \"use client\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "app/route.ts" },
    { name: "a \"use server\" file", code: "\"use server\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n", filename: "app/actions.ts" },
    { name: "a server-only variable in a .env file", code: "UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\nNEXT_PUBLIC_API_ID=api_123\n", filename: ".env.local" },
    { name: "a placeholder under a public name", code: "NEXT_PUBLIC_UNKEY_ROOT_KEY=unkey_XXXXXXXXXXXXXXXXXXXXXXXX\n", filename: ".env.example" },
    { name: "SDK: a server-only variable", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });\n" },
    { name: "SDK: a public variable in another option", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY!, serverURL: process.env.NEXT_PUBLIC_UNKEY_URL });\n" },
    { name: "SDK: \"use client\" file that only imports a type", code: "\"use client\";\nimport type { Unkey } from \"@unkey/api\";\nexport function show(client: Unkey) { return client; }\n", filename: "app/show.tsx" },
  ],
  invalid: [
    {
      name: "NEXT_PUBLIC_ (Next.js)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.NEXT_PUBLIC_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from NEXT_PUBLIC_UNKEY_ROOT_KEY: frameworks inline NEXT_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 110, endLine: 1, endColumn: 148 },
      ],
      output: null,
    },
    {
      name: "import.meta.env.VITE_ (Vite)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${import.meta.env.VITE_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from VITE_UNKEY_ROOT_KEY: frameworks inline VITE_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 110, endLine: 1, endColumn: 145 },
      ],
      output: null,
    },
    {
      name: "REACT_APP_ (Create React App)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.REACT_APP_UNKEY_KEY}` } });\n",
      errors: [
        { message: "The root key is read from REACT_APP_UNKEY_KEY: frameworks inline REACT_APP_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 110, endLine: 1, endColumn: 141 },
      ],
      output: null,
    },
    {
      name: "$env/static/public (SvelteKit)", code: "import { PUBLIC_UNKEY_ROOT_KEY } from \"$env/static/public\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${PUBLIC_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from PUBLIC_UNKEY_ROOT_KEY: frameworks inline PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 2, column: 110, endLine: 2, endColumn: 131 },
      ],
      output: null,
    },
    {
      name: "EXPO_PUBLIC_ (Expo)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.EXPO_PUBLIC_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from EXPO_PUBLIC_UNKEY_ROOT_KEY: frameworks inline EXPO_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 110, endLine: 1, endColumn: 148 },
      ],
      output: null,
    },
    {
      name: "GATSBY_ (Gatsby)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.GATSBY_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from GATSBY_UNKEY_ROOT_KEY: frameworks inline GATSBY_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 110, endLine: 1, endColumn: 143 },
      ],
      output: null,
    },
    {
      name: "NUXT_PUBLIC_ (Nuxt)", code: "await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.NUXT_PUBLIC_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from NUXT_PUBLIC_UNKEY_ROOT_KEY: frameworks inline NUXT_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 110, endLine: 1, endColumn: 148 },
      ],
      output: null,
    },
    {
      name: "destructured from process.env", code: "const { NEXT_PUBLIC_UNKEY_ROOT_KEY } = process.env;\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${NEXT_PUBLIC_UNKEY_ROOT_KEY}` } });\n",
      errors: [
        { message: "The root key is read from NEXT_PUBLIC_UNKEY_ROOT_KEY: frameworks inline NEXT_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 2, column: 110, endLine: 2, endColumn: 136 },
      ],
      output: null,
    },
    {
      name: "a \"use client\" component calling Unkey with a root key", code: "\"use client\";\n\nexport async function create() {\n  await fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n}\n", filename: "app/keys/button.tsx",
      errors: [
        { message: "This file is marked \"use client\", so this /v2/keys.createKey call with a root key runs in the browser and the key is sent to every visitor. Move the call to server code (a route handler or server action).", line: 4, column: 9, endLine: 4, endColumn: 56 },
      ],
      output: null,
    },
    {
      name: "defined in a .env file", code: "NEXT_PUBLIC_UNKEY_ROOT_KEY=unkey_3ZkQm8vRt2WcY6hNpLx4aBsEfG\n", filename: ".env.local",
      errors: [
        { message: "Root key unkey_…sEfG is defined as NEXT_PUBLIC_UNKEY_ROOT_KEY: frameworks inline NEXT_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 1, column: 28, endLine: 1, endColumn: 60 },
      ],
      output: null,
    },
    {
      name: "SDK: NEXT_PUBLIC_ in new Unkey()", code: "import { Unkey } from \"@unkey/api\";\nexport const unkey = new Unkey({ rootKey: process.env.NEXT_PUBLIC_UNKEY_ROOT_KEY! });\n",
      errors: [
        { message: "The root key of new Unkey() is read from NEXT_PUBLIC_UNKEY_ROOT_KEY: frameworks inline NEXT_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 2, column: 43, endLine: 2, endColumn: 81 },
      ],
      output: null,
    },
    {
      name: "SDK: VITE_ in new Ratelimit()", code: "import { Ratelimit } from \"@unkey/ratelimit\";\nexport const limiter = new Ratelimit({ rootKey: import.meta.env.VITE_UNKEY_ROOT_KEY, namespace: \"api\", limit: 10, duration: \"30s\" });\n",
      errors: [
        { message: "The root key of new Ratelimit() is read from VITE_UNKEY_ROOT_KEY: frameworks inline VITE_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 2, column: 49, endLine: 2, endColumn: 84 },
      ],
      output: null,
    },
    {
      name: "SDK: a \"use client\" component making the client", code: "\"use client\";\nimport { Unkey } from \"@unkey/api\";\n\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n", filename: "app/keys/button.tsx",
      errors: [
        { message: "This file is marked \"use client\", so new Unkey() with a root key runs in the browser and the key is sent to every visitor. Create the client in server code (a route handler or server action).", line: 4, column: 19, endLine: 4, endColumn: 24 },
      ],
      output: null,
    },
    {
      name: "imported: a NEXT_PUBLIC_ key in ./constants", code: "import { API_HEADERS } from \"./constants\";\nawait fetch(\"https://api.unkey.com/v2/keys.createKey\", { method: \"POST\", headers: API_HEADERS });\n", filename: "src/keys.ts", files: {"src/constants.ts":"export const API_HEADERS = { Authorization: `Bearer ${process.env.NEXT_PUBLIC_UNKEY_ROOT_KEY}` };\n"},
      errors: [
        { message: "The root key is read from NEXT_PUBLIC_UNKEY_ROOT_KEY: frameworks inline NEXT_PUBLIC_* variables into the JavaScript sent to the browser, so every visitor gets the key and can manage your Unkey workspace. Keep the root key in a server-only variable (such as UNKEY_ROOT_KEY) and call Unkey from server code.", line: 2, column: 83, endLine: 2, endColumn: 94 },
      ],
      output: null,
    },
  ],
});
