/**
 * The production server's response layer (scripts/start.mjs), in front of Next's request handler: compression,
 * ETags and a short-lived copy of the public pages Next caches. next.config.js turns Next's own `compress` and
 * `generateEtags` off when the launcher says this layer does them.
 *
 * Why: a cached public page costs Next about 2 ms of CPU per request even when it renders nothing: routing, its
 * cache lookup, and (with its own settings) a gzip and a JavaScript hash of the whole body for the ETag, both of
 * which grow with the page. On the 2-core machines we deploy to, with the 10,000-product catalog (47 KB of HTML),
 * gzip and the hash were a quarter of that, so larger pages served at a fraction of the static page's rate
 * (bench/README.md).
 *
 * 1. Whole cached bodies. A GET answered 200 in one piece (Next ends a cached page with its whole body) with a
 *    shared-cache lifetime (`s-maxage`: Next sets it only on pages it caches for everyone), no Set-Cookie, not yet
 *    encoded, HTML or an RSC payload, 1 KB or more, is compressed once per version and encoding (brotli or gzip,
 *    negotiated) and gets a weak ETag (a native SHA-1, once), answered with 304 on revalidation. A body sent often
 *    gets a smaller brotli copy at the highest quality, made in the background (HOT_SENDS). They are kept by the
 *    body itself, so a copy is only ever sent for a byte-identical body. Everything else (pages rendered per
 *    request, streams, route handlers, other files) goes through the `compression` middleware, gzipped as it streams.
 * 2. Public pages. Such a response, when Next served it from its cache (`x-nextjs-cache` HIT or MISS, never STALE)
 *    to a request without credentials, is kept for its address and router headers (the ones Next varies on) for at
 *    most PAGE_TTL_MS, and the same request is answered from memory without entering Next, to signed-in visitors
 *    too (a page kept from a request with a session cookie only to them: see pageKey). Any cache-tag invalidation in
 *    this process (lib/cache-handler.mjs calls invalidateCachedPages after Next has recorded it, whether this process
 *    wrote or a sibling did) drops every kept page, and a response whose request began before an invalidation is not
 *    kept. So a write is seen exactly when Next sees it; pages Next revalidates by time are at most PAGE_TTL_MS later
 *    than Next alone would be.
 * 3. Build files. A file under /_next/static (JavaScript, CSS: a first visit loads ~137 KB of them, gzipped) that
 *    Next sent whole with `immutable` is kept by its path (the name carries its content hash; only plain paths, so
 *    that one file cannot be kept under many spellings), compressed at the highest levels off the main thread, and
 *    from then on sent from memory: brotli to browsers (~12% fewer bytes than gzip on our chunks), gzip to the rest.
 *    Until its copies are ready, Next serves it as any other file.
 * 4. Error documents. The first piece of an HTML error answer to a GET that is Next's empty error document gets a
 *    notice for readers without JavaScript and a `lang` (lib/error-shell.mjs); a HEAD gets the same Content-Length.
 * 5. Private pages. For a signed-in page the app lists (lib/private-pages.ts registers privatePageVersion on globalThis
 *    once the database is ready), the version of what the page would render for this request (its user and a hash of
 *    the page's reads) is asked before Next is. A rendering kept under an equal version, address, kind of client
 *    (getBotType) and router headers is sent from memory. Else Next renders inside a render slot (an
 *    AsyncLocalStorage store) in which the page records the version of what it rendered (recordRenderedVersion),
 *    and a GET's whole answer (200, HTML or an RSC
 *    payload, no Set-Cookie, not cut short) is kept for at most PAGE_TTL_MS, only when that recorded version equals the
 *    one asked before: a render that failed, redirected, was refused or read other data (a write during the render)
 *    records none or another and is not kept. So a rendering is only ever sent to a request whose own session gave the
 *    same user and data it was rendered from: a change to what the page shows, in any process, makes the next request
 *    render. Its headers (Cache-Control: private, no-store) are sent as Next set them.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import compression from "compression";
import fresh from "fresh";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";
// Next's own test of a User-Agent (its server picks how to render with it): one of the few internals used here, with
// the version pinned in package.json and tests/response-cache-private.test.ts reading it.
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import { errorShellNotice } from "./error-shell.mjs";
import { hasSessionCookie } from "./session-cookies.mjs";

/** Bodies smaller than this are sent as they are (the `compression` middleware's default threshold). */
const THRESHOLD_BYTES = 1024;
/**
 * A page body sent this many times as its quality-6 brotli copy gets a quality-11 copy, made in the background (see
 * sendEncoded): 13% fewer bytes for the catalog (7.4 → 6.4 KB), at 78 ms of a pool thread instead of 1.5 ms, so
 * only for the pages people keep asking for, never for every one of 10,000 product pages a crawler walks once.
 */
const HOT_SENDS = 16;
/** How long a public page is answered from memory before Next is asked again. */
export const PAGE_TTL_MS = 60_000;
const CACHEABLE_TYPE = /^(?:text\/html|text\/x-component)\b/i;
/** Encodings offered, best first: brotli is smaller for the same CPU, gzip is what every client takes. */
const ENCODINGS = ["br", "gzip", "identity"];
/** Request headers Next varies a page's response on (its `Vary`), besides Accept-Encoding. */
const NEXT_VARY = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** Build files of these types are kept (text that compresses); others (images, fonts) are left to Next. */
const ASSET_TYPE = /^(?:text\/(?:css|javascript|plain)|application\/(?:javascript|json)|image\/svg\+xml)\b/i;
/** A build file larger than this is not kept (Next's largest chunk here is ~370 KB). */
const MAX_ASSET_BYTES = 4 * 1024 * 1024;
/**
 * A build file's path as Next writes it into pages: segments of plain characters, none starting with a dot. Dot
 * segments, empty segments and percent-encoding (which Next resolves to the same file) are left to Next.
 */
const ASSET_PATH = /^\/_next\/static(?:\/[\w~-][\w.~-]*)+$/;
const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** Next's draft-mode cookies (App Router, Pages Router preview): with them Next renders instead of reading its cache. */
const NEXT_BYPASS_COOKIE = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/;
/** Response headers not replayed from a kept page (per connection, or set again when it is sent). */
const NOT_REPLAYED = new Set(["date", "age", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);

/** A private page's kept rendering larger than this is not kept (the order list is ~50 KB). */
const MAX_PRIVATE_BYTES = 1024 * 1024;
/** Where lib/private-pages.ts registers the version function of the private pages (see 5. above). */
const PRIVATE_PAGES = Symbol.for("xiangji.response-cache.private-pages");
/**
 * The render slots of private pages (see 5. above): lib/private-pages.ts's recordRenderedVersion writes the version a
 * page rendered into the store of the render it runs in. One per process, on globalThis (the app's module graphs
 * reach it there).
 * @type {AsyncLocalStorage<{ rendered?: string }>}
 */
const renderSlots = /** @type {any} */ (globalThis)[Symbol.for("xiangji.response-cache.render-slots")] ??= new AsyncLocalStorage();

/** @typedef {(url: string, headers: import("node:http").IncomingHttpHeaders) => Promise<string | undefined> | undefined} PrivatePageVersion */
/**
 * A body and its encodings. `brSends`: times its quality-6 brotli copy was sent; `brBest`: its quality-11 copy is
 * made or being made (see HOT_SENDS).
 * @typedef {{ key: string, etag: string, body: string | Buffer, br?: Buffer, gzip?: Buffer, brSends?: number, brBest?: boolean }} EncodedBody
 */
/** @typedef {[string, number | string | string[]][]} KeptHeaders */
/** A kept private page: its rendering is its own. @typedef {{ headers: KeptHeaders, encoded: EncodedBody, storedAt: number, expiresAt: number }} KeptPage */
/**
 * A kept public page. Its body is the shared entry of the encoded bodies, which alone counts its memory: many
 * addresses can answer with one page (/products?<any unknown query> is the catalog), and each counting the whole body
 * again let a few hundred such requests push every other page out. The page holds it weakly, and is answered only
 * while the bodies still keep it. `sessionOnly`: kept from a request with a session cookie, so answered only to
 * requests with one (pageKey).
 * @typedef {{ headers: KeptHeaders, body: WeakRef<EncodedBody>, storedAt: number, expiresAt: number, sessionOnly: boolean }} PublicPage
 */

/** Every layer of this process, so that a cache-tag invalidation reaches them (scripts/start.mjs makes one). */
const LAYERS = Symbol.for("xiangji.response-cache.layers");
/** @type {Set<{ invalidate(): void }>} */
const layers = /** @type {any} */ (globalThis)[LAYERS] ?? ((/** @type {any} */ (globalThis))[LAYERS] = new Set());

/** Drop every kept public page of this process: called once Next has recorded a cache-tag invalidation. */
export function invalidateCachedPages() {
  for (const layer of layers) layer.invalidate();
}

/** @param {Buffer} body @param {"br" | "gzip"} encoding */
function encode(body, encoding) {
  if (encoding === "br") {
    // Quality 6: paid once per page version; the middleware's streaming default is 4.
    return zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  return zlib.gzipSync(body);
}

/** The build-file compression in progress in this process (see encodeBest). */
let lastEncoding = Promise.resolve();

/**
 * Run `work` after every compression queued before it, on libuv's thread pool. One at a time: a first page load asks
 * for some twenty build files at once, and the pool's four threads also read Next's files and hash passwords at
 * sign-in, which would otherwise wait up to a second behind them.
 * @template T @param {() => Promise<T>} work @returns {Promise<T>}
 */
function serially(work) {
  const done = lastEncoding.then(work);
  lastEncoding = done.then(
    () => undefined,
    () => undefined,
  );
  return done;
}

/** Brotli at quality 11, off the main thread (see serially). @param {Buffer} body */
const brotliBest = (body) => brotliCompress(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });

/**
 * A build file's copies at the highest levels (brotli 11, gzip 9): paid once per file and process, and never on the
 * thread that answers requests (quality 11 took 772 ms for the 374 KB chunk here).
 * @param {Buffer} body
 * @returns {Promise<{ br: Buffer, gzip: Buffer }>}
 */
function encodeBest(body) {
  return serially(async () => ({ br: await brotliBest(body), gzip: await gzip(body, { level: 9 }) }));
}

/** @param {string | Buffer} body */
const toBuffer = (body) => (typeof body === "string" ? Buffer.from(body, "utf8") : body);

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
 * The first chunk of an HTML error answer to a GET, with a notice for readers without JavaScript (and the document's
 * language) when it is Next's empty error document (lib/error-shell.mjs), or the same length announced to a HEAD; any other chunk as it is.
 * Keeps a Content-Length Next set true.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
 * @param {unknown} chunk @param {unknown} encoding
 */
function withErrorNotice(req, res, chunk, encoding) {
  // Next sends a page's headers before its first chunk when it streams (no Content-Length then): the body can still
  // change. Next never compresses (next.config.js leaves it to this layer, whose middleware compresses what is
  // passed on here).
  if ((req.method !== "GET" && req.method !== "HEAD") || res.statusCode < 400 || !/^text\/html\b/.test(String(res.getHeader("content-type") ?? ""))) return chunk;
  const length = res.getHeader("content-length");
  if (length !== undefined && res.headersSent) return chunk;
  const utf8 = encoding === undefined || typeof encoding === "function" || encoding === "utf8" || encoding === "utf-8";
  const head = typeof chunk === "string" ? (utf8 ? chunk : undefined) : chunk instanceof Uint8Array ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : undefined;
  if (head === undefined) return chunk;
  const inserts = errorShellNotice(head, res.statusCode, (req.url ?? "/").split("?")[0] ?? "/");
  if (inserts === undefined) return chunk;
  if (length !== undefined) res.setHeader("Content-Length", inserts.reduce((n, i) => n + Buffer.byteLength(i.text), Number(length)));
  // A HEAD announces the length the GET sends; Node drops its body.
  if (req.method === "HEAD") return chunk;
  // The offsets ascend: each piece of the original goes out once, in order, with the inserts between.
  const offsets = [0, ...inserts.map((i) => i.at), head.length];
  if (typeof head === "string") return inserts.reduce((out, ins, k) => out + ins.text + head.slice(ins.at, offsets[k + 2]), head.slice(0, offsets[1]));
  return Buffer.concat([head.subarray(0, offsets[1]), ...inserts.flatMap((ins, k) => [Buffer.from(ins.text), head.subarray(ins.at, offsets[k + 2])])]);
}

/**
 * A request whose answer may come from, or go to, the kept pages: a plain GET or HEAD without credentials, with or
 * without cookies. A page Next answers from its shared cache is the same for everyone who reaches it (that is what
 * Next caches), and the one thing in front of Next that reads a cookie is the proxy's redirect to /login of requests
 * without a session cookie (proxy.ts; next-intl neither detects nor stores a locale): so a page kept from a request
 * with a session cookie is answered only to requests with one (PublicPage.sessionOnly), any other to everyone. Next's
 * draft-mode cookies (with them it renders instead of reading its cache) are left to Next, and so is a request with a
 * Content-Type: the proxy runs for those (a form post's locale), and next-intl's `Link` header it adds is built from
 * the request's own Host, which must never be replayed to others.
 * @param {import("node:http").IncomingMessage} req
 */
function pageKey(req) {
  if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.authorization || req.headers["content-type"] !== undefined) return undefined;
  const cookie = req.headers.cookie;
  if (cookie !== undefined && NEXT_BYPASS_COOKIE.test(cookie)) return undefined;
  return routerKey(req);
}

/**
 * A request for a build file that may come from, or go to, the kept build files: its path (the query changes nothing
 * Next sends). Not for ranges, which Next answers.
 * @param {import("node:http").IncomingMessage} req
 */
function assetKey(req) {
  if ((req.method !== "GET" && req.method !== "HEAD") || req.headers.range) return undefined;
  const path = (req.url ?? "").split("?", 1)[0] ?? "";
  return ASSET_PATH.test(path) ? path : undefined;
}

/** A build file Next is sending that may be kept: 200, immutable, a text type, not encoded by Next, no cookie. */
/** @param {import("node:http").ServerResponse} res */
function isKeepableAsset(res) {
  if (res.statusCode !== 200 || res.getHeader("set-cookie") || res.getHeader("content-encoding")) return false;
  return /\bimmutable\b/.test(String(res.getHeader("cache-control") ?? "")) && ASSET_TYPE.test(String(res.getHeader("content-type") ?? ""));
}

/** Whether Next's response varies on nothing but the headers in the page key. @param {import("node:http").ServerResponse} res */
function variesOnlyOnKnownHeaders(res) {
  const vary = String(res.getHeader("vary") ?? "").toLowerCase().split(",").map((v) => v.trim()).filter(Boolean);
  return vary.every((name) => name === "accept-encoding" || NEXT_VARY.includes(name));
}

/**
 * The key of a request's answer among the kept pages: address and the router headers Next varies on.
 * @param {import("node:http").IncomingMessage} req @param {string} [prefix]
 */
function routerKey(req, prefix = "") {
  let key = `${prefix}${req.url ?? "/"}`;
  for (const name of NEXT_VARY) key += `\n${req.headers[name] ?? ""}`;
  return key;
}

/**
 * Whether a private page's answer may be kept: 200, HTML or RSC, no cookie, no other Vary. (Content-Encoding is not
 * asked: Next never encodes here, and by the first write of a stream the streaming middleware may have set its own.)
 * @param {import("node:http").ServerResponse} res
 */
function isKeepablePrivate(res) {
  if (res.statusCode !== 200 || res.getHeader("set-cookie")) return false;
  return CACHEABLE_TYPE.test(String(res.getHeader("content-type") ?? "")) && variesOnlyOnKnownHeaders(res);
}

/** The headers of Next's answer that a kept copy sends again. @param {import("node:http").ServerResponse} res */
const replayedHeaders = (res) => /** @type {KeptHeaders} */ (Object.entries(res.getHeaders()).filter(([name, value]) => value !== undefined && !NOT_REPLAYED.has(name)));

/**
 * @param {{ maxBytes?: number, pageTtlMs?: number, now?: () => number }} [options] `maxBytes`: memory for the encoded
 *   bodies (public pages' included), for the addresses of kept public pages, and for kept private pages in this
 *   process, each (default 32 MB: some thousands of pages, some tens of thousands of addresses; Next keeps the
 *   uncompressed public pages in its own 50 MB cache). `now`: a clock in milliseconds for the
 *   lifetimes of kept pages, monotonic by default (a wall clock set back would keep pages past their lifetime).
 */
export function createResponseCache({ maxBytes = 32 * 1024 * 1024, pageTtlMs = PAGE_TTL_MS, now = () => performance.now() } = {}) {
  const streaming = compression({ threshold: THRESHOLD_BYTES });
  const size = (/** @type {EncodedBody} */ e) => (typeof e.body === "string" ? 2 * e.body.length : e.body.length) + (e.br?.length ?? 0) + (e.gzip?.length ?? 0) + 64;
  /**
   * Keyed by the body itself when Next ends with a string (a cached page's HTML is the same string object on every
   * request, whose hash V8 keeps, so a lookup costs neither a copy nor a hash of the body), else by its SHA-1.
   * @type {LRUCache<string, EncodedBody>}
   */
  const bodies = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => size(entry) });
  /** Public pages by address and router headers (see 2. above; their bodies count in `bodies`). @type {LRUCache<string, PublicPage>} */
  const pages = new LRUCache({ maxSize: maxBytes, sizeCalculation: (_page, key) => 2 * key.length + 512 });
  /** Private pages by version, address and router headers (see 5. above). @type {LRUCache<string, KeptPage>} */
  const privatePages = new LRUCache({ maxSize: maxBytes, sizeCalculation: (page, key) => size(page.encoded) + 2 * key.length + 512 });
  /**
   * GET requests whose private page, once rendered, may be kept: the key it is kept under, the version read before the
   * render, and the slot the render records its own version in.
   * @type {WeakMap<import("node:http").IncomingMessage, { key: string, version: string, slot: { rendered?: string } }>}
   */
  const privateRenders = new WeakMap();
  /** Build files with both copies made (never compressed again: see encodeBest). */
  /** @type {LRUCache<string, { headers: KeptHeaders, encoded: EncodedBody }>} */
  const assets = new LRUCache({ maxSize: maxBytes, sizeCalculation: (asset, key) => size(asset.encoded) + 2 * key.length + 512 });
  /** Build files whose copies are being made. */
  const compressing = new Set();
  /** Bumped by every invalidation: a response whose request began under an older one is not kept. */
  let generation = 0;
  const counts = { hits: 0, misses: 0, pageHits: 0, assetHits: 0, privateHits: 0, brImproved: 0 };
  const layer = {
    invalidate() {
      generation++;
      pages.clear();
    },
  };
  layers.add(layer);

  /**
   * Send a kept body: 304 when the client holds it, else its encoding for this client (made once).
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {EncodedBody} encoded
   * @param {(chunk?: any) => void} end
   */
  function sendEncoded(req, res, encoded, end) {
    res.setHeader("ETag", encoded.etag);
    res.setHeader("Vary", mergeVary(res.getHeader("vary")));
    if (fresh(/** @type {any} */ (req.headers), { etag: encoded.etag })) {
      res.statusCode = 304;
      for (const name of ["content-type", "content-length", "content-encoding"]) res.removeHeader(name);
      end();
      return;
    }
    let encoding = /** @type {"br" | "gzip" | "identity"} */ (new Negotiator(req).encoding(ENCODINGS, { preferred: ENCODINGS }) ?? "identity");
    // A HEAD sends no body: it gets an encoding already made, never a compression of its own.
    if (req.method === "HEAD" && encoding !== "identity" && !encoded[encoding]) encoding = "identity";
    let out = encoding === "identity" ? undefined : encoded[encoding];
    const grew = encoding !== "identity" && !out;
    if (grew) {
      counts.misses++;
      out = encode(toBuffer(encoded.body), /** @type {"br" | "gzip"} */ (encoding));
      encoded[/** @type {"br" | "gzip"} */ (encoding)] = out;
      // Counted again at its new size: the LRU sizes an entry when it is added (setting the same value again does not
      // recount it). A kept private page, whose body is its own, re-adds itself (replayPrivate).
      if (bodies.peek(encoded.key) === encoded) resize(bodies, encoded.key, encoded);
    } else if (out) {
      counts.hits++;
      if (encoding === "br" && !encoded.brBest && (encoded.brSends = (encoded.brSends ?? 0) + 1) >= HOT_SENDS) improveBrotli(encoded);
    }
    if (out) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", out ? out.length : Buffer.byteLength(encoded.body));
    end(req.method === "HEAD" ? undefined : (out ?? encoded.body));
  }

  /**
   * Replace a shared body's brotli copy with one at quality 11, once, in the background; requests meanwhile get the
   * copy it has. The ETag stays: it names the body, which is the same. A private page's body is its own and short-lived
   * (kept per user for a minute), so only bodies of the shared store get one.
   * @param {EncodedBody} encoded
   */
  function improveBrotli(encoded) {
    if (bodies.peek(encoded.key) !== encoded) return;
    encoded.brBest = true;
    serially(() => brotliBest(toBuffer(encoded.body))).then(
      (best) => {
        // Dropped meanwhile: nothing to improve (and nothing to count).
        if (bodies.peek(encoded.key) !== encoded || !encoded.br || best.length >= encoded.br.length) return;
        encoded.br = best;
        counts.brImproved++;
        resize(bodies, encoded.key, encoded);
      },
      () => undefined,
    );
  }

  /** @param {string | Buffer} chunk */
  function encodedBodyOf(chunk) {
    // A Buffer is keyed by its SHA-1, which is then also its ETag; a string is hashed only the first time it is seen.
    const digest = typeof chunk === "string" ? undefined : createHash("sha1").update(chunk).digest("base64url");
    const key = digest === undefined ? /** @type {string} */ (chunk) : `sha1:${digest}:${chunk.length}`;
    let entry = bodies.get(key);
    if (!entry) {
      entry = { key, etag: `W/"${digest ?? createHash("sha1").update(toBuffer(chunk)).digest("base64url")}"`, body: chunk };
      bodies.set(key, entry);
    }
    return entry;
  }

  /**
   * Answer from a kept public page, if there is one for this request. Call before Next; true when answered.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function serveKept(req, res) {
    const file = assetKey(req);
    const asset = file === undefined ? undefined : assets.get(file);
    if (asset) {
      counts.assetHits++;
      for (const [name, value] of asset.headers) res.setHeader(name, value);
      // Both copies were made before it was kept: nothing is compressed here, so the entry's size stays.
      sendEncoded(req, res, asset.encoded, (chunk) => res.end(chunk));
      return true;
    }
    const key = pageKey(req);
    const page = key === undefined ? undefined : pages.get(key);
    if (!page || (page.sessionOnly && !hasSessionCookie(req.headers.cookie))) return false;
    const encoded = page.body.deref();
    // Expired, or its body dropped from the bodies (and perhaps not yet collected): Next answers, and that is kept.
    if (!encoded || bodies.get(encoded.key) !== encoded || !send(req, res, page, encoded)) {
      pages.delete(/** @type {string} */ (key));
      return false;
    }
    counts.pageHits++;
    return true;
  }

  /**
   * Send a kept page, unless it has expired (false). True when sent.
   * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res
   * @param {{ headers: KeptHeaders, storedAt: number, expiresAt: number }} page @param {EncodedBody} encoded
   */
  function send(req, res, page, encoded) {
    if (page.expiresAt <= now()) return false;
    for (const [name, value] of page.headers) res.setHeader(name, value);
    // As any HTTP cache answering from a stored response (RFC 9111 §5.1): seconds since it was stored.
    res.setHeader("Age", Math.floor((now() - page.storedAt) / 1000));
    sendEncoded(req, res, encoded, (chunk) => res.end(chunk));
    return true;
  }

  /**
   * Send the private page kept under `key`, if it has not expired; false when there is none.
   * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {string} key
   */
  function replayPrivate(req, res, key) {
    const page = privatePages.get(key);
    if (!page) return false;
    const sizeBefore = size(page.encoded);
    if (!send(req, res, page, page.encoded)) {
      privatePages.delete(key);
      return false;
    }
    // Counted again at its new size when an encoding was added (see sendEncoded).
    if (size(page.encoded) !== sizeBefore && privatePages.peek(key) === page) resize(privatePages, key, page);
    return true;
  }

  /**
   * Answer a private page from memory when its version for this request has a kept rendering (see 5. above); else
   * mark a GET so that capture keeps what Next renders. Call before capture. Undefined, decided at once, when the
   * request is not for a private page; else a promise of whether it was answered (false also when the version could
   * not be read: Next then renders, and answers any error itself).
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @returns {Promise<boolean> | undefined}
   */
  function servePrivate(req, res) {
    const versionOf = /** @type {PrivatePageVersion | undefined} */ (/** @type {any} */ (globalThis)[PRIVATE_PAGES]);
    if (typeof versionOf !== "function" || (req.method !== "GET" && req.method !== "HEAD") || !req.headers.cookie) return undefined;
    /** @type {Promise<string | undefined> | undefined} */
    let pending;
    try {
      pending = versionOf(req.url ?? "/", req.headers);
    } catch {
      return undefined;
    }
    if (pending === undefined) return undefined;
    return pending.then(
      (version) => {
        if (version === undefined) return false;
        // Next renders a page differently for the crawlers it knows (metadata in the head, not streamed): a rendering
        // is kept for the kind of client Next sees in the User-Agent, not for the string itself, so that varying it
        // neither costs a render per browser update nor lets one user fill memory with renderings of one page.
        const key = routerKey(req, `${version}\n${getBotType(req.headers["user-agent"] ?? "") ?? "browser"}\n`);
        if (replayPrivate(req, res, key)) {
          counts.privateHits++;
          return true;
        }
        if (req.method === "GET") privateRenders.set(req, { key, version, slot: {} });
        return false;
      },
      () => false,
    );
  }

  /**
   * Run Next's handler for this request: inside its render slot when servePrivate marked it (see 5. above).
   * @template T @param {import("node:http").IncomingMessage} req @param {() => T} handle @returns {T}
   */
  function rendering(req, handle) {
    const render = privateRenders.get(req);
    return render ? renderSlots.run(render.slot, handle) : handle();
  }

  /** Keep nothing of this request's answer (the handler failed: what was sent may be cut short). */
  /** @param {import("node:http").IncomingMessage} req */
  function discard(req) {
    privateRenders.delete(req);
  }

  /**
   * Take over compression and ETags of this response, and keep it if it is a public page or a private page rendered
   * from the version servePrivate read. Call before Next.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  function capture(req, res) {
    const key = pageKey(req);
    const startedUnder = generation;
    streaming(/** @type {any} */ (offeringNoBrotli(req)), /** @type {any} */ (res), () => {});
    // The middleware's own write/end (it takes no callbacks, and Next passes none): whatever does not take the
    // shortcut goes through them unchanged.
    const write = res.write;
    const end = res.end;
    let wrote = false;
    let firstPieceSeen = false;
    /** The first non-empty piece of the body through withErrorNotice; the rest as they are. @param {any} chunk @param {any} encoding */
    const firstPiece = (chunk, encoding) => {
      if (firstPieceSeen || chunk == null || typeof chunk === "function" || chunk.length === 0) return chunk;
      firstPieceSeen = true;
      return withErrorNotice(req, res, chunk, encoding);
    };
    const file = req.method === "GET" ? assetKey(req) : undefined;
    const body = file === undefined || assets.has(file) || compressing.has(file) ? undefined : collector(res, () => isKeepableAsset(res));
    const privateRender = privateRenders.get(req);
    const privateBody = privateRender === undefined ? undefined : collector(res, () => isKeepablePrivate(res), { maxBytes: MAX_PRIVATE_BYTES, lengthKnown: false });
    res.write = /** @type {any} */ (
      function (/** @type {any[]} */ ...args) {
        args[0] = firstPiece(args[0], args[1]);
        wrote = true;
        body?.add(args[0], args[1]);
        privateBody?.add(args[0], args[1]);
        return write.apply(res, /** @type {any} */ (args));
      }
    );
    res.end = /** @type {any} */ (
      function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
        chunk = firstPiece(chunk, rest[0]);
        if (body && typeof chunk !== "function") {
          body.add(chunk, rest[0]);
          const whole = body.complete();
          if (whole) keepAsset(/** @type {string} */ (file), res, whole);
        }
        if (privateRender && privateBody && typeof chunk !== "function") {
          privateBody.add(chunk, rest[0]);
          const whole = privateBody.complete();
          // Rendered from the version read before (see 5. above), and not cut short: the handler did not fail
          // (discard), the client is still there, and an HTML document reached its end.
          const proven = privateRenders.get(req) === privateRender && privateRender.slot.rendered === privateRender.version;
          if (whole && proven && !res.destroyed && (!/^text\/html\b/i.test(String(res.getHeader("content-type"))) || /<\/html>\s*$/.test(whole.subarray(-64).toString("latin1")))) {
            const storedAt = now();
            const etag = `W/"${createHash("sha1").update(whole).digest("base64url")}"`;
            privatePages.set(privateRender.key, { headers: replayedHeaders(res), encoded: { key: etag, etag, body: whole }, storedAt, expiresAt: storedAt + pageTtlMs });
          }
        }
        if (wrote || !isCacheableWhole(req, res, chunk) || (typeof rest[0] === "string" && rest[0] !== "utf8")) {
          return end.call(res, chunk, ...rest);
        }
        if ((typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length) < THRESHOLD_BYTES) return end.call(res, chunk, ...rest);
        const encoded = encodedBodyOf(chunk);
        const nextCache = res.getHeader("x-nextjs-cache");
        if (key !== undefined && startedUnder === generation && (nextCache === "HIT" || nextCache === "MISS") && variesOnlyOnKnownHeaders(res)) {
          const sMaxAge = Number(/s-maxage=(\d+)/.exec(String(res.getHeader("cache-control")))?.[1] ?? 0);
          // Next said MISS when it rendered this copy for its cache; every later answer from it is a hit.
          const headers = replayedHeaders(res).map(([name, value]) => /** @type {[string, number | string | string[]]} */ ([name, name === "x-nextjs-cache" ? "HIT" : value]));
          const storedAt = now();
          pages.set(key, { headers, body: new WeakRef(encoded), storedAt, expiresAt: storedAt + Math.min(pageTtlMs, sMaxAge * 1000), sessionOnly: hasSessionCookie(req.headers.cookie) });
        }
        // Already encoded (or identity): the middleware sees Content-Encoding or no size to gain, and passes it on.
        /** @type {boolean | undefined} */
        let sent;
        sendEncoded(req, res, encoded, (out) => (sent = end.call(res, out)));
        return sent;
      }
    );
  }

  /**
   * Keep a build file Next sent whole (see isKeepableAsset), once its compressed copies are made.
   * @param {string} file @param {import("node:http").ServerResponse} res @param {Buffer} whole
   */
  function keepAsset(file, res, whole) {
    if (whole.length < THRESHOLD_BYTES || compressing.has(file)) return;
    const headers = replayedHeaders(res);
    const etag = `W/"${createHash("sha1").update(whole).digest("base64url")}"`;
    compressing.add(file);
    encodeBest(whole)
      .then(({ br, gzip: gz }) => void assets.set(file, { headers, encoded: { key: file, etag, body: whole, br, gzip: gz } }))
      .catch(() => undefined)
      .finally(() => compressing.delete(file));
  }

  return {
    serveKept,
    servePrivate,
    rendering,
    discard,
    capture,
    /** Encoded bodies served from / added to memory, answers from kept pages and build files, and what is kept. */
    stats: () => ({ ...counts, bodies: bodies.size, bodyBytes: bodies.calculatedSize, pages: pages.size, pageBytes: pages.calculatedSize, privatePages: privatePages.size, privateBytes: privatePages.calculatedSize, assets: assets.size, assetBytes: assets.calculatedSize, compressing: compressing.size }),
    /** Stop receiving invalidations (tests). */
    close: () => void layers.delete(layer),
  };
}

/**
 * The body Next writes, as it wrote it (before compression), and whether it is whole: as long as the Content-Length
 * Next announced before its first write (a response cut short is never kept), or, with `lengthKnown: false` (a
 * stream), as long as it was when Next ended it; at most `maxBytes`. Nothing is collected unless `accept()`, asked at
 * the first write (when Next has set its headers), says so.
 * @param {import("node:http").ServerResponse} res @param {() => boolean} accept
 * @param {{ maxBytes?: number, lengthKnown?: boolean }} [options]
 */
function collector(res, accept, { maxBytes = MAX_ASSET_BYTES, lengthKnown = true } = {}) {
  /** @type {Buffer[] | undefined} */
  let chunks = [];
  let length = 0;
  /** @type {number | undefined} */
  let announced;
  return {
    /** @param {unknown} chunk @param {unknown} encoding */
    add(chunk, encoding) {
      if (announced === undefined) {
        announced = Number(res.getHeader("content-length") ?? NaN);
        if (!accept()) chunks = undefined;
      }
      if (!chunks || chunk === undefined || chunk === null) return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8") : chunk instanceof Uint8Array ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : undefined;
      length += buffer?.length ?? 0;
      if (!buffer || length > maxBytes) chunks = undefined;
      else chunks.push(Buffer.from(buffer));
    },
    complete: () => (chunks && (lengthKnown ? length === announced : announced === undefined || Number.isNaN(announced) || length === announced) ? Buffer.concat(chunks, length) : undefined),
  };
}

/**
 * The request as the streaming middleware sees it: without brotli, which it would otherwise pick for browsers. Next
 * flushes a stream after every chunk it renders, and flushing brotli that often cost a third more CPU per signed-in
 * page than gzip (/orders: 41-45 ms against 30-32 ms per request on the bench machine).
 * @param {import("node:http").IncomingMessage} req
 */
function offeringNoBrotli(req) {
  const accepted = req.headers["accept-encoding"];
  if (typeof accepted !== "string" || !/\bbr\b/i.test(accepted)) return req;
  const withoutBrotli = accepted.split(",").filter((part) => part.split(";")[0]?.trim().toLowerCase() !== "br").join(",");
  return Object.create(req, { headers: { value: { ...req.headers, "accept-encoding": withoutBrotli } } });
}

/**
 * Count an entry that grew at its new size.
 * @template {{}} V
 * @param {LRUCache<string, V>} cache @param {string} key @param {V} value
 */
function resize(cache, key, value) {
  cache.delete(key);
  cache.set(key, value);
}

/** @param {number | string | string[] | undefined} current */
function mergeVary(current) {
  const values = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((v) => v.trim()).filter(Boolean);
  if (!values.some((v) => v.toLowerCase() === "accept-encoding")) values.push("Accept-Encoding");
  return values.join(", ");
}
