// The preview's readiness page (/_status/) in a real browser: `itagen serve` on the three-scale
// fixture (tests/sites/frameworks), at desktop and phone width, with no console errors, no
// sideways scrolling at 375 px, 0 axe-core violations at WCAG 2.1 A and AA, and updated live
// when an item is filed.
// Usage: node status.mjs <itagen> <repo-root>   (prints "status_page: N passed, N failed")
import { launchChromium, makeChecks } from './support.mjs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [itagen, root] = process.argv.slice(2);
const { check, finish } = makeChecks('status_page');
const here = path.dirname(new URL(import.meta.url).pathname);
const shots = path.join(here, 'screenshots', 'status');
fs.mkdirSync(shots, { recursive: true });
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'itagen-status-'));
fs.cpSync(path.join(root, 'tests', 'sites', 'frameworks'), site, { recursive: true });

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
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
try {
  for (const [width, height, label] of [[1280, 900, 'desktop'], [375, 800, 'phone']]) {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(`${url}_status/`, { waitUntil: 'load' });
    check(response.status() === 200, `/_status/ answers ${response.status()}`);
    await page.screenshot({ path: path.join(shots, `status-${label}.png`), fullPage: true });
    check(errors.length === 0, `no console errors (${label}): ${errors.join('; ')}`);
    const text = await page.textContent('main');
    check(text.includes('itagen new oit O2 --year 2569'), 'the page lists a missing item with the command to create it');
    if (label === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 0, `no sideways scrolling at 375 px (${overflow} px)`);
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    check(violations.length === 0, `axe (${label}): ${violations.join(' | ')}`);
    await page.close();
  }

  // Filing an item updates the open page by itself.
  const page = await browser.newPage();
  await page.goto(`${url}_status/`);
  await page.waitForFunction(() => window.performance.getEntriesByType('resource')
    .some((r) => r.name.includes('/__itagen/live-reload.js')), null, { timeout: 20000 });
  const file = path.join(site, 'content', 'oit', '2569', 'O02.md');
  fs.writeFileSync(`${file}.tmp`, '---\nitem: O2\nupdated: 2568-10-20\nresponsible: กลุ่มอำนวยการ\n' +
    'evidence:\n  - {title: อำนาจหน้าที่, url: https://www.example.go.th/about/}\n---\n');
  fs.renameSync(`${file}.tmp`, file);
  await page.waitForFunction(() => !document.body.textContent.includes('itagen new oit O2 --year 2569'), null, { timeout: 20000 })
    .then(() => check(true), () => check(false, 'the page did not update after O2 was filed'));
  await page.close();
} finally {
  await browser.close();
  server.kill();
  fs.rmSync(site, { recursive: true, force: true });
}
process.exit(finish());
