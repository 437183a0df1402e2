// While typing, the editor re-parses only the top-level statements an edit touched (js/incremental.ts)
// and reuses the rest of the last tree, shifted. That must never change what is reported: after every edit
// of a series (random keystrokes, lines deleted and duplicated, a call typed character by character) the
// lint with the memory equals the lint of the same text from scratch, finding for finding and fix for fix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/core';
import { ParseMemories, ParseMemory } from '../../src/core/js/incremental';
import { parseJs } from '../../src/core/js/parse';
import { mulberry32 } from '../seeded';
import { JS_TS_FIXTURES } from './jsFixtures';

const ROOT = path.join(__dirname, '../..');
const FILES = JS_TS_FIXTURES;

const TYPED = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: { Authorization: "Bearer " + process.env.UNKEY_ROOT_KEY } });\n';
const NOISE = ['a', ';', '(', ')', '{', '}', '"', '`', '/', '*', '\n', ' ', '+', '[', 'x.', '/*', '//'];

/** What a lint reports, as compared: every finding with its message, range, fix and suggestions. */
function reported(text: string, fileName: string, parseMemory?: ParseMemory): string {
  const result = lint(text, fileName, { parseMemory });
  return JSON.stringify({ findings: result.findings, incomplete: result.extraction.incomplete ?? false });
}

/** Where a statement may start in `text`: the start of each statement of the program and of every block. */
function statementStarts(text: string, fileName: string): number[] {
  const starts: number[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, unknown> & { type?: string; start?: number };
    if ((n.type === 'Program' || n.type === 'BlockStatement') && Array.isArray(n.body)) for (const item of n.body) starts.push(item.start);
    for (const key of Object.keys(n)) if (key !== 'loc' && key !== 'extra') visit(n[key]);
  };
  for (const part of parseJs(text, { language: /\.[jt]sx?$/.test(fileName) && fileName.endsWith('.js') ? 'javascript' : 'typescript', fileName }).parts) visit(part.program);
  return starts.length ? starts : [0];
}

/**
 * The texts of one editing series on `text`, each step editing the one before: keystrokes and deleted or
 * duplicated lines that are taken back at the next step (they often break the syntax: the tree cannot be
 * reused then, nor just after), and calls typed character by character where a statement may start.
 */
function* edits(text: string, fileName: string, seed: number): Generator<string> {
  const next = mulberry32(seed);
  const pick = (n: number) => Math.floor(next() * n);
  let current = text;
  for (let step = 0; step < 16; step++) {
    const kind = pick(4);
    if (kind === 0) {
      const at = pick(current.length + 1);
      yield current.slice(0, at) + NOISE[pick(NOISE.length)] + current.slice(at);
    } else if (kind === 1 && current.length) {
      const at = pick(current.length);
      yield current.slice(0, at) + current.slice(at + 1);
    } else if (kind === 2) {
      const start = current.lastIndexOf('\n', pick(current.length)) + 1;
      const eol = current.indexOf('\n', start);
      const end = eol === -1 ? current.length : eol + 1;
      yield pick(2) ? current.slice(0, start) + current.slice(end) : current.slice(0, end) + current.slice(start, end) + current.slice(end);
    } else {
      const starts = statementStarts(current, fileName);
      const at = starts[pick(starts.length)];
      const base = current;
      for (let n = 1; n < TYPED.length; n += 1 + pick(6)) yield base.slice(0, at) + TYPED.slice(0, n) + base.slice(at);
      current = base.slice(0, at) + TYPED + base.slice(at);
    }
    yield current;
  }
}

describe('incremental re-parse while typing', function () {
  this.timeout(120_000);

  for (const [index, file] of FILES.entries()) {
    it(`${file}: every step of an editing series lints as from scratch`, () => {
      const original = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const seed of [index + 1]) {
        const memory = new ParseMemory();
        let reusedSteps = 0;
        // Steps whose text parses clean: the others are parsed whole with recovery.
        let steps = 0;
        assert.equal(reported(original, file, memory), reported(original, file));
        for (const text of edits(original, file, seed)) {
          memory.last = undefined;
          const incremental = reported(text, file, memory);
          if (memory.last) reusedSteps++;
          const whole = parseJs(text, { language: file.endsWith('.js') ? 'javascript' : 'typescript', fileName: file });
          if (whole.parts.length === 1 && whole.errors.length === 0) steps++;
          assert.equal(incremental, reported(text, file), `seed ${seed}, after ${steps} clean steps`);
        }
        // Otherwise the series would compare two full parses and prove nothing.
        assert.ok(reusedSteps >= steps / 3, `seed ${seed}: reused the tree in ${reusedSteps} of ${steps} steps whose text parses`);
      }
    });
  }

  it('hosts keep the memories of the most recently used documents only', () => {
    const memories = new ParseMemories(2);
    assert.equal(memories.get('a', false), undefined, 'none made when not asked to');
    const a = memories.get('a', true);
    const b = memories.get('b', true);
    assert.ok(a && b && a !== b);
    assert.equal(memories.get('a', false), a, 'kept, and now the most recently used');
    memories.get('c', true);
    assert.equal(memories.get('b', false), undefined, 'the least recently used went');
    assert.equal(memories.get('a', false), a);
    memories.delete('a');
    assert.equal(memories.get('a', false), undefined);
  });

  const parse = (text: string, memory: ParseMemory) => parseJs(text, { language: 'typescript', fileName: 'a.ts' }, false, memory);
  const statements = (text: string, memory: ParseMemory) => parse(text, memory).parts[0].program.body.map((node: { type: string; start: number; end: number }) => `${node.type}@${node.start}-${node.end}`);
  const fresh = (text: string) => statements(text, new ParseMemory());

  it('re-parses only the statement an edit touched and shifts the ones after it', () => {
    const memory = new ParseMemory();
    const before = 'const a = 1;\nconst b = 2;\nfoo(a);\nbar(b);\n';
    statements(before, memory);
    const after = before.replace('foo(a)', 'foo(a, b)');
    assert.deepEqual(statements(after, memory), fresh(after));
    assert.deepEqual(memory.last, { reparsed: 1, reused: 3 });
  });

  const joins: Array<[string, string, string]> = [
    ['a new line starting with ( continues a statement without ;', 'foo()\nconst b = 2\nbar()\n', 'foo()\n(b)\nbar()\n'],
    ['the statement after an edit starting with ( joins the edited one', 'foo();\nconst x = f;\n(b)\n', 'foo();\nconst x = f\n(b)\n'],
    ['a template after a statement without ;', 'foo()\nconst b = 1\nbar()\n', 'foo()\n`t`\nbar()\n'],
    ['a string statement is an expression, not a directive, past the start', 'foo();\nbar();\nbaz();\n', 'foo();\n"use strict";\nbaz();\n'],
    ['an unclosed comment typed mid-file swallows what follows', 'foo();\nbar();\nbaz();\n', 'foo();\n/* bar();\nbaz();\n'],
    ['an unclosed bracket typed mid-file', 'foo();\nbar();\nbaz();\n', 'foo();\nbar(;\nbaz();\n'],
  ];
  for (const [what, before, after] of joins) {
    it(`reads the tree a whole parse reads: ${what}`, () => {
      const memory = new ParseMemory();
      parse(before, memory);
      const incremental = parse(after, memory);
      const whole = parse(after, new ParseMemory());
      const shape = (result: ReturnType<typeof parse>) => JSON.stringify({ errors: result.errors.length, parts: result.parts.map((part) => part.program.body.map((node: { type: string; start: number; end: number }) => `${node.type}@${node.start}-${node.end}`)) });
      assert.equal(shape(incremental), shape(whole));
    });
  }
});
