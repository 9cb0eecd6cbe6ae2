import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rawRequest } from "./helpers/raw-http";
import { recordRenderedVersion } from "@/lib/private-pages";
import { createResponseCache } from "../lib/response-cache.mjs";

// The layer as scripts/start.mjs wires it, in front of an app that renders "/mine" per request for the user of its
// cookie, from that user's data, as a signed-in page of Next: streamed in pieces, private and no-store, recording the
// version it rendered as the real page does (lib/private-pages.ts).
const PRIVATE_PAGES = Symbol.for("xiangji.response-cache.private-pages");
const users: Record<string, string> = { "session=a": "a", "session=b": "b" };
/** What each user's page shows: changing it is a write the page would show. */
const data: Record<string, number> = {};
/** Requests that reached the app. */
let rendered = 0;
let clock = 1_000_000;
/** When set, the app waits for it before rendering (a render in progress while something changes). */
let hold: Promise<void> | undefined;
let versionFails = false;

const userOf = (cookie: string | undefined) => users[cookie ?? ""];
const document = (user: string) => `<!DOCTYPE html><html lang="zh-CN"><body><h1>${user} 的订单</h1>${"<p>保靖黄金茶 ¥398.00 已发货</p>".repeat(100)}<i>${data[user]}</i></body></html>`;

// As lib/private-pages.ts: undefined at once for an address it does not list; else the user and their data, or
// undefined for a request without a valid session.
function versionOf(url: string, headers: http.IncomingHttpHeaders): Promise<string | undefined> | undefined {
  if (!url.startsWith("/mine")) return undefined;
  if (versionFails) return Promise.reject(new Error("database unreachable"));
  const user = userOf(headers.cookie);
  return Promise.resolve(user === undefined ? undefined : `${user}:${data[user]}`);
}

async function app(req: http.IncomingMessage, res: http.ServerResponse) {
  rendered++;
  const url = new URL(req.url ?? "/", "http://x");
  if (hold) await hold;
  const user = userOf(req.headers.cookie);
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
  res.setHeader("Content-Type", url.searchParams.has("rsc") ? "text/x-component" : "text/html; charset=utf-8");
  res.setHeader("X-Frame-Options", "DENY");
  if (!user || url.searchParams.has("forbidden")) res.statusCode = 403;
  // A page that renders for its user records the version of the data it read; one that failed, redirected or was
  // refused (Next answers those to a router request with 200 and the outcome in the payload) records none.
  else if (!url.searchParams.has("norecord")) recordRenderedVersion(`${user}:${data[user]}`);
  if (url.searchParams.has("cookie")) res.setHeader("Set-Cookie", "authjs.session-token=renewed");
  // Next renders metadata in the document's head for the crawlers it knows, and streams it for browsers.
  const body = /bot/i.test(req.headers["user-agent"] ?? "") ? document(user ?? "nobody").replace("<body>", "<head><title>订单</title></head><body>") : document(user ?? "nobody");
  // As Next streams a page rendered per request: the headers go out first (the streaming middleware then sets its
  // Content-Encoding), the document follows in pieces.
  res.flushHeaders();
  res.write(body.slice(0, 1000));
  await new Promise((r) => setTimeout(r, 2));
  // The handler failing after it began to send: scripts/start.mjs ends the answer as it is.
  if (url.searchParams.has("throw")) throw new Error("render failed");
  // A render that failed half-way: the stream ends without the rest of the document.
  res.end(url.searchParams.has("cut") ? body.slice(1000, 2000) : body.slice(1000));
}

const cache = createResponseCache({ maxBytes: 1024 * 1024, pageTtlMs: 60_000, now: () => clock });
const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
  cache.capture(req, res);
  cache.rendering(req, () => app(req, res)).catch(() => {
    cache.discard(req);
    res.end();
  });
};
const server = http.createServer((req, res) => {
  if (cache.serveKept(req, res)) return;
  const answered = cache.servePrivate(req, res);
  if (answered === undefined) render(req, res);
  else void answered.then((done) => done || render(req, res));
});
let origin = "";
beforeAll(async () => {
  (globalThis as Record<symbol, unknown>)[PRIVATE_PAGES] = versionOf;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[PRIVATE_PAGES];
  cache.close();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
let run = 0;
beforeEach(() => {
  // Fresh data per test, so that nothing kept by an earlier test matches.
  run++;
  data.a = run * 100;
  data.b = run * 100 + 50;
  rendered = 0;
  hold = undefined;
  versionFails = false;
});

const get = (path: string, headers: Record<string, string> = {}, method = "GET") => rawRequest(origin, path, headers, method);
const A = { cookie: "session=a" };
const B = { cookie: "session=b" };

describe("signed-in pages answered from memory while what they show is unchanged (lib/response-cache.mjs)", () => {
  it("answers a repeat visit without the app, with the app's headers and the same page, in any encoding", async () => {
    // Rendered for a browser, which takes compressed answers: gzipped as it streams.
    const first = await get("/mine", { ...A, "accept-encoding": "gzip, deflate, br" });
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(first.body).toString()).toBe(document("a"));
    const again = await get("/mine", A);
    const br = await get("/mine", { ...A, "accept-encoding": "br" });
    const gz = await get("/mine", { ...A, "accept-encoding": "gzip" });
    expect(rendered).toBe(1);
    expect(again.body.toString()).toBe(document("a"));
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(document("a"));
    expect(zlib.gunzipSync(gz.body).toString()).toBe(document("a"));
    for (const r of [again, br, gz]) {
      expect(r.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
      expect(r.headers["x-frame-options"]).toBe("DENY");
      expect(r.headers.vary).toContain("Accept-Encoding");
    }
    expect(cache.stats().privateHits).toBeGreaterThanOrEqual(3);
  });

  it("never sends one user's page to another, nor to a request without a valid session", async () => {
    await get("/mine", A);
    const b = await get("/mine", B);
    expect(b.body.toString()).toBe(document("b"));
    expect(rendered).toBe(2);
    expect((await get("/mine", A)).body.toString()).toBe(document("a"));
    expect((await get("/mine", B)).body.toString()).toBe(document("b"));
    expect(rendered).toBe(2);
    // No cookie, or one that opens no session: the app answers (here 403) every time, and nothing is kept.
    for (const headers of [{}, { cookie: "session=forged" }, { cookie: "session=forged" }] as Record<string, string>[]) expect((await get("/mine", headers)).status).toBe(403);
    expect(rendered).toBe(5);
  });

  it("renders again as soon as the user's data changed, and keeps each address and router request apart", async () => {
    await get("/mine", A);
    data.a! += 1;
    const after = await get("/mine", A);
    expect(after.body.toString()).toContain(`<i>${data.a}</i>`);
    expect(rendered).toBe(2);
    await get("/mine?page=2", A);
    await get("/mine", { ...A, rsc: "1" });
    expect(rendered).toBe(4);
    await get("/mine?page=2", A);
    await get("/mine", { ...A, rsc: "1" });
    await get("/mine", A);
    expect(rendered).toBe(4);
  });

  it("keeps the renderings for each kind of client Next tells apart: a crawler's document is not a browser's", async () => {
    const browser = { ...A, "user-agent": "Mozilla/5.0 (Linux; Android 10) Mobile Safari/537.36" };
    const crawler = { ...A, "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" };
    const htmlCrawler = { ...A, "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" };
    expect((await get("/mine", browser)).body.toString()).toBe(document("a"));
    expect((await get("/mine", crawler)).body.toString()).toContain("<title>订单</title>");
    expect((await get("/mine", htmlCrawler)).body.toString()).toContain("<title>订单</title>");
    expect(rendered).toBe(3);
    expect((await get("/mine", browser)).body.toString()).toBe(document("a"));
    expect((await get("/mine", crawler)).body.toString()).toContain("<title>订单</title>");
    expect((await get("/mine", htmlCrawler)).body.toString()).toContain("<title>订单</title>");
    expect(rendered).toBe(3);
    // Other browsers, or the same one after an update: the browsers' rendering, no new one each.
    for (let v = 100; v < 140; v++) await get("/mine", { ...A, "user-agent": `Mozilla/5.0 (X11; Linux x86_64) Chrome/${v}.0 Safari/537.36` });
    await get("/mine", { ...A, "user-agent": "" });
    expect(rendered).toBe(3);
  });

  it("keeps a rendering under the version read before it began: data changed during the render is rendered again", async () => {
    let release!: () => void;
    hold = new Promise<void>((r) => (release = r));
    const pending = get("/mine", A);
    while (rendered === 0) await new Promise((r) => setTimeout(r, 1));
    // A write lands while the page renders: the render shows it, but it was asked under the older version.
    data.a! += 1;
    release();
    expect((await pending).body.toString()).toContain(`<i>${data.a}</i>`);
    hold = undefined;
    expect((await get("/mine", A)).body.toString()).toContain(`<i>${data.a}</i>`);
    expect(rendered).toBe(2);
    await get("/mine", A);
    expect(rendered).toBe(2);
  });

  it("keeps a write undone before the next request from bringing back the page rendered from it", async () => {
    let release!: () => void;
    hold = new Promise<void>((r) => (release = r));
    const before = data.a!;
    const pending = get("/mine", A);
    while (rendered === 0) await new Promise((r) => setTimeout(r, 1));
    data.a = before + 1;
    release();
    expect((await pending).body.toString()).toContain(`<i>${before + 1}</i>`);
    hold = undefined;
    // The write is undone: the version is the one read before that render, whose page showed the write.
    data.a = before;
    expect((await get("/mine", A)).body.toString()).toContain(`<i>${before}</i>`);
    expect(rendered).toBe(2);
  });

  it("keeps only a whole 200 to a GET rendered from the version read: not an error, a page setting a cookie, a render cut short or failed, one that recorded no version, or a HEAD", async () => {
    for (const path of ["/mine?forbidden", "/mine?cookie", "/mine?cut", "/mine?norecord", "/mine?norecord&rsc", "/mine?throw&rsc"]) {
      await get(path, A);
      await get(path, A);
    }
    expect(rendered).toBe(12);
    await get("/mine", A, "HEAD");
    await get("/mine", A, "HEAD");
    expect(rendered).toBe(14);
    await get("/mine", A);
    const head = await get("/mine", A, "HEAD");
    expect(rendered).toBe(15);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(document("a")));
  });

  it("lets the app render when the version cannot be read, and after the page's minute is up", async () => {
    versionFails = true;
    expect((await get("/mine", A)).status).toBe(200);
    expect((await get("/mine", A)).status).toBe(200);
    expect(rendered).toBe(2);
    versionFails = false;
    await get("/mine", A);
    await get("/mine", A);
    expect(rendered).toBe(3);
    clock += 60_000;
    await get("/mine", A);
    expect(rendered).toBe(4);
  });

  it("asks for no version for other addresses or requests without cookies", async () => {
    expect(cache.servePrivate({ method: "GET", url: "/other", headers: A } as unknown as http.IncomingMessage, {} as http.ServerResponse)).toBeUndefined();
    expect(cache.servePrivate({ method: "GET", url: "/mine", headers: {} } as unknown as http.IncomingMessage, {} as http.ServerResponse)).toBeUndefined();
    expect(cache.servePrivate({ method: "POST", url: "/mine", headers: A } as unknown as http.IncomingMessage, {} as http.ServerResponse)).toBeUndefined();
  });
});
