// Rule tables for Ruby: Net::HTTP (request objects, Net::HTTP.post), HTTParty (module calls, classes that
// include it), Faraday (connections, middleware, request blocks), key literals, a ruby fence in Markdown.
// Each fixed output is parsed again with the Ruby grammar by the harness.
import { runRuleTests } from '../ruleTester';

// Built at run time: no key-shaped literal in the source.
const KEY = ['unkey', '3ZfWsZbYj1xKxWzFt9vWq2Lm'].join('_');

describe('Ruby', () => {
  runRuleTests("missing-authorization", {
    valid: [
    { name: "Net::HTTP with the header", code: "require \"net/http\"\nrequire \"json\"\n\nuri = URI(\"https://api.unkey.com/v2/keys.createKey\")\nreq = Net::HTTP::Post.new(uri, \"Content-Type\" => \"application/json\")\nreq[\"Authorization\"] = \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\nreq.body = { apiId: \"api_123\" }.to_json\nNet::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }\n", filename: "unkey.rb" },
    { name: "Net::HTTP request given to a signer", code: "require \"net/http\"\nrequire \"json\"\n\nuri = URI(\"https://api.unkey.com/v2/keys.createKey\")\nreq = Net::HTTP::Post.new(uri)\nsign(req)\n", filename: "unkey.rb" },
    { name: "HTTParty with headers", code: "require \"httparty\"\n\nHTTParty.post(\"https://api.unkey.com/v2/keys.createKey\", headers: { \"Authorization\" => \"Bearer #{ENV[\"UNKEY_ROOT_KEY\"]}\" }, body: { apiId: \"api_123\" }.to_json)\n", filename: "unkey.rb" },
    { name: "HTTParty class headers", code: "class Unkey\n  include HTTParty\n  base_uri \"https://api.unkey.com\"\n  headers \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\n\n  def create\n    self.class.post(\"/v2/keys.createKey\", body: { apiId: \"api_123\" }.to_json)\n  end\nend\n", filename: "unkey.rb" },
    { name: "Faraday authorization middleware", code: "conn = Faraday.new(url: \"https://api.unkey.com\") do |f|\n  f.request :authorization, \"Bearer\", ENV.fetch(\"UNKEY_ROOT_KEY\")\n  f.request :json\nend\nconn.post(\"/v2/keys.createKey\", { apiId: \"api_123\" })\n", filename: "unkey.rb" },
    { name: "Faraday header in the request block", code: "conn = Faraday.new(url: \"https://api.unkey.com\")\nconn.post(\"/v2/keys.createKey\") do |req|\n  req.headers[\"Authorization\"] = \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\n  req.body = { apiId: \"api_123\" }.to_json\nend\n", filename: "unkey.rb" },
    { name: "Faraday with custom middleware", code: "conn = Faraday.new(url: \"https://api.unkey.com\") do |f|\n  f.use UnkeyAuth\nend\nconn.post(\"/v2/keys.createKey\", { apiId: \"api_123\" })\n", filename: "unkey.rb" },
    { name: "a post method of another object", code: "client.post(\"https://api.unkey.com/v2/keys.createKey\", body)\n", filename: "unkey.rb" },
    ],
    invalid: [
    {
      name: "Net::HTTP::Post with no header", filename: "unkey.rb",
      code: "require \"net/http\"\nrequire \"json\"\n\ndef create_key\n  uri = URI(\"https://api.unkey.com/v2/keys.createKey\")\n  req = Net::HTTP::Post.new(uri, \"Content-Type\" => \"application/json\")\n  req.body = { apiId: \"api_123\" }.to_json\n  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }\nend\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.createKey needs an \"Authorization: Bearer <root key>\" header.", line: 6, column: 9, endLine: 6, endColumn: 32 },
      ],
      output: "require \"net/http\"\nrequire \"json\"\n\ndef create_key\n  uri = URI(\"https://api.unkey.com/v2/keys.createKey\")\n  req = Net::HTTP::Post.new(uri, \"Content-Type\" => \"application/json\")\n  req[\"Authorization\"] = \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\n  req.body = { apiId: \"api_123\" }.to_json\n  Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }\nend\n",
    },
    {
      name: "Net::HTTP.post without headers", filename: "unkey.rb",
      code: "require \"net/http\"\nrequire \"json\"\n\nNet::HTTP.post(URI(\"https://api.unkey.com/v2/keys.verifyKey\"), { key: key }.to_json)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 11, endLine: 4, endColumn: 62 },
      ],
      output: "require \"net/http\"\nrequire \"json\"\n\nNet::HTTP.post(URI(\"https://api.unkey.com/v2/keys.verifyKey\"), { key: key }.to_json, { \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" })\n",
    },
    {
      name: "HTTParty.post without headers", filename: "unkey.rb",
      code: "require 'httparty'\n\nresponse = HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', body: { key: key }.to_json)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 3, column: 21, endLine: 3, endColumn: 67 },
      ],
      output: "require 'httparty'\n\nresponse = HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', body: { key: key }.to_json, headers: { 'Authorization' => \"Bearer #{ENV.fetch('UNKEY_ROOT_KEY')}\" })\n",
    },
    {
      name: "HTTParty headers without Authorization", filename: "unkey.rb",
      code: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Content-Type\" => \"application/json\" }, body: { key: key }.to_json)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 1, column: 10, endLine: 1, endColumn: 56 },
      ],
      output: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Content-Type\" => \"application/json\", \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" }, body: { key: key }.to_json)\n",
    },
    {
      name: "Faraday connection without the header", filename: "unkey.rb",
      code: "conn = Faraday.new(url: \"https://api.unkey.com\", headers: { \"Content-Type\" => \"application/json\" })\nconn.post(\"/v2/keys.verifyKey\", { key: key }.to_json)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 2, column: 6, endLine: 2, endColumn: 31 },
      ],
      output: "conn = Faraday.new(url: \"https://api.unkey.com\", headers: { \"Content-Type\" => \"application/json\", \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" })\nconn.post(\"/v2/keys.verifyKey\", { key: key }.to_json)\n",
    },
    {
      name: "a ruby fence in Markdown", filename: "README.md",
      code: "# Verify\n\n```ruby\nHTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", body: { key: key }.to_json)\n```\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/keys.verifyKey needs an \"Authorization: Bearer <root key>\" header.", line: 4, column: 10, endLine: 4, endColumn: 56 },
      ],
      output: "# Verify\n\n```ruby\nHTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", body: { key: key }.to_json, headers: { \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" })\n```\n",
    },
    {
      name: "a curl command in a single-quoted string", filename: "unkey.rb",
      code: "system('curl -X POST https://api.unkey.com/v2/apis.getApi -d \"{}\"')\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400, \"Authorization header for 'bearer' scheme\"): POST /v2/apis.getApi needs an \"Authorization: Bearer <root key>\" header; after that it would also need \"apiId\" in the body.", line: 1, column: 9, endLine: 1, endColumn: 13 },
      ],
      output: "system('curl -X POST https://api.unkey.com/v2/apis.getApi -H \"Authorization: Bearer $UNKEY_ROOT_KEY\" -d \"{}\"')\n",
    },
    ],
  });
  runRuleTests("malformed-bearer", {
    valid: [
    { name: "format with Bearer", code: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Authorization\" => format(\"Bearer %s\", key) })\n", filename: "unkey.rb" },
    ],
    invalid: [
    {
      name: "a lower-case scheme in an interpolation", filename: "unkey.rb",
      code: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Authorization\" => \"bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" })\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be \"Bearer\" with a capital B, not \"bearer\".", line: 1, column: 88, endLine: 1, endColumn: 127 },
      ],
      output: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" })\n",
    },
    {
      name: "no scheme on a Net::HTTP request", filename: "unkey.rb",
      code: "require \"net/http\"\nrequire \"json\"\n\nuri = URI(\"https://api.unkey.com/v2/keys.createKey\")\nreq = Net::HTTP::Post.new(uri)\nreq[\"Authorization\"] = ENV.fetch(\"UNKEY_ROOT_KEY\")\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): the Authorization value must start with \"Bearer \" (capital B, one space) before the key.", line: 6, column: 24, endLine: 6, endColumn: 51 },
      ],
      output: "require \"net/http\"\nrequire \"json\"\n\nuri = URI(\"https://api.unkey.com/v2/keys.createKey\")\nreq = Net::HTTP::Post.new(uri)\nreq[\"Authorization\"] = \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\n",
    },
    {
      name: "Token scheme in Faraday headers", filename: "unkey.rb",
      code: "conn = Faraday.new(url: 'https://api.unkey.com', headers: { 'Authorization' => 'Token ' + key })\nconn.post('/v2/keys.verifyKey', { key: key }.to_json)\n",
      errors: [
        { message: "Unkey will reject this request (authentication/malformed, HTTP 400): Unkey accepts only \"Bearer <root key>\", not the \"Token\" scheme.", line: 1, column: 80, endLine: 1, endColumn: 94 },
      ],
      output: "conn = Faraday.new(url: 'https://api.unkey.com', headers: { 'Authorization' => 'Bearer ' + key })\nconn.post('/v2/keys.verifyKey', { key: key }.to_json)\n",
    },
    ],
  });
  runRuleTests("unexpanded-env-var", {
    valid: [
    { name: "double quotes interpolate", code: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Authorization\" => \"Bearer #{key}\" })\n", filename: "unkey.rb" },
    ],
    invalid: [
    {
      name: "an interpolation in single quotes", filename: "unkey.rb",
      code: "HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', headers: { 'Authorization' => 'Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}' })\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): #{ENV.fetch(\"UNKEY_ROOT_KEY\")} is inside single quotes, so Ruby sends the text \"#{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" instead of the key.", line: 1, column: 96, endLine: 1, endColumn: 126 },
      ],
      output: null,
    },
    {
      name: "a local in single quotes", filename: "unkey.rb",
      code: "HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', headers: { 'Authorization' => 'Bearer #{key}' })\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): #{key} is inside single quotes, so Ruby sends the text \"#{key}\" instead of the key.", line: 1, column: 96, endLine: 1, endColumn: 102 },
      ],
      output: "HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', headers: { 'Authorization' => \"Bearer #{key}\" })\n",
    },
    {
      name: "shell syntax in a Ruby string", filename: "unkey.rb",
      code: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Authorization\" => \"Bearer $UNKEY_ROOT_KEY\" })\n",
      errors: [
        { message: "Unkey will reject this request (authentication/key_not_found, HTTP 401): Ruby does not expand $UNKEY_ROOT_KEY in a string, so the text \"$UNKEY_ROOT_KEY\" is sent instead of the key.", line: 1, column: 96, endLine: 1, endColumn: 111 },
      ],
      output: "HTTParty.post(\"https://api.unkey.com/v2/keys.verifyKey\", headers: { \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" })\n",
    },
    ],
  });
  runRuleTests("retired-endpoint", {
    valid: [
    ],
    invalid: [
    {
      name: "a v1 call with Net::HTTP", filename: "unkey.rb",
      code: "require \"net/http\"\nrequire \"json\"\n\nuri = URI(\"https://api.unkey.dev/v1/keys.createKey\")\nreq = Net::HTTP::Post.new(uri)\nreq[\"Authorization\"] = \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.createKey.", line: 5, column: 7, endLine: 5, endColumn: 30 },
      ],
      output: "require \"net/http\"\nrequire \"json\"\n\nuri = URI(\"https://api.unkey.com/v2/keys.createKey\")\nreq = Net::HTTP::Post.new(uri)\nreq[\"Authorization\"] = \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\"\n",
    },
    {
      name: "a v1 call with HTTParty base_uri", filename: "unkey.rb",
      code: "class Unkey\n  include HTTParty\n  base_uri \"https://api.unkey.dev/v1\"\n\n  def verify(key)\n    self.class.post(\"/keys.verifyKey\", headers: { \"Authorization\" => \"Bearer #{ENV.fetch(\"UNKEY_ROOT_KEY\")}\" }, body: { key: key }.to_json)\n  end\nend\n",
      errors: [
        { message: "v1 was shut down at the end of 2025: this request fails. Use POST https://api.unkey.com/v2/keys.verifyKey. Change by hand: change the host to https://api.unkey.com; change the path to /v2/keys.verifyKey.", line: 6, column: 16, endLine: 6, endColumn: 38 },
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
      name: "a misspelt endpoint", filename: "unkey.rb",
      code: "HTTParty.post(\"https://api.unkey.com/v2/keys.verify\", headers: { \"Authorization\" => \"Bearer #{key}\" })\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 404, plain text \"404 page not found\"): /v2/keys.verify is not an endpoint.", line: 1, column: 10, endLine: 1, endColumn: 53 },
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
      name: "GET with Faraday", filename: "unkey.rb",
      code: "conn = Faraday.new(url: \"https://api.unkey.com\") do |f|\n  f.request :authorization, \"Bearer\", ENV.fetch(\"UNKEY_ROOT_KEY\")\nend\nconn.get(\"/v2/apis.getApi\")\n",
      errors: [
        { message: "Unkey will reject this request (HTTP 405 Method Not Allowed): /v2/apis.getApi accepts only POST, not GET.", line: 4, column: 6, endLine: 4, endColumn: 27 },
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
      name: "a misspelt property in a to_json body", filename: "unkey.rb",
      code: "HTTParty.post(\"https://api.unkey.com/v2/keys.createKey\", headers: { \"Authorization\" => \"Bearer #{key}\" }, body: { apiID: \"api_123\" }.to_json)\n",
      errors: [
        { message: "Unkey will reject this request (application/invalid_input, HTTP 400): /v2/keys.createKey does not accept the body property \"apiID\"; it allows \"apiId\", \"prefix\", \"name\", \"byteLength\", \"externalId\", \"meta\", \"roles\", \"permissions\", \"expires\", \"credits\", \"ratelimits\", \"enabled\", \"recoverable\"; after that it would also need \"apiId\" in the body.", line: 1, column: 115, endLine: 1, endColumn: 120 },
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
      name: "a key in a constant", filename: "unkey.rb",
      code: "UNKEY_ROOT_KEY = \"" + KEY + "\"\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 19, endLine: 1, endColumn: 49, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "UNKEY_ROOT_KEY = ENV.fetch(\"UNKEY_ROOT_KEY\")\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "UNKEY_ROOT_KEY = ENV.fetch(\"UNKEY_ROOT_KEY\")\n" }] },
      ],
      output: null,
    },
    {
      name: "a key inside a single-quoted header", filename: "unkey.rb",
      code: "HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', headers: { 'Authorization' => 'Bearer " + KEY + "' })\n",
      errors: [
        { message: "Root key unkey_…q2Lm is written in the source: anyone who can read this file can call the Unkey API as you. Read it from the UNKEY_ROOT_KEY environment variable instead.", line: 1, column: 96, endLine: 1, endColumn: 126, suggestions: [{ desc: "Read the key from UNKEY_ROOT_KEY", output: "HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', headers: { 'Authorization' => \"Bearer #{ENV.fetch('UNKEY_ROOT_KEY')}\" })\n" }, { desc: "Move the key into .env as UNKEY_ROOT_KEY and read it from there", output: "HTTParty.post('https://api.unkey.com/v2/keys.verifyKey', headers: { 'Authorization' => \"Bearer #{ENV.fetch('UNKEY_ROOT_KEY')}\" })\n" }] },
      ],
      output: null,
    },
    ],
  });
});
