// Callbacks passed to page.evaluate run in the browser: they need the DOM types.
/// <reference lib="dom" />
/**
 * Opens the browser preview (real dist/ui.html inside the preview host) in Debian's Chromium.
 * The build must exist (npm run test:e2e builds first). One session per test file: each
 * has its own browser context, so saved reviews (localStorage) never leak between files.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { startPreviewServer } from '../../../scripts/preview-server.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium-path.mjs';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const require = createRequire(import.meta.url);

/** Generous for a loaded 2-core machine; waits end as soon as the condition holds. */
export const UI_TIMEOUT_MS = 15000;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export interface PreviewSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The plugin panel inside the host page. */
  panel: FrameLocator;
  url: string;
  /** Load the preview (query like "?sample=weak") and wait until the panel has rendered. */
  open(query?: string): Promise<void>;
  /** The panel iframe's Frame (for evaluate, performance marks, axe). */
  panelFrame(): Promise<Frame>;
  /** Press "Review N frames" on the start view and wait for the stepper. */
  startReview(): Promise<void>;
  /** A step button of the "Review steps" navigation, by the start of its label. */
  step(name: string | RegExp): Locator;
  /**
   * Run `action`, and resolve once the panel has received (and had a frame to render) the next
   * event of that name from the sandbox. Proves a negative ("nothing changed") without sleeping.
   */
  afterPanelEvent(name: string, action: () => Promise<void>): Promise<void>;
  /** Forget every review this browser saved (the host keeps them in localStorage). */
  clearSavedReviews(): Promise<void>;
  /** Run axe-core in the panel frame; returns every violation. */
  axe(): Promise<AxeViolation[]>;
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
  const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const panel = page.frameLocator('#plugin');

  const panelFrame = async (): Promise<Frame> => {
    const handle = await page.locator('#plugin').elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('The panel iframe has no document');
    return frame;
  };

  const session: PreviewSession = {
    browser,
    context,
    page,
    panel,
    url: server.url,
    async open(query = '') {
      await page.goto(server.url + query);
      // The panel has rendered once its header is there (every view has it).
      await panel.getByRole('banner').waitFor();
    },
    panelFrame,
    async startReview() {
      await panel.getByRole('button', { name: /^Review \d+ frames?$/ }).click();
      await panel.getByRole('navigation', { name: 'Review steps' }).waitFor();
    },
    step(name) {
      const pattern = typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : name;
      return panel.getByRole('navigation', { name: 'Review steps' }).getByRole('button', { name: pattern });
    },
    async afterPanelEvent(name, action) {
      const frame = await panelFrame();
      await frame.evaluate((eventName) => {
        const w = window as unknown as { __afrNextEvent?: Promise<void> };
        w.__afrNextEvent = new Promise<void>((resolve) => {
          const onMessage = (event: MessageEvent): void => {
            const message = (event.data as { pluginMessage?: { kind?: string; name?: string } } | null)?.pluginMessage;
            if (message?.kind !== 'event' || message.name !== eventName) return;
            window.removeEventListener('message', onMessage);
            // The panel's own listener ran first (registered earlier); let it render.
            setTimeout(() => requestAnimationFrame(() => resolve()), 0);
          };
          window.addEventListener('message', onMessage);
        });
      }, name);
      await action();
      await frame.evaluate(() => (window as unknown as { __afrNextEvent?: Promise<void> }).__afrNextEvent);
    },
    async clearSavedReviews() {
      await page.evaluate(() => localStorage.clear());
    },
    async axe() {
      const frame = await panelFrame();
      await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      return frame.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
      });
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
