/**
 * First-load JavaScript per app route, from the build (Next 16, Turbopack):
 * - `.next/build-manifest.json` → `rootMainFiles` (the runtime every app page loads; `polyfillFiles` are
 *   `nomodule` and skipped by modern browsers, so not counted);
 * - `.next/server/app/<route>/page_client-reference-manifest.js` → `entryJSFiles` / `entryCSSFiles`: the chunks
 *   of every segment of the route (root layout, [locale] layout, error/not-found/forbidden boundaries, page).
 * Each distinct file is gzipped here with zlib (level 6, what the server's streaming compression sends for these files) and summed.
 * `fromHtml` cross-checks against the <script>/<link> tags of a rendered page.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const APP_NEXT = path.resolve(".next");
const gzCache = new Map<string, number>();
const brCache = new Map<string, number>();

export function gzipSize(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
    gzCache.set(file, n);
  }
  return n;
}

/** Brotli (quality 11, as a reverse proxy serving pre-compressed static files would). For reference only. */
export function brotliSize(file: string): number {
  let n = brCache.get(file);
  if (n === undefined) {
    n = zlib.brotliCompressSync(fs.readFileSync(file), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    brCache.set(file, n);
  }
  return n;
}

export interface RouteBundle {
  route: string;
  jsFiles: number;
  jsGzipBytes: number;
  jsRawBytes: number;
  jsBrotliBytes: number;
  /** the part of jsGzipBytes that is Next's runtime (rootMainFiles), the same for every route */
  frameworkGzipBytes: number;
  cssGzipBytes: number;
}

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, { path: string }[]>;
}

function readClientManifest(route: string, nextDir: string): ClientManifest | null {
  const file = path.join(nextDir, "server/app", `${route}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) return null;
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox, { timeout: 2000 });
  const all = sandbox.__RSC_MANIFEST ?? {};
  return all[route] ?? Object.values(all)[0] ?? null;
}

/** Every app page route in the build with its first-load JS (gzip). `nextDir`: the build's `.next` folder. */
export function firstLoadJs(nextDir = APP_NEXT): RouteBundle[] {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const routes = JSON.parse(fs.readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const out: RouteBundle[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page") || entry.startsWith("/_")) continue;
    const m = readClientManifest(entry, nextDir);
    if (!m) continue;
    const root = (build.rootMainFiles ?? []).map((f) => f.replace(/^\/?_next\//, ""));
    const js = new Set<string>(root);
    for (const files of Object.values(m.entryJSFiles ?? {})) for (const f of files) js.add(f.replace(/^\/?_next\//, ""));
    const css = new Set<string>();
    for (const files of Object.values(m.entryCSSFiles ?? {})) for (const f of files) css.add(f.path.replace(/^\/?_next\//, ""));
    const jsPaths = [...js].map((f) => path.join(nextDir, f)).filter((f) => fs.existsSync(f));
    const cssPaths = [...css].map((f) => path.join(nextDir, f)).filter((f) => fs.existsSync(f));
    out.push({
      route,
      jsFiles: jsPaths.length,
      jsGzipBytes: jsPaths.reduce((s, f) => s + gzipSize(f), 0),
      jsRawBytes: jsPaths.reduce((s, f) => s + fs.statSync(f).size, 0),
      jsBrotliBytes: jsPaths.reduce((s, f) => s + brotliSize(f), 0),
      frameworkGzipBytes: root.map((f) => path.join(nextDir, f)).filter((f) => fs.existsSync(f)).reduce((s, f) => s + gzipSize(f), 0),
      cssGzipBytes: cssPaths.reduce((s, f) => s + gzipSize(f), 0),
    });
  }
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

export interface PageWeight {
  htmlGzipBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
  scripts: string[];
  stylesheets: string[];
}

/**
 * What a first visit transfers before images: the HTML (gzipped here) plus every script and stylesheet the
 * HTML references from /_next/static (gzipped from the build). Inline scripts (the RSC payload) are in the HTML.
 */
export function fromHtml(html: string, nextDir = APP_NEXT): PageWeight {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[0])?.[1];
    if (src && !/\snomodule/i.test(m[0])) scripts.add(src);
  }
  for (const m of html.matchAll(/<link[^>]*>/g)) {
    const tag = m[0];
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/rel="stylesheet"/.test(tag) || (/rel="preload"/.test(tag) && /as="style"/.test(tag))) styles.add(href);
    else if (/rel="(modulepreload|preload)"/.test(tag) && /as="script"|rel="modulepreload"/.test(tag)) scripts.add(href);
  }
  const local = (u: string) => {
    const p = u.replace(/^https?:\/\/[^/]+/, "").split("?")[0]!;
    return p.startsWith("/_next/") ? path.join(nextDir, decodeURIComponent(p.slice("/_next/".length))) : null;
  };
  const size = (urls: Set<string>) => [...urls].map(local).reduce((s, f) => s + (f && fs.existsSync(f) ? gzipSize(f) : 0), 0);
  const htmlGzipBytes = zlib.gzipSync(Buffer.from(html), { level: 6 }).length;
  const jsGzipBytes = size(scripts);
  const cssGzipBytes = size(styles);
  return {
    htmlGzipBytes,
    jsGzipBytes,
    cssGzipBytes,
    totalGzipBytes: htmlGzipBytes + jsGzipBytes + cssGzipBytes,
    scripts: [...scripts],
    stylesheets: [...styles],
  };
}
