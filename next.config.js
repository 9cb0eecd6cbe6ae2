import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Locale routing of public pages lives here, not in the proxy (proxy.ts): Next applies these rules from its
// compiled route table, whereas running the proxy on a request cost as much CPU again as serving the cached
// page itself (bench/README.md). Chinese is unprefixed ("/jobs" renders app/[locale]/jobs with locale zh-CN),
// English is "/en/…", and "/zh-CN/…" redirects to the unprefixed address (next-intl's "as-needed" prefix).
/** Query keys read by parseCatalogQuery (lib/catalog/search.ts); any of them makes /products a search. */
export const CATALOG_FILTER_KEYS = ["q", "county", "category", "certified", "inStock", "inSeason", "presale", "sort", "page"];
/** Query keys read by parseJobFilters (lib/jobs/board.ts). */
export const JOB_FILTER_KEYS = ["q", "region", "kind", "skill", "payMin", "benefit", "sort", "page"];
const noneOf = (keys) => keys.map((key) => ({ type: "query", key }));
/** The bare list (no filter in the query) is served from its cached rendering at "<list>/browse". */
const browse = (list, keys) => [
  { source: `/${list}`, missing: noneOf(keys), destination: `/zh-CN/${list}/browse` },
  { source: `/en/${list}`, missing: noneOf(keys), destination: `/en/${list}/browse` },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM + data files that bundling breaks; argon2/sharp are native.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "pg"],
  poweredByHeader: false,
  // `npm start` (scripts/start.mjs) compresses and tags responses itself, once per cached page instead of once per
  // request (lib/response-cache.mjs); `next start` or `next dev` on their own keep Next's.
  compress: process.env.XIANGJI_HTTP_COMPRESSION !== "server",
  generateEtags: process.env.XIANGJI_HTTP_COMPRESSION !== "server",
  // Next's in-memory cache, with tag invalidations shared by the server processes of scripts/start.mjs (see there).
  cacheHandler: fileURLToPath(new URL("./lib/cache-handler.mjs", import.meta.url)),
  // The app renders plain <img> (uploads are re-encoded to WebP at upload time; illustrations are SVG), never
  // next/image, so the optimizer endpoint is switched off: with `unoptimized` Next 16.4 answers every
  // /_next/image request with 404 before reading its parameters or fetching anything
  // (next/dist/server/next-server.js, handleNextImageRequest). No URL fetch (SSRF), no decode (image RCEs).
  // The patterns below are a second line should anyone turn the optimizer back on: no remote hosts at all,
  // and locally only the illustrations.
  images: { unoptimized: true, remotePatterns: [], localPatterns: [{ pathname: "/illustrations/**", search: "" }] },
  experimental: {
    // 2-core machines; each build worker would open its own database connection.
    cpus: 1,
    // Rendered pages and cached data stay in memory only (an LRU of cacheMaxMemorySize, 50 MB by default), never on
    // disk: every address with a dynamic segment is a cache key, 404s included (/products/<any id>, /<any path>,
    // /products?q=<any word>), so each new address an anonymous client asks for would leave files under .next for
    // good. A restart starts with a cold cache; the first request of each page renders it again.
    isrFlushToDisk: false,
    // forbidden() renders app/[locale]/forbidden.tsx with status 403.
    authInterrupts: true,
    // Product editor posts photos with the form (10 MB each, checked again by the server); the proxy buffers
    // at most 10 MB of a body anyway (proxyClientMaxBodySize), so a larger limit here would not help.
    serverActions: { bodySizeLimit: "10mb" },
  },
  async redirects() {
    return [
      { source: "/zh-CN", destination: "/", permanent: false },
      { source: "/zh-CN/:path*", destination: "/:path*", permanent: false },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [...browse("products", CATALOG_FILTER_KEYS), ...browse("jobs", JOB_FILTER_KEYS)],
      // After files: /icon.svg, /illustrations/… and the API keep their own routes.
      afterFiles: [
        { source: "/", destination: "/zh-CN" },
        { source: "/:first((?!(?:en|zh-CN|api|_next|uploads)(?:/|$))[^/.]+)/:rest*", destination: "/zh-CN/:first/:rest*" },
      ],
    };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
