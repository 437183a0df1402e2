// End to end through the real workbench: a finding's squiggle, its hover and Problems entry, and the
// quick-fix menu applying the fix. Screenshots go to test-artifacts/; with UPDATE_SCREENSHOTS=1 the
// quick-fix one also replaces docs/screenshot-quickfix.png (shown in the README).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type UiContext, goToPosition, quickOpen, runCommand, visibleText } from './workbench';

const FILE = 'client.ts';
// src/client.ts line 25: `headers: { Authorization: 'bearer ' + rootKey, ... }`, a malformed-bearer finding.
const MALFORMED = "'bearer ' + rootKey";
const FIXED = "'Bearer ' + rootKey";
const MESSAGE = /Unkey will reject this request \(authentication\/malformed, HTTP 400\)/;

/** Matches `text` in the editor, whose spaces are rendered as no-break spaces. */
function spaced(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
}

export async function run({ page, artifacts, workspace, log }: UiContext): Promise<void> {
  const source = fs.readFileSync(path.join(workspace, 'src', FILE), 'utf8');
  const lines = source.split('\n');
  const line = lines.findIndex((l) => l.includes(MALFORMED));
  assert.ok(line >= 0, `the fixture holds ${MALFORMED}`);
  const column = lines[line].indexOf(MALFORMED) + 1;

  const editor = await quickOpen(page, FILE);
  log(`opened ${FILE}`);
  await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
  assert.ok((await editor.locator('.squiggly-error').count()) >= 2, 'both findings of the file are underlined');
  log('squiggles are shown');

  // The hover over the finding (Ctrl+K Ctrl+I is "Show or Focus Hover").
  await goToPosition(page, line + 1, column + 2);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Unkey will reject' }).first();
  await hover.waitFor({ timeout: 30_000 });
  assert.match(await hover.innerText(), MESSAGE);
  log('the hover shows the finding');
  await page.screenshot({ path: path.join(artifacts, 'lint-hover.png') });
  await page.keyboard.press('Escape');

  // The Problems panel lists it with its rule.
  await runCommand(page, 'View: Focus Problems');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'must be "Bearer"' }).first();
  await problem.waitFor({ timeout: 30_000 });
  assert.match(await problem.innerText(), /malformed-bearer/);
  log('the Problems panel lists the finding');

  // The quick-fix menu (Ctrl+.) at the finding, then its preferred fix.
  await goToPosition(page, line + 1, column + 2);
  // After VS Code's own lightbulb check of the new cursor position, which would replace a Ctrl+. pressed
  // before it (see quickfix.ui.ts).
  await page.waitForTimeout(1_000);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const fix = menu.locator('.monaco-list-row', { hasText: 'Fix: write the value as "Bearer <key>"' }).first();
  await fix.waitFor({ timeout: 30_000 });
  const shot = path.join(artifacts, 'lint-quickfix.png');
  await page.screenshot({ path: shot });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    fs.copyFileSync(shot, path.resolve(artifacts, '..', 'docs', 'screenshot-quickfix.png'));
    log('updated docs/screenshot-quickfix.png');
  }
  // The menu focuses the preferred fix first; Enter applies it, as a keyboard user would.
  assert.match(await menu.locator('.monaco-list-row.focused').innerText(), /^Fix: write the value as "Bearer <key>"/);
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden', timeout: 30_000 });

  await editor.locator('.view-line', { hasText: spaced(FIXED) }).waitFor({ timeout: 30_000 });
  const text = await visibleText(editor);
  assert.ok(text.includes(FIXED), 'the editor shows the fixed value');
  assert.ok(!text.includes(MALFORMED), 'the malformed value is gone');
  // Problems now lists only the other finding of the file.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'missing-authorization' }).first().waitFor({ timeout: 30_000 });
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'malformed-bearer' }).waitFor({ state: 'detached', timeout: 30_000 });
  await page.screenshot({ path: path.join(artifacts, 'lint-fixed.png') });
  log('the quick fix was applied');
}
