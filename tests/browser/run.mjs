// End-to-end tests of a built site in Debian's headless Chromium, driven by playwright-core:
// one page of every page type at desktop and phone width, with no console errors, no failed
// requests, no broken internal links, no horizontal scrolling at 375 px, 0 axe-core violations
// at WCAG 2.1 A and AA, the annual report printable without navigation, and Thai search.
// Usage: node run.mjs <itagen> <repo-root> [<site-folder> [<page types, comma-separated>]]
// (prints "browser: N passed, N failed"). The page types include oit_index_latest and
// oit_item_latest, the newest year's OIT pages, for a site whose years have different lists.
import { launchChromium, makeChecks, serveSite } from './support.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [itagen, root, siteArg, onlyArg] = process.argv.slice(2);
const site = siteArg || root;
const here = path.dirname(new URL(import.meta.url).pathname);
const shots = path.join(here, 'screenshots', onlyArg ? path.basename(site) : '');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'itagen-browser-'));
const { check, finish } = makeChecks('browser');

execFileSync(itagen, ['build', '--source', site, '--output', path.join(out, 'public')], { stdio: 'inherit' });
const publicDir = path.join(out, 'public');
const sitemap = fs.readFileSync(path.join(publicDir, 'sitemap.xml'), 'utf8');
const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
const basePath = locs.find((u) => u.pathname.split('/').filter(Boolean).length <= 1 && !/\d/.test(u.pathname))?.pathname
  ?? new URL(locs[0]).pathname;

// A static server that mounts the site under its base path, like a sub-folder of a web host.
const { server, origin } = await serveSite(publicDir, basePath);

// One page of each type, found in the sitemap so the test follows the content.
const paths = locs.map((u) => u.pathname.slice(basePath.length));
const first = (re) => paths.find((p) => re.test(p));
const pageTypes = {
  home: '',
  ita_history: first(/^ita\/$/),
  ita_year: [...paths].reverse().find((p) => /^ita\/\d+\/$/.test(p)),
  oit_index: first(/^oit\/\d+\/$/),
  oit_item: first(/^oit\/\d+\/o\d+\/$/),
  measures: first(/^measures\/\d+\/$/),
  measure: first(/^measures\/\d+\/[a-z0-9-]+\/$/),
  no_gift: first(/^no-gift\/\d+\/$/),
  report_round: first(/^reports\/\d+\/[a-z0-9]+\/$/),
  committee: first(/^committee\/\d+\/$/),
  annual_report: first(/^report\/\d+\/$/),
  page: paths.find((p) => p && !/^(ita|oit|measures|no-gift|reports|committee|report|search)\//.test(p)),
  search: first(/^search\/$/),
  not_found: 'no-such-page/',
  oit_index_latest: [...paths].reverse().find((p) => /^oit\/\d+\/$/.test(p)),
  oit_item_latest: [...paths].reverse().find((p) => /^oit\/\d+\/o\d+\/$/.test(p)),
};
// The newest year's OIT pages are their own type only when asked for (the example site has one year).
if (onlyArg) {
  for (const type of Object.keys(pageTypes)) if (!onlyArg.split(',').includes(type)) delete pageTypes[type];
} else {
  delete pageTypes.oit_index_latest;
  delete pageTypes.oit_item_latest;
}

const browser = await launchChromium();
fs.mkdirSync(shots, { recursive: true });
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const linked = new Set();
const axeReport = {};

for (const [type, rel] of Object.entries(pageTypes)) {
  check(rel !== undefined, `the site has a page of type ${type}`);
  if (rel === undefined) continue;
  for (const [width, height, label] of [[1280, 900, 'desktop'], [375, 800, 'phone']]) {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error' && type !== 'not_found') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
    const response = await page.goto(origin + basePath + rel, { waitUntil: 'load' });
    check(response.status() === (type === 'not_found' ? 404 : 200), `${type} status ${response.status()}`);
    await page.screenshot({ path: path.join(shots, `${type}-${label}.png`), fullPage: true });
    check(errors.length === 0, `${type} (${label}) has no console errors or failed requests: ${errors.join('; ')}`);
    // Breadcrumbs and the menu draw no list numbers, even on a site in Thai digits, whose
    // numbered lists count in Thai digits (that rule once gave every breadcrumb a "๑.").
    const marked = await page.$$eval('.breadcrumbs li, .site-nav li',
      (items) => items.filter((li) => getComputedStyle(li).listStyleType !== 'none').map((li) => li.textContent.trim()));
    check(marked.length === 0, `${type} (${label}) navigation lists have no markers: ${marked.join(', ')}`);
    const numbered = await page.$$eval('body.numerals-thai main ol.measure-list > li',
      (items) => items.map((li) => getComputedStyle(li).listStyleType));
    check(numbered.every((t) => t === 'thai'), `${type} (${label}) numbered lists count in Thai digits: ${numbered.join(', ')}`);
    if (label === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 0, `${type} scrolls sideways at 375 px by ${overflow} px`);
    } else {
      // The 404 page's own skip link points at itself; every other page's links must answer 200.
      if (type !== 'not_found') {
        for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.href))) {
          if (href.startsWith(origin)) linked.add(href.split('#')[0]);
        }
      }
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      axeReport[type] = result.length;
      check(result.length === 0, `${type} axe violations: ${result.join(' | ')}`);
    }
    await page.close();
  }
}

// Every internal link seen on those pages answers 200.
for (const href of linked) {
  const status = await new Promise((resolve) => http.get(href, (r) => { r.resume(); resolve(r.statusCode); }));
  check(status === 200, `link ${href} answers ${status}`);
}

// The annual report prints without navigation chrome.
if (pageTypes.annual_report !== undefined) {
  const page = await browser.newPage();
  await page.goto(origin + basePath + pageTypes.annual_report);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => ['.site-nav', '.site-footer', '.breadcrumbs']
    .every((s) => !document.querySelector(s) || getComputedStyle(document.querySelector(s)).display === 'none'));
  check(hidden, 'annual report hides navigation, breadcrumbs and footer in print');
  await page.pdf({ path: path.join(shots, 'annual_report.pdf'), format: 'A4' });
  await page.close();
}

// Search: a Thai word finds its page; a word that appears nowhere says so.
if (pageTypes.search !== undefined) {
  const page = await browser.newPage();
  await page.goto(origin + basePath + pageTypes.search);
  await page.fill('#search-input', 'มาตรการ');
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, null, { timeout: 5000 })
    .catch(() => {});
  const hrefs = await page.$$eval('#search-results li a', (as) => as.map((a) => a.getAttribute('href')));
  check(hrefs.some((h) => /measures\//.test(h)), `search for มาตรการ finds a measures page (${hrefs.length} results)`);
  await page.screenshot({ path: path.join(shots, 'search-results.png'), fullPage: true });
  await page.fill('#search-input', 'คำที่ไม่มีอยู่จริงเลยxyz');
  await page.press('#search-input', 'Enter');
  await page.waitForTimeout(300);
  const status = await page.textContent('#search-status');
  check(/ไม่พบ/.test(status ?? ''), `search for a missing word says so: ${status}`);
  await page.close();
}

await browser.close();
server.close();
fs.rmSync(out, { recursive: true, force: true });
console.log('axe violations per page type:', JSON.stringify(axeReport));
process.exit(finish());
