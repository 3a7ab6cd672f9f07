// Re-creates the README screenshots from the browser preview (strong sample):
//   docs/panel-light.png        the whole preview, light theme: first area with a few verdicts,
//                               its evidence outlined on the canvas
//   docs/panel-{300,360}-{light,dark}.png
//                               the panel alone at Figma's narrowest useful width and at its
//                               default width, in both themes, on the first area
// Usage: node scripts/screenshot-docs.mjs   (builds first; needs Chromium like the e2e tests)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startPreviewServer } from './preview-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = fileURLToPath(new URL('../docs/', import.meta.url));

const build = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

/** The same story every time: a fresh context has no saved review from earlier runs. */
async function reviewFirstArea(browser, url, theme) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, colorScheme: theme });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.goto(theme === 'dark' ? `${url}?theme=dark` : url);
  const panel = page.frameLocator('#plugin');
  await panel.getByRole('button', { name: /^Review \d+ frames$/ }).click();
  await panel.getByRole('navigation', { name: 'Review steps' }).getByRole('button', { name: /^1\. / }).click();
  const groups = panel.getByRole('radiogroup');
  await groups.nth(0).getByRole('radio', { name: 'Pass', exact: true }).click();
  await groups.nth(1).getByRole('radio', { name: 'Pass', exact: true }).click();
  await groups.nth(2).getByRole('radio', { name: 'Needs work', exact: true }).click();
  await panel.getByRole('textbox').nth(2).fill('Make the connect button the primary action.');
  await panel.getByTestId('save-state').getByText('Saved', { exact: true }).waitFor();
  return { context, page, panel };
}

const server = await startPreviewServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
mkdirSync(docs, { recursive: true });
try {
  {
    const { context, page, panel } = await reviewFirstArea(browser, server.url, 'light');
    await panel.getByRole('article').nth(2).getByRole('button', { name: /^Show evidence for “/ }).click();
    // The panel scrolls to keep the item in view; show the third item's controls.
    await panel.getByRole('article').nth(2).scrollIntoViewIfNeeded();
    await page.locator('.layer--selected').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${docs}panel-light.png` });
    console.log(`wrote ${docs}panel-light.png`);
    await context.close();
  }
  for (const theme of ['light', 'dark']) {
    const { context, page, panel } = await reviewFirstArea(browser, server.url, theme);
    for (const width of [300, 360]) {
      // What figma.ui.resize does to the plugin iframe.
      await page.locator('#plugin').evaluate((el, w) => (el.style.width = `${w}px`), width);
      // Wait until the panel has laid itself out at the new width.
      const frame = await (await page.locator('#plugin').elementHandle()).contentFrame();
      await frame.waitForFunction(`document.documentElement.clientWidth === ${width}`);
      // Open at the area's top: the steps, the heading with why it matters, the first cards.
      await panel.locator('#main').evaluate((el) => (el.scrollTop = 0));
      await page.mouse.move(0, 0);
      const path = `${docs}panel-${width}-${theme}.png`;
      await page.locator('#plugin').screenshot({ path });
      console.log(`wrote ${path}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
