import * as assert from 'node:assert/strict';
import type { Dialect } from '../../src/core/shell/dialect';
import { type Word, tokenize } from '../../src/core/shell/tokenizer';
import { sourceRangeOf } from '../../src/core/value';

/** A word as text, with each opaque part as `{source}` or `{source=ENV}` when it is an env reference. */
function render(word: Word): string {
  return word.value.parts.map((p) => (p.kind === 'text' ? p.text : `{${p.source}${p.envVar ? `=${p.envVar}` : ''}}`)).join('');
}

function commands(text: string, dialect: Dialect = 'posix'): string[][] {
  return tokenize(text, dialect).commands.map((c) => c.words.map(render));
}

function onlyWords(text: string, dialect: Dialect = 'posix'): Word[] {
  return tokenize(text, dialect).commands.flatMap((c) => c.words);
}

/** Every mapped character of every word points into the word's range, in order. */
function assertMapsInside(text: string, dialect: Dialect): void {
  for (const word of onlyWords(text, dialect)) {
    let last = word.range[0];
    for (const part of word.value.parts) {
      const positions = part.kind === 'text' ? part.map ?? [] : [part.range[0], part.range[1]];
      for (const p of positions) {
        assert.ok(p >= last && p <= word.range[1], `${JSON.stringify(text)}: ${p} outside ${word.range} or out of order`);
        last = p;
      }
    }
  }
}

describe('shell tokenizer: words and values', () => {
  const cases: Array<[string, Dialect, string, string[][]]> = [
    // POSIX quoting
    ['plain words', 'posix', 'curl -X POST https://x/y', [['curl', '-X', 'POST', 'https://x/y']]],
    ['backslash escapes', 'posix', 'a\\ b c\\"d \\$X e\\\\', [['a b', 'c"d', '$X', 'e\\']]],
    ['single quotes are literal', 'posix', `'a $X \\n "b"'`, [['a $X \\n "b"']]],
    ['double quotes expand and escape', 'posix', '"a $X ${Y} \\" \\\\ \\$ \\` \\n"', [['a {$X=X} {${Y}=Y} " \\ $ ` \\n']]],
    ['${VAR:-default} is the variable', 'posix', '"${KEY:-x}" ${#KEY} ${!KEY} ${arr[@]}', [['{${KEY:-x}=KEY}', '{${#KEY}}', '{${!KEY}}', '{${arr[@]}}']]],
    ['special parameters are opaque', 'posix', '$1 $@ $? $$ a$', [['{$1}', '{$@}', '{$?}', '{$$}', 'a$']]],
    ['$(...) nested and quoted', 'posix', 'x$(a "$(b ")")" \')\' (c))y', [['x{$(a "$(b ")")" \')\' (c))}y']]],
    ['$((...)) arithmetic', 'posix', 'n=$((1 + (2 * 3)))', [['n={$((1 + (2 * 3)))}']]],
    ['backticks', 'posix', 'a`echo \\` b`c', [['a{`echo \\` b`}c']]],
    ['ANSI-C quoting', 'posix', "$'a\\tb\\x41\\101\\u00e9\\'\\\\c\\q'", [['a\tbAAé\'\\c\\q']]],
    ['$"..." is a double-quoted string', 'posix', '$"hi $X"', [['hi {$X=X}']]],
    ['adjacent segments make one word', 'posix', `a'b'"c"$'d'\\e`, [['abcde']]],
    ['line continuation joins lines', 'posix', 'curl a \\\n  -H b\\\nc', [['curl', 'a', '-H', 'bc']]],
    ['CRLF continuation', 'posix', 'curl a \\\r\n  -H b\r\necho', [['curl', 'a', '-H', 'b'], ['echo']]],
    ['continuation inside double quotes', 'posix', '"ab\\\ncd"', [['abcd']]],
    ['separators', 'posix', 'a && b || c; d | e & f |& g;; h', [['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h']]],
    ['subshells and groups', 'posix', '(a) { b; }', [['a'], ['{', 'b'], ['}']]],
    ['comments at word start only', 'posix', 'a#b # c "d\ne # f', [['a#b'], ['e']]],
    ['redirections are not words', 'posix', 'curl x 2>/dev/null >out.json < in 2>&1 &>all', [['curl', 'x']]],
    ['a <PLACEHOLDER> is text', 'posix', 'Bearer <UNKEY_ROOT_KEY> <your-key>x', [['Bearer', '<UNKEY_ROOT_KEY>', '<your-key>x']]],
    ['here-document bodies are skipped', 'posix', 'cat <<EOF | curl -d @- x\ncurl body\nEOF\necho after', [['cat'], ['curl', '-d', '@-', 'x'], ['echo', 'after']]],
    ['<<- strips tabs; quoted delimiter', 'posix', "cat <<-'END'\n\tcurl no\n\tEND\necho", [['cat'], ['echo']]],
    ['here-string is a redirection', 'posix', 'curl -d @- x <<< "$B"', [['curl', '-d', '@-', 'x']]],
    ['BOM is white space', 'posix', '\uFEFFcurl x', [['curl', 'x']]],
    ['GitHub Actions ${{ }} is one opaque value', 'posix', '"Bearer ${{ secrets.UNKEY_ROOT_KEY }}" ${{ env.X }}', [['Bearer {${{ secrets.UNKEY_ROOT_KEY }}}', '{${{ env.X }}}']]],
    ['U+0000 is an opaque value', 'posix', 'a\u0000b "c\u0000"', [['a{${…}}b', 'c{${…}}']]],
    ['leading white space anywhere', 'posix', '      \n\n    curl   x   \n', [['curl', 'x']]],
    // PowerShell
    ['PowerShell quoting', 'powershell', `'it''s $x' "a\`"b""c \`$d \`t" \`#x`, [["it's $x", 'a"b"c $d \t', '#x']]],
    ['PowerShell variables', 'powershell', '"$env:KEY ${env:KEY} $key $script:k $(Get-X) $?" $env:Y', [['{$env:KEY=KEY} {${env:KEY}=KEY} {$key} {$script:k} {$(Get-X)} {$?}', '{$env:Y=Y}']]],
    ['PowerShell continuation and comments', 'powershell', 'curl.exe a `\n  -H b # c\n<# block\n curl x #> d', [['curl.exe', 'a', '-H', 'b'], ['d']]],
    ['PowerShell separators and call operator', 'powershell', '& curl.exe x; y | z && w', [['curl.exe', 'x'], ['y'], ['z'], ['w']]],
    ['PowerShell: GitHub Actions ${{ }}', 'powershell', '"Bearer ${{ secrets.K }}"', [['Bearer {${{ secrets.K }}}']]],
    ['PowerShell `u{} escape', 'powershell', '"`u{e9}`n"', [['é\n']]],
    // cmd
    ['cmd quoting and variables', 'cmd', 'curl "a %KEY% b" %OTHER% 100%% %1 %~dp0x "c\\"d" ^&e', [['curl', 'a {%KEY%=KEY} b', '{%OTHER%=OTHER}', '100%', '{%1}', '{%~dp0}x', 'c"d', '&e']]],
    ['cmd continuation and comments', 'cmd', 'curl a ^\r\n  -H b\r\nREM curl x\r\n:: curl y\r\n@rem z\r\ncurl c & d', [['curl', 'a', '-H', 'b'], ['curl', 'c'], ['d']]],
    ['cmd single quotes and semicolons are text', 'cmd', "curl 'a;b'", [['curl', "'a;b'"]]],
  ];
  for (const [title, dialect, input, expected] of cases) {
    it(`${dialect}: ${title}`, () => {
      assert.deepEqual(commands(input, dialect), expected);
      assertMapsInside(input, dialect);
    });
  }
});

describe('shell tokenizer: segments and source positions', () => {
  it('records each quoting run with and without its quotes', () => {
    const text = `a'b'"c$X"$'d'`;
    const [word] = onlyWords(text);
    assert.deepEqual(
      word.segments.map((s) => [s.quoting, text.slice(...s.range), text.slice(...s.content), word.text.slice(...s.text)]),
      [
        ['none', 'a', 'a', 'a'],
        ['single', "'b'", 'b', 'b'],
        ['double', '"c$X"', 'c$X', 'c\u0000'],
        ['ansi', "$'d'", 'd', 'd'],
      ],
    );
    assert.deepEqual(word.range, [0, text.length]);
  });

  it('maps every literal character to where it is written', () => {
    const text = '  -H "Authorization: Bearer \\"x\\" $KEY"';
    const word = onlyWords(text)[1];
    assert.equal(word.text, 'Authorization: Bearer "x" \u0000');
    const at = (needle: string) => sourceRangeOf(word.value, word.text.indexOf(needle), word.text.indexOf(needle) + needle.length);
    assert.deepEqual(at('Authorization'), [6, 19]);
    assert.equal(text.slice(...at('Bearer')!), 'Bearer');
    assert.equal(text.slice(...at('"x"')!), '\\"x\\"'); // the escapes belong to the characters they write
    const opaque = word.value.parts.at(-1);
    assert.ok(opaque?.kind === 'opaque');
    assert.deepEqual([opaque.range, opaque.envVar, opaque.source], [[34, 38], 'KEY', '$KEY']);
  });

  it('records continuations, substitutions and the command range', () => {
    const text = 'X=1 curl a \\\n  -H "$(tok)" `b` \\\n  -d c > out\nnext';
    const [first, second] = tokenize(text, 'posix').commands;
    assert.deepEqual(first.continuations.map((c) => text.slice(...c)), ['\\\n', '\\\n']);
    assert.deepEqual(first.substitutions.map((s) => text.slice(...s)), ['tok', 'b']);
    assert.deepEqual(first.redirects.map((w) => w.text), ['out']);
    assert.equal(text.slice(...first.range), text.slice(0, text.indexOf('\nnext')));
    assert.deepEqual(second.words.map((w) => w.text), ['next']);
  });

  it('keeps PowerShell and cmd continuation markers', () => {
    for (const [dialect, marker] of [['powershell', '`'], ['cmd', '^']] as const) {
      const text = `curl a ${marker}\r\n  -H b`;
      const [command] = tokenize(text, dialect).commands;
      assert.deepEqual(command.continuations.map((c) => text.slice(...c)), [`${marker}\r\n`]);
      assert.deepEqual(command.words.map((w) => w.text), ['curl', 'a', '-H', 'b']);
    }
  });

  it('tokenizes only the region asked for, with offsets into the whole text', () => {
    const text = 'ignored "words\n```\ncurl x\n```\n';
    const start = text.indexOf('curl');
    const { commands: found } = tokenize(text, 'posix', start, start + 6);
    assert.deepEqual(found.map((c) => c.words.map((w) => [w.text, w.range])), [[['curl', [start, start + 4]], ['x', [start + 5, start + 6]]]]);
  });
});

describe('shell tokenizer: recovery', () => {
  const cases: Array<[string, Dialect, string, string[][], string]> = [
    ['unterminated single quote runs to the line end', 'posix', "curl -H 'Authorization: x\necho ok", [['curl', '-H', 'Authorization: x'], ['echo', 'ok']], 'unterminated single quote'],
    ['unterminated double quote', 'posix', 'curl "abc $X\necho ok', [['curl', 'abc {$X=X}'], ['echo', 'ok']], 'unterminated double quote'],
    ['unterminated $(', 'posix', 'a $(curl x\necho ok', [['a', '{$(curl x}'], ['echo', 'ok']], 'unterminated $('],
    ['unterminated ${', 'posix', 'a ${X\nb', [['a', '{${X=X}'], ['b']], 'unterminated ${'],
    ['unterminated PowerShell quote', 'powershell', "curl.exe 'it''s\nb", [['curl.exe', "it's"], ['b']], 'unterminated single quote'],
    ['trailing escape characters', 'posix', 'a \\', [['a', '\\']], ''],
  ];
  for (const [title, dialect, input, expected, error] of cases) {
    it(title, () => {
      const result = tokenize(input, dialect);
      assert.deepEqual(result.commands.map((c) => c.words.map(render)), expected);
      assert.deepEqual(result.errors, error ? [error] : []);
    });
  }

  it('multi-line quotes still work (a JSON body)', () => {
    assert.deepEqual(commands(`curl -d '{\n  "a": 1\n}' x`), [['curl', '-d', '{\n  "a": 1\n}', 'x']]);
  });

  // A quadratic scan would take minutes here; linear work takes well under a second.
  it('stays linear on many constructs left open', function () {
    this.timeout(20_000);
    const text = '$( "\n'.repeat(20_000) + "'`\n".repeat(20_000);
    const result = tokenize(text, 'posix');
    assert.ok(result.errors.length > 0);
    assert.ok(result.commands.length > 1000, 'later lines are still read as commands');
  });

  it('stays linear on many ${ left open (a JS template read as shell)', function () {
    this.timeout(10_000);
    const text = 'a ${ b `\n'.repeat(40_000);
    const result = tokenize(text, 'posix');
    assert.ok(result.errors.length > 0);
    assert.ok(result.commands.length > 1000, 'later lines are still read as commands');
  });

  it('handles 1 MB of shell, CRLF, without crashing', function () {
    this.timeout(20_000);
    const line = 'curl -sS -X POST "https://api.unkey.com/v2/keys.createKey" -H "Authorization: Bearer $UNKEY_ROOT_KEY" \\\r\n  -d \'{"apiId":"api_1"}\' | jq .\r\n';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const result = tokenize(text, 'posix');
    assert.equal(result.commands.length, 2 * Math.ceil(1_000_000 / line.length));
    assert.deepEqual(result.errors, []);
  });
});
