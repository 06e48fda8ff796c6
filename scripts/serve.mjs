#!/usr/bin/env node
// Serves a built folder on 127.0.0.1 with the strict Content-Security-Policy the widget
// promises to work under, so the demo runs the way a careful news site would host it.
//   node scripts/serve.mjs build/wasm/site [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'build/wasm/site');
const port = Number(process.argv[3] ?? process.env.PORT ?? 8000);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`serve: ${root}/index.html not found; build the site first (scripts/demo.sh)`);
  process.exit(2);
}

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`corroborate demo: http://127.0.0.1:${port}/`);
}).on('error', (e) => {
  console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
  process.exit(2);
});
