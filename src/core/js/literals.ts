// Cooked text of string and template literals with a per-character map back to the source.

/**
 * Cooks the raw literal body `text[start, end)` and maps each cooked character to the offset where
 * it is written (an escape maps to its backslash). Returns undefined for an escape it does not know.
 */
export function cookWithMap(text: string, start: number, end: number, template: boolean): { cooked: string; map: number[] } | undefined {
  let cooked = '';
  const map: number[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      const e = text[i + 1];
      let out: string;
      let len = 2;
      switch (e) {
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'v': out = '\v'; break;
        case '\r': out = ''; len = text[i + 2] === '\n' ? 3 : 2; break;
        case '\n': case '\u2028': case '\u2029': out = ''; break;
        case 'x': {
          const hex = text.slice(i + 2, i + 4);
          if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
          out = String.fromCharCode(parseInt(hex, 16));
          len = 4;
          break;
        }
        case 'u': {
          const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2, i + 10));
          const hex = braced ? braced[1] : text.slice(i + 2, i + 6);
          if (!braced && !/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) return undefined;
          out = String.fromCodePoint(code);
          len = braced ? 2 + braced[0].length : 6;
          break;
        }
        default: {
          if (e >= '0' && e <= '9') {
            // \0 alone is NUL; other digits are legacy octal (strings only).
            const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
            if (e === '0' && !/[0-9]/.test(text[i + 2] ?? '')) out = '\0';
            else if (template || !octal) return undefined;
            else {
              let digits = octal[0];
              if (parseInt(digits, 8) > 255) digits = digits.slice(0, 2);
              out = String.fromCharCode(parseInt(digits, 8));
              len = 1 + digits.length;
            }
          } else out = e;
        }
      }
      for (let k = 0; k < out.length; k++) {
        cooked += out[k];
        map.push(i);
      }
      i += len;
    } else if (template && c === 13 /* \r */) {
      // Templates normalise CRLF and CR to LF.
      cooked += '\n';
      map.push(i);
      i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      cooked += text[i];
      map.push(i);
      i++;
    }
  }
  map.push(end);
  return { cooked, map };
}

/** The identity map for text copied 1:1 from `start`. */
export function identityMap(start: number, length: number): number[] {
  const map = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) map[i] = start + i;
  return map;
}

/**
 * Rewrites the body of a "..." or '...' literal as the body of a template literal: backticks are
 * escaped, and `${` stays literal unless `live(reference)` says the reference is meant to be read.
 * Undefined when the body holds an escape that templates forbid (legacy octal).
 */
export function toTemplateBody(raw: string, live: (reference: string) => boolean): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    // `\$` in a plain string is just `$`: drop the backslash and let the `$` be judged below.
    if (c === '\\' && raw[i + 1] === '$') continue;
    if (c === '\\') {
      const next = raw[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === '0' && /[0-9]/.test(raw[i + 2] ?? ''))) return undefined;
      out += c + next;
      i++;
    } else if (c === '`') out += '\\`';
    else if (c === '$' && raw[i + 1] === '{') {
      const close = raw.indexOf('}', i + 2);
      const reference = close === -1 ? '' : raw.slice(i, close + 1);
      if (reference && live(reference)) {
        out += reference;
        i = close;
      } else out += '\\$';
    } else out += c;
  }
  return out;
}

/** Escapes text for the inside of a template literal. */
export function escapeTemplate(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** Escapes text for the inside of a string literal quoted with `quote`. */
export function escapeString(text: string, quote: string): string {
  let out = '';
  for (const c of text) {
    if (c === '\\' || c === quote) out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else out += c;
  }
  return out;
}

/** A `${...}` reference that reads a variable: an identifier or a member chain. */
export const REFERENCE = /\$\{\s*[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*|\[\s*(?:"[^"]*"|'[^']*'|\d+)\s*\])*\s*\}/;
