// Hostile content in headless Chromium: builds tests/sites/xss (script, event handlers and
// javascript:/data:/vbscript: links in every field a person can type), opens every page, fires
// mouse and focus events on every element, clicks every link that is not a plain http(s)
// navigation, runs searches that return the hostile titles, and fails on any dialog, any call
// of a tripwire (alert, confirm, prompt, print), any console error or any dangerous markup
// left in the DOM (inline handlers, script-scheme URLs, unexpected scripts or frames).
// Usage: node xss.mjs <itagen> <repo-root> [<site-folder>]   (prints "browser_xss: N passed, N failed")
import { launchChromium, makeChecks, serveSite } from './support.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [itagen, root, siteArg] = process.argv.slice(2);
const site = siteArg || path.join(root, 'tests', 'sites', 'xss');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'itagen-xss-'));
const { check, finish } = makeChecks('browser_xss');

execFileSync(itagen, ['build', '--source', site, '--output', path.join(out, 'public')], { stdio: 'inherit' });
const publicDir = path.join(out, 'public');
const sitemap = fs.readFileSync(path.join(publicDir, 'sitemap.xml'), 'utf8');
const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
const basePath = '/ita/';  // tests/sites/xss/content/site.yaml base_url

// The built files under the base path, with the types a web host would send (the SVG with a
// script in it is served as a file, as it would be; no page may inline it).
const { server, origin } = await serveSite(publicDir, basePath);

// Runs before any page script: every way a payload shows itself is recorded in a list that
// page code can neither replace nor delete.
const tripwire = () => {
  const calls = [];
  Object.defineProperty(window, '__pwned', { value: calls, writable: false, configurable: false, enumerable: false });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = window[name];
    window[name] = function (...args) {
      calls.push(`${name}(${args.join(',')})`);
      return original.apply(this, args);
    };
  }
};

const browser = await launchChromium();
const context = await browser.newContext();
await context.addInitScript(tripwire);

// Looks at the DOM as the browser parsed it: nothing that can run script may be there.
const domProblems = () => {
  const problems = [];
  const scriptScheme = /^\s*(javascript|vbscript|data):/i;
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'].includes(attr.name.toLowerCase()) &&
          (scriptScheme.test(attr.value) || attr.name === 'srcdoc')) {
        problems.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    if (['iframe', 'frame', 'object', 'embed', 'base', 'form'].includes(el.localName) && !el.matches('form.site-search, form.search-form')) {
      problems.push(`<${el.localName}> element`);
    }
    if (el.localName === 'script' && !(el.src && new URL(el.src).pathname.startsWith('/ita/assets/'))) {
      problems.push(`<script>${el.textContent.slice(0, 40)}`);
    }
    if (el.localName === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') || '')) problems.push('<meta refresh>');
  }
  return problems;
};

// Fires the events inline handlers listen to on every element, then lists the links whose
// click would not simply load another http(s) page (those run in place, so they are clicked).
const fireEvents = () => {
  for (const el of document.querySelectorAll('body *')) {
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'focus', 'focusin', 'blur', 'toggle', 'animationstart']) {
      el.dispatchEvent(new Event(type, { bubbles: type !== 'mouseenter' }));
    }
  }
  return [...document.querySelectorAll('a[href], area[href]')]
    .map((a, i) => ({ i, href: a.getAttribute('href'), protocol: a.protocol }))
    .filter((l) => !['http:', 'https:', 'tel:', 'mailto:'].includes(l.protocol) || (l.href.startsWith('#') && l.href.length > 1));
};

const paths = [...new Set(locs.map((u) => u.pathname))];
paths.push(`${basePath}no-such-page/`);
check(paths.length > 20, `the xss site has pages (${paths.length})`);

for (const p of paths) {
  const t0 = Date.now();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' && !p.includes('no-such-page')) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`page error: ${e}`));
  page.on('dialog', (d) => { errors.push(`dialog ${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  const response = await page.goto(origin + p, { waitUntil: 'load' });
  check(response.status() === (p.includes('no-such-page') ? 404 : 200), `${p} status ${response.status()}`);
  const problems = await page.evaluate(domProblems);
  check(problems.length === 0, `${p} has no script-capable markup: ${problems.slice(0, 5).join(' | ')}`);

  // A real pointer over every link and text block (the viewport as tall as the page, so all
  // are in view), then synthetic events on every element.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 600), 16000) });
  // Header and footer are the same on every page: the pointer goes over them on the first one.
  const selector = p === paths[0] ? 'a, p, li, td, h1, h2, h3' : 'main a, main p, main li, main td, main h1, main h2, main h3';
  const targets = await page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0)
    .map((r) => [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)])
    .filter(([x, y], i, all) => all.findIndex(([a, b]) => a === x && b === y) === i).slice(0, 150), selector);
  const t1 = Date.now();
  for (const [x, y] of targets) await page.mouse.move(x, y);
  const t2 = Date.now();
  const inPlace = await page.evaluate(fireEvents);
  for (const l of inPlace) {
    const link = page.locator('a[href], area[href]').nth(l.i);
    await link.click({ timeout: 1000, force: true, noWaitAfter: true }).catch(() => {});
  }
  const t3 = Date.now();
  await page.waitForTimeout(50);
  await page.waitForLoadState('load');
  if (process.env.XSS_TIMING) console.log(p, t1 - t0, t2 - t1, t3 - t2, inPlace.length, targets.length);
  check(page.url().split('#')[0] === origin + p, `${p}: clicking in-page links stays on the page (now ${page.url()})`);
  const pwned = await page.evaluate(() => window.__pwned.slice());
  check(pwned.length === 0, `${p} ran no payload: ${pwned.join(' | ')}`);
  check(errors.length === 0, `${p} has no dialog or console error: ${errors.join(' | ')}`);
  await page.close();
}

// No page inlines the SVG from content/static (a script in it would run in the page).
let inlined = [];
for (const f of fs.readdirSync(publicDir, { recursive: true })) {
  if (f.endsWith('.html') && fs.readFileSync(path.join(publicDir, f), 'utf8').includes('xss-evil-svg-marker')) inlined.push(f);
}
check(inlined.length === 0, `no page inlines content/static/files/evil.svg: ${inlined.join(', ')}`);

// Search shows hostile titles and excerpts from search-index.json as text.
{
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`page error: ${e}`));
  page.on('dialog', (d) => { errors.push(`dialog ${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  for (const query of ['script', 'alert', 'onmouseover', 'ติดต่อ', 'มาตรการ', '<script>alert(1)</script>', '" onmouseover="alert(1)']) {
    await page.goto(`${origin}${basePath}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') !== '', null, { timeout: 5000 })
      .catch(() => {});
    const count = await page.$$eval('#search-results li', (lis) => lis.length);
    if (['script', 'ติดต่อ', 'มาตรการ'].includes(query)) check(count > 0, `search for ${query} finds hostile pages (${count})`);
    const problems = await page.evaluate(domProblems);
    check(problems.length === 0, `search for ${query} adds no script-capable markup: ${problems.slice(0, 5).join(' | ')}`);
    await page.evaluate(fireEvents);
    const pwned = await page.evaluate(() => window.__pwned.slice());
    check(pwned.length === 0, `search for ${query} ran no payload: ${pwned.join(' | ')}`);
  }
  check(errors.length === 0, `search has no dialog or console error: ${errors.join(' | ')}`);
  await page.close();
}

await browser.close();
server.close();
fs.rmSync(out, { recursive: true, force: true });
process.exit(finish());
