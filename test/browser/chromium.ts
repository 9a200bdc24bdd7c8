// Headless Debian Chromium driven by playwright-core (no browser download: the system executable is used).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Fails loudly (never skips) when the browser is missing, naming the package that provides it. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_EXECUTABLE)) {
    throw new Error('chromium is not installed: run apt-get update && apt-get install -y chromium');
  }
}

/** Launches Chromium with a fresh profile that is deleted on close. */
export async function launchChromium(): Promise<Chromium> {
  assertChromiumInstalled();
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'liveavatar-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 900, height: 700 },
      timeout: 60_000,
    });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
