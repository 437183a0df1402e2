import type { Evaluator } from './evaluator';
import type { Node } from './parse';

/**
 * Each collected literal whose text may hold a curl command, as one text: a template's `${...}`
 * becomes U+0000 mapped to the substitution's start (the next character maps past its `}`).
 * `concatenated`: the literal is an operand of `+`, so the command may go on outside it.
 */
export function curlTexts(ev: Evaluator, found: (cooked: string, map: number[], quote: '"' | "'" | '`', concatenated: boolean) => void): void {
  for (const { node, parent } of ev.collected.strings) {
    const concatenated = (parent.type === 'BinaryExpression' && parent.operator === '+') || (parent.type === 'AssignmentExpression' && parent.operator === '+=');
    if (node.type === 'StringLiteral') {
      const map = ev.literalMap(node);
      if (map && node.value.includes('curl')) found(node.value, map, ev.text[node.start] as '"' | "'", concatenated);
      continue;
    }
    const joined = templateText(ev, node);
    if (joined && joined.cooked.includes('curl')) found(joined.cooked, joined.map, '`', concatenated);
  }
}

function templateText(ev: Evaluator, node: Node): { cooked: string; map: number[] } | undefined {
  let cooked = '';
  const map: number[] = [];
  const quasis = node.quasis as Node[];
  for (let i = 0; i < quasis.length; i++) {
    const quasi = quasis[i];
    const text = quasi.value.cooked as string | null;
    const quasiMap = text === null ? undefined : ev.quasiMap(quasi, text);
    if (text === null || !quasiMap) return undefined;
    cooked += text;
    for (let k = 0; k < text.length; k++) map.push(quasiMap[k]);
    if (i < quasis.length - 1) {
      cooked += '\u0000';
      map.push(quasi.end);
    } else map.push(quasiMap[text.length]);
  }
  return { cooked, map };
}
