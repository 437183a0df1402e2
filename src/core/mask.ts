/** Shows a key without revealing it: `unkey_…wxyz` (the prefix up to the first `_`, an ellipsis, the last 4). */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < 10) return '…';
  const underscore = trimmed.indexOf('_');
  const prefix = underscore > 0 && underscore <= 12 ? trimmed.slice(0, underscore + 1) : '';
  return `${prefix}…${trimmed.slice(-4)}`;
}

// A run of token characters long enough to be a secret; short words (`Bearer`, `Basic`) stay readable.
const SECRET_LIKE = /unkey_[A-Za-z0-9]+|[A-Za-z0-9_\-+/=.]{16,}/g;

/** Masks every key-like run of characters in free text (a header value shown in a hover). */
export function maskSecrets(text: string): string {
  return text.replace(SECRET_LIKE, (word) => maskKey(word));
}
