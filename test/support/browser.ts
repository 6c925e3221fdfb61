import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** The variable that names the Chromium (or Chrome) executable the browser tests drive. */
export const CHROMIUM_VARIABLE = 'CONCORD_CHROMIUM';

/** Names looked up on PATH, then the usual install locations; tests never download a browser. */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const CHROMIUM_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const NEEDS_CHROMIUM = `skipped: no Chromium found; install it (apt-get install chromium) or set ${CHROMIUM_VARIABLE} to its executable`;

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to drive: `CONCORD_CHROMIUM` when set (it must then be an executable file: a wrong
 * value is an error, not a reason to skip), else the first Chromium or Chrome on PATH or in a
 * usual location, else `undefined`.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env[CHROMIUM_VARIABLE];
  if (given) {
    if (!isExecutableFile(given)) throw new Error(`${CHROMIUM_VARIABLE}=${given} is not an executable file`);
    return given;
  }
  const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => CHROMIUM_NAMES.map((name) => path.join(dir, name)));
  return [...onPath, ...CHROMIUM_LOCATIONS].find(isExecutableFile);
}

/** Decided once per test file, when it loads. */
export const CHROMIUM_PATH = findChromium();

/** Flags for a headless run on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` when a Chromium is found; otherwise the block, its hooks included, is reported as
 * skipped and its title says why.
 */
export function describeWithChromium(name: string, body: () => void): void {
  const block: jest.Describe = CHROMIUM_PATH ? describe : describe.skip;
  block(CHROMIUM_PATH ? name : `${name} (${NEEDS_CHROMIUM})`, body);
}

export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM_PATH) throw new Error(NEEDS_CHROMIUM);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
