// Key management for the sample app. Several calls below are broken on purpose (see ../README.md).
import axios from 'axios';

const API = 'https://api.unkey.com';
const rootKey = process.env.UNKEY_ROOT_KEY;

// FAKE key, for the demo only: it has a root key's shape (unkey_ + 24 base58 characters) but was never issued.
const LEGACY_ROOT_KEY = 'unkey_FakeDemoKeyNotRea1ForUse';

/** Broken: no Authorization header at all (Unkey answers authentication/missing). */
export async function createKey(apiId: string, name: string) {
  const response = await fetch(`${API}/v2/keys.createKey`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiId, name }),
  });
  return response.json();
}

/** Broken: lower-case "bearer" (authentication/malformed). */
export async function getKey(keyId: string) {
  const { data } = await axios.post(`${API}/v2/keys.getKey`, { keyId }, {
    headers: { Authorization: 'bearer ' + rootKey },
  });
  return data;
}

/** Broken: "Token" is not a scheme Unkey accepts. */
export async function deleteKey(keyId: string) {
  await axios.post(`${API}/v2/keys.deleteKey`, { keyId }, {
    headers: { Authorization: `Token ${rootKey}` },
  });
}

/** Broken: a plain string, so "${...}" is sent literally instead of the key. */
export async function listKeys(apiId: string) {
  const response = await fetch(`${API}/v2/apis.listKeys`, {
    method: 'POST',
    headers: { Authorization: "Bearer ${process.env.UNKEY_ROOT_KEY}", 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiId }),
  });
  return response.json();
}

/** Broken: the root key is pasted into the source. */
export async function getApi(apiId: string) {
  const response = await fetch(`${API}/v2/apis.getApi`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${LEGACY_ROOT_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiId }),
  });
  return response.json();
}

// ---- Correct calls: nothing to report below ----

export async function updateKey(keyId: string, name: string) {
  return fetch(`${API}/v2/keys.updateKey`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ keyId, name }),
  });
}

export const unkey = axios.create({
  baseURL: API,
  headers: { Authorization: `Bearer ${rootKey}` },
});

export async function addPermissions(keyId: string, permissions: string[]) {
  return unkey.post('/v2/keys.addPermissions', { keyId, permissions });
}

export async function isUp() {
  // Liveness needs no key.
  return (await fetch(`${API}/v2/liveness`)).ok;
}
