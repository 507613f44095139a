// Browser tests' helpers: build the pane with webpack (production) into a folder of its own, serve that
// folder on 127.0.0.1 with a tiny static server, and drive Debian's Chromium through playwright-core.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { PATIENCE_MS } from './patience';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '../..');
export const TEST_OUTPUT = path.join(ROOT, 'test-output');

/** Fails with what to do when Debian's Chromium is missing (never a skip: the browser test is part of `npm test`). */
export function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser tests drive Debian's Chromium. Install it with\n` +
        '  apt-get install -y --no-install-recommends chromium\n' +
        '(.ci/run does this). Never `npx playwright install`: it downloads a browser from the internet.',
    );
  }
}

/** `webpack --mode production` into `outDir`, as `npm run build` does into dist/ but unminified; rejects with webpack's output on failure. */
export function buildPane(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    const child = spawn(process.execPath, [webpackCli, '--mode', 'production', '--output-path', outDir, '--no-stats'], {
      cwd: ROOT,
      env: { ...process.env, SEIKA_BASE_URL: '', NODE_ENV: 'production', SEIKA_MINIFY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Paths requested that did not exist (office.js asks for files beside itself; a 404 there hangs Office.onReady). */
  missing: string[];
  close(): Promise<void>;
}

/** Serves `dir` on http://127.0.0.1:<random port>/; GET and HEAD only, nothing outside `dir`. */
export function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const missing: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(root + path.sep)) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 403 : 405).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        missing.push(pathname);
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        missing,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A page whose waits (locators, navigation, events) give up only after PATIENCE_MS: on a busy machine the pane is slow, not broken. */
export async function patientPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(PATIENCE_MS);
  page.setDefaultNavigationTimeout(PATIENCE_MS);
  return page;
}

export function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
