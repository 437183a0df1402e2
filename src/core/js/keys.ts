import type { KeyLiteral, SourceRange, TextEdit } from '../types';
import { envRef, staticName, type Evaluator } from './evaluator';
import { toTemplateBody } from './literals';
import type { Node } from './parse';
import { memberPath } from './walk';

/** A root key's shape: `unkey_` and at least 20 base58 characters. */
const ROOT_KEY = /unkey_[1-9A-HJ-NP-Za-km-z]{20,}/g;

/** The env var a literal is assigned to: `process.env.X = "…"` (also `??=`, `||=`), `Deno.env.set("X", "…")`. */
function assignedEnvVar(node: Node, parent: Node): string | undefined {
  if (parent.type === 'AssignmentExpression' && parent.right === node) return envRef(parent.left);
  if (parent.type === 'CallExpression' && parent.arguments[1] === node && memberPath(parent.callee) === 'Deno.env.set') {
    return staticName(parent.arguments[0], true);
  }
  return undefined;
}

/** Calls `found` for each literal text run: the node, its cooked text, its map, its quote. */
function literalTexts(ev: Evaluator, found: (node: Node, cooked: string, map: number[] | undefined, quote: '"' | "'" | '`', position: string, parent: Node) => void): void {
  for (const { node, position, parent } of ev.collected.strings) {
    if (node.type === 'StringLiteral') {
      found(node, node.value, ev.literalMap(node), ev.text[node.start] as '"' | "'", position, parent);
    } else {
      for (const quasi of node.quasis as Node[]) {
        const cooked = quasi.value.cooked as string | null;
        if (cooked !== null) found(node, cooked, ev.quasiMap(quasi, cooked), '`', position, parent);
      }
    }
  }
}

/** Key-shaped text in the collected string literals, with a fix to the env reference where one fits. */
export function keyLiterals(ev: Evaluator): KeyLiteral[] {
  const keys: KeyLiteral[] = [];
  if (!ev.text.includes('unkey_')) return keys;
  literalTexts(ev, (node, cooked, map, quote, position, parent) => {
    // `process.env.UNKEY_ROOT_KEY = "unkey_…"`: reading that same variable instead would assign it to itself.
    const assigned = assignedEnvVar(node, parent);
    for (const match of cooked.matchAll(ROOT_KEY)) {
      const from = match.index;
      const to = from + match[0].length;
      const range: SourceRange = map ? [map[from], map[to - 1] + 1] : [node.start, node.end];
      const key: KeyLiteral = { key: match[0], range };
      if (position === 'plain' || position === 'jsx') {
        key.replaceWithEnv = (envVarName) => (envVarName === assigned ? undefined : keyToEnv(ev, node, quote, cooked, range, position === 'jsx', envVarName));
      }
      keys.push(key);
    }
  });
  return keys;
}

function keyToEnv(ev: Evaluator, node: Node, quote: string, cooked: string, range: SourceRange, jsx: boolean, envVarName: string): TextEdit | undefined {
  const ref = ev.style.envRef(envVarName);
  const whole = (text: string): TextEdit => ({ range: [node.start, node.end], text: jsx ? `{${text}}` : text });
  // The literal is exactly the key: replace it whole.
  if (range[0] === node.start + 1 && range[1] === node.end - 1 && cooked.length === range[1] - range[0]) return whole(ref);
  if (quote === '`') return { range: [range[0], range[1]], text: '${' + ref + '}' };
  const before = toTemplateBody(ev.text.slice(node.start + 1, range[0]), () => false);
  const after = toTemplateBody(ev.text.slice(range[1], node.end - 1), () => false);
  if (before === undefined || after === undefined) return undefined;
  return whole('`' + before + '${' + ref + '}' + after + '`');
}
