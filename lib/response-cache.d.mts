import type { IncomingMessage, ServerResponse } from "node:http";

export const PAGE_TTL_MS: number;

/** Drop every kept public page of this process (after Next has recorded a cache-tag invalidation). */
export function invalidateCachedPages(): void;

export interface ResponseCache {
  /** Answer from a kept public page, if there is one for this request; call before Next. True when answered. */
  serveKept(req: IncomingMessage, res: ServerResponse): boolean;
  /**
   * Answer a private page (lib/private-pages.ts) from memory when its version for this request has a kept rendering;
   * call after serveKept and before capture. Undefined, decided at once, for any other request; else a promise of
   * whether it was answered (when not, capture keeps what Next renders).
   */
  servePrivate(req: IncomingMessage, res: ServerResponse): Promise<boolean> | undefined;
  /** Run Next's handler for this request, inside its render slot when servePrivate marked it for keeping. */
  rendering<T>(req: IncomingMessage, handle: () => T): T;
  /** Keep nothing of this request's answer (the handler failed: what was sent may be cut short). */
  discard(req: IncomingMessage): void;
  /** Take over compression and ETags of this response and keep it if it is a public or private page; call before Next. */
  capture(req: IncomingMessage, res: ServerResponse): void;
  stats(): { hits: number; misses: number; pageHits: number; assetHits: number; bodies: number; bodyBytes: number; pages: number; pageBytes: number; privateHits: number; privatePages: number; privateBytes: number; assets: number; assetBytes: number; compressing: number; brImproved: number };
  /** Stop receiving invalidations. */
  close(): void;
}

export function createResponseCache(options?: { maxBytes?: number; pageTtlMs?: number; now?: () => number }): ResponseCache;
