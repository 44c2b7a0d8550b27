/**
 * Debian's Chromium (`apt-get install chromium`), never a downloaded browser, with the flags the
 * project runs it with: for the screenshots, Lighthouse and the browser tests.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where Debian installs Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** Headless, sandbox-less (containers), and quiet: no QUIC, first-run, sync or background traffic. */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether Chromium is installed (browser tests are skipped without it). */
export const hasChromium = existsSync(chromiumPath);

/** Launches Chromium through playwright-core with the project's flags (`options` added). */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs], ...options });
}
