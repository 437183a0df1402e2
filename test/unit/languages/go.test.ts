// Rule tables for Go: net/http (NewRequest + Header.Set/Add, http.Post), resty, key literals.
// Each fixed output is parsed again with the Go grammar by the harness.
import { runRuleTests } from '../ruleTester';

// Built at run time: no key-shaped literal in the source.
const KEY = ['unkey', '3ZfWsZbYj1xKxWzFt9vWq2Lm'].join('_');

describe('Go', () => {
  runRuleTests('missing-authorization', {
    valid: [
    { name: "Header.Set with the header", code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\tfmt.Println(req)\n}\n", filename: "main.go" },
    { name: "Header.Add with fmt.Sprintf", code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Add(\"authorization\", fmt.Sprintf(\"Bearer %s\", key))\n}\n", filename: "main.go" },
    { name: "Header map assignment", code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\treq.Header[\"Authorization\"] = []string{\"Bearer \" + key}\n}\n", filename: "main.go" },
    { name: "the request goes to a helper that signs it", code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\tsign(req)\n\thttp.DefaultClient.Do(req)\n}\n", filename: "main.go" },
    { name: "headers copied in a loop", code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create(h map[string]string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\tfor k, v := range h {\n\t\treq.Header.Set(k, v)\n\t}\n}\n", filename: "main.go" },
    { name: "resty SetAuthToken", code: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get(key string) {\n\tresty.New().R().SetAuthToken(key).Post(\"https://api.unkey.com/v2/apis.getApi\")\n\t_ = os.Args\n}\n", filename: "main.go" },
    { name: "resty client header", code: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get(key string) {\n\tclient := resty.New()\n\tclient.SetHeader(\"Authorization\", \"Bearer \"+key)\n\tclient.R().Post(\"https://api.unkey.com/v2/apis.getApi\")\n\t_ = os.Args\n}\n", filename: "main.go" },
    { name: "resty middleware", code: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get() {\n\tclient := resty.New().OnBeforeRequest(addAuth)\n\tclient.R().Post(\"https://api.unkey.com/v2/apis.getApi\")\n\t_ = os.Args\n}\n", filename: "main.go" },
    { name: "another host", code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc get() {\n\treq, _ := http.NewRequest(\"POST\", \"https://example.com/v2/apis.getApi\", bytes.NewReader(nil))\n\thttp.DefaultClient.Do(req)\n}\n", filename: "main.go" },
    { name: "liveness", code: "package main\n\nimport \"net/http\"\n\nfunc get() {\n\thttp.Get(\"https://api.unkey.com/v2/liveness\")\n}\n", filename: "main.go" },
    { name: "not net/http", code: "package main\n\nimport http \"example.com/myhttp\"\n\nfunc get() {\n\thttp.Post(\"https://api.unkey.com/v2/apis.getApi\", \"\", nil)\n}\n", filename: "main.go" },
    ],
    invalid: [
    {
      name: "NewRequest with no Authorization, after the err check", filename: "main.go",
      code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create(body []byte) error {\n\treq, err := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(body))\n\tif err != nil {\n\t\treturn err\n\t}\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\t_, err = http.DefaultClient.Do(req)\n\treturn err\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 9, column: 14, endLine: 9, endColumn: 79 },
      ],
      output: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(body []byte) error {\n\treq, err := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(body))\n\tif err != nil {\n\t\treturn err\n\t}\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\treq.Header.Set(\"Content-Type\", \"application/json\")\n\t_, err = http.DefaultClient.Do(req)\n\treturn err\n}\n",
    },
    {
      name: "NewRequestWithContext and http.MethodPost, os already imported", filename: "main.go",
      code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, \"https://api.unkey.com/v2/keys.createKey\", nil)\n\thttp.DefaultClient.Do(req)\n\tfmt.Println(os.Args)\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 10, column: 12, endLine: 10, endColumn: 102 },
      ],
      output: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(ctx context.Context) {\n\treq, _ := http.NewRequestWithContext(ctx, http.MethodPost, \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\thttp.DefaultClient.Do(req)\n\tfmt.Println(os.Args)\n}\n",
    },
    {
      name: "http.Post cannot send the header", filename: "main.go",
      code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\thttp.Post(\"https://api.unkey.com/v2/keys.createKey\", \"application/json\", nil)\n\tfmt.Println(os.Args)\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 10, column: 2, endLine: 10, endColumn: 53 },
      ],
      output: null,
    },
    {
      name: "URL from a const", filename: "main.go",
      code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nconst base = \"https://api.unkey.com\"\n\nfunc get() {\n\treq, _ := http.NewRequest(\"POST\", base+\"/v2/apis.getApi\", bytes.NewReader(nil))\n\thttp.DefaultClient.Do(req)\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 11, column: 12, endLine: 11, endColumn: 58 },
      ],
      output: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n\t\"os\"\n)\n\nconst base = \"https://api.unkey.com\"\n\nfunc get() {\n\treq, _ := http.NewRequest(\"POST\", base+\"/v2/apis.getApi\", bytes.NewReader(nil))\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\thttp.DefaultClient.Do(req)\n}\n",
    },
    {
      name: "resty client with a base URL", filename: "main.go",
      code: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get() {\n\tclient := resty.New().SetBaseURL(\"https://api.unkey.com\")\n\tclient.R().SetBody(map[string]string{\"apiId\": \"api_123\"}).Post(\"/v2/apis.getApi\")\n\t_ = os.Args\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 11, column: 60, endLine: 11, endColumn: 82 },
      ],
      output: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get() {\n\tclient := resty.New().SetBaseURL(\"https://api.unkey.com\")\n\tclient.R().SetHeader(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\")).SetBody(map[string]string{\"apiId\": \"api_123\"}).Post(\"/v2/apis.getApi\")\n\t_ = os.Args\n}\n",
    },
    {
      name: "resty inline", filename: "main.go",
      code: "package main\n\nimport \"github.com/go-resty/resty/v2\"\n\nfunc get() {\n\tresty.New().R().Post(\"https://api.unkey.com/v2/apis.getApi\")\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 6, column: 18, endLine: 6, endColumn: 61 },
      ],
      output: "package main\n\nimport \"github.com/go-resty/resty/v2\"\nimport \"os\"\n\nfunc get() {\n\tresty.New().R().SetHeader(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\")).Post(\"https://api.unkey.com/v2/apis.getApi\")\n}\n",
    },
    {
      name: "a go fence in Markdown (a snippet without imports)", filename: "README.md",
      code: "# Create a key\n\n```go\nfunc create(body io.Reader) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", body)\n\thttp.DefaultClient.Do(req)\n}\n```\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 12, endLine: 5, endColumn: 77 },
      ],
      output: "# Create a key\n\n```go\nfunc create(body io.Reader) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", body)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\thttp.DefaultClient.Do(req)\n}\n```\n",
    },
    ],
  });
  runRuleTests('malformed-bearer', {
    valid: [
    { name: "Sprintf %s", code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", fmt.Sprintf(\"Bearer %s\", key))\n\t_ = os.Args\n}\n", filename: "main.go" },
    { name: "a variable built elsewhere", code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create(auth string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\treq.Header.Set(\"Authorization\", auth)\n}\n", filename: "main.go" },
    ],
    invalid: [
    {
      name: "Sprintf with a lower-case scheme", filename: "main.go",
      code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", fmt.Sprintf(\"bearer %s\", key))\n\t_ = os.Args\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 11, column: 34, endLine: 11, endColumn: 63 },
      ],
      output: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", fmt.Sprintf(\"Bearer %s\", key))\n\t_ = os.Args\n}\n",
    },
    {
      name: "no scheme before os.Getenv", filename: "main.go",
      code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", os.Getenv(\"UNKEY_ROOT_KEY\"))\n\tfmt.Println(req)\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 11, column: 34, endLine: 11, endColumn: 61 },
      ],
      output: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\tfmt.Println(req)\n}\n",
    },
    {
      name: "Token scheme on resty", filename: "main.go",
      code: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get(key string) {\n\tresty.New().R().SetHeader(\"Authorization\", \"Token \"+key).Post(\"https://api.unkey.com/v2/apis.getApi\")\n\t_ = os.Args\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 10, column: 45, endLine: 10, endColumn: 57 },
      ],
      output: "package main\n\nimport (\n\t\"os\"\n\n\t\"github.com/go-resty/resty/v2\"\n)\n\nfunc get(key string) {\n\tresty.New().R().SetHeader(\"Authorization\", \"Bearer \"+key).Post(\"https://api.unkey.com/v2/apis.getApi\")\n\t_ = os.Args\n}\n",
    },
    {
      name: "raw string, glued", filename: "main.go",
      code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\treq.Header.Set(\"Authorization\", `Bearer`+key)\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space before the key.", line: 10, column: 34, endLine: 10, endColumn: 46 },
      ],
      output: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create(key string) {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\treq.Header.Set(\"Authorization\", `Bearer `+key)\n}\n",
    },
    ],
  });
  runRuleTests('unexpanded-env-var', {
    valid: [
    { name: "os.ExpandEnv expands it", code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", os.ExpandEnv(\"Bearer $UNKEY_ROOT_KEY\"))\n\tfmt.Println(req)\n}\n", filename: "main.go" },
    ],
    invalid: [
    {
      name: "shell syntax in a Go string", filename: "main.go",
      code: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\treq.Header.Set(\"Authorization\", \"Bearer $UNKEY_ROOT_KEY\")\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): Go does not expand $UNKEY_ROOT_KEY in a string, so the text \"$UNKEY_ROOT_KEY\" is sent instead of the key.", line: 10, column: 42, endLine: 10, endColumn: 57 },
      ],
      output: "package main\n\nimport (\n\t\"bytes\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", bytes.NewReader(nil))\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n}\n",
    },
    {
      name: "braces in a Go string", filename: "main.go",
      code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer ${UNKEY_ROOT_KEY}\")\n\tfmt.Println(os.Args)\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): Go does not expand ${UNKEY_ROOT_KEY} in a string, so the text \"${UNKEY_ROOT_KEY}\" is sent instead of the key.", line: 11, column: 42, endLine: 11, endColumn: 59 },
      ],
      output: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\tfmt.Println(os.Args)\n}\n",
    },
    ],
  });
  runRuleTests('hardcoded-root-key', {
    valid: [
    { name: "a placeholder", code: "package main\n\nconst rootKey = \"unkey_XXXXXXXXXXXXXXXXXXXXXXXX\"\n", filename: "main.go" },
    ],
    invalid: [
    {
      name: "a key in a const", filename: "main.go",
      code: "package main\n\nimport \"fmt\"\n\nconst rootKey = \"" + KEY + "\"\n\nfunc main() {\n\tfmt.Println(rootKey)\n}\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 5, column: 18, endLine: 5, endColumn: 48, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "package main\n\nimport \"fmt\"\nimport \"os\"\n\nvar rootKey = os.Getenv(\"UNKEY_ROOT_KEY\")\n\nfunc main() {\n\tfmt.Println(rootKey)\n}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "package main\n\nimport \"fmt\"\nimport \"os\"\n\nvar rootKey = os.Getenv(\"UNKEY_ROOT_KEY\")\n\nfunc main() {\n\tfmt.Println(rootKey)\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "a key in a header", filename: "main.go",
      code: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer " + KEY + "\")\n\tfmt.Println(os.Args)\n}\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 11, column: 42, endLine: 11, endColumn: 72, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\tfmt.Println(os.Args)\n}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc create() {\n\treq, _ := http.NewRequest(\"POST\", \"https://api.unkey.com/v2/keys.createKey\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"UNKEY_ROOT_KEY\"))\n\tfmt.Println(os.Args)\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "the SDK option", filename: "main.go",
      code: "package main\n\nimport (\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n)\n\nvar s = unkey.New(unkey.WithSecurity(\"" + KEY + "\"))\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 7, column: 39, endLine: 7, endColumn: 69, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "package main\n\nimport (\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n\t\"os\"\n)\n\nvar s = unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "package main\n\nimport (\n\tunkey \"github.com/unkeyed/sdks/api/go/v2\"\n\t\"os\"\n)\n\nvar s = unkey.New(unkey.WithSecurity(os.Getenv(\"UNKEY_ROOT_KEY\")))\n" }] },
      ],
      output: null,
    },
    ],
  });
});
