import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createResponseCompression } from "../lib/response-compression.mjs";

// What the server answers, as Next would: a cached page ends with its whole body and `s-maxage`; a page rendered per
// request has `private, no-store`; a stream writes in pieces.
const page = (n: number) => `<!DOCTYPE html><html lang="zh-CN"><body>${"<p>湘西保靖黄金茶 十八洞猕猴桃 泸溪椪柑</p>".repeat(200)}<i>${n}</i></body></html>`;
let version = 1;
const CACHED = "s-maxage=600, stale-while-revalidate=31535400";

function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://x");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Vary", "rsc, Accept-Encoding");
  switch (url.pathname) {
    case "/cached":
      res.setHeader("Cache-Control", CACHED);
      res.setHeader("Content-Length", Buffer.byteLength(page(version)));
      return res.end(page(version));
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
    case "/missing":
      res.statusCode = 404;
      res.setHeader("Cache-Control", CACHED);
      return res.end(page(version));
    default:
      res.statusCode = 500;
      res.end();
  }
}

const compression = createResponseCompression({ maxBytes: 1024 * 1024 });
const server = http.createServer((req, res) => {
  compression.handle(req, res);
  app(req, res);
});
let origin = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Raw bytes and headers (fetch would decode the body itself). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${origin}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
const gunzip = (b: Buffer) => zlib.gunzipSync(b).toString("utf8");

describe("response compression (lib/response-compression.mjs)", () => {
  it("compresses a cached page once and serves the same bytes, with a weak ETag, on later requests", async () => {
    version = 1;
    const before = compression.stats();
    const first = await get("/cached", { "accept-encoding": "gzip" });
    const second = await get("/cached", { "accept-encoding": "gzip" });
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(gunzip(first.body)).toBe(page(1));
    expect(Number(first.headers["content-length"])).toBe(first.body.length);
    expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(first.headers.vary).toBe("rsc, Accept-Encoding");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    const after = compression.stats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
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
    const { headers } = await get("/cached", { "accept-encoding": "gzip" });
    const notModified = await get("/cached", { "accept-encoding": "gzip", "if-none-match": headers.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    version = 2;
    const changed = await get("/cached", { "accept-encoding": "gzip", "if-none-match": headers.etag! });
    expect(changed.status).toBe(200);
    expect(gunzip(changed.body)).toBe(page(2));
    expect(changed.headers.etag).not.toBe(headers.etag);
  });

  it("caches a body given as a Buffer (an RSC payload) by its content too", async () => {
    version = 3;
    const a = await get("/cached-buffer", { "accept-encoding": "gzip" });
    const b = await get("/cached-buffer", { "accept-encoding": "gzip" });
    expect(gunzip(a.body)).toBe(page(3));
    expect(b.body.equals(a.body)).toBe(true);
    expect(a.headers.etag).toBe(b.headers.etag);
    version = 4;
    const c = await get("/cached-buffer", { "accept-encoding": "gzip" });
    expect(gunzip(c.body)).toBe(page(4));
    expect(c.headers.etag).not.toBe(a.headers.etag);
  });

  it("leaves private pages, responses with cookies, errors, streams and small bodies to the streaming middleware, without an ETag", async () => {
    version = 5;
    for (const path of ["/private", "/cookie", "/missing", "/stream"]) {
      const before = compression.stats();
      const res = await get(path, { "accept-encoding": "gzip" });
      expect(res.headers["content-encoding"], path).toBe("gzip");
      expect(gunzip(res.body), path).toBe(path === "/stream" ? page(1) : page(5));
      expect(res.headers.etag, path).toBeUndefined();
      expect(compression.stats(), path).toEqual(before);
    }
    const small = await get("/small", { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString("utf8")).toBe("<p>小</p>");
  });

  it("answers HEAD with the headers only", async () => {
    const res = await get("/cached", { "accept-encoding": "gzip" }, "HEAD");
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });

  it("keeps the encoded bodies within its memory bound", async () => {
    const small = createResponseCompression({ maxBytes: 64 * 1024 });
    const s = http.createServer((req, res) => {
      small.handle(req, res);
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
      expect(stats.bytes).toBeLessThanOrEqual(64 * 1024);
      expect(stats.entries).toBeLessThan(20);
    } finally {
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });
});
