import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rawRequest } from "./helpers/raw-http";
import { createResponseCache, invalidateCachedPages } from "../lib/response-cache.mjs";

// What the server answers, as Next would: a cached page ends with its whole body and `s-maxage`; a page rendered per
// request has `private, no-store`; a stream writes in pieces.
const page = (n: number) => `<!DOCTYPE html><html lang="zh-CN"><body>${"<p>湘西保靖黄金茶 十八洞猕猴桃 泸溪椪柑</p>".repeat(200)}<i>${n}</i></body></html>`;
let version = 1;
const ERROR_SHELL = `<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/><title>湘济通</title></head><body><div hidden=""></div><script>self.__next_f.push([1,"payload"])</script>${"<script>/*湘西*/</script>".repeat(60)}</body></html>`;
/** A build file (a JavaScript chunk) of 30 KB. */
const BUILD_FILE = Buffer.from(Array.from({ length: 600 }, (_, i) => `var 湘${i}=function(e){return e+${i}};`).join("\n").padEnd(30_000, "/"), "utf8").subarray(0, 30_000);
const CACHED = "s-maxage=600, stale-while-revalidate=31535400";
/** A catalog-like page: cards whose words and numbers vary, so that a better compression finds more to save. */
const HOT_PAGE = (() => {
  const words = ["保靖黄金茶", "十八洞猕猴桃", "泸溪椪柑", "湘西有礼", "苗绣", "腊肉", "龙山百合", "古丈毛尖", "永顺松柏", "凤凰姜糖"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const cards = Array.from({ length: 120 }, (_, i) => `<li><a href="/products/${next().toString(36)}-${next().toString(36)}"><h3>${words[next() % 10]} ${words[next() % 10]} ${i}</h3><p>¥${(next() % 50000) / 100}</p></a></li>`);
  return `<!DOCTYPE html><html lang="zh-CN"><body><ul>${cards.join("")}</ul></body></html>`;
})();

/** Requests that reached the app, by path. */
const reached = new Map<string, number>();
/** The clock the cache reads (page lifetimes). */
let clock = 1_000_000;
/** /slow answers only when the test says so: a render in progress while something else happens. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
let slow = deferred();
let slowStarted = deferred();

function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  reached.set(url.pathname, (reached.get(url.pathname) ?? 0) + 1);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  res.setHeader("x-nextjs-cache", url.searchParams.get("next") ?? "HIT");
  res.setHeader("X-Frame-Options", "DENY");
  // As next-intl's middleware (proxy.ts runs for requests with a Content-Type): alternates built from the request's Host.
  if (url.searchParams.has("link")) res.setHeader("Link", `<http://${req.headers["content-type"] === undefined ? "127.0.0.1" : req.headers.host}/about>; rel="alternate"; hreflang="zh-CN"`);
  switch (url.pathname) {
    case "/slow":
      res.setHeader("Cache-Control", CACHED);
      // The page as it was when the request began, sent once the test releases it.
      slowStarted.resolve();
      return void slow.promise.then(() => res.end(page(version - 1)));
    case "/short":
      res.setHeader("Cache-Control", "s-maxage=5, stale-while-revalidate=31535400");
      return res.end(page(version));
    case "/vary-cookie":
      res.setHeader("Cache-Control", CACHED);
      res.setHeader("Vary", "Cookie, Accept-Encoding");
      return res.end(page(version));
    case "/cached":
      res.setHeader("Cache-Control", CACHED);
      res.setHeader("Content-Length", Buffer.byteLength(page(version)));
      return res.end(page(version));
    case "/hot":
      res.setHeader("Cache-Control", CACHED);
      return res.end(HOT_PAGE);
    case "/cached-buffer":
      res.setHeader("Cache-Control", CACHED);
      res.setHeader("Content-Type", "text/x-component");
      return res.end(Buffer.from(page(version)));
    case "/private":
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      return res.end(page(version));
    case "/cookie":
      res.setHeader("Cache-Control", CACHED);
      res.setHeader("Set-Cookie", "a=b");
      return res.end(page(version));
    case "/small":
      res.setHeader("Cache-Control", CACHED);
      return res.end("<p>小</p>");
    case "/stream":
      res.setHeader("Cache-Control", CACHED);
      res.write(page(1).slice(0, 3000));
      return setTimeout(() => res.end(page(1).slice(3000)), 5);
    case "/_next/static/chunks/app.js":
    case "/_next/static/chunks/other.js":
    case "/_next/static/chunks/cut.js":
    case "/_next/static/chunks/mutable.js":
    case "/_next/static/media/font.woff2": {
      // As Next serves a build file: Content-Length first, then the file in pieces.
      res.removeHeader("x-nextjs-cache");
      res.removeHeader("Vary");
      res.setHeader("Cache-Control", url.pathname.includes("mutable") ? "public, max-age=0" : "public, max-age=31536000, immutable");
      res.setHeader("Content-Type", url.pathname.endsWith(".woff2") ? "font/woff2" : "application/javascript; charset=UTF-8");
      if (req.headers.range) {
        res.statusCode = 206;
        return res.end(BUILD_FILE.subarray(0, 100));
      }
      res.setHeader("Content-Length", BUILD_FILE.length);
      res.write(BUILD_FILE.subarray(0, 10_000));
      res.write(BUILD_FILE.subarray(10_000, 20_000));
      // A file cut short (the disk read failed, say) ends without its last piece.
      return res.end(url.pathname.includes("cut") ? undefined : BUILD_FILE.subarray(20_000));
    }
    // Next's empty error document (lib/error-shell.mjs): a notFound() in a page cached by Next, sent whole with its
    // length; a forbidden() streamed after the headers; and an error page of our own that is not that document.
    case "/products/gone":
    case "/en/products/gone": {
      res.statusCode = 404;
      res.setHeader("Cache-Control", CACHED);
      const body = Buffer.from(ERROR_SHELL);
      res.setHeader("Content-Length", body.length);
      return res.end(body);
    }
    case "/producer": {
      res.statusCode = 403;
      res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      res.flushHeaders();
      const body = Buffer.from(ERROR_SHELL);
      res.write(""); // an empty piece first: the document still starts in the next one
      // The first piece ends inside a Chinese character: the notice goes in by bytes, never re-decoding them.
      const cut = body.indexOf("湘西") + 1;
      res.write(body.subarray(0, cut));
      return void setTimeout(() => res.end(body.subarray(cut)), 5);
    }
    case "/shell-late": {
      // The document's start in one piece, its <body> in the next.
      res.statusCode = 404;
      const cut = ERROR_SHELL.indexOf("<body>");
      res.write(ERROR_SHELL.slice(0, cut));
      return void setTimeout(() => res.end(ERROR_SHELL.slice(cut)), 5);
    }
    case "/shell-sent": {
      // Headers already sent with a Content-Length: the body must stay as long as announced.
      res.statusCode = 404;
      res.setHeader("Content-Length", Buffer.byteLength(ERROR_SHELL));
      res.flushHeaders();
      return res.end(ERROR_SHELL);
    }
    case "/missing":
      res.statusCode = 404;
      res.setHeader("Cache-Control", CACHED);
      return res.end(page(version));
    default:
      res.statusCode = 500;
      res.end();
  }
}

const cache = createResponseCache({ maxBytes: 1024 * 1024, pageTtlMs: 60_000, now: () => clock });
const server = http.createServer((req, res) => {
  if (cache.serveKept(req, res)) return;
  cache.capture(req, res);
  app(req, res);
});
let origin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  cache.close();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Credentials: a request with them is never answered from the kept pages, so each one reaches the app. */
const REACHES_APP = { authorization: "Bearer xiangxi" };
const get = (path: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(origin, path, headers, method);
const gunzip = (b: Buffer) => zlib.gunzipSync(b).toString("utf8");

describe("compression and ETags of cached bodies (lib/response-cache.mjs)", () => {
  it("compresses a cached page once and serves the same bytes, with a weak ETag, on later requests", async () => {
    version = 1;
    const before = cache.stats();
    const first = await get("/cached", { "accept-encoding": "gzip", ...REACHES_APP });
    const second = await get("/cached", { "accept-encoding": "gzip", ...REACHES_APP });
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(gunzip(first.body)).toBe(page(1));
    expect(Number(first.headers["content-length"])).toBe(first.body.length);
    expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers.vary).toBe("rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    const after = cache.stats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
    expect(after.pageHits).toBe(before.pageHits);
  });

  it("negotiates brotli for browsers and sends the plain body to clients that take no encoding", async () => {
    version = 1;
    const br = await get("/cached", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString("utf8")).toBe(page(1));
    const plain = await get("/cached");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page(1));
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    expect(plain.headers.etag).toBe(br.headers.etag);
  });

  it("answers a revalidation with 304 and no body while the page is the same, and with the new page once it changed", async () => {
    version = 1;
    const { headers } = await get("/cached", { "accept-encoding": "gzip", ...REACHES_APP });
    const notModified = await get("/cached", { "accept-encoding": "gzip", ...REACHES_APP, "if-none-match": headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    version = 2;
    const changed = await get("/cached", { "accept-encoding": "gzip", ...REACHES_APP, "if-none-match": headers.etag! });
    expect(changed.status).toBe(200);
    expect(gunzip(changed.body)).toBe(page(2));
    expect(changed.headers.etag).not.toBe(headers.etag);
  });

  it("caches a body given as a Buffer (an RSC payload) by its content too", async () => {
    version = 3;
    const a = await get("/cached-buffer", { "accept-encoding": "gzip", ...REACHES_APP });
    const b = await get("/cached-buffer", { "accept-encoding": "gzip", ...REACHES_APP });
    expect(gunzip(a.body)).toBe(page(3));
    expect(b.body.equals(a.body)).toBe(true);
    expect(a.headers.etag).toBe(b.headers.etag);
    version = 4;
    const c = await get("/cached-buffer", { "accept-encoding": "gzip", ...REACHES_APP });
    expect(gunzip(c.body)).toBe(page(4));
    expect(c.headers.etag).not.toBe(a.headers.etag);
  });

  it("leaves private pages, responses with cookies, errors, streams and small bodies to the streaming middleware, without an ETag", async () => {
    version = 5;
    for (const path of ["/private", "/cookie", "/missing", "/stream"]) {
      const before = cache.stats();
      const res = await get(path, { "accept-encoding": "gzip" });
      const again = await get(path, { "accept-encoding": "gzip" });
      expect(gunzip(again.body), path).toBe(gunzip(res.body));
      expect(res.headers["content-encoding"], path).toBe("gzip");
      expect(gunzip(res.body), path).toBe(path === "/stream" ? page(1) : page(5));
      expect(res.headers.etag, path).toBeUndefined();
      expect(cache.stats(), path).toEqual(before);
    }
    // A browser's offer: streams are gzipped, not brotli (flushed after every chunk, brotli costs more).
    const stream = await get("/stream", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(stream.headers["content-encoding"]).toBe("gzip");
    expect(gunzip(stream.body)).toBe(page(1));
    const small = await get("/small", { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString("utf8")).toBe("<p>小</p>");
  });

  it("counts each encoding it adds to a body against its memory bound", async () => {
    version = 60;
    await get("/cached", { "accept-encoding": "gzip", ...REACHES_APP });
    const withGzip = cache.stats().bodyBytes;
    const br = await get("/cached", { "accept-encoding": "br", ...REACHES_APP });
    expect(cache.stats().bodyBytes - withGzip).toBe(br.body.length);
  });

  it("answers HEAD with the headers only", async () => {
    const res = await get("/cached", { "accept-encoding": "gzip" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it("counts a page's body once however many addresses answer with it, and answers no page whose body it dropped", async () => {
    const small = createResponseCache({ maxBytes: 96 * 1024 });
    const asked = new Map<string, number>();
    const s = http.createServer((req, res) => {
      if (small.serveKept(req, res)) return;
      small.capture(req, res);
      const v = new URL(req.url ?? "/", "http://x").searchParams.get("v") ?? "0";
      asked.set(v, (asked.get(v) ?? 0) + 1);
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Cache-Control", CACHED);
      res.setHeader("x-nextjs-cache", "HIT");
      res.end(page(Number(v)));
    });
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    const at = (path: string) => fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}${path}`, { headers: { "accept-encoding": "gzip" } }).then((r) => r.text());
    try {
      expect(await at("/about?v=1")).toBe(page(1));
      // A hundred addresses with one page (as /products?<unknown query> is the catalog), each counting its body would
      // be about 1 MB: the other page stays.
      for (let junk = 0; junk < 100; junk++) expect(await at(`/products?v=2&junk=${junk}`)).toBe(page(2));
      expect(await at("/about?v=1")).toBe(page(1));
      expect(asked.get("1")).toBe(1);
      expect(asked.get("2")).toBe(100);
      expect(await at("/products?v=2&junk=0")).toBe(page(2));
      expect(asked.get("2")).toBe(100);
      const kept = small.stats();
      expect(kept.pages).toBe(101);
      expect(kept.bodies).toBe(2);
      expect(kept.pageBytes).toBeLessThanOrEqual(96 * 1024);
      // Distinct pages push the oldest bodies out; a page whose body went is asked of the app again, and kept again.
      for (let v = 10; v < 40; v++) await at(`/?v=${v}`);
      expect(small.stats().bodyBytes).toBeLessThanOrEqual(96 * 1024);
      expect(small.stats().bodies).toBeLessThan(30);
      expect(await at("/products?v=2&junk=1")).toBe(page(2));
      expect(asked.get("2")).toBe(101);
      expect(await at("/products?v=2&junk=1")).toBe(page(2));
      expect(asked.get("2")).toBe(101);
    } finally {
      small.close();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });

  it("keeps the encoded bodies within its memory bound", async () => {
    const small = createResponseCache({ maxBytes: 64 * 1024 });
    const s = http.createServer((req, res) => {
      if (small.serveKept(req, res)) return;
      small.capture(req, res);
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Cache-Control", CACHED);
      res.end(page(Number(new URL(req.url ?? "/", "http://x").searchParams.get("v"))));
    });
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    const port = (s.address() as AddressInfo).port;
    try {
      for (let v = 0; v < 20; v++) {
        const res = await fetch(`http://127.0.0.1:${port}/?v=${v}`, { headers: { "accept-encoding": "gzip" } });
        expect(await res.text()).toBe(page(v));
      }
      const stats = small.stats();
      expect(stats.misses).toBe(20);
      expect(stats.bodyBytes).toBeLessThanOrEqual(64 * 1024);
      expect(stats.bodies).toBeLessThan(20);
      expect(stats.pageBytes).toBeLessThanOrEqual(64 * 1024);
      expect(stats.pages).toBeLessThan(20);
    } finally {
      small.close();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });
});

describe("public pages answered from memory (lib/response-cache.mjs)", () => {
  const fresh = async () => {
    invalidateCachedPages();
    reached.clear();
  };

  it("gives a page sent often a smaller brotli copy at the highest quality, made in the background, under the same ETag", async () => {
    const before = cache.stats().brImproved;
    const first = await get("/hot", { "accept-encoding": "br" });
    expect(first.headers["content-encoding"]).toBe("br");
    // Fifteen more sends of its first copy: not yet a page people keep asking for, so nothing more is made.
    for (let i = 0; i < 15; i++) expect((await get("/hot", { "accept-encoding": "br" })).body.equals(first.body)).toBe(true);
    expect(cache.stats().brImproved).toBe(before);
    // The sixteenth: the better copy is made off the request's path, and sent from then on.
    expect((await get("/hot", { "accept-encoding": "br" })).body.equals(first.body)).toBe(true);
    await vi.waitFor(() => expect(cache.stats().brImproved).toBe(before + 1));
    const later = await get("/hot", { "accept-encoding": "br" });
    expect(later.body.length).toBeLessThan(first.body.length);
    expect(zlib.brotliDecompressSync(later.body).toString("utf8")).toBe(HOT_PAGE);
    expect(Number(later.headers["content-length"])).toBe(later.body.length);
    expect(later.headers.etag).toBe(first.headers.etag);
    // Made once: more sends make no other copy.
    for (let i = 0; i < 20; i++) await get("/hot", { "accept-encoding": "br" });
    expect(cache.stats().brImproved).toBe(before + 1);
  });

  it("answers a public page again without the app, with the same headers, body and ETag, in any encoding", async () => {
    await fresh();
    version = 10;
    const first = await get("/cached", { "accept-encoding": "gzip" });
    const kept = await get("/cached", { "accept-encoding": "gzip" });
    const br = await get("/cached", { "accept-encoding": "br" });
    const plain = await get("/cached");
    const head = await get("/cached", {}, "HEAD");
    const revalidated = await get("/cached", { "if-none-match": first.headers.etag! });
    expect(reached.get("/cached")).toBe(1);
    expect(gunzip(kept.body)).toBe(page(10));
    expect(zlib.brotliDecompressSync(br.body).toString("utf8")).toBe(page(10));
    expect(plain.body.toString("utf8")).toBe(page(10));
    expect(head.body.length).toBe(0);
    expect(revalidated.status).toBe(304);
    for (const name of ["etag", "cache-control", "content-type", "vary", "x-nextjs-cache", "x-frame-options"]) {
      expect(kept.headers[name], name).toBe(first.headers[name]);
    }
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(page(10)));
    expect(first.headers.age).toBeUndefined();
    expect(kept.headers.age).toBe("0");
    clock += 7_500;
    expect((await get("/cached")).headers.age).toBe("7");
  });

  it("says HIT when it answers from a copy Next rendered for its cache (MISS)", async () => {
    await fresh();
    version = 12;
    const rendered = await get("/cached?next=MISS");
    const kept = await get("/cached?next=MISS");
    expect(reached.get("/cached")).toBe(1);
    expect(rendered.headers["x-nextjs-cache"]).toBe("MISS");
    expect(kept.headers["x-nextjs-cache"]).toBe("HIT");
  });

  it("answers a HEAD with an encoding already made, or the plain size, never with a compression of its own", async () => {
    await fresh();
    version = 15;
    await get("/cached", { "accept-encoding": "gzip" });
    const before = cache.stats();
    const head = await get("/cached", { "accept-encoding": "br" }, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(page(15)));
    const gzipHead = await get("/cached", { "accept-encoding": "gzip" }, "HEAD");
    expect(gzipHead.headers["content-encoding"]).toBe("gzip");
    expect(cache.stats().misses).toBe(before.misses);
    expect(reached.get("/cached")).toBe(1);
  });

  it("asks the app again after any cache-tag invalidation, and serves the new page", async () => {
    await fresh();
    version = 11;
    await get("/cached");
    version = 12;
    expect((await get("/cached")).body.toString("utf8")).toBe(page(11)); // kept until told
    invalidateCachedPages();
    expect((await get("/cached")).body.toString("utf8")).toBe(page(12));
    expect(reached.get("/cached")).toBe(2);
  });

  it("does not keep a response whose request began before an invalidation", async () => {
    await fresh();
    version = 21;
    slow = deferred();
    slowStarted = deferred();
    const pending = get("/slow"); // the app answers with page(20), the page before the write
    await slowStarted.promise;
    invalidateCachedPages(); // the write lands while the old page is being rendered
    slow.resolve();
    expect((await pending).body.toString("utf8")).toBe(page(20));
    await get("/slow");
    expect(reached.get("/slow")).toBe(2);
  });

  it("asks the app again once the page's time is up: a minute, or its s-maxage when shorter", async () => {
    await fresh();
    version = 30;
    await get("/cached");
    await get("/short");
    clock += 5_000;
    await get("/cached");
    await get("/short");
    expect(reached.get("/cached")).toBe(1);
    expect(reached.get("/short")).toBe(2);
    clock += 55_000;
    await get("/cached");
    expect(reached.get("/cached")).toBe(2);
  });

  it("keeps each router request apart, and never keeps for or serves to requests with credentials or Next's draft-mode cookies", async () => {
    await fresh();
    version = 40;
    await get("/cached");
    await get("/cached", { rsc: "1" });
    await get("/cached", { rsc: "1", "next-router-prefetch": "1" });
    await get("/cached?page=2");
    expect(reached.get("/cached")).toBe(4);
    await get("/cached", { authorization: "Basic eDp5" });
    await get("/cached", { cookie: "__prerender_bypass=x" });
    await get("/cached", { cookie: "a=1; __next_preview_data=x" });
    await get("/cached", { "content-type": "text/plain" });
    expect(reached.get("/cached")).toBe(8);
    await get("/cached", { rsc: "1" });
    await get("/cached?page=2");
    expect(reached.get("/cached")).toBe(8);
  });

  it("never keeps what a request with a Content-Type was sent: the proxy runs for it, and its Link header carries the request's Host", async () => {
    await fresh();
    version = 42;
    const poisoned = await get("/cached?link=1", { "content-type": "x", host: "evil.example" });
    expect(poisoned.headers.link).toContain("evil.example");
    const plain = await get("/cached?link=1");
    expect(plain.headers.link).not.toContain("evil.example");
    expect(reached.get("/cached")).toBe(2);
  });

  it("answers a kept page to signed-in visitors too, but a page kept from a request with a session cookie only to requests with one", async () => {
    await fresh();
    version = 45;
    const anonymous = await get("/cached", { "accept-encoding": "gzip" });
    const signedIn = await get("/cached", { "accept-encoding": "gzip", cookie: "authjs.session-token=x; authjs.csrf-token=y" });
    expect(reached.get("/cached")).toBe(1);
    expect(zlib.gunzipSync(signedIn.body).toString()).toBe(page(45));
    expect(signedIn.headers.etag).toBe(anonymous.headers.etag);
    expect(signedIn.headers["set-cookie"]).toBeUndefined();
    // First asked for with a session cookie: kept for requests with one (either name, any value), as the proxy, which
    // sends those without one to /login, would let them through; a request without one reaches the app.
    const withoutSession = [undefined, "a=1", "authjs.session-token.0=x", "xauthjs.session-token=x", "a=authjs.session-token"];
    for (const [i, cookie] of withoutSession.entries()) {
      reached.clear();
      await get(`/cached?session=${i}`, { cookie: "authjs.session-token=x" });
      await get(`/cached?session=${i}`, { cookie: "a=1; __Secure-authjs.session-token=other" });
      expect(reached.get("/cached")).toBe(1);
      await get(`/cached?session=${i}`, cookie === undefined ? {} : { cookie });
      expect(reached.get("/cached"), String(cookie)).toBe(2);
    }
    // Other cookies: kept for everyone.
    reached.clear();
    await get("/cached?page=4", { cookie: "authjs.csrf-token=y" });
    await get("/cached?page=4");
    await get("/cached?page=4", { cookie: "authjs.session-token=x" });
    expect(reached.get("/cached")).toBe(1);
  });

  it("never keeps a page Next served stale, one that varies on other headers, or a private one", async () => {
    await fresh();
    version = 50;
    for (const path of ["/cached?next=STALE", "/vary-cookie", "/private", "/cookie", "/missing"]) {
      await get(path);
      await get(path);
    }
    expect(reached.get("/cached")).toBe(2);
    expect(reached.get("/vary-cookie")).toBe(2);
    expect(reached.get("/private")).toBe(2);
    expect(reached.get("/cookie")).toBe(2);
    expect(reached.get("/missing")).toBe(2);
  });
});

describe("build files answered from memory (lib/response-cache.mjs)", () => {
  it("keeps a file Next sent whole and immutable by its path, and sends it without the app: brotli at its best to browsers, gzip to others, 304 on revalidation", async () => {
    reached.clear();
    const before = cache.stats();
    const first = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip" });
    // Its copies are made off the main thread; until they are, Next serves it.
    await vi.waitFor(() => expect(cache.stats().assets).toBe(before.assets + 1));
    const kept = cache.stats();
    expect(kept.assetBytes - before.assetBytes).toBeGreaterThan(BUILD_FILE.length + zlib.gzipSync(BUILD_FILE, { level: 9 }).length);
    const br = await get("/_next/static/chunks/app.js?dpl=1", { "accept-encoding": "gzip, deflate, br", cookie: "a=1" });
    const gzip = await get("/_next/static/chunks/app.js", { "accept-encoding": "gzip" });
    const plain = await get("/_next/static/chunks/app.js");
    const head = await get("/_next/static/chunks/app.js", {}, "HEAD");
    const revalidated = await get("/_next/static/chunks/app.js", { "if-none-match": br.headers.etag! });
    expect(reached.get("/_next/static/chunks/app.js")).toBe(1);
    expect(cache.stats().assetHits - before.assetHits).toBe(5);
    expect(zlib.gunzipSync(first.body).equals(BUILD_FILE)).toBe(true);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.equals(zlib.brotliCompressSync(BUILD_FILE, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: BUILD_FILE.length } }))).toBe(true);
    expect(zlib.gunzipSync(gzip.body).equals(BUILD_FILE)).toBe(true);
    expect(gzip.body.length).toBeLessThanOrEqual(zlib.gzipSync(BUILD_FILE, { level: 9 }).length);
    expect(plain.body.equals(BUILD_FILE)).toBe(true);
    expect(Number(plain.headers["content-length"])).toBe(BUILD_FILE.length);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    for (const kept of [br, gzip, plain]) {
      expect(kept.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(kept.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
      expect(kept.headers["x-frame-options"]).toBe("DENY");
      expect(kept.headers.vary).toBe("Accept-Encoding");
      expect(kept.headers.etag).toBe(br.headers.etag);
    }
  });

  it("leaves to the app: ranges, a first HEAD, files cut short, files not immutable, and types that do not compress", async () => {
    reached.clear();
    const ranged = await get("/_next/static/chunks/app.js", { range: "bytes=0-99" });
    expect(ranged.status).toBe(206);
    expect(reached.get("/_next/static/chunks/app.js")).toBe(1);
    // A HEAD carries no body to keep; the GET after it does.
    const assets = cache.stats().assets;
    for (let i = 0; i < 2; i++) await get("/_next/static/chunks/other.js", { "accept-encoding": "gzip" }, i === 0 ? "HEAD" : "GET");
    await vi.waitFor(() => expect(cache.stats().assets).toBe(assets + 1));
    await get("/_next/static/chunks/other.js", { "accept-encoding": "gzip" });
    expect(reached.get("/_next/static/chunks/other.js")).toBe(2);
    // Other spellings of a kept file's path reach Next (which resolves them) and are never kept under their own name.
    for (const path of ["/_next/static/x/../chunks/app.js", "/_next/static/./chunks/app.js"]) {
      reached.clear();
      for (let i = 0; i < 3; i++) await get(path, { "accept-encoding": "gzip" });
      // Once no copy is being made, a file kept under this spelling would be answered from memory.
      await vi.waitFor(() => expect(cache.stats().compressing).toBe(0));
      await get(path, { "accept-encoding": "gzip" });
      expect(reached.get("/_next/static/chunks/app.js"), path).toBe(4);
    }
    expect(cache.stats().assets).toBe(assets + 1);
    for (const path of ["/_next/static/chunks/cut.js", "/_next/static/chunks/mutable.js", "/_next/static/media/font.woff2"]) {
      await get(path, {}, "HEAD");
      await get(path, { "accept-encoding": "gzip" });
      await get(path, { "accept-encoding": "gzip" });
      expect(reached.get(path), path).toBe(3);
    }
  });
});

describe("a notice in Next's empty error document, for readers without JavaScript (lib/error-shell.mjs)", () => {
  const notice = (html: string) => /<body><main data-error-shell-notice=""[^>]*>(.*?)<\/main><div hidden="">/.exec(html)?.[1];
  /** What Next wrote: the answer without the notice and the document language this layer adds. */
  const nextsOwn = (html: string) => html.replace(/<main data-error-shell-notice=""[^>]*>.*?<\/main>(?=<div hidden="">)/, "").replace(/^(<!DOCTYPE html><html) lang="[^"]*"/, "$1");

  it("puts the page's notice, in the address's language, at the start of the body of a 404 sent whole, with its length", async () => {
    for (const encoding of ["identity", "gzip"]) {
      const r = await get("/products/gone", { "accept-encoding": encoding });
      expect(r.status).toBe(404);
      const html = encoding === "gzip" ? gunzip(r.body) : r.body.toString("utf8");
      if (encoding === "identity") expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(notice(html)).toContain("<h1");
      expect(notice(html)).toContain("找不到这个页面");
      expect(notice(html)).toContain('<a href="/"');
      // The document says its language (Next's has none), and everything Next wrote follows, unchanged.
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN" id="__next_error__">/);
      expect(nextsOwn(html)).toBe(ERROR_SHELL);
    }
    const en = (await get("/en/products/gone")).body.toString("utf8");
    expect(notice(en)).toContain("Page not found");
    expect(notice(en)).toContain('<a href="/en"');
    expect(en).toContain('<main data-error-shell-notice="" lang="en"');
    expect(en).toMatch(/^<!DOCTYPE html><html lang="en" id="__next_error__">/);
    expect(nextsOwn(en)).toBe(ERROR_SHELL);
    // A HEAD announces the length its GET sends.
    const head = await get("/products/gone", {}, "HEAD");
    expect(Number(head.headers["content-length"])).toBe((await get("/products/gone")).body.length);
  });

  it("fills a 403 streamed after its headers, cut inside a Chinese character, by bytes", async () => {
    const r = await get("/producer", { "accept-encoding": "gzip" });
    expect(r.status).toBe(403);
    const html = gunzip(r.body);
    expect(notice(html)).toContain("没有权限");
    expect(html).toContain("<title>湘济通</title>");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN" id="__next_error__">/);
    expect(nextsOwn(html)).toBe(ERROR_SHELL);
  });

  it("leaves every other answer as the app wrote it: other error pages, a 200, a POST, a document whose body comes in a later piece, one whose length went out", async () => {
    expect((await get("/missing")).body.toString("utf8")).toBe(page(version));
    expect((await get("/shell-late")).body.toString("utf8")).toBe(ERROR_SHELL);
    const sent = await get("/shell-sent");
    expect(sent.body.toString("utf8")).toBe(ERROR_SHELL);
    expect(Number(sent.headers["content-length"])).toBe(sent.body.length);
    expect((await get("/products/gone", {}, "POST")).body.toString("utf8")).toBe(ERROR_SHELL);
    expect((await get("/cached")).body.toString("utf8")).not.toContain("data-error-shell-notice");
  });
});

it("the notice's texts are plain in both languages (shown as written, not formatted by next-intl)", async () => {
  const { default: zh } = await import("../messages/zh-CN/common.json");
  const { default: en } = await import("../messages/en/common.json");
  for (const messages of [zh, en] as Record<string, unknown>[]) {
    for (const key of ["notFoundTitle", "notFoundBody", "forbiddenTitle", "forbiddenBody", "errorTitle", "errorBody", "goHome", "appName"]) {
      expect(messages[key], key).toMatch(/^[^{}'<>&]+$/);
    }
  }
});
