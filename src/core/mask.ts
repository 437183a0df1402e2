// At least this many characters stay hidden; a shorter value is shown as a bare ellipsis.
const MIN_HIDDEN = 8;

/** Shows a key without revealing it: `unkey_…wxyz` (the prefix up to the first `_`, an ellipsis, the last 4). */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  const underscore = trimmed.indexOf('_');
  const prefix = underscore > 0 && underscore <= 12 ? trimmed.slice(0, underscore + 1) : '';
  // `hunter2_pass` would otherwise come out as `hunter2_…pass`: all of it.
  if (trimmed.length - prefix.length - 4 < MIN_HIDDEN) return '…';
  return `${prefix}…${trimmed.slice(-4)}`;
}

// A run of token characters long enough to be a secret; short words (`Bearer`, `Basic`) stay readable.
const SECRET_LIKE = /unkey_[A-Za-z0-9]+|[A-Za-z0-9_\-+/=.]{16,}/g;

// A property path of words (`process.env.UNKEY_ROOT_KEY`) names a key; it is not one.
const PROPERTY_PATH = /^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+$/;

/** Masks every key-like run of characters in free text (a header value shown in a hover). */
export function maskSecrets(text: string): string {
  return text.replace(SECRET_LIKE, (word) => (PROPERTY_PATH.test(word) ? word : maskKey(word)));
}
