/**
 * Headless Chromium for the browser tests: Debian's package (apt-get install
 * chromium), driven by puppeteer-core, which never downloads a browser.
 * One launch per test file; each launch gets a fresh profile folder and the
 * flags that keep a browser quiet on a closed network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Where Chromium may be installed; `CHROMIUM_PATH` names another. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium executable, or undefined when none is installed. */
export const findChromium = (): string | undefined => {
  const given = process.env['CHROMIUM_PATH'];
  if (given !== undefined && given !== '') return existsSync(given) ? given : undefined;
  return CANDIDATES.find((path) => existsSync(path));
};

/** Why the browser tests did not run, for the test title and the log. */
export const NO_CHROMIUM =
  'no Chromium installed: the browser tests are skipped (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH); .ci/run installs it, and on CI (CI=true) its absence fails';

export interface HeadlessChromium {
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}

/**
 * @example
 * const chromium = await launchChromium(findChromium()!);
 * const page = await chromium.browser.newPage();
 * await chromium.close();
 */
export const launchChromium = async (executablePath: string): Promise<HeadlessChromium> => {
  const profile = mkdtempSync(join(tmpdir(), 'claimtrace-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
    timeout: 60_000,
    protocolTimeout: 120_000,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};
