import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { baseUrl, type Credentials } from './index';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../artifacts/screenshots');

/** Debian's Chromium, headless, with the flags this sandbox needs (no network besides localhost). */
export const launchBrowser = async (): Promise<Browser> => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
