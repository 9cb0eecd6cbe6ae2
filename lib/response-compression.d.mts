import type { IncomingMessage, ServerResponse } from "node:http";

export interface ResponseCompression {
  /** Install on a response before the app handles it. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Responses served from / added to the cache of encoded bodies, and its size. */
  stats(): { hits: number; misses: number; entries: number; bytes: number };
}

export function createResponseCompression(options?: { maxBytes?: number }): ResponseCompression;
