import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { baseUrl, type Credentials } from './index';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../artifacts/screenshots');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to drive: the one `CHROMIUM_PATH` names; else the one the `@sparticuz/chromium` package ships (so
 * `npm ci` is all a bare machine needs); else the system's.
 */
const chromiumPath = (): string => {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH names ${process.env.CHROMIUM_PATH}, which does not exist`);
    return process.env.CHROMIUM_PATH;
  }
  try {
    // The package is ESM only, which Jest's module system cannot load: ask a plain Node process for the path.
    const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
    return execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8' }).trim();
  } catch (error) {
    if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    throw new Error(`No Chromium to drive: @sparticuz/chromium failed (${String(error)}) and ${SYSTEM_CHROMIUM} is absent; set CHROMIUM_PATH`);
  }
};

/** A headless Chromium with the flags this sandbox needs (no network besides localhost). */
export const launchBrowser = async (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

/**
 * The hooks a browser test file shares: one Chromium for the file, and pages that each open in a context of their
 * own (1440 × 1500 unless told otherwise), closed after the test that opened them.
 */
export const useBrowser = () => {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser!.newContext({ viewport: { width: 1440, height: 1500 }, ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
};

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
};

/** The admin scrolls inside its layout: a tall viewport scrolled to the top shows a whole page better than `fullPage`. */
export const viewScreenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400); // let dialogs finish their opening animation
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
};

/** Logs in through the admin's own login form and waits for the home page. */
export const logIn = async (page: Page, { email, password }: Pick<Credentials, 'email' | 'password'>) => {
  await page.goto(`${baseUrl()}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30000 });
};
