// Rule tables for Rust: reqwest (client chains with header/bearer_auth/json!, reqwest::get), key literals, curl in strings,
// a rust fence in Markdown. Each fixed output is parsed again with the Rust grammar by the harness.
import { runRuleTests } from '../ruleTester';

// Built at run time: no key-shaped literal in the source.
const KEY = ['unkey', '3ZfWsZbYj1xKxWzFt9vWq2Lm'].join('_');

describe('Rust', () => {
  runRuleTests("missing-authorization", {
    valid: [
    { name: "bearer_auth", code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").bearer_auth(key).send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "header with the AUTHORIZATION constant", code: "use reqwest::header::AUTHORIZATION;\nuse serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(AUTHORIZATION, format!(\"Bearer {}\", key)).send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "a client with default headers", code: "use serde_json::json;\n\nasync fn create(headers: reqwest::header::HeaderMap) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::builder().default_headers(headers).build()?;\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "a client passed in", code: "async fn create(client: &reqwest::Client) -> Result<(), reqwest::Error> {\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "a request builder handed on", code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    let req = client.post(\"https://api.unkey.com/v2/keys.createKey\");\n    sign(req).send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "another host", code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://example.com/v2/keys.createKey\").send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "not reqwest", code: "async fn create(client: Other) {\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").send().await;\n}\n", filename: "main.rs" },
    ],
    invalid: [
    {
      name: "a chain over several lines: bearer_auth on its own line", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client\n        .post(\"https://api.unkey.com/v2/keys.createKey\")\n        .json(&json!({ \"apiId\": \"api_123\" }))\n        .send()\n        .await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 6, column: 10, endLine: 6, endColumn: 56 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client\n        .post(\"https://api.unkey.com/v2/keys.createKey\")\n        .bearer_auth(std::env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\"))\n        .json(&json!({ \"apiId\": \"api_123\" }))\n        .send()\n        .await?;\n    Ok(())\n}\n",
    },
    {
      name: "two functions, each with its own client", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn one() -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").json(&json!({ \"apiId\": \"api_123\" })).send().await?;\n    Ok(())\n}\n\nasync fn two(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(key).json(&json!({ \"apiId\": \"api_123\" })).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 12, endLine: 5, endColumn: 58 },
      ],
      output: "use serde_json::json;\n\nasync fn one() -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").bearer_auth(std::env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\")).json(&json!({ \"apiId\": \"api_123\" })).send().await?;\n    Ok(())\n}\n\nasync fn two(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(key).json(&json!({ \"apiId\": \"api_123\" })).send().await?;\n    Ok(())\n}\n",
    },
    {
      name: "anyhow: the env var read with ?", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> anyhow::Result<()> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").json(&json!({ \"apiId\": \"api_123\" })).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 12, endLine: 5, endColumn: 55 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> anyhow::Result<()> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(std::env::var(\"UNKEY_ROOT_KEY\")?).json(&json!({ \"apiId\": \"api_123\" })).send().await?;\n    Ok(())\n}\n",
    },
    {
      name: "blocking client, use std::env", filename: "main.rs",
      code: "use std::env;\n\nfn main() {\n    let client = reqwest::blocking::Client::new();\n    let res = client.post(\"https://api.unkey.com/v2/apis.getApi\").body(\"{}\").send();\n    println!(\"{:?} {:?}\", res, env::args());\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 22, endLine: 5, endColumn: 65 },
      ],
      output: "use std::env;\n\nfn main() {\n    let client = reqwest::blocking::Client::new();\n    let res = client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\")).body(\"{}\").send();\n    println!(\"{:?} {:?}\", res, env::args());\n}\n",
    },
    {
      name: "reqwest::get cannot send the header", filename: "main.rs",
      code: "async fn live() {\n    let _ = reqwest::get(\"https://api.unkey.com/v2/apis.listKeys\").await;\n}\n",
      errors: [
        { message: "Unkey would reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): GET /v2/apis.listKeys needs an \"Authorization: Bearer <root key>\" header. But the server answers HTTP 405 Method Not Allowed first: /v2/apis.listKeys accepts only POST.", line: 2, column: 13, endLine: 2, endColumn: 66 },
      ],
      output: null,
    },
    {
      name: "a rust fence in Markdown", filename: "README.md",
      code: "# Create a key\n\n```rust\nlet client = reqwest::Client::new();\nlet res = client.post(\"https://api.unkey.com/v2/keys.createKey\").send().await?;\n```\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 18, endLine: 5, endColumn: 64 },
      ],
      output: "# Create a key\n\n```rust\nlet client = reqwest::Client::new();\nlet res = client.post(\"https://api.unkey.com/v2/keys.createKey\").bearer_auth(std::env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\")).send().await?;\n```\n",
    },
    {
      name: "a curl command in a string", filename: "main.rs",
      code: "fn main() {\n    let cmd = \"curl -X POST https://api.unkey.com/v2/apis.getApi -d '{\\\"apiId\\\":\\\"api_123\\\"}'\";\n    println!(\"{}\", cmd);\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 16, endLine: 2, endColumn: 20 },
      ],
      output: "fn main() {\n    let cmd = \"curl -X POST https://api.unkey.com/v2/apis.getApi -H \\\"Authorization: Bearer $UNKEY_ROOT_KEY\\\" -d '{\\\"apiId\\\":\\\"api_123\\\"}'\";\n    println!(\"{}\", cmd);\n}\n",
    },
    ],
  });
  runRuleTests("malformed-bearer", {
    valid: [
    { name: "format! with Bearer", code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"Bearer {}\", key)).send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    { name: "a value built elsewhere", code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", key).send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    ],
    invalid: [
    {
      name: "a lower-case scheme in format!", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"bearer {}\", key)).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 5, column: 84, endLine: 5, endColumn: 109 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"Bearer {}\", key)).send().await?;\n    Ok(())\n}\n",
    },
    {
      name: "no scheme before the env var", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", std::env::var(\"UNKEY_ROOT_KEY\").unwrap()).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 5, column: 84, endLine: 5, endColumn: 124 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"Bearer {}\", std::env::var(\"UNKEY_ROOT_KEY\").unwrap())).send().await?;\n    Ok(())\n}\n",
    },
    {
      name: "Bearer twice through bearer_auth", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").bearer_auth(format!(\"Bearer {}\", key)).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): the value says \"Bearer\" twice, so the token is not a root key.", line: 5, column: 72, endLine: 5, endColumn: 97 },
      ],
      output: null,
    },
    {
      name: "a captured variable, glued", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"Bearer{key}\")).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): \"Bearer\" must be followed by one space before the key.", line: 5, column: 84, endLine: 5, endColumn: 106 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"Bearer {key}\")).send().await?;\n    Ok(())\n}\n",
    },
    ],
  });
  runRuleTests("unexpanded-env-var", {
    valid: [
    ],
    invalid: [
    {
      name: "shell syntax in a Rust string", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", \"Bearer $UNKEY_ROOT_KEY\").send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): Rust does not expand $UNKEY_ROOT_KEY in a string, so the text \"$UNKEY_ROOT_KEY\" is sent instead of the key.", line: 5, column: 92, endLine: 5, endColumn: 107 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").header(\"Authorization\", format!(\"Bearer {}\", std::env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\"))).send().await?;\n    Ok(())\n}\n",
    },
    ],
  });
  runRuleTests("retired-endpoint", {
    valid: [
    ],
    invalid: [
    {
      name: "a v1 call", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.dev/v1/keys.createKey\").bearer_auth(key).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey.", line: 5, column: 12, endLine: 5, endColumn: 58 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").bearer_auth(key).send().await?;\n    Ok(())\n}\n",
    },
    {
      name: "a v1 URL from a const", filename: "main.rs",
      code: "const UNKEY: &str = \"https://api.unkey.dev/v1\";\n\nuse serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(format!(\"{}/keys.verifyKey\", UNKEY)).bearer_auth(key).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey. Change by hand: change the host to https://api.unkey.com; change the path to /v2/keys.verifyKey.", line: 7, column: 12, endLine: 7, endColumn: 52 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("unknown-endpoint", {
    valid: [
    ],
    invalid: [
    {
      name: "a misspelt endpoint", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.create\").bearer_auth(key).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.create is not an endpoint.", line: 5, column: 12, endLine: 5, endColumn: 55 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("wrong-method", {
    valid: [
    ],
    invalid: [
    {
      name: "GET on a POST endpoint", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.get(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(key).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 5, column: 12, endLine: 5, endColumn: 54 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("insecure-transport", {
    valid: [
    ],
    invalid: [
    {
      name: "http://", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"http://api.unkey.com/v2/apis.getApi\").bearer_auth(key).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "http://api.unkey.com is not encrypted: the root key and the request cross the network in clear text, readable by anyone on the way. Use https://.", line: 5, column: 18, endLine: 5, endColumn: 38 },
      ],
      output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(key).send().await?;\n    Ok(())\n}\n",
    },
    ],
  });
  runRuleTests("unknown-body-field", {
    valid: [
    { name: "a json! body with known properties", code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/keys.createKey\").bearer_auth(key).json(&json!({ \"apiId\": \"api_123\", \"meta\": { \"anything\": 1 } })).send().await?;\n    Ok(())\n}\n", filename: "main.rs" },
    ],
    invalid: [
    {
      name: "a misspelt body property in json!", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(key).json(&json!({ \"apiID\": \"api_123\" })).send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/apis.getApi does not accept the body property \"apiID\"; it allows \"apiId\"; after that it would also need \"apiId\" in the body.", line: 5, column: 89, endLine: 5, endColumn: 94 },
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
      name: "a key in bearer_auth", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(\"" + KEY + "\").send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 5, column: 70, endLine: 5, endColumn: 100, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(std::env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\")).send().await?;\n    Ok(())\n}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(std::env::var(\"UNKEY_ROOT_KEY\").expect(\"UNKEY_ROOT_KEY must be set\")).send().await?;\n    Ok(())\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "a key inside a header string", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> anyhow::Result<()> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").header(\"Authorization\", \"Bearer " + KEY + "\").send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 5, column: 89, endLine: 5, endColumn: 119, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "use serde_json::json;\n\nasync fn create(key: &str) -> anyhow::Result<()> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").header(\"Authorization\", format!(\"Bearer {}\", std::env::var(\"UNKEY_ROOT_KEY\")?)).send().await?;\n    Ok(())\n}\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "use serde_json::json;\n\nasync fn create(key: &str) -> anyhow::Result<()> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").header(\"Authorization\", format!(\"Bearer {}\", std::env::var(\"UNKEY_ROOT_KEY\")?)).send().await?;\n    Ok(())\n}\n" }] },
      ],
      output: null,
    },
    {
      name: "a key in a const (no fix: a const cannot call)", filename: "main.rs",
      code: "const ROOT_KEY: &str = \"" + KEY + "\";\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 25, endLine: 1, endColumn: 55 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("placeholder-key", {
    valid: [
    ],
    invalid: [
    {
      name: "a placeholder sent as the key", filename: "main.rs",
      code: "use serde_json::json;\n\nasync fn create(key: &str) -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post(\"https://api.unkey.com/v2/apis.getApi\").bearer_auth(\"unkey_YOUR_API_KEY\").send().await?;\n    Ok(())\n}\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): \"unkey_YOUR_API_KEY\" is a placeholder from the docs, not a root key. Read the key from the UNKEY_ROOT_KEY environment variable.", line: 5, column: 69, endLine: 5, endColumn: 89 },
      ],
      output: null,
    },
    ],
  });
});
