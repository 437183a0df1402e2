// The key tester through the real workbench UI: command palette → "Unkey Lint: Test Root Key" →
// "Enter a key…" → type the key → the notification. Then the browser's own storage (where the web
// workbench keeps global/workspace state, secrets and logs) is searched for the canary key.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { startEmulator } from '../emulator';

interface UiContext {
  page: Page;
  baseUrl: string;
  workspace: string;
  artifacts: string;
  settingsFile: string;
  log: (message: string) => void;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

async function quickInput(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(text);
}

async function chooseRow(page: Page, label: string): Promise<void> {
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

/** Every string the page keeps in IndexedDB, localStorage and sessionStorage, searched for `needles`. */
async function storageHits(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate(async (needles) => {
    // Runs in the page; the project's TypeScript setup has no DOM types, hence the casts.
    const { indexedDB, localStorage, sessionStorage, document, TextDecoder: Decoder, Blob: BlobType } = globalThis as any;
    const hits: string[] = [];
    const decoder = new Decoder();
    const text = (value: unknown): string => {
      if (value instanceof Uint8Array) return decoder.decode(value);
      if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value));
      if (value instanceof BlobType) return '';
      try {
        return typeof value === 'string' ? value : JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? decoder.decode(v) : v)) ?? '';
      } catch {
        return String(value);
      }
    };
    const check = (where: string, value: string): void => {
      for (const needle of needles) if (value.includes(needle)) hits.push(where);
    };
    for (const info of (await indexedDB.databases()) as { name?: string }[]) {
      if (!info.name) continue;
      const db = await new Promise<any>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames as ArrayLike<string>)) {
        const [keys, values] = await Promise.all(
          ['getAllKeys', 'getAll'].map(
            (method) =>
              new Promise<unknown[]>((resolve, reject) => {
                const request = db.transaction(store, 'readonly').objectStore(store)[method]();
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        keys!.forEach((key, i) => check(`indexedDB ${info.name}/${store}/${text(key)}`, text(key) + text(values![i])));
      }
      db.close();
    }
    for (const [name, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as [string, any][]) {
      for (let i = 0; i < storage.length; i++) check(`${name}/${storage.key(i)}`, `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
    }
    check('the page', document.documentElement.outerHTML);
    return hits;
  }, needles);
}

export async function run({ page, workspace, artifacts, settingsFile, log }: UiContext): Promise<void> {
  const canary = 'unkey_3ZUiCanary' + Array.from(randomBytes(20), (b) => BASE58[b % 58]).join('');
  const masked = `unkey_…${canary.slice(-4)}`;
  const emulator = await startEmulator({ rootKeys: { [canary]: 'valid' } });
  const originalSettings = fs.readFileSync(settingsFile, 'utf8');
  try {
    // Set unkeyLint.apiBaseUrl in the user settings the way a person does, in the Settings editor, and
    // wait until it is written: the test must not send even a canary to the real API.
    await page.keyboard.press('F1');
    await quickInput(page, '>Preferences: Open User Settings');
    await chooseRow(page, 'Preferences: Open User Settings');
    const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .search-container textarea').first();
    await search.waitFor({ timeout: 20_000 });
    await search.fill('unkeyLint.apiBaseUrl');
    const field = page.locator('.settings-editor .setting-item', { hasText: 'Api Base Url' }).locator('input').first();
    await field.waitFor({ timeout: 20_000 });
    await field.fill(emulator.url);
    await field.press('Tab');
    const deadline = Date.now() + 20_000;
    while (!fs.readFileSync(settingsFile, 'utf8').includes(emulator.url)) {
      if (Date.now() > deadline) throw new Error('the Settings editor did not write unkeyLint.apiBaseUrl');
      await page.waitForTimeout(100);
    }
    log('unkeyLint.apiBaseUrl is set in the user settings');
    await page.keyboard.press('Control+w');

    fs.writeFileSync(path.join(workspace, '.env'), `UNKEY_ROOT_KEY=${canary}\n`);
    await page.keyboard.press('F1');
    await quickInput(page, '>Unkey Lint: Test Root Key');
    await chooseRow(page, 'Unkey Lint: Test Root Key');
    // The picker lists the .env file's key masked, never whole.
    const envRow = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'UNKEY_ROOT_KEY in .env' }).first();
    await envRow.waitFor({ timeout: 20_000 });
    const rows = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
    log(`picker: ${rows.map((row) => row.replace(/\s+/g, ' ')).join(' | ')}`);
    assert.ok(rows.some((row) => row.includes(`UNKEY_ROOT_KEY in .env ${masked}`)), 'the .env key is offered, masked');
    assert.ok(rows.some((row) => row.includes('Enter a key…')));
    assert.ok(!rows.some((row) => row.includes(canary.slice(8, 20))), 'no row shows the key');
    await quickInput(page, 'Enter a key');
    await chooseRow(page, 'Enter a key…');
    const password = page.locator('.quick-input-widget .quick-input-box input[type="password"]');
    await password.waitFor({ state: 'visible', timeout: 20_000 });
    await password.fill(canary);
    await page.keyboard.press('Enter');

    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'The root key works' }).first();
    await toast.waitFor({ timeout: 20_000 });
    const message = (await toast.locator('.notification-list-item-message').innerText()).trim();
    log(`notification: ${message}`);
    // The progress notification slides away; picture the result alone.
    await page.locator('.notifications-toasts .notification-list-item', { hasText: 'Unkey: testing the root key' }).waitFor({ state: 'detached', timeout: 10_000 });
    await toast.hover();
    await page.screenshot({ path: path.join(artifacts, 'keytester-notification.png') });

    assert.match(message, /^The root key works: Unkey accepted it \(request req_\w+\)\. \(Unkey key test: typed key unkey_…\w{4}\)$/);
    assert.ok(message.includes(masked), 'the notification shows the key masked');
    assert.ok(!message.includes(canary), 'the notification never shows the key');
    assert.equal(await toast.getByRole('button', { name: 'Copy request ID' }).count(), 1);

    assert.equal(emulator.requests.length, 1, 'exactly one request');
    assert.equal(emulator.requests[0]!.headers.authorization, `Bearer ${canary}`);

    // The Language Status item of a file the linter reads shows the last result, never the key.
    await page.keyboard.press('Control+p');
    await quickInput(page, 'client.ts');
    await chooseRow(page, 'client.ts');
    const languageStatus = page.locator('[id="status.languageStatus"]');
    await languageStatus.waitFor({ timeout: 20_000 });
    await languageStatus.click();
    const statusHover = page.locator('.hover-language-status', { hasText: 'Unkey key works' }).first();
    await statusHover.waitFor({ timeout: 10_000 });
    const statusText = await statusHover.innerText();
    log(`language status: ${statusText.replace(/\s+/g, ' ')}`);
    assert.match(statusText, /typed key unkey_…\w{4}/);
    await page.screenshot({ path: path.join(artifacts, 'keytester-language-status.png') });
    await page.keyboard.press('Escape');

    const control = await storageHits(page, ['workbench.']);
    assert.ok(control.some((hit) => hit.startsWith('indexedDB')), 'the scan does read the workbench state in IndexedDB');
    const hits = await storageHits(page, [canary, canary.slice(8, 20)]);
    assert.deepEqual(hits, [], 'the canary is nowhere in the browser storage or the page');
  } finally {
    fs.rmSync(path.join(workspace, '.env'), { force: true });
    fs.writeFileSync(settingsFile, originalSettings);
    await emulator.close();
  }
}
