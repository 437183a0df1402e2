#!/usr/bin/env bash
# Creates a key for the sample API. Broken on purpose (see ../README.md).
set -euo pipefail

API_ID="${1:?usage: create-key.sh <apiId>}"

# Broken: no Authorization header.
curl -sS -X POST https://api.unkey.com/v2/keys.createKey \
  -H "Content-Type: application/json" \
  -d "{\"apiId\": \"$API_ID\", \"name\": \"ci\"}"

# Broken: single quotes, so curl sends the text $UNKEY_ROOT_KEY, not the key.
curl -sS -X POST https://api.unkey.com/v2/apis.getApi \
  -H 'Authorization: Bearer $UNKEY_ROOT_KEY' \
  -H "Content-Type: application/json" \
  -d "{\"apiId\": \"$API_ID\"}"

# Broken: the scheme is missing.
curl -sS -X POST https://api.unkey.com/v2/apis.listKeys \
  -H "Authorization: $UNKEY_ROOT_KEY" \
  -d "{\"apiId\": \"$API_ID\"}"

# Broken: a root key pasted into the script (FAKE key, never issued; it only has the shape of one).
curl -sS -X POST https://api.unkey.com/v2/keys.deleteKey \
  -H "Authorization: Bearer unkey_FakeDemoKeyNotRea1ForUse" \
  -d '{"keyId": "key_old"}'

# Correct.
curl -sS -X POST https://api.unkey.com/v2/keys.getKey \
  -H "Authorization: Bearer $UNKEY_ROOT_KEY" \
  -H "Content-Type: application/json" \
  -d '{"keyId": "key_123"}'
