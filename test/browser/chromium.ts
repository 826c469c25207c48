/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser): `.ci/run` installs the
 * `chromium` package. The flags keep a headless browser on a closed network quiet: no sync, no
 * component updates, no background fetches. playwright gives each launch a fresh profile of its own
 * (a new --user-data-dir in the temp folder, removed on close).
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.ATTACHE_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return { browser, close: () => browser.close() };
}

/** What went wrong in a page while a test drove it: errors, CSP violations, requests to other origins. */
export interface PageProblems { readonly errors: string[]; readonly csp: string[]; readonly foreign: string[]; readonly failed: string[] }

/** A page at 1366×768 (a laptop screen) that records its problems. */
export async function openPage(browser: Browser, base: string): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], csp: [], foreign: [], failed: [] };
  const origin = new URL(base).origin;
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // A failed response is reported with its URL below, not by the console's line without one.
    if (/^Failed to load resource/.test(m.text())) return;
    (/Content.Security.Policy/i.test(m.text()) ? problems.csp : problems.errors).push(m.text());
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.failed.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'blob:' && u.protocol !== 'data:' && u.origin !== origin) problems.foreign.push(r.url());
  });
  // A violation the console does not report (a blocked style, say) still fires this event.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));`);
  return { page, problems };
}
