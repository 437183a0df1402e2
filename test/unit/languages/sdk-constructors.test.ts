// Rule tables for the Python and Go SDK constructors as key sites: unkey.py's `Unkey(root_key=…)` and the
// Go SDK's `unkey.New(unkey.WithSecurity(…))` (malformed-bearer with the SDKs' own "Bearer " prefixing,
// placeholder-key, hardcoded-root-key). Each fixed output is parsed again by the harness.
import { runRuleTests } from '../ruleTester';

// Built at run time: no key-shaped literal in the source.
const KEY = ['unkey', '3ZfWsZbYj1xKxWzFt9vWq2Lm'].join('_');

describe('SDK constructors (Python, Go)', () => {
  runRuleTests("malformed-bearer", {
    valid: [
    { name: "unkey.py root_key from the environment", code: "import os\nfrom unkey.py import Unkey\n\nwith Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"]) as unkey:\n    unkey.keys.verify_key(key=key)\n", filename: "app.py" },
    { name: "unkey.py root_key with Bearer (the SDK keeps it)", code: "import os\nfrom unkey import Unkey\n\nunkey = Unkey(root_key=\"Bearer \" + os.environ[\"UNKEY_ROOT_KEY\"])\n", filename: "app.py" },
    { name: "another Unkey class", code: "import os\nfrom myapp.auth import Unkey\n\nunkey = Unkey(root_key=\"bearer \" + os.environ[\"UNKEY_ROOT_KEY\"])\n", filename: "app.py" },
    { name: "Go SDK WithSecurity from the environment", code: "package main\n\nimport (\n\t\"os\"\n\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n)\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n}\n", filename: "main.go" },
    ],
    invalid: [
    {
      name: "unkey.py root_key with a lower-case scheme", filename: "app.py",
      code: "import os\nfrom unkey.py import Unkey\n\nunkey = Unkey(root_key=\"bearer \" + os.environ[\"UNKEY_ROOT_KEY\"])\n",
      errors: [
        { message: "Unkey will reject every call Unkey() makes (authentication/malformed, HTTP 400): unkey.py sends a root_key value that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 4, column: 24, endLine: 4, endColumn: 64 },
      ],
      output: "import os\nfrom unkey.py import Unkey\n\nunkey = Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"])\n",
    },
    {
      name: "unkey.py bearer_auth with BEARER + a variable: the key alone", filename: "app.py",
      code: "from unkey_py import Unkey\n\ns = Unkey(bearer_auth=\"BEARER \" + key)\n",
      errors: [
        { message: "Unkey will reject every call Unkey() makes (authentication/malformed, HTTP 400): unkey.py sends a bearer_auth value that starts with \"BEARER \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 3, column: 23, endLine: 3, endColumn: 38 },
      ],
      output: "from unkey_py import Unkey\n\ns = Unkey(bearer_auth=key)\n",
    },
    {
      name: "Go SDK WithSecurity with a lower-case scheme: the key alone", filename: "main.go",
      code: "package main\n\nimport (\n\t\"os\"\n\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n)\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(\"bearer \" + os.Getenv(\"UNKEY_ROOT_KEY\")))\n}\n",
      errors: [
        { message: "Unkey will reject every call unkey.New() makes (authentication/malformed, HTTP 400): github.com/unkeyed/sdks/api/go/v2 sends a WithSecurity value that starts with \"bearer \" as it is, and the server accepts only \"Bearer\" with a capital B. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 10, column: 38, endLine: 10, endColumn: 77 },
      ],
      output: "package main\n\nimport (\n\t\"os\"\n\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n)\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n}\n",
    },
    {
      name: "Go SDK WithSecurity with Token", filename: "main.go",
      code: "package main\n\nimport (\n\t\"os\"\n\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n)\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(\"Token \" + os.Getenv(\"UNKEY_ROOT_KEY\")))\n}\n",
      errors: [
        { message: "Unkey will reject every call unkey.New() makes (authentication/key_not_found, HTTP 401): github.com/unkeyed/sdks/api/go/v2 puts \"Bearer \" in front of this WithSecurity value, and the white space in it means the token cannot be a root key. Pass the key alone: the SDK adds \"Bearer \" itself.", line: 10, column: 38, endLine: 10, endColumn: 76 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("placeholder-key", {
    valid: [
    { name: "Go SDK in a test against a local server", code: "package main\n\nimport (\n\t\"os\"\n\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n)\n\nfunc client(url string) *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")), unkey.WithServerURL(url))\n}\n", filename: "main_test.go" },
    ],
    invalid: [
    {
      name: "unkey.py with a docs placeholder", filename: "app.py",
      code: "from unkey.py import Unkey\n\nunkey = Unkey(root_key=\"<YOUR_ROOT_KEY>\")\n",
      errors: [
        { message: "Unkey will reject every call Unkey() makes (authentication/key_not_found, HTTP 401): \"<YOUR_ROOT_KEY>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 3, column: 24, endLine: 3, endColumn: 41, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "from unkey.py import Unkey\nimport os\n\nunkey = Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"])\n" }] },
      ],
      output: null,
    },
    {
      name: "Go SDK with a docs placeholder", filename: "main.go",
      code: "package main\n\nimport unkey \"github.com/unkeyed/unkey-go\"\n\nvar client = unkey.New(unkey.WithSecurity(\"<YOUR_ROOT_KEY>\"))\n",
      errors: [
        { message: "Unkey will reject every call unkey.New() makes (authentication/key_not_found, HTTP 401): \"<YOUR_ROOT_KEY>\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 5, column: 43, endLine: 5, endColumn: 60, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "package main\n\nimport unkey \"github.com/unkeyed/unkey-go\"\nimport \"os\"\n\nvar client = unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n" }] },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("hardcoded-root-key", {
    valid: [
    ],
    invalid: [
    {
      name: "unkey.py with a key", filename: "app.py",
      code: "from unkey.py import Unkey\n\nunkey = Unkey(root_key=\"" + KEY + "\")\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 3, column: 25, endLine: 3, endColumn: 55, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "from unkey.py import Unkey\nimport os\n\nunkey = Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"])\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "from unkey.py import Unkey\nimport os\n\nunkey = Unkey(root_key=os.environ[\"UNKEY_ROOT_KEY\"])\n" }] },
      ],
      output: null,
    },
    {
      name: "Go SDK with a key", filename: "main.go",
      code: "package main\n\nimport unkey \"github.com/unkeyed/sdks/api/go/v2\"\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(\"" + KEY + "\"))\n}\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 6, column: 39, endLine: 6, endColumn: 69, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "package main\n\nimport unkey \"github.com/unkeyed/sdks/api/go/v2\"\nimport \"os\"\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "package main\n\nimport unkey \"github.com/unkeyed/sdks/api/go/v2\"\nimport \"os\"\n\nfunc client() *unkey.Unkey {\n\treturn unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n}\n" }] },
      ],
      output: null,
    },
    ],
  });
});
