# Creates a key for the sample API from Windows. Broken on purpose (see ../README.md).
param([string]$ApiId = "api_123")

# Broken: no Authorization header.
curl.exe -sS -X POST https://api.unkey.com/v2/keys.createKey `
  -H "Content-Type: application/json" `
  -d "{`"apiId`": `"$ApiId`"}"

# Broken: single quotes, so PowerShell passes the text $env:UNKEY_ROOT_KEY, not the key.
curl.exe -sS -X POST https://api.unkey.com/v2/apis.getApi `
  -H 'Authorization: Bearer $env:UNKEY_ROOT_KEY' `
  -d '{"apiId": "api_123"}'

# Broken: lower-case scheme.
curl.exe -sS -X POST https://api.unkey.com/v2/apis.listKeys `
  -H "Authorization: bearer $env:UNKEY_ROOT_KEY" `
  -d '{"apiId": "api_123"}'

# Broken: a root key pasted into the script (FAKE key, never issued; it only has the shape of one).
$headers = "Authorization: Bearer unkey_FakeDemoKeyNotRea1ForUse"

# Correct.
curl.exe -sS -X POST https://api.unkey.com/v2/keys.getKey `
  -H "Authorization: Bearer $env:UNKEY_ROOT_KEY" `
  -d '{"keyId": "key_123"}'
