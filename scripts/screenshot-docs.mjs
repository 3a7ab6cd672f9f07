// Re-creates docs/panel-light.png (the README screenshot): the whole browser preview, light
// theme, strong sample, first area with a few verdicts set and its evidence shown on the canvas.
// Usage: node scripts/screenshot-docs.mjs   (builds first; needs Chromium like the e2e tests)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startPreviewServer } from './preview-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/panel-light.png', import.meta.url));

const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startPreviewServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  // A fresh context: no saved review from earlier runs, so the shot is always the same story.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: 'light' });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.goto(server.url);
  const panel = page.frameLocator('#plugin');
  await panel.getByRole('button', { name: /^Review \d+ frames$/ }).click();
  await panel.getByRole('navigation', { name: 'Review steps' }).getByRole('button', { name: /^1\. / }).click();
  const groups = panel.getByRole('radiogroup');
  await groups.nth(0).getByRole('radio', { name: 'Pass', exact: true }).click();
  await groups.nth(1).getByRole('radio', { name: 'Pass', exact: true }).click();
  await groups.nth(2).getByRole('radio', { name: 'Needs work', exact: true }).click();
  await panel.getByRole('textbox').nth(2).fill('Make the connect button the primary action.');
  await panel.getByRole('article').nth(2).getByRole('button', { name: /^Show evidence for “/ }).click();
  await panel.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();
  // The panel scrolls to keep the item in view; show the third item's controls.
  await panel.getByRole('article').nth(2).scrollIntoViewIfNeeded();
  await page.locator('.card--in-view').first().waitFor();
  await page.mouse.move(0, 0);
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
