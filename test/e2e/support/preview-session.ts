/**
 * Opens the browser preview (real dist/ui.html inside the preview host) in Debian's Chromium.
 * The build must exist (npm run test:e2e builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { startPreviewServer } from '../../../scripts/preview-server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium-path.mjs';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export interface PreviewSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The plugin panel inside the host page. */
  panel: FrameLocator;
  url: string;
  open(query?: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openPreview(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<PreviewSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startPreviewServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const session: PreviewSession = {
    browser,
    context,
    page,
    panel: page.frameLocator('#plugin'),
    url: server.url,
    async open(query = '') {
      await page.goto(server.url + query);
    },
    async screenshot(name) {
      const path = join(ARTIFACTS, name);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
      if (errors.length > 0) throw new Error(`Uncaught errors in the preview: ${errors.join(' | ')}`);
    },
  };
  return session;
}
