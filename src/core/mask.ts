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

/** Masks every key-like run of characters in free text (a header value shown in a hover), after `redact`. */
export function maskSecrets(text: string): string {
  return redact(text).replace(SECRET_LIKE, (word) => (PROPERTY_PATH.test(word) ? word : maskKey(word)));
}

// A root key in any letter case (a server may echo it upper- or lower-cased), glued to anything before it
// (`$UNKEY_ROOT_KEYunkey_…`). Twelve characters after the prefix keep env var names such as
// UNKEY_ROOT_KEY readable; real keys have twenty or more.
const ROOT_KEY_SHAPED = /unkey_[A-Za-z0-9]{12,}/gi;

/**
 * The one redaction every output goes through (finding messages, formatter output, hovers, logs, the key
 * tester): each root-key-shaped run in any letter case, each of `secrets` in any letter case, and
 * anything that looks like another key with a secret's prefix, is replaced by its mask.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    const trimmed = secret.trim();
    if (trimmed.length < 4) continue;
    out = out.replace(new RegExp(escapeRegExp(trimmed), 'gi'), () => maskKey(trimmed));
    // Another key of the same kind (`sk_…` for an `sk_` key), e.g. a server echoing a different one.
    const underscore = trimmed.indexOf('_');
    if (underscore >= 1 && underscore <= 12) {
      out = out.replace(new RegExp(`${escapeRegExp(trimmed.slice(0, underscore + 1))}[A-Za-z0-9]{12,}`, 'gi'), (match) => maskKey(match));
    }
  }
  if (!/unkey_/i.test(out)) return out;
  return out.replace(ROOT_KEY_SHAPED, (match) => maskKey(match));
}

/** True when `text` holds something `redact` would hide. */
export function holdsKey(text: string, secrets: readonly string[] = []): boolean {
  return redact(text, secrets) !== text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
