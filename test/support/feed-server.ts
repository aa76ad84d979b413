// A local HTTP server for tests that fetch feeds: on 127.0.0.1, port 0 (the
// system picks a free one), so tests never reach the network and can run side
// by side. Each test sets up the routes it needs; the handlers below make the
// ways a real server misbehaves (slow, oversize, cut off, looping) one line.
//
//	const server = await startFeedServer();
//	after(() => server.close());
//	server.route('/feed.xml', conditional(feedBytes, {etag: '"v1"'}));
//	await fetchFeed(server.url('/feed.xml'), …);
//	server.requests('/feed.xml').length; // 1
import {createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse} from 'node:http';
import {createServer as createNetServer, type AddressInfo, type Socket} from 'node:net';

/** Answers one request; it may write nothing, stall or break the socket on purpose. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** A fixed answer: status 200 and no extra headers unless given. */
export type RouteSpec = {status?: number; headers?: Record<string, string>; body?: string | Uint8Array};

/** The running server, as startFeedServer gives it. */
export type FeedServer = {
	/** The absolute URL of a path on this server: `url('/feed.xml')`. */
	url(path: string): string;
	/** Answers requests for `path` (with its query, exactly as requested) from now on; a path with no route answers 404. */
	route(path: string, answer: RouteHandler | RouteSpec): void;
	/** The headers of every request made for `path` so far, in order (routed or not): its length counts them. */
	requests(path: string): IncomingHttpHeaders[];
	/** Stops the server, breaking every connection still open (stalled routes hold theirs). */
	close(): Promise<void>;
};

/** Starts a server on 127.0.0.1 with no routes; close it when the test file is done. */
export async function startFeedServer(): Promise<FeedServer> {
	const routes = new Map<string, RouteHandler>();
	const seen = new Map<string, IncomingHttpHeaders[]>();
	const sockets = new Set<Socket>();
	const server = createServer((request, response) => {
		const path = request.url ?? '/';
		seen.set(path, [...(seen.get(path) ?? []), request.headers]);
		const handler = routes.get(path) ?? serve({status: 404, body: 'no such route'});
		handler(request, response);
	});
	// closeAllConnections leaves out sockets an answer has been detached from
	// or that are mid-write; tracking them all makes close() end every one.
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const {port} = server.address() as AddressInfo;
	return {
		url: path => `http://127.0.0.1:${port}${path}`,
		route(path, answer) {
			routes.set(path, typeof answer === 'function' ? answer : serve(answer));
		},
		requests: path => seen.get(path) ?? [],
		close: () => new Promise<void>(resolve => {
			server.close(() => resolve());
			for (const socket of sockets) socket.destroy();
		}),
	};
}

/** A fixed answer as a handler: status, headers, body (a Content-Length is sent for it). */
export function serve(spec: RouteSpec): RouteHandler {
	return (_request, response) => {
		const body = spec.body ?? '';
		response.writeHead(spec.status ?? 200, {'content-length': String(Buffer.byteLength(body)), ...spec.headers});
		response.end(body);
	};
}

/**
 * A feed with validators, as a well-behaved server keeps it: 304 with no body
 * when the request's If-None-Match holds the ETag, or (without If-None-Match,
 * as RFC 9110 says) its If-Modified-Since is the Last-Modified; else 200 with
 * the body and both validators.
 */
export function conditional(body: string | Uint8Array, validators: {etag?: string; lastModified?: string}, headers: Record<string, string> = {}): RouteHandler {
	const sent: Record<string, string> = {...headers};
	if (validators.etag !== undefined) sent.etag = validators.etag;
	if (validators.lastModified !== undefined) sent['last-modified'] = validators.lastModified;
	return (request, response) => {
		const noneMatch = request.headers['if-none-match'];
		const modifiedSince = request.headers['if-modified-since'];
		const matches = noneMatch !== undefined
			? validators.etag !== undefined && noneMatch.split(',').map(tag => tag.trim()).includes(validators.etag)
			: modifiedSince !== undefined && modifiedSince === validators.lastModified;
		if (matches) {
			response.writeHead(304, sent);
			response.end();
			return;
		}
		serve({body, headers: sent})(request, response);
	};
}

/** A redirect to `location` (a path on this server or any URL); a route redirecting to itself is a loop. */
export function redirect(location: string, status = 302): RouteHandler {
	return (_request, response) => {
		response.writeHead(status, {location, 'content-length': '0'});
		response.end();
	};
}

/** Sends the headers and the first bytes of a body, then nothing: longer than any timeout a test passes, until close(). */
export function stall(firstBytes = '<?xml version="1.0"?>'): RouteHandler {
	return (_request, response) => {
		response.writeHead(200, {'content-type': 'application/rss+xml'});
		response.write(firstBytes);
	};
}

/** Never answers at all: the request's headers are read, no status line is sent, until close(). */
export function silence(): RouteHandler {
	return () => undefined;
}

/**
 * A body of `totalBytes` (`Infinity`: without end), written as the client
 * takes it, with no Content-Length (chunked), so only counting while reading
 * can stop it. It stops writing when the client goes away.
 */
export function stream(totalBytes: number, chunk: Uint8Array = new Uint8Array(16 * 1024).fill(0x20)): RouteHandler {
	return (_request, response) => {
		response.writeHead(200, {'content-type': 'application/rss+xml'});
		let written = 0;
		const more = () => {
			while (written < totalBytes && !response.destroyed) {
				const piece = chunk.subarray(0, Math.min(chunk.byteLength, totalBytes - written));
				written += piece.byteLength;
				if (!response.write(piece)) {
					response.once('drain', more);
					return;
				}
			}
			if (written >= totalBytes) response.end();
		};
		response.on('close', () => response.off('drain', more));
		more();
	};
}

/** Declares a Content-Length of `declaredBytes` and sends only `body`, then destroys the socket: a feed cut off part-way. */
export function cutOff(body: string, declaredBytes: number): RouteHandler {
	return (_request, response) => {
		response.writeHead(200, {'content-type': 'application/rss+xml', 'content-length': String(declaredBytes)});
		// Destroyed once the part has left, so the client has the headers and
		// the part before the connection goes.
		response.write(body, () => response.socket?.destroy());
	};
}

/** Closes the connection without an answer (the client sees the other side close). */
export function hangUp(): RouteHandler {
	return request => {
		request.socket.destroy();
	};
}

/** Resets the connection (a TCP RST) without an answer: the client sees ECONNRESET. */
export function reset(): RouteHandler {
	return request => {
		request.socket.resetAndDestroy();
	};
}

/** A web page where a feed was expected: 200, text/html. */
export function htmlPage(title = 'Front page'): RouteHandler {
	return serve({
		headers: {'content-type': 'text/html; charset=utf-8'},
		body: `<!doctype html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Not a feed.</p></body></html>\n`,
	});
}

/** An http URL on 127.0.0.1 where nothing listens (a port just freed), so connecting is refused. */
export async function refusedUrl(path = '/feed.xml'): Promise<string> {
	const probe = createNetServer();
	await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', () => resolve()));
	const {port} = probe.address() as AddressInfo;
	await new Promise<void>(resolve => probe.close(() => resolve()));
	return `http://127.0.0.1:${port}${path}`;
}
