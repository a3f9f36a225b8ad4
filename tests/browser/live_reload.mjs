// Live reload in a real browser: a page open in headless Chromium reloads by itself after an
// edit, shows a broken file's error in the overlay over the last good page, and clears it when
// the file is fixed. Drives `itagen serve --port 0` on a small site in a temporary folder.
// Usage: node live_reload.mjs <itagen>   (prints "live_reload: N passed, N failed")
import { launchChromium, makeChecks } from './support.mjs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [itagen] = process.argv.slice(2);
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'itagen-live-reload-'));
const { check, finish } = makeChecks('live_reload');
// Editors save by writing beside the file and renaming it over.
const write = (rel, text) => {
  const file = path.join(site, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
};
write('content/site.yaml', 'name: สำนักงานทดสอบ\nshort_name: สนง.ทดสอบ\nbase_url: https://www.example.go.th/ita/\n');
write('content/scores/2566.yaml', 'fiscal_year: 2566\ntotal: 90.50\n');
write('content/pages/about.md', '---\ntitle: เกี่ยวกับเรา\n---\nfirst version\n');

const server = spawn(itagen, ['serve', '--source', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/serving (http:\/\/\S+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', () => reject(new Error(`itagen serve exited:\n${out}`)));
});

const browser = await launchChromium();
const timeout = 20000;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}about/`);
  check((await page.textContent('main')).includes('first version'), 'first version shown');
  await page.waitForFunction(() => window.performance.getEntriesByType('resource')
    .some((r) => r.name.includes('/__itagen/live-reload.js')), null, { timeout });
  await page.evaluate(() => { window.itagenNotReloaded = true; });

  write('content/pages/about.md', '---\ntitle: เกี่ยวกับเรา\n---\nsecond version\n');
  await page.waitForFunction(() => !window.itagenNotReloaded && document.body.textContent.includes('second version'),
    null, { timeout }).then(() => check(true), () => check(false, 'page did not reload with the edit'));

  write('content/scores/2566.yaml', 'fiscal_year: 2566\ntotal: [90.50\n');
  await page.waitForSelector('#itagen-error-overlay', { timeout })
    .then(() => check(true), () => check(false, 'no error overlay after a broken edit'));
  const overlay = (await page.textContent('#itagen-error-overlay').catch(() => '')) ?? '';
  check(overlay.includes('content/scores/2566.yaml:'), `overlay names the file: ${overlay}`);
  check((await page.textContent('main')).includes('second version'), 'last good page still shown under the overlay');

  write('content/scores/2566.yaml', 'fiscal_year: 2566\ntotal: 91.50\n');
  await page.waitForSelector('#itagen-error-overlay', { state: 'detached', timeout })
    .then(() => check(true), () => check(false, 'overlay not cleared after the fix'));
  check(errors.length === 0, `no script errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
  server.kill('SIGINT');
  fs.rmSync(site, { recursive: true, force: true });
}
process.exit(finish());
