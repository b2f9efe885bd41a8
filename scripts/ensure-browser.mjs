// Makes sure a browser that can load the unpacked extension, and a Chinese font, are present.
// On a Debian/Ubuntu machine running as root it installs them with apt-get (CI); elsewhere it
// says exactly what to install and exits 1. Run by `npm run test:e2e`, `npm run demo`, `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserVersion, findBrowser, hasCjkFont } from './portal/browser.mjs';

const APT_GET = '/usr/bin/apt-get';
const canApt = process.getuid?.() === 0 && existsSync(APT_GET);

/** @param {string[]} args */
function apt(args) {
  console.log(`ensure-browser: apt-get ${args.join(' ')}`);
  const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run.status !== 0) {
    console.error(`ensure-browser: apt-get ${args[0]} failed (exit ${run.status})`);
    process.exit(1);
  }
}

/** @param {string[]} packages */
function install(packages) {
  apt(['update']);
  apt(['install', '-y', ...packages]);
}

const HELP = `ensure-browser: no browser that can load an unpacked extension was found.
Install one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium fonts-wqy-microhei
  - any system:     a Chromium or Chrome for Testing build, then export CHROME_PATH=/path/to/chrome
Branded Google Chrome 137+ ignores --load-extension and cannot be used for the tests.`;

let browser = findBrowser();
if (process.env.CHROME_PATH && !browser) {
  console.error(`ensure-browser: CHROME_PATH=${process.env.CHROME_PATH} is not an executable file`);
  process.exit(1);
}
if (!browser) {
  if (!canApt) {
    console.error(HELP);
    process.exit(1);
  }
  install(['chromium', 'fonts-wqy-microhei']);
  browser = findBrowser();
  if (!browser) {
    console.error(HELP);
    process.exit(1);
  }
}
if (/google-chrome|Google Chrome/.test(browser.executablePath)) {
  console.warn(`ensure-browser: ${browser.executablePath} looks like branded Chrome, which ignores --load-extension since version 137`);
}

const font = hasCjkFont();
if (font !== true) {
  if (canApt) {
    install(['fonts-wqy-microhei']);
  } else {
    console.warn('ensure-browser: no Chinese font found (fc-list :lang=zh); screenshots will show boxes. Install fonts-wqy-microhei (Debian/Ubuntu) or any CJK font.');
  }
}

const version = browserVersion(browser.executablePath);
if (!version) {
  console.error(`ensure-browser: ${browser.executablePath} does not run (${browser.source}); reinstall it or set CHROME_PATH`);
  process.exit(1);
}
console.log(`ensure-browser: ${version} at ${browser.executablePath} (${browser.source}); Chinese font: ${hasCjkFont() ? 'yes' : 'no'}`);
