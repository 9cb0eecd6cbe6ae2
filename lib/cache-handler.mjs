/**
 * Next's cache handler (next.config.js `cacheHandler`): Next's own in-memory cache, plus tag invalidations shared by
 * every server process of the host. Each process keeps its rendered pages and cached data in its own memory, and
 * Next records an invalidated tag only in the process that wrote; without this, the other processes would serve the
 * old catalog until their entries timed out. `revalidateTag` now resolves once every process has recorded the tag.
 * Next runs it when the writing request has done its work: an action awaits it before rendering its result, other
 * requests alongside their response. Messages reach a process in order, so one that receives the invalidation before
 * a new connection (both come through the cluster's primary) never serves that connection the stale page.
 *
 * One host only: several hosts would need a shared store for tags and entries (Redis or the database).
 */
import { createRequire } from "node:module";
import { invalidateCachedPages } from "./response-cache.mjs";
import { broadcast } from "./worker-relay.mjs";

const require = createRequire(import.meta.url);
/** Next 16.4's default handler (memory LRU; disk off by isrFlushToDisk: false). Pinned with next in package.json. */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/**
 * Record invalidated tags in this process, as Next does for its own writes. Next's revalidateTag keeps them in a
 * process-wide map (tags-manifest.external.js) and reads nothing from the instance.
 * @param {{ tags: string | string[], durations?: { expire?: number } }} message
 */
export async function recordInvalidatedTags({ tags, durations }) {
  await FileSystemCache.prototype.revalidateTag.call(undefined, tags, durations);
  // Only once Next has recorded it: a page kept before then could be the old one (lib/response-cache.mjs).
  invalidateCachedPages();
}

export default class SharedTagsCache extends FileSystemCache {
  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    invalidateCachedPages();
    await broadcast({ tags, durations });
  }
}
