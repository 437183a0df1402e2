/** Shows a key without revealing it: `unkey_…wxyz` (the prefix up to the first `_`, an ellipsis, the last 4). */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < 10) return '…';
  const underscore = trimmed.indexOf('_');
  const prefix = underscore > 0 && underscore <= 12 ? trimmed.slice(0, underscore + 1) : '';
  return `${prefix}…${trimmed.slice(-4)}`;
}
