// Lossless text for files that are not valid UTF-8 (Latin-1, WTF-8, a stray byte in a comment).
// Node's decoder turns each invalid sequence into U+FFFD, so writing the text back would change bytes the
// fixes never touched. Here every byte of an invalid sequence becomes a lone low surrogate U+DC80–U+DCFF
// (Python's "surrogateescape"), which valid UTF-8 can never produce, and encoding turns it back into that
// byte: decode then encode gives the original bytes exactly, and edits change only what they replace.

/** Decodes UTF-8; each byte of an invalid sequence becomes U+DC00 + byte. */
export function decodeLossless(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fast = buffer.toString('utf8');
  // The usual case: valid UTF-8 (the check is a native encode and compare).
  if (!fast.includes('\uFFFD') || Buffer.from(fast, 'utf8').equals(buffer)) return fast;

  let out = '';
  let runStart = 0; // start of the current run of valid bytes, decoded in one go
  let i = 0;
  const flush = (end: number) => {
    if (end > runStart) out += buffer.toString('utf8', runStart, end);
  };
  while (i < buffer.length) {
    const length = validSequenceLength(buffer, i);
    if (length > 0) {
      i += length;
      continue;
    }
    flush(i);
    out += String.fromCharCode(0xdc00 + buffer[i]);
    i++;
    runStart = i;
  }
  flush(i);
  return out;
}

/** Encodes text from decodeLossless back to bytes: escaped bytes come back as themselves. */
export function encodeLossless(text: string): Buffer {
  if (!/[\uDC80-\uDCFF]/.test(text)) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a surrogate pair: one code point, encoded with its run
        continue;
      }
    }
    if (unit >= 0xdc80 && unit <= 0xdcff) {
      parts.push(Buffer.from(text.slice(runStart, i), 'utf8'), Buffer.of(unit - 0xdc00));
      runStart = i + 1;
    }
  }
  parts.push(Buffer.from(text.slice(runStart), 'utf8'));
  return Buffer.concat(parts);
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when it is not one. */
function validSequenceLength(b: Buffer, i: number): number {
  const lead = b[i];
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (lead === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (lead === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (lead >= 0xf1 && lead <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (lead === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
