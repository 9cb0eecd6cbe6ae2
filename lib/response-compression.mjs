/**
 * HTTP compression and ETags for the production server (scripts/start.mjs), in place of Next's own (next.config.js
 * turns `compress` and `generateEtags` off when the launcher says it does them).
 *
 * Why: Next compresses every response as it is sent and hashes every cached page's body for its ETag, in JavaScript,
 * on every request. For a cached public page that is most of what serving it costs: on the 10,000-product catalog
 * (47 KB of HTML), the ETag hash and gzip took about a quarter of the CPU per request, and they grow with the page,
 * so larger pages served at a fraction of the static page's rate (bench/README.md). Here a cached page's body is
 * compressed once per version and per encoding, and its ETag (a SHA-1, native) computed once: both are kept in an LRU
 * keyed by the body.
 *
 * Which responses take the shortcut: a GET answered 200 in one piece (Next ends a cached page with its whole body)
 * with a shared-cache lifetime (`s-maxage`, which Next sets only on pages it caches for everyone), no Set-Cookie,
 * not yet encoded, HTML or an RSC payload, 1 KB or more. Everything else (pages rendered per request, streams, route
 * handlers, files) goes through the `compression` middleware as before, with the same threshold and negotiation.
 * Keying by content, never by URL, means a cached copy can only be served for a byte-identical body: no stale page,
 * and no page of one client for another.
 */
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import compression from "compression";
import fresh from "fresh";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

/** Bodies smaller than this are sent as they are (the `compression` middleware's default threshold). */
const THRESHOLD_BYTES = 1024;
const CACHEABLE_TYPE = /^(?:text\/html|text\/x-component)\b/i;
/** Encodings offered, best first: brotli is smaller for the same CPU, gzip is what every client takes. */
const ENCODINGS = ["br", "gzip", "identity"];

/** @param {Buffer} body @param {string} encoding */
function encode(body, encoding) {
  if (encoding === "br") {
    // Quality 6: paid once per page version; the middleware's streaming default is 4.
    return zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  return zlib.gzipSync(body);
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {unknown} chunk
 */
function isCacheableWhole(req, res, chunk) {
  if (req.method !== "GET" || res.statusCode !== 200 || res.headersSent) return false;
  if (!(typeof chunk === "string" || Buffer.isBuffer(chunk))) return false;
  if (res.getHeader("content-encoding") || res.getHeader("set-cookie")) return false;
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  if (!/(?:^|,)\s*s-maxage=\d/.test(cacheControl) || /\b(?:private|no-store|no-transform)\b/.test(cacheControl)) return false;
  return CACHEABLE_TYPE.test(String(res.getHeader("content-type") ?? ""));
}

/**
 * @param {{ maxBytes?: number }} [options] `maxBytes`: memory for compressed bodies in this process (default 32 MB,
 *   some thousands of pages; Next keeps the uncompressed pages in its own 50 MB cache).
 * @returns {{ handle(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse): void, stats(): { hits: number, misses: number, entries: number, bytes: number } }}
 */
export function createResponseCompression({ maxBytes = 32 * 1024 * 1024 } = {}) {
  const streaming = compression({ threshold: THRESHOLD_BYTES });
  /**
   * Keyed by the body itself when Next ends with a string (a cached page's HTML is the same string object on every
   * request, whose hash V8 keeps, so a lookup costs neither a copy nor a hash of the body), else by its SHA-1.
   * @type {LRUCache<string, { etag: string, br?: Buffer, gzip?: Buffer }>}
   */
  const bodies = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (entry, key) => 2 * key.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0) + 64,
  });
  let hits = 0;
  let misses = 0;

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function handle(req, res) {
    streaming(/** @type {any} */ (req), /** @type {any} */ (res), () => {});
    // The middleware's own write/end (it takes no callbacks, and Next passes none): whatever does not take the
    // shortcut goes through them unchanged.
    const write = res.write;
    const end = res.end;
    let wrote = false;
    res.write = /** @type {any} */ (
      function (/** @type {any[]} */ ...args) {
        wrote = true;
        return write.apply(res, /** @type {any} */ (args));
      }
    );
    res.end = /** @type {any} */ (
      function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
        if (wrote || !isCacheableWhole(req, res, chunk) || (typeof rest[0] === "string" && rest[0] !== "utf8")) {
          return end.call(res, chunk, ...rest);
        }
        /** @type {Buffer | undefined} */
        let body;
        const key = typeof chunk === "string" ? chunk : `sha1:${createHash("sha1").update(chunk).digest("base64url")}:${chunk.length}`;
        let entry = bodies.get(key);
        if (!entry) {
          body = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
          if (body.length < THRESHOLD_BYTES) return end.call(res, chunk, ...rest);
          // Weak: the same validator covers every encoding of this body.
          entry = { etag: `W/"${createHash("sha1").update(body).digest("base64url")}"` };
          bodies.set(key, entry);
        }
        res.setHeader("ETag", entry.etag);
        res.setHeader("Vary", mergeVary(res.getHeader("vary")));
        if (fresh(/** @type {any} */ (req.headers), { etag: entry.etag })) {
          res.statusCode = 304;
          for (const name of ["content-type", "content-length", "content-encoding"]) res.removeHeader(name);
          return end.call(res);
        }
        const encoding = /** @type {"br" | "gzip" | "identity"} */ (new Negotiator(req).encoding(ENCODINGS, { preferred: ENCODINGS }) ?? "identity");
        if (encoding === "identity") {
          res.setHeader("Content-Length", Buffer.byteLength(chunk));
          return end.call(res, chunk);
        }
        let out = entry[encoding];
        if (out) hits++;
        else {
          misses++;
          out = encode(body ?? (typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk), encoding);
          entry[encoding] = out;
          bodies.set(key, entry); // again, to count the new bytes
        }
        // Already encoded: the middleware sees Content-Encoding and passes the bytes through.
        res.setHeader("Content-Encoding", encoding);
        res.setHeader("Content-Length", out.length);
        return end.call(res, out);
      }
    );
  }

  return { handle, stats: () => ({ hits, misses, entries: bodies.size, bytes: bodies.calculatedSize }) };
}

/** @param {number | string | string[] | undefined} current */
function mergeVary(current) {
  const values = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((v) => v.trim()).filter(Boolean);
  if (!values.some((v) => v.toLowerCase() === "accept-encoding")) values.push("Accept-Encoding");
  return values.join(", ");
}
