// Text from the file system (names can hold newlines, ESC, bidi controls) must not steer the terminal
// or forge report lines: every path and message the CLI prints as text goes through here.

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates ("Trojan Source").
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Shows control characters as escapes: `a\nb` becomes `a\x0ab`, ESC `\x1b`, U+202E `\u202e`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
