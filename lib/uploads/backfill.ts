/**
 * Medium (800px) copies for product photos stored before intake made them (f01e64f). Until a photo has one,
 * /uploads answers its medium key with the display image (up to 1600px), so a phone on a village network downloads
 * several times the bytes it needs. `npm run photos:backfill` makes the missing copies from the display images.
 *
 * Safe to run again and while the server serves: a photo whose copy exists is skipped, a copy is written atomically
 * by the storage, and the page already lists the medium key for every photo larger than 800px (the route starts
 * sending the copy as soon as it exists; browsers holding the fallback re-ask within a day).
 */
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { getDb } from "@/db/client";
import { productImages } from "@/db/schema";
import { encodeMedium } from "./images";
import { MEDIUM_EDGE, mediumKeyOf } from "./keys";
import { uploadStorage, type UploadStorage } from "./storage";

export interface BackfillReport {
  /** photos larger than the medium size */
  checked: number;
  /** medium copies made now */
  made: number;
  /** photos whose display image is not in the storage (nothing to make a copy from) */
  missing: string[];
}

export async function backfillMediumPhotos(storage: UploadStorage = uploadStorage()): Promise<BackfillReport> {
  const db = await getDb();
  const photos = await db
    .selectDistinct({ key: productImages.storageKey })
    .from(productImages)
    .where(sql`greatest(${productImages.width}, ${productImages.height}) > ${MEDIUM_EDGE}`)
    .orderBy(productImages.storageKey);
  const report: BackfillReport = { checked: photos.length, made: 0, missing: [] };
  // One photo at a time: each decode holds a full-size bitmap, and this may run beside the server.
  for (const { key } of photos) {
    if (await storage.get(mediumKeyOf(key))) continue;
    const display = await storage.get(key);
    if (!display) {
      report.missing.push(key);
      continue;
    }
    await storage.put(mediumKeyOf(key), await encodeMedium(sharp(display)));
    report.made++;
  }
  return report;
}
