// Shared by the Playwright UI tests (test/ui/*.ui.ts), which scripts/run-integration.mjs runs against a
// code-server workbench that has the extension loaded from source.
import type { Locator, Page } from 'playwright-core';

/** What the runner hands each UI test's `run()`. */
export interface UiContext {
  page: Page;
  /** The server's origin, e.g. http://127.0.0.1:PORT. */
  baseUrl: string;
  /** Absolute path of this session's copy of test/fixtures/workspace (the open folder). */
  workspace: string;
  /** Absolute path of test-artifacts/ (git-ignored): screenshots go there. */
  artifacts: string;
  userDataDir: string;
  /** The user settings.json of this session (written before the workbench loaded; the workbench watches it). */
  settingsFile: string;
  log: (message: string) => void;
}

const TIMEOUT = 30_000;

/** Opens a workspace file through Quick Open (Ctrl+P), as a person would, and waits for its editor. */
export async function quickOpen(page: Page, fileName: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(fileName);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  const tab = page.locator('.tabs-container .tab.active', { hasText: fileName });
  await tab.waitFor({ timeout: TIMEOUT });
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.waitFor({ timeout: TIMEOUT });
  return editor;
}

/** Runs a command from the command palette (F1), picking the row with exactly that label. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/** Moves the cursor with "Go to Line/Column" (Ctrl+G), 1-based. */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** The text of the editor's rendered lines (Monaco renders spaces as no-break spaces). */
export async function visibleText(editor: Locator): Promise<string> {
  const lines = await editor.locator('.view-lines .view-line').allInnerTexts();
  return lines.map((line) => line.replace(/\u00a0/g, ' ')).join('\n');
}
