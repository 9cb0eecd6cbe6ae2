import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { productImages } from "@/db/schema";
import { backfillMediumPhotos } from "@/lib/uploads/backfill";
import { mediumKeyOf } from "@/lib/uploads/keys";
import { createLocalStorage, newImageKey, setUploadStorage, type UploadStorage } from "@/lib/uploads/storage";
import { makeOrg, makeUser } from "./helpers/factories";
import { makeProduct } from "./helpers/orders";

let dir: string;
let storage: UploadStorage;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-backfill-"));
  storage = createLocalStorage(dir);
  setUploadStorage(storage);
});
afterAll(() => {
  setUploadStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A photo as intake stored it before medium copies existed: the display image only, and its row. */
async function oldPhoto(productId: string, width: number, height: number, opts: { stored?: boolean } = {}) {
  const { key } = newImageKey();
  const display = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } }).webp({ quality: 78 }).toBuffer();
  if (opts.stored ?? true) await storage.put(key, display);
  const db = await getDb();
  await db.insert(productImages).values({ productId, storageKey: key, width, height });
  return key;
}

describe("800px copies for photos stored before they were made (npm run photos:backfill)", () => {
  it("makes the missing copy of each photo larger than 800px from its display image, once", async () => {
    const owner = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(owner.id);
    const { product } = await makeProduct(org.id);
    const landscape = await oldPhoto(product.id, 1600, 1200);
    const portrait = await oldPhoto(product.id, 900, 1600);
    const small = await oldPhoto(product.id, 640, 480);
    const lost = await oldPhoto(product.id, 1200, 1200, { stored: false });

    const first = await backfillMediumPhotos(storage);
    expect(first.missing).toContain(lost);
    for (const [key, width, height] of [[landscape, 800, 600], [portrait, 450, 800]] as const) {
      const copy = await storage.get(mediumKeyOf(key));
      expect(copy, key).not.toBeNull();
      const meta = await sharp(copy!).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", width, height]);
    }
    // A photo no larger than the medium size needs none (the page lists no medium key for it).
    expect(await storage.get(mediumKeyOf(small))).toBeNull();
    expect(first.made).toBeGreaterThanOrEqual(2);

    // Run again: every copy exists, nothing is made.
    const again = await backfillMediumPhotos(storage);
    expect(again.made).toBe(0);
    expect(again.checked).toBe(first.checked);
  });
});
