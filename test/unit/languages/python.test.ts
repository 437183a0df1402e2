// Rule tables for Python: requests/httpx (functions and clients), aiohttp, urllib, key literals.
// Each fixed output is parsed again with the Python grammar by the harness.
import * as assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';
import { prepareGrammar } from '../../../src/core/treesitter/runtime';
import { runRuleTests } from '../ruleTester';

// Built at run time: no key-shaped literal in the source.
const KEY = ['unkey', '3ZfWsZbYj1xKxWzFt9vWq2Lm'].join('_');

describe('Python', () => {
  runRuleTests('missing-authorization', {
    valid: [
    { name: "the header is there", code: "import os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {os.environ['UNKEY_ROOT_KEY']}\"})\n", filename: "app.py" },
    { name: "auth= sets the header elsewhere", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", auth=BearerAuth(token))\n", filename: "app.py" },
    { name: "headers from a parameter", code: "import requests\n\ndef create(headers):\n    return requests.post(\"https://api.unkey.com/v2/keys.createKey\", headers=headers)\n", filename: "app.py" },
    { name: "**kwargs may hold headers", code: "import requests\n\ndef create(**kwargs):\n    return requests.post(\"https://api.unkey.com/v2/keys.createKey\", **kwargs)\n", filename: "app.py" },
    { name: "session.headers.update with the header", code: "import requests\n\ns = requests.Session()\ns.headers.update({\"Authorization\": \"Bearer \" + token})\ns.post(\"https://api.unkey.com/v2/keys.createKey\")\n", filename: "app.py" },
    { name: "session.headers item assignment", code: "import requests\n\ns = requests.Session()\ns.headers[\"Authorization\"] = f\"Bearer {token}\"\ns.post(\"https://api.unkey.com/v2/keys.createKey\")\n", filename: "app.py" },
    { name: "session.headers.update from a variable", code: "import requests\n\ns = requests.Session()\ns.headers.update(auth_headers)\ns.post(\"https://api.unkey.com/v2/keys.createKey\")\n", filename: "app.py" },
    { name: "client headers with the header", code: "import httpx\n\nclient = httpx.Client(base_url=\"https://api.unkey.com\", headers={\"Authorization\": f\"Bearer {key}\"})\nclient.post(\"/v2/apis.getApi\", json={})\n", filename: "app.py" },
    { name: "a parameter named like a module-level client", code: "import httpx\n\nclient = httpx.Client(base_url=\"https://api.unkey.com\")\n\ndef get_api(client):\n    return client.post(\"https://example.com/v2/apis.getApi\")\n", filename: "app.py" },
    { name: "headers constant with the header", code: "import requests\n\nHEADERS = {\"Authorization\": \"Bearer \" + key}\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers=HEADERS)\n", filename: "app.py" },
    { name: "urllib add_header", code: "import urllib.request\n\nreq = urllib.request.Request(\"https://api.unkey.com/v2/keys.createKey\", data=b\"{}\")\nreq.add_header(\"Authorization\", \"Bearer \" + key)\n", filename: "app.py" },
    { name: "another host", code: "import requests\n\nrequests.post(\"https://example.com/v2/keys.createKey\")\n", filename: "app.py" },
    { name: "liveness needs no key", code: "import requests\n\nrequests.get(\"https://api.unkey.com/v2/liveness\")\n", filename: "app.py" },
    { name: "a relative path on an unknown client", code: "def get_api(client):\n    return client.post(\"/v2/apis.getApi\", json={})\n", filename: "app.py" },
    { name: "not the requests module", code: "import mylib as requests2\n\nrequests2.post(\"https://api.unkey.com/v2/apis.getApi\")\n", filename: "app.py" },
    { name: "unimported name", code: "post(\"https://api.unkey.com/v2/apis.getApi\")\n", filename: "app.py" },
    ],
    invalid: [
    {
      name: "requests.post with no headers", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", json={\"apiId\": api_id})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 1, endLine: 3, endColumn: 56 },
      ],
      output: "import requests\nimport os\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", json={\"apiId\": api_id}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "requests.post with a headers dict lacking Authorization (multi-line)", filename: "app.py",
      code: "import requests\n\nresponse = requests.post(\n    \"https://api.unkey.com/v2/keys.createKey\",\n    headers={\n        \"Content-Type\": \"application/json\",\n    },\n    json={\"apiId\": api_id},\n)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 12, endLine: 4, endColumn: 46 },
      ],
      output: "import requests\nimport os\n\nresponse = requests.post(\n    \"https://api.unkey.com/v2/keys.createKey\",\n    headers={\n        \"Content-Type\": \"application/json\",\n        \"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"],\n    },\n    json={\"apiId\": api_id},\n)\n",
    },
    {
      name: "single quotes are kept", filename: "app.py",
      code: "import requests\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Content-Type': 'application/json'})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 1, endLine: 3, endColumn: 56 },
      ],
      output: "import requests\nimport os\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Content-Type': 'application/json', 'Authorization': 'Bearer ' + os.environ['UNKEY_ROOT_KEY']})\n",
    },
    {
      name: "requests.request with a method", filename: "app.py",
      code: "import requests\n\nrequests.request(\"POST\", \"https://api.unkey.com/v2/keys.createKey\")\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 1, endLine: 3, endColumn: 67 },
      ],
      output: "import requests\nimport os\n\nrequests.request(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "from httpx import post", filename: "app.py",
      code: "from httpx import post\n\npost(\"https://api.unkey.com/v2/keys.createKey\", json={})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 3, column: 1, endLine: 3, endColumn: 47 },
      ],
      output: "from httpx import post\nimport os\n\npost(\"https://api.unkey.com/v2/keys.createKey\", json={}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "httpx.Client with base_url", filename: "app.py",
      code: "import httpx\n\nwith httpx.Client(base_url=\"https://api.unkey.com\", headers={\"Content-Type\": \"application/json\"}) as client:\n    client.post(\"/v2/apis.getApi\", json={\"apiId\": api_id})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 5, endLine: 4, endColumn: 34 },
      ],
      output: "import httpx\nimport os\n\nwith httpx.Client(base_url=\"https://api.unkey.com\", headers={\"Content-Type\": \"application/json\"}) as client:\n    client.post(\"/v2/apis.getApi\", json={\"apiId\": api_id}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "httpx.AsyncClient in a function", filename: "app.py",
      code: "import httpx\n\nasync def get_api(api_id):\n    async with httpx.AsyncClient(base_url=\"https://api.unkey.com/\") as client:\n        return await client.post(\"v2/apis.getApi\", json={\"apiId\": api_id})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 22, endLine: 5, endColumn: 50 },
      ],
      output: "import httpx\nimport os\n\nasync def get_api(api_id):\n    async with httpx.AsyncClient(base_url=\"https://api.unkey.com/\") as client:\n        return await client.post(\"v2/apis.getApi\", json={\"apiId\": api_id}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "requests.Session", filename: "app.py",
      code: "import requests\n\nsession = requests.Session()\nsession.post(\"https://api.unkey.com/v2/keys.createKey\", json={})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 4, column: 1, endLine: 4, endColumn: 55 },
      ],
      output: "import requests\nimport os\n\nsession = requests.Session()\nsession.post(\"https://api.unkey.com/v2/keys.createKey\", json={}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "aiohttp.ClientSession", filename: "app.py",
      code: "import aiohttp\n\nasync def main():\n    async with aiohttp.ClientSession(\"https://api.unkey.com\") as session:\n        async with session.post(\"/v2/keys.createKey\", json={}) as response:\n            return await response.json()\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 5, column: 20, endLine: 5, endColumn: 53 },
      ],
      output: "import aiohttp\nimport os\n\nasync def main():\n    async with aiohttp.ClientSession(\"https://api.unkey.com\") as session:\n        async with session.post(\"/v2/keys.createKey\", json={}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]}) as response:\n            return await response.json()\n",
    },
    {
      name: "urllib.request.Request", filename: "app.py",
      code: "import json\nimport urllib.request\n\nreq = urllib.request.Request(\"https://api.unkey.com/v2/keys.createKey\", data=json.dumps({}).encode(), method=\"POST\")\nurllib.request.urlopen(req)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 7, endLine: 4, endColumn: 71 },
      ],
      output: "import json\nimport urllib.request\nimport os\n\nreq = urllib.request.Request(\"https://api.unkey.com/v2/keys.createKey\", data=json.dumps({}).encode(), method=\"POST\", headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\nurllib.request.urlopen(req)\n",
    },
    {
      name: "base URL from a constant and an f-string", filename: "app.py",
      code: "import os\nimport requests\n\nBASE = \"https://api.unkey.com\"\nrequests.post(f\"{BASE}/v2/keys.createKey\", json={})\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 5, column: 1, endLine: 5, endColumn: 42 },
      ],
      output: "import os\nimport requests\n\nBASE = \"https://api.unkey.com\"\nrequests.post(f\"{BASE}/v2/keys.createKey\", json={}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "a python fence in Markdown", filename: "README.md",
      code: "# Create a key\n\n```python\nimport os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", json={\"apiId\": api_id})\n```\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 7, column: 1, endLine: 7, endColumn: 56 },
      ],
      output: "# Create a key\n\n```python\nimport os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", json={\"apiId\": api_id}, headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n```\n",
    },
    ],
  });
  runRuleTests('malformed-bearer', {
    valid: [
    { name: "f-string with env", code: "import os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {os.environ['UNKEY_ROOT_KEY']}\"})\n", filename: "app.py" },
    { name: "percent format", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer %s\" % key})\n", filename: "app.py" },
    { name: "str.format", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer {}\".format(key)})\n", filename: "app.py" },
    { name: "unknown variable value", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": auth_value})\n", filename: "app.py" },
    { name: "implicit concatenation", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer \" f\"{key}\"})\n", filename: "app.py" },
    ],
    invalid: [
    {
      name: "lower-case scheme", filename: "app.py",
      code: "import os\nimport requests\n\nROOT = os.environ[\"UNKEY_ROOT_KEY\"]\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"bearer \" + ROOT})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 5, column: 84, endLine: 5, endColumn: 100 },
      ],
      output: "import os\nimport requests\n\nROOT = os.environ[\"UNKEY_ROOT_KEY\"]\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer \" + ROOT})\n",
    },
    {
      name: "Token scheme in an f-string", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Token {key}\"})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 3, column: 84, endLine: 3, endColumn: 98 },
      ],
      output: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {key}\"})\n",
    },
    {
      name: "no scheme before an env var", filename: "app.py",
      code: "import os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": os.environ[\"UNKEY_ROOT_KEY\"]})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 4, column: 84, endLine: 4, endColumn: 112 },
      ],
      output: "import os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"]})\n",
    },
    {
      name: "no scheme before os.getenv", filename: "app.py",
      code: "import os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": os.getenv(\"UNKEY_ROOT_KEY\")})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 4, column: 84, endLine: 4, endColumn: 111 },
      ],
      output: "import os\nimport requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer \" + os.getenv(\"UNKEY_ROOT_KEY\")})\n",
    },
    {
      name: "colon after Bearer", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer:\" + key})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space, not a colon.", line: 3, column: 84, endLine: 3, endColumn: 99 },
      ],
      output: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer \" + key})\n",
    },
    {
      name: "glued in an f-string", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer{key}\"})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space before the key.", line: 3, column: 84, endLine: 3, endColumn: 98 },
      ],
      output: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {key}\"})\n",
    },
    {
      name: "str.format with a wrong case", filename: "app.py",
      code: "import requests\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': 'BEARER {}'.format(key)})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"BEARER\".", line: 3, column: 84, endLine: 3, endColumn: 107 },
      ],
      output: "import requests\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': 'Bearer {}'.format(key)})\n",
    },
    {
      name: "on a session header", filename: "app.py",
      code: "import requests\n\ns = requests.Session()\ns.headers[\"Authorization\"] = \"Token \" + key\ns.post(\"https://api.unkey.com/v2/keys.createKey\")\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 4, column: 30, endLine: 4, endColumn: 44 },
      ],
      output: "import requests\n\ns = requests.Session()\ns.headers[\"Authorization\"] = \"Bearer \" + key\ns.post(\"https://api.unkey.com/v2/keys.createKey\")\n",
    },
    ],
  });
  runRuleTests('unexpanded-env-var', {
    valid: [
    { name: "an f-string", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {UNKEY_ROOT_KEY}\"})\n", filename: "app.py" },
    { name: "str.format fills the field", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer {key}\".format(key=key)})\n", filename: "app.py" },
    { name: "braces that are not a name", code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer {1 + 2}\"})\n", filename: "app.py" },
    ],
    invalid: [
    {
      name: "f-string missing its f", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer {UNKEY_ROOT_KEY}\"})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): {UNKEY_ROOT_KEY} is inside a plain string, not an f-string, so the text \"{UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 3, column: 92, endLine: 3, endColumn: 108 },
      ],
      output: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {UNKEY_ROOT_KEY}\"})\n",
    },
    {
      name: "f-string missing its f, single quotes", filename: "app.py",
      code: "import requests\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': 'Bearer {settings.UNKEY_ROOT_KEY}'})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): {settings.UNKEY_ROOT_KEY} is inside a plain string, not an f-string, so the text \"{settings.UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 3, column: 92, endLine: 3, endColumn: 117 },
      ],
      output: "import requests\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': f'Bearer {settings.UNKEY_ROOT_KEY}'})\n",
    },
    {
      name: "shell syntax in a Python string", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer $UNKEY_ROOT_KEY\"})\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): Python does not expand $UNKEY_ROOT_KEY in a string, so the text \"$UNKEY_ROOT_KEY\" is sent instead of the key.", line: 3, column: 92, endLine: 3, endColumn: 107 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests('hardcoded-root-key', {
    valid: [
    { name: "a placeholder", code: "KEY = \"unkey_XXXXXXXXXXXXXXXXXXXXXXXX\"\n", filename: "app.py" },
    { name: "in a comment", code: "# KEY = \"" + KEY + "\"\nx = 1\n", filename: "app.py" },
    ],
    invalid: [
    {
      name: "a key constant", filename: "app.py",
      code: "KEY = \"" + KEY + "\"\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 8, endLine: 1, endColumn: 38, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import os\nKEY = os.environ[\"UNKEY_ROOT_KEY\"]\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import os\nKEY = os.environ[\"UNKEY_ROOT_KEY\"]\n" }] },
      ],
      output: null,
    },
    {
      name: "a key in a header", filename: "app.py",
      code: "import requests\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": \"Bearer " + KEY + "\"})\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 3, column: 92, endLine: 3, endColumn: 122, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import requests\nimport os\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {os.environ['UNKEY_ROOT_KEY']}\"})\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import requests\nimport os\n\nrequests.post(\"https://api.unkey.com/v2/keys.createKey\", headers={\"Authorization\": f\"Bearer {os.environ['UNKEY_ROOT_KEY']}\"})\n" }] },
      ],
      output: null,
    },
    {
      name: "a key in an f-string", filename: "app.py",
      code: "import requests\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': f'Bearer " + KEY + "'})\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 3, column: 93, endLine: 3, endColumn: 123, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import requests\nimport os\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': f'Bearer {os.environ[\"UNKEY_ROOT_KEY\"]}'})\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import requests\nimport os\n\nrequests.post('https://api.unkey.com/v2/keys.createKey', headers={'Authorization': f'Bearer {os.environ[\"UNKEY_ROOT_KEY\"]}'})\n" }] },
      ],
      output: null,
    },
    {
      name: "the file reads env with os.getenv", filename: "app.py",
      code: "import os\n\nOTHER = os.getenv(\"OTHER\")\nKEY = \"" + KEY + "\"\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 4, column: 8, endLine: 4, endColumn: 38, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "import os\n\nOTHER = os.getenv(\"OTHER\")\nKEY = os.getenv(\"UNKEY_ROOT_KEY\")\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "import os\n\nOTHER = os.getenv(\"OTHER\")\nKEY = os.getenv(\"UNKEY_ROOT_KEY\")\n" }] },
      ],
      output: null,
    },
    {
      name: "the file imports environ", filename: "app.py",
      code: "from os import environ\n\nKEY = \"" + KEY + "\"\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 3, column: 8, endLine: 3, endColumn: 38, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "from os import environ\n\nKEY = environ[\"UNKEY_ROOT_KEY\"]\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "from os import environ\n\nKEY = environ[\"UNKEY_ROOT_KEY\"]\n" }] },
      ],
      output: null,
    },
    {
      name: "the SDK constructor", filename: "app.py",
      code: "from unkey.py import Unkey\n\nwith Unkey(root_key=\"" + KEY + "\") as unkey:\n    pass\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 3, column: 22, endLine: 3, endColumn: 52, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "from unkey.py import Unkey\nimport os\n\nwith Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"]) as unkey:\n    pass\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "from unkey.py import Unkey\nimport os\n\nwith Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"]) as unkey:\n    pass\n" }] },
      ],
      output: null,
    },
    ],
  });
});

describe('Python request bodies', () => {
  before(() => prepareGrammar('python'));

  it('reads a json= dict (inline or through a name) as the body, with each name\'s characters', () => {
    const code = 'import requests\n\nBODY = {"apiId": "api_1", **extra}\nrequests.post("https://api.unkey.com/v2/keys.createKey", json={"apiId": "api_1", \'prefix\': "x"})\nrequests.post("https://api.unkey.com/v2/keys.createKey", json=BODY)\n';
    const [inline, named] = lint(code, 'app.py').extraction.sites;
    assert.deepEqual(inline.body?.properties.map((p) => [p.name, code.slice(...p.nameRange!)]), [['apiId', 'apiId'], ['prefix', 'prefix']]);
    assert.equal(inline.body?.complete, true);
    assert.deepEqual(named.body?.properties.map((p) => p.name), ['apiId']);
    assert.equal(named.body?.complete, false, 'a ** spread may add properties');
  });
});
