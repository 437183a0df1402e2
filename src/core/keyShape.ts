// What counts as a root key, the way secret scanners decide: the `unkey_` prefix and base58 text,
// enough randomness, and none of the shapes documentation uses as placeholders.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Words that make a key-shaped string a placeholder (`unkey_yourRootKeyHere1`, `unkey_ExampleKey…`). */
const PLACEHOLDER_WORDS = /your|example|placeholder|redacted|changeme|replace_?me/i;

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Whether a key-shaped string (`unkey_` + 20 or more base58 characters) is a documentation
 * placeholder rather than a key: long runs of one character (`unkey_XXXXXXXX…`), the alphabet in
 * order, camelCase words with no digit (an identifier such as `unkey_` then `createKeyRequestBody`), placeholder
 * words, or too little randomness for a generated key (a random 24-character base58 body has about
 * 4.2 bits per character; below 3.2 is text someone typed).
 */
export function isPlaceholderKey(key: string): boolean {
  const body = key.slice(key.indexOf('_') + 1);
  if (/(.)\1{5,}/.test(body) || /^[a-z]+(?:[A-Z][a-z]+)*$/.test(body) || /^(?:[A-Z][a-z]+)+\d*$/.test(body)) return true;
  if (ALPHABET.includes(body.slice(0, 12)) || '123456789'.repeat(3).includes(body.slice(0, 9))) return true;
  if (PLACEHOLDER_WORDS.test(body)) return true;
  return entropy(body) < 3.2;
}
