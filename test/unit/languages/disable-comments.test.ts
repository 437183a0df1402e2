// Disable comments in the tree-sitter languages: the line and file edits use each language's comment
// syntax, the output still parses, and the engine then reports nothing for the rule there.
import * as assert from 'node:assert/strict';
import { disableFileEdit, disableLineEdit } from '../../../src/core/disableComment';
import { applyEdits } from '../../../src/core/fix';
import { lint } from '../../../src/core/lint';
import { GRAMMARS, prepareGrammar } from '../../../src/core/treesitter/runtime';
import type { LanguageKind, RuleId } from '../../../src/core/types';
import { assertParses } from '../ruleTester';

const RULE: RuleId = 'missing-authorization';

const CASES: Array<{ language: LanguageKind; file: string; code: string; marker: string; line: string; header: string }> = [
  {
    language: 'rust', file: 'main.rs', marker: 'client.post',
    code: 'async fn create() -> Result<(), reqwest::Error> {\n    let client = reqwest::Client::new();\n    client.post("https://api.unkey.com/v2/keys.createKey").send().await?;\n    Ok(())\n}\n',
    line: '    // unkey-lint-disable-next-line missing-authorization\n    client.post', header: '// unkey-lint-disable missing-authorization\nasync fn',
  },
  {
    language: 'php', file: 'api.php', marker: 'Http::post',
    code: "<?php\n\nuse Illuminate\\Support\\Facades\\Http;\n\nHttp::post('https://api.unkey.com/v2/keys.createKey', ['apiId' => 'api_123']);\n",
    line: '// unkey-lint-disable-next-line missing-authorization\nHttp::post', header: '<?php\n// unkey-lint-disable missing-authorization\n',
  },
  {
    language: 'ruby', file: 'unkey.rb', marker: 'HTTParty.post',
    code: 'require "httparty"\n\nHTTParty.post("https://api.unkey.com/v2/keys.createKey", body: { apiId: "api_123" }.to_json)\n',
    line: '# unkey-lint-disable-next-line missing-authorization\nHTTParty.post', header: '# unkey-lint-disable missing-authorization\nrequire',
  },
];

describe('disable comments in Rust, PHP and Ruby', () => {
  before(() => Promise.all(GRAMMARS.map((grammar) => prepareGrammar(grammar))));
  const findings = (text: string, file: string) => lint(text, file).findings.filter((f) => f.ruleId === RULE);

  for (const c of CASES) {
    it(`${c.language}: the line comment is honoured and the file still parses`, () => {
      assert.equal(findings(c.code, c.file).length, 1, 'the case has the finding to disable');
      const edit = disableLineEdit(c.code, c.language, c.code.indexOf(c.marker), RULE);
      assert.ok(edit, 'a line edit');
      const output = applyEdits(c.code, [edit]).output;
      assert.ok(output.includes(c.line), output);
      assertParses(output, c.file);
      assert.equal(findings(output, c.file).length, 0);
    });
    it(`${c.language}: the file comment is honoured and the file still parses`, () => {
      const edit = disableFileEdit(c.code, c.language, RULE);
      assert.ok(edit, 'a file edit');
      const output = applyEdits(c.code, [edit]).output;
      assert.ok(output.includes(c.header), output);
      assertParses(output, c.file);
      assert.equal(findings(output, c.file).length, 0);
    });
  }
});
