// Rule tables for PHP: curl (curl_setopt, curl_setopt_array, CURLOPT_HTTPHEADER lines), Guzzle (client
// options, call options), Laravel's Http facade, key literals, a php fence in Markdown. Each fixed
// output is parsed again with the PHP grammar by the harness.
import { runRuleTests } from '../ruleTester';

// Built at run time: no key-shaped literal in the source.
const KEY = ['unkey', '3ZfWsZbYj1xKxWzFt9vWq2Lm'].join('_');

describe('PHP', () => {
  runRuleTests("missing-authorization", {
    valid: [
    { name: "curl with the header line", code: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')]);\ncurl_exec($ch);\n", filename: "api.php" },
    { name: "curl_setopt_array with an interpolated header", code: "<?php\n\n$key = getenv('UNKEY_ROOT_KEY');\n$ch = curl_init();\ncurl_setopt_array($ch, [\n    CURLOPT_URL => 'https://api.unkey.com/v2/keys.createKey',\n    CURLOPT_POST => true,\n    CURLOPT_HTTPHEADER => [\"Authorization: Bearer $key\", 'Content-Type: application/json'],\n]);\n", filename: "api.php" },
    { name: "curl headers from a variable built elsewhere", code: "<?php\n\nfunction call($headers) {\n    $ch = curl_init('https://api.unkey.com/v2/keys.createKey');\n    curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);\n    return curl_exec($ch);\n}\n", filename: "api.php" },
    { name: "curl handle given to a helper", code: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\nsign_request($ch);\ncurl_exec($ch);\n", filename: "api.php" },
    { name: "Guzzle client with default headers", code: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client(['base_uri' => 'https://api.unkey.com', 'headers' => ['Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')]]);\n$client->post('/v2/keys.createKey', ['json' => ['apiId' => 'api_123']]);\n", filename: "api.php" },
    { name: "Guzzle auth option", code: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client();\n$client->post('https://api.unkey.com/v2/keys.createKey', ['auth' => ['u', 'p']]);\n", filename: "api.php" },
    { name: "Guzzle client passed in (unknown)", code: "<?php\n\nuse GuzzleHttp\\Client;\n\nfunction create(Client $client) {\n    return $client->post('https://api.unkey.com/v2/keys.createKey');\n}\n", filename: "api.php" },
    { name: "Laravel withToken", code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken(config('services.unkey.root_key'))->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n", filename: "api.php" },
    { name: "Laravel macro", code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::unkey()->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n", filename: "api.php" },
    { name: "another Http class", code: "<?php\n\nuse App\\Support\\Http;\n\nHttp::post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n", filename: "api.php" },
    ],
    invalid: [
    {
      name: "curl_init with no header: a curl_setopt after it", filename: "api.php",
      code: "<?php\n\nfunction create(array $body) {\n    $ch = curl_init('https://api.unkey.com/v2/keys.createKey');\n    curl_setopt($ch, CURLOPT_POST, true);\n    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n    return curl_exec($ch);\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 11, endLine: 4, endColumn: 63 },
      ],
      output: "<?php\n\nfunction create(array $body) {\n    $ch = curl_init('https://api.unkey.com/v2/keys.createKey');\n    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')]);\n    curl_setopt($ch, CURLOPT_POST, true);\n    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n    return curl_exec($ch);\n}\n",
    },
    {
      name: "CURLOPT_HTTPHEADER without Authorization", filename: "api.php",
      code: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/apis.getApi');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['apiId' => 'api_123']));\ncurl_exec($ch);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 7, endLine: 3, endColumn: 56 },
      ],
      output: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/apis.getApi');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')]);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['apiId' => 'api_123']));\ncurl_exec($ch);\n",
    },
    {
      name: "curl_setopt_array without headers", filename: "api.php",
      code: "<?php\n\n$ch = curl_init();\ncurl_setopt_array($ch, [\n    CURLOPT_URL => 'https://api.unkey.com/v2/apis.getApi',\n    CURLOPT_POST => true,\n    CURLOPT_RETURNTRANSFER => true,\n]);\ncurl_exec($ch);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 20, endLine: 5, endColumn: 58 },
      ],
      output: "<?php\n\n$ch = curl_init();\ncurl_setopt_array($ch, [\n    CURLOPT_URL => 'https://api.unkey.com/v2/apis.getApi',\n    CURLOPT_POST => true,\n    CURLOPT_RETURNTRANSFER => true,\n    CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')],\n]);\ncurl_exec($ch);\n",
    },
    {
      name: "Guzzle post with json only", filename: "api.php",
      code: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client(['base_uri' => 'https://api.unkey.com']);\n$response = $client->post('/v2/keys.createKey', [\n    'json' => ['apiId' => 'api_123'],\n]);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 6, column: 22, endLine: 6, endColumn: 47 },
      ],
      output: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client(['base_uri' => 'https://api.unkey.com']);\n$response = $client->post('/v2/keys.createKey', [\n    'json' => ['apiId' => 'api_123'],\n    'headers' => ['Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')],\n]);\n",
    },
    {
      name: "Guzzle request with headers but no Authorization", filename: "api.php",
      code: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new \\GuzzleHttp\\Client();\n$client->request('POST', 'https://api.unkey.com/v2/keys.createKey', ['headers' => ['Accept' => 'application/json']]);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 6, column: 10, endLine: 6, endColumn: 67 },
      ],
      output: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new \\GuzzleHttp\\Client();\n$client->request('POST', 'https://api.unkey.com/v2/keys.createKey', ['headers' => ['Accept' => 'application/json', 'Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')]]);\n",
    },
    {
      name: "Guzzle post with no options", filename: "api.php",
      code: "<?php\n\nuse GuzzleHttp\\Client;\n\nclass Unkey\n{\n    private $client;\n\n    public function __construct()\n    {\n        $this->client = new Client();\n    }\n\n    public function api()\n    {\n        return $this->client->post('https://api.unkey.com/v2/apis.getApi');\n    }\n}\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header.", line: 16, column: 31, endLine: 16, endColumn: 74 },
      ],
      output: "<?php\n\nuse GuzzleHttp\\Client;\n\nclass Unkey\n{\n    private $client;\n\n    public function __construct()\n    {\n        $this->client = new Client();\n    }\n\n    public function api()\n    {\n        return $this->client->post('https://api.unkey.com/v2/apis.getApi', ['headers' => ['Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')]]);\n    }\n}\n",
    },
    {
      name: "Laravel Http::post", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\n$response = Http::acceptJson()->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 33, endLine: 5, endColumn: 79 },
      ],
      output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\n$response = Http::withToken(getenv('UNKEY_ROOT_KEY'))->acceptJson()->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
    },
    {
      name: "Laravel, env() already in use", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\n$base = env('UNKEY_URL', 'https://api.unkey.com');\n$response = Http::post('https://api.unkey.com/v2/keys.verifyKey', ['key' => $request->key]);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 6, column: 19, endLine: 6, endColumn: 65 },
      ],
      output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\n$base = env('UNKEY_URL', 'https://api.unkey.com');\n$response = Http::withToken(env('UNKEY_ROOT_KEY'))->post('https://api.unkey.com/v2/keys.verifyKey', ['key' => $request->key]);\n",
    },
    {
      name: "a php fence in Markdown", filename: "README.md",
      code: "# Verify\n\n```php\n<?php\n$response = Http::post('https://api.unkey.com/v2/keys.verifyKey', ['key' => $key]);\n```\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 5, column: 19, endLine: 5, endColumn: 65 },
      ],
      output: "# Verify\n\n```php\n<?php\n$response = Http::withToken(getenv('UNKEY_ROOT_KEY'))->post('https://api.unkey.com/v2/keys.verifyKey', ['key' => $key]);\n```\n",
    },
    {
      name: "a curl command in a single-quoted string", filename: "api.php",
      code: "<?php\n\nshell_exec('curl -X POST https://api.unkey.com/v2/apis.getApi -d \"{}\"');\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 3, column: 13, endLine: 3, endColumn: 17 },
      ],
      output: "<?php\n\nshell_exec('curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d \"{}\"');\n",
    },
    ],
  });
  runRuleTests("malformed-bearer", {
    valid: [
    { name: "sprintf with Bearer", code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => sprintf('Bearer %s', $key)])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n", filename: "api.php" },
    ],
    invalid: [
    {
      name: "a curl header line with a lower-case scheme", filename: "api.php",
      code: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\ncurl_setopt($ch, CURLOPT_POST, true);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: bearer ' . getenv('UNKEY_ROOT_KEY')]);\ncurl_exec($ch);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 5, column: 39, endLine: 5, endColumn: 90 },
      ],
      output: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\ncurl_setopt($ch, CURLOPT_POST, true);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')]);\ncurl_exec($ch);\n",
    },
    {
      name: "no scheme in a Guzzle header", filename: "api.php",
      code: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client();\n$client->post('https://api.unkey.com/v2/keys.createKey', ['headers' => ['Authorization' => getenv('UNKEY_ROOT_KEY')]]);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 6, column: 92, endLine: 6, endColumn: 116 },
      ],
      output: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client();\n$client->post('https://api.unkey.com/v2/keys.createKey', ['headers' => ['Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')]]);\n",
    },
    {
      name: "withToken given Bearer again", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken('Bearer ' . getenv('UNKEY_ROOT_KEY'))->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): the value says \"Bearer\" twice, so the token is not a root key.", line: 5, column: 17, endLine: 5, endColumn: 53 },
      ],
      output: null,
    },
    {
      name: "Token scheme in withHeaders", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => \"Token {$key}\"])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 5, column: 39, endLine: 5, endColumn: 53 },
      ],
      output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => \"Bearer {$key}\"])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
    },
    ],
  });
  runRuleTests("unexpanded-env-var", {
    valid: [
    { name: "double quotes expand", code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => \"Bearer $key\"])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n", filename: "api.php" },
    ],
    invalid: [
    {
      name: "a variable in single quotes", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => 'Bearer $key'])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $key is inside single quotes, so PHP sends the text \"$key\" instead of the key.", line: 5, column: 47, endLine: 5, endColumn: 51 },
      ],
      output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => \"Bearer $key\"])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
    },
    {
      name: "an environment variable name in single quotes", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => 'Bearer $UNKEY_ROOT_KEY'])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): $UNKEY_ROOT_KEY is inside single quotes, so PHP sends the text \"$UNKEY_ROOT_KEY\" instead of the key.", line: 5, column: 47, endLine: 5, endColumn: 62 },
      ],
      output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withHeaders(['Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')])->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
    },
    ],
  });
  runRuleTests("retired-endpoint", {
    valid: [
    ],
    invalid: [
    {
      name: "a v1 call with curl", filename: "api.php",
      code: "<?php\n\n$ch = curl_init('https://api.unkey.dev/v1/keys.verifyKey');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['key' => $key, 'apiId' => 'api_123']));\ncurl_exec($ch);\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey (`apiId` is no longer accepted: the root key decides which APIs it may verify; v2 needs a root key).", line: 3, column: 7, endLine: 3, endColumn: 59 },
      ],
      output: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.verifyKey');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json', 'Authorization: Bearer ' . getenv('UNKEY_ROOT_KEY')]);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['key' => $key]));\ncurl_exec($ch);\n",
    },
    {
      name: "a v1 call with Laravel", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken($token)->post('https://api.unkey.dev/v1/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey.", line: 5, column: 26, endLine: 5, endColumn: 72 },
      ],
      output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken($token)->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
    },
    ],
  });
  runRuleTests("unknown-endpoint", {
    valid: [
    ],
    invalid: [
    {
      name: "a misspelt endpoint", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken($token)->post('https://api.unkey.com/v2/keys.verify', ['key' => $k]);\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.verify is not an endpoint.", line: 5, column: 26, endLine: 5, endColumn: 69 },
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
      name: "GET with Laravel", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken($token)->get('https://api.unkey.com/v2/apis.getApi');\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 5, column: 26, endLine: 5, endColumn: 68 },
      ],
      output: null,
    },
    ],
  });
  runRuleTests("unknown-body-field", {
    valid: [
    ],
    invalid: [
    {
      name: "a misspelt property in a Guzzle json body", filename: "api.php",
      code: "<?php\n\nuse GuzzleHttp\\Client;\n\n$client = new Client();\n$client->post('https://api.unkey.com/v2/keys.createKey', ['headers' => ['Authorization' => 'Bearer ' . getenv('UNKEY_ROOT_KEY')], 'json' => ['apiID' => 'api_123']]);\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.createKey does not accept the body property \"apiID\"; it allows \"apiId\", \"prefix\", \"name\", \"byteLength\", \"externalId\", \"meta\", \"roles\", \"permissions\", \"expires\", \"credits\", \"ratelimits\", \"enabled\", \"recoverable\"; after that it would also need \"apiId\" in the body.", line: 6, column: 143, endLine: 6, endColumn: 148 },
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
      name: "a key in withToken", filename: "api.php",
      code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken('" + KEY + "')->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 5, column: 18, endLine: 5, endColumn: 48, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken(getenv('UNKEY_ROOT_KEY'))->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::withToken(getenv('UNKEY_ROOT_KEY'))->post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n" }] },
      ],
      output: null,
    },
    {
      name: "a key in a header line", filename: "api.php",
      code: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\"Authorization: Bearer " + KEY + "\"]);\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 4, column: 62, endLine: 4, endColumn: 92, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\"Authorization: Bearer \" . getenv('UNKEY_ROOT_KEY')]);\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "<?php\n\n$ch = curl_init('https://api.unkey.com/v2/keys.createKey');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, [\"Authorization: Bearer \" . getenv('UNKEY_ROOT_KEY')]);\n" }] },
      ],
      output: null,
    },
    {
      name: "a key in a class constant (no fix)", filename: "api.php",
      code: "<?php\n\nclass Unkey\n{\n    const ROOT_KEY = '" + KEY + "';\n}\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 5, column: 23, endLine: 5, endColumn: 53 },
      ],
      output: null,
    },
    ],
  });
});
