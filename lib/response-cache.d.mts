import type { IncomingMessage, ServerResponse } from "node:http";

export const PAGE_TTL_MS: number;

/** Drop every kept public page of this process (after Next has recorded a cache-tag invalidation). */
export function invalidateCachedPages(): void;

export interface ResponseCache {
  /** Answer from a kept public page, if there is one for this request; call before Next. True when answered. */
  serveKept(req: IncomingMessage, res: ServerResponse): boolean;
  /** Take over compression and ETags of this response and keep it if it is a public page; call before Next. */
  capture(req: IncomingMessage, res: ServerResponse): void;
  stats(): { hits: number; misses: number; pageHits: number; assetHits: number; bodies: number; bodyBytes: number; pages: number; pageBytes: number; assets: number; assetBytes: number; compressing: number };
  /** Stop receiving invalidations. */
  close(): void;
}

export function createResponseCache(options?: { maxBytes?: number; pageTtlMs?: number; now?: () => number }): ResponseCache;
