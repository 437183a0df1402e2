// The YAML extractor: which scalars hold shell scripts (GitHub Actions, GitLab CI, Azure), what the
// shell sees of them (folding, GitHub expressions), and that requests and fixes map back into the file.
import * as assert from 'node:assert/strict';
import { blankOut, maskedCopy } from '../../src/core/extractors/embed';
import { extractYaml, findYamlScripts } from '../../src/core/extractors/yaml';
import { applyEdits } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { DEFAULT_OPTIONS, type Extraction, type SourceRange, type TextEdit } from '../../src/core/types';
import { flatten, OPAQUE } from '../../src/core/value';

const WORKFLOW = '.github/workflows/ci.yml';
const CURL = 'curl -X POST https://api.unkey.com/v2/keys.createKey';
const at = (text: string, range: SourceRange) => text.slice(range[0], range[1]);
/** The same-length stand-in the shell reads for a GitHub expression. */
const stand = (expression: string) => `\${${'G'.repeat(expression.length - 3)}}`;

/** Each script: its language, the source text of each kept range, and what the shell reads (blanks squeezed). */
function scripts(text: string) {
  return findYamlScripts(text).map(({ region, language }) => {
    const masked = maskedCopy(text, blankOut(text), region);
    assert.equal(masked.length, text.length);
    // A scalar with escapes is read decoded, as a JS string literal's text would be.
    const shell = region.decoded ? region.decoded.text : masked.replace(/[ \t]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
    return { language, kept: region.keep.map((r) => at(text, r)), shell };
  });
}

function extract(text: string, fileName = WORKFLOW): Extraction {
  return extractYaml(text, { options: DEFAULT_OPTIONS, language: 'yaml', fileName });
}

const apply = (text: string, edit: TextEdit | undefined) => {
  assert.ok(edit, 'expected an edit');
  return applyEdits(text, [edit]).output;
};

describe('yaml extractor', () => {
  describe('shell scripts', () => {
    const cases: { name: string; text: string; expected: ReturnType<typeof scripts> }[] = [
      {
        name: 'run: | keeps lines',
        text: 'steps:\n  - run: |\n      curl a \\\n        -H b\n      echo c\n  - uses: x\n',
        expected: [{ language: 'shell', kept: ['      curl a \\', '        -H b', '      echo c'], shell: 'curl a \\\n-H b\necho c' }],
      },
      {
        name: 'a plain run: up to a comment',
        text: 'steps:\n  - name: x\n    run: curl a -H b # note\n    shell: bash\n',
        expected: [{ language: 'shell', kept: ['curl a -H b'], shell: 'curl a -H b' }],
      },
      {
        name: 'run: > folds lines into one, but not around more-indented lines',
        text: 'run: >\n  curl a\n  -H b\n    indented\n  last\n',
        expected: [{ language: 'shell', kept: ['  curl a', '  -H b', '    indented', '  last'], shell: 'curl a -H b\nindented\nlast' }],
      },
      {
        name: 'a multi-line plain scalar folds',
        text: 'run: curl a\n  -H b\nnext: 1\n',
        expected: [{ language: 'shell', kept: ['curl a', '-H b'], shell: 'curl a -H b' }],
      },
      {
        name: "quoted scalars; with escapes, '...' is skipped and \"...\" decoded",
        text: `a:\n  run: 'curl -H "x: y" a'\nb:\n  run: "curl 'a'"\nc:\n  run: 'it''s'\nd:\n  run: "a\\"b\\tc\\\n    d\n\n    e"\n`,
        expected: [
          { language: 'shell', kept: ['curl -H "x: y" a'], shell: 'curl -H "x: y" a' },
          { language: 'shell', kept: ["curl 'a'"], shell: "curl 'a'" },
          { language: 'shell', kept: ['a\\"b\\tc\\\n    d\n\n    e'], shell: 'a"b\tcd\ne' },
        ],
      },
      {
        name: 'GitLab CI script lists, a block item, before_script',
        text: 'job:\n  before_script:\n    - export A=1\n  script:\n  - curl a\n  - |\n    curl b\n  - name: not a command\n',
        expected: [
          { language: 'shell', kept: ['export A=1'], shell: 'export A=1' },
          { language: 'shell', kept: ['curl a'], shell: 'curl a' },
          { language: 'shell', kept: ['    curl b'], shell: 'curl b' },
        ],
      },
      {
        name: "the step's shell: pwsh and Azure pwsh: are PowerShell; shell: python is not a shell",
        text: 'steps:\n  - shell: pwsh\n    run: curl.exe a\n  - pwsh: |\n      curl.exe b\n  - run: print(1)\n    shell: python\n',
        expected: [
          { language: 'powershell', kept: ['curl.exe a'], shell: 'curl.exe a' },
          { language: 'powershell', kept: ['      curl.exe b'], shell: 'curl.exe b' },
        ],
      },
      {
        name: 'not defaults: run: shell:, nor an action input script:',
        text: 'defaults:\n  run:\n    shell: bash\nsteps:\n  - uses: actions/github-script@v7\n    with:\n      script: |\n        await fetch(x)\n',
        expected: [],
      },
      {
        name: 'GitHub expressions read as braced shell references of the same length',
        text: "run: curl -H 'Authorization: Bearer ${{ secrets.KEY }}' ${{ env.URL }}/v2/x\n",
        expected: [{ language: 'shell', kept: ["curl -H 'Authorization: Bearer ${{ secrets.KEY }}' ${{ env.URL }}/v2/x"], shell: `curl -H 'Authorization: Bearer ${stand('${{ secrets.KEY }}')}' ${stand('${{ env.URL }}')}/v2/x` }],
      },
      {
        name: 'CRLF and a BOM',
        text: '\uFEFFrun: |\r\n  curl a\r\n  -H b\r\n',
        expected: [{ language: 'shell', kept: ['  curl a', '  -H b'], shell: 'curl a\r\n-H b' }],
      },
    ];
    for (const { name, text, expected } of cases) it(name, () => assert.deepEqual(scripts(text), expected));
  });

  describe('requests', () => {
    it('in a run: | block, at their place in the file', () => {
      const text = `jobs:\n  a:\n    steps:\n      - run: |\n          ${CURL} \\\n            -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n`;
      const [site] = extract(text).sites;
      assert.equal(at(text, site.url.range), 'https://api.unkey.com/v2/keys.createKey');
      assert.equal(flatten(site.headers[0].value!).replace(OPAQUE, '◆'), 'Bearer ◆');
    });

    it('a GitHub expression is opaque, even in single quotes, and keeps its source', () => {
      const text = `run: ${CURL} -H 'Authorization: Bearer \${{ secrets.UNKEY_ROOT_KEY }}'\n`;
      const [header] = extract(text).sites[0].headers;
      assert.equal(header.unexpanded, undefined);
      const expression = '${{ secrets.UNKEY_ROOT_KEY }}';
      const start = text.indexOf(expression);
      assert.deepEqual(header.value!.parts.at(-1), { kind: 'opaque', range: [start, start + expression.length], source: expression });
      assert.equal(flatten(header.value!), `Bearer ${OPAQUE}`);
    });

    it('${{ env.NAME }} is an env reference', () => {
      const text = `run: ${CURL} -H "Authorization: Bearer \${{ env.KEY }}"\n`;
      assert.equal(extract(text).sites[0].headers[0].value!.parts.find((p) => p.kind === 'opaque')?.envVar, 'KEY');
    });

    it('a whole header from a GitHub expression: the headers are not known', () => {
      const text = `run: ${CURL} -H "\${{ secrets.AUTH_HEADER }}"\n`;
      assert.equal(extract(text).sites[0].headersKnown, false);
      assert.deepEqual(lint(text, WORKFLOW).findings, []);
    });

    it('nothing from names, comments or other keys', () => {
      const text = `name: ${CURL}\n# run: ${CURL}\nenv:\n  CMD: ${CURL}\n`;
      assert.deepEqual(extract(text).sites, []);
    });
  });

  describe('fixes', () => {
    it('missing Authorization in a run: | block: a new continued line, indented for YAML', () => {
      const text = `steps:\n  - run: |\n      ${CURL} \\\n        -H "Content-Type: application/json"\n  - run: echo done\n`;
      const fix = lint(text, WORKFLOW).findings.find((f) => f.ruleId === 'missing-authorization')?.fix;
      assert.equal(
        apply(text, fix),
        `steps:\n  - run: |\n      ${CURL} \\\n        -H "Content-Type: application/json" \\\n        -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n  - run: echo done\n`,
      );
    });

    it('an unexpanded variable in single quotes switches to double quotes', () => {
      const text = `run: ${CURL} -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\n`;
      const [finding] = lint(text, WORKFLOW).findings;
      assert.equal(finding.ruleId, 'unexpanded-env-var');
      // `: ` cannot stay in a plain scalar: the fixed scalar is quoted, so the document parses.
      assert.equal(apply(text, finding.fix), `run: '${CURL} -H "Authorization: Bearer $UNKEY_ROOT_KEY"'\n`);
    });

    it('in a double-quoted scalar with escapes: positions and fixes through the escapes', () => {
      const text = `run: "${CURL} -H \\"Content-Type: application/json\\""\n`;
      const [site] = extract(text).sites;
      assert.equal(at(text, site.url.range), 'https://api.unkey.com/v2/keys.createKey');
      assert.equal(at(text, site.headers[0].range), '-H \\"Content-Type: application/json\\"');
      const fix = lint(text, WORKFLOW).findings.find((f) => f.ruleId === 'missing-authorization')?.fix;
      assert.equal(apply(text, fix), `run: "${CURL} -H \\"Content-Type: application/json\\" -H \\"Authorization: Bearer $UNKEY_ROOT_KEY\\""\n`);
    });

    it('a fix in folded text never adds a line break', () => {
      const text = `run: >\n  ${CURL}\n  -H "Content-Type: application/json"\n`;
      const site = extract(text).sites[0];
      const edit = site.addAuthorization?.('UNKEY_ROOT_KEY');
      if (edit) assert.doesNotMatch(edit.text, /\n/);
      assert.equal(site.headers.length, 1);
    });

    it('a fix that would cut into a GitHub expression is dropped; one that keeps it whole restores it', () => {
      const text = `run: ${CURL} -H 'Authorization: \${{ secrets.K }}'\n`;
      const [header] = extract(text).sites[0].headers;
      const replaced = apply(text, header.replaceValue?.('Bearer x'));
      assert.equal(replaced, `run: "${CURL} -H 'Authorization: Bearer x'"\n`);
      const prepended = apply(text, header.prependToValue?.('Bearer '));
      assert.equal(prepended, `run: "${CURL} -H 'Authorization: Bearer \${{ secrets.K }}'"\n`);
    });
  });

  describe('key literals', () => {
    const KEY = 'unkey_3ZtestKeyAbcdefghijkmnopq';
    it('outside scripts, replaced by a secret in a workflow', () => {
      const text = `env:\n  UNKEY_ROOT_KEY: ${KEY}\n`;
      const [key] = extract(text).keys;
      assert.equal(at(text, key.range), KEY);
      assert.equal(apply(text, key.replaceWithEnv?.('UNKEY_ROOT_KEY')), 'env:\n  UNKEY_ROOT_KEY: ${{ secrets.UNKEY_ROOT_KEY }}\n');
    });
    it('with no fix outside a workflow, and once only inside a script', () => {
      const text = `env:\n  K: ${KEY}\nrun: ${CURL} -H "Authorization: Bearer ${KEY}"\n`;
      const keys = extract(text, 'config.yml').keys;
      assert.deepEqual(keys.map((k) => k.range[0]), [text.indexOf(KEY), text.lastIndexOf(KEY)]);
      assert.equal(keys[0].replaceWithEnv, undefined);
    });
  });
});
