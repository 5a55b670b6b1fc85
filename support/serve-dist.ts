/*
 * A small static server for dist/ with the generated `_headers` applied, started in-process by
 * the budget check and the benchmark, which load every page from a fresh cache and need a
 * server that starts in milliseconds. It is not a host: the browser tests prove the headers
 * and redirects on Cloudflare's own engine (`wrangler pages dev`, see playwright.config.ts).
 * Run by hand with `node support/serve-dist.ts PORT`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

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

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;
const compressed = new Map<string, Buffer>();
/**
 * A file's brotli bytes at the quality hosts use for static files, compressed once per version
 * of the file: the offline tests publish a new build into the folder a server is serving.
 */
function brotli(file: string, body: Buffer): Buffer {
	const { mtimeMs, size } = statSync(file);
	const key = `${file} ${mtimeMs} ${size}`;
	let bytes = compressed.get(key);
	if (!bytes) {
		bytes = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
		compressed.set(key, bytes);
	}
	return bytes;
}

/** Starts a static server for `root` on localhost:`port` and resolves once it listens. */
export function serveDist(root: string, port: number): Promise<Server> {
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const resolve = (pathname: string): { file: string; status: number } => {
		const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
		for (const file of [join(root, safe), join(root, safe, 'index.html')]) {
			if (existsSync(file) && statSync(file).isFile()) return { file, status: 200 };
		}
		return { file: join(root, '404.html'), status: 404 };
	};
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const { file, status } = resolve(pathname);
		for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
		const type = types[extname(file)] ?? 'application/octet-stream';
		const body = readFileSync(file);
		// Hosts compress text for browsers that accept it (Cloudflare Pages and Netlify send brotli),
		// and Lighthouse's simulated network charges the bytes sent: so this server compresses too.
		const compress = COMPRESSIBLE.test(type) && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(status, {
			'Content-Type': type,
			Vary: 'Accept-Encoding',
			...(compress ? { 'Content-Encoding': 'br' } : {}),
		});
		response.end(compress ? brotli(file, body) : body);
	});
	return new Promise((done) => server.listen(port, 'localhost', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4322);
	await serveDist(fileURLToPath(new URL('../dist/', import.meta.url)), port);
	console.log(`dist/ with _headers on http://localhost:${port}/`);
}
