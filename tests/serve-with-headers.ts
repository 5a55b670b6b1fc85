/*
 * Serves dist/ the way a host that reads `_headers` would (Netlify, Cloudflare Pages), so the
 * smoke test can prove the generated headers allow everything the pages need. Run with Node's
 * TypeScript support: `node tests/serve-with-headers.ts PORT`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4322);
const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

function resolve(pathname: string): { file: string; status: number } {
	const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, safe), join(root, safe, 'index.html')];
	for (const file of candidates) if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
	return { file: join(root, '404.html'), status: 404 };
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const { file, status } = resolve(pathname);
	for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
	response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(port, 'localhost', () => console.log(`dist/ with _headers on http://localhost:${port}/`));
