import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FIXTURES, allFixed, expectedDescriptions } from '../expected';
import { closeAllEditors, openScratchCopy, removeScratch, setSetting, waitForExactly } from '../helpers';

/** Types a comment line at the end (so there is something to save), then saves as Ctrl+S does. */
async function editAndSave(editor: vscode.TextEditor, line: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  await editor.edit((edit) => edit.insert(end, line));
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.save');
  assert.equal(editor.document.isDirty, false, 'the document was saved');
}

const COMMENT: Record<string, string> = {
  '.ts': '// edited\n', '.js': '// edited\n', '.tsx': '// edited\n', '.md': '<!-- edited -->\n',
  '.http': '# edited\n', '.sh': '# edited\n', '.yml': '# edited\n', Dockerfile: '# edited\n',
  '.py': '# edited\n', '.go': '// edited\n', '.rs': '// edited\n', '.php': '// edited\n', '.rb': '# edited\n',
};
const commentFor = (file: string) => COMMENT[file.includes('.') ? file.slice(file.lastIndexOf('.')) : file];

describe('fix on save (source.fixAll.unkeyLint)', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
    await closeAllEditors();
    await removeScratch();
  });

  for (const file of Object.keys(FIXTURES)) {
    it(`applies every fix of ${file} on save when editor.codeActionsOnSave asks for it`, async () => {
      restore = await setSetting('editor', 'codeActionsOnSave', { 'source.fixAll.unkeyLint': 'explicit' });
      const findings = FIXTURES[file];
      const editor = await openScratchCopy(file);
      const original = editor.document.getText();
      await waitForExactly(editor.document.uri, expectedDescriptions(original, findings));
      const comment = commentFor(file);

      await editAndSave(editor, comment);
      const expected = allFixed(original, findings) + comment;
      assert.equal(editor.document.getText(), expected);
      assert.equal(fs.readFileSync(editor.document.uri.fsPath, 'utf8'), expected, 'the file on disk holds the fixes');
    });
  }

  it('leaves the text alone on save without the setting', async () => {
    const editor = await openScratchCopy('src/client.ts');
    const original = editor.document.getText();
    await waitForExactly(editor.document.uri, expectedDescriptions(original, FIXTURES['src/client.ts']));
    await editAndSave(editor, '// edited\n');
    assert.equal(fs.readFileSync(editor.document.uri.fsPath, 'utf8'), `${original}// edited\n`);
  });
});
