// Shared by the browser tests: Debian's chromium with the flags this closed network needs, a
// pass/fail counter printing the closing "N passed, N failed" line, and a static server that
// mounts a built site under its base path, as a sub-folder of a web host would.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function makeChecks(name) {
  const counts = { passed: 0, failed: 0 };
  const check = (ok, what) => {
    if (ok) counts.passed++;
    else { counts.failed++; console.log(`FAIL: ${what}`); }
  };
  const finish = () => {
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
    return counts.failed === 0 ? 0 : 1;
  };
  return { check, finish };
}

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8', '.pdf': 'application/pdf', '.png': 'image/png' };

// Serves publicDir under basePath on 127.0.0.1; unknown paths get the site's 404.html.
export async function serveSite(publicDir, basePath) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(basePath)) { res.writeHead(404); res.end(); return; }
    rel = rel.slice(basePath.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(publicDir, rel);
    if (!file.startsWith(publicDir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': types['.html'] });
      res.end(fs.readFileSync(path.join(publicDir, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
