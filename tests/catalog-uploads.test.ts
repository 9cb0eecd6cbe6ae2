import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { productImages, products } from "@/db/schema";
import { saveProduct } from "@/lib/catalog/editor";
import { hit, LIMITS } from "@/lib/rate-limit";
import { prepareImage } from "@/lib/uploads/images";
import { GET as serveUpload } from "@/app/uploads/[...key]/route";
import { displayKeyOfMedium, photoSrcSet } from "@/lib/uploads/keys";
import { createLocalStorage, isValidKey, setUploadStorage } from "@/lib/uploads/storage";
import { fileOf, makeProducer, pngBytes, productInputOf } from "./helpers/catalog";

let dir: string;
const filesIn = (d: string): string[] => (fs.existsSync(d) ? fs.readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-uploads-"));
  setUploadStorage(createLocalStorage(dir));
});
afterAll(() => {
  setUploadStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A valid PNG whose header claims width × height: a decompression bomb's calling card. */
function pixelFlood(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.alloc(1024))), chunk("IEND", Buffer.alloc(0))]);
}

describe("image intake", () => {
  it("re-encodes a photo to WebP without metadata, at most 1600px, with a 480px thumbnail", async () => {
    const jpeg = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#b3261e" } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: "secret-gps-owner" } } })
      .toBuffer();
    const img = await prepareImage(fileOf(jpeg, "IMG_0001.jpg", "image/jpeg"));
    expect(isValidKey(img.key) && isValidKey(img.thumbKey)).toBe(true);
    expect([img.width, img.height]).toEqual([1600, 1067]);
    const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-u2-")));
    await img.store(storage);
    const main = await storage.get(img.key);
    const meta = await sharp(main!).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect((await sharp((await storage.get(img.thumbKey))!).metadata()).width).toBe(480);
    // The medium size for phones: 800px on the long edge, a fraction of the display image's bytes.
    expect(img.mediumKey).toBe(img.key.replace(".webp", "-800.webp"));
    const medium = await storage.get(img.mediumKey!);
    expect([(await sharp(medium!).metadata()).width, (await sharp(medium!).metadata()).height]).toEqual([800, 533]);
    expect(medium!.length).toBeLessThan(main!.length);
    expect(main!.includes(Buffer.from("secret-gps-owner"))).toBe(false);
    expect(photoSrcSet(img.key, img.width, img.height)).toBe(`/uploads/${img.thumbKey} 480w, /uploads/${img.mediumKey} 800w, /uploads/${img.key} 1600w`);
  });

  it("makes no medium size for a photo that is not larger than it, and lists only the sizes that exist", async () => {
    const png = await sharp({ create: { width: 600, height: 800, channels: 3, background: "#2f6b3a" } }).png().toBuffer();
    const img = await prepareImage(fileOf(png, "tea.png", "image/png"));
    expect([img.width, img.height, img.mediumKey]).toEqual([600, 800, null]);
    const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-u3-")));
    await img.store(storage);
    expect(await storage.get(img.key.replace(".webp", "-800.webp"))).toBeNull();
    expect(photoSrcSet(img.key, img.width, img.height)).toBe(`/uploads/${img.thumbKey} 360w, /uploads/${img.key} 600w`);
    expect(photoSrcSet(img.key, 400, 300)).toBe(`/uploads/${img.key} 400w`);
    await img.discard(storage);
    expect(await storage.get(img.key)).toBeNull();
    expect(await storage.get(img.thumbKey)).toBeNull();
  });

  it("strips a polyglot's trailing payload", async () => {
    const png = Buffer.concat([await pngBytes(), Buffer.from("<html><script>alert(1)</script></html>")]);
    const img = await prepareImage(fileOf(png, "poly.png"));
    const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-u3-")));
    await img.store(storage);
    expect((await storage.get(img.key))!.includes(Buffer.from("<script>"))).toBe(false);
  });

  it("refuses bad uploads with clear Chinese errors and stores nothing", async () => {
    const { user, org } = await makeProducer();
    const big = Buffer.alloc(20 * 1024 * 1024, 0);
    (await pngBytes()).copy(big); // PNG magic in front of 20 MB
    const cases: [File, string][] = [
      [fileOf("%PDF-1.4 not an image", "报告.png", "image/png"), "只能上传 JPG、PNG 或 WebP 格式的照片，这个文件不是可用的图片"],
      [fileOf('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script></svg>', "logo.svg", "image/svg+xml"), "只能上传 JPG、PNG 或 WebP 格式的照片，这个文件不是可用的图片"],
      [fileOf(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).gif().toBuffer(), "a.gif", "image/gif"), "只能上传 JPG、PNG 或 WebP 格式的照片，这个文件不是可用的图片"],
      [fileOf(big, "huge.png"), "图片太大了：每张不能超过 10 MB，请压缩后再上传"],
      [fileOf(pixelFlood(50_000, 50_000), "bomb.png"), "图片尺寸过大（超过 4000 万像素），请缩小后再上传"],
      [fileOf(await pngBytes(), "../../etc/passwd.png"), "文件名不合规，请改名后再上传"],
      [fileOf(await pngBytes(), "..\\evil.png"), "文件名不合规，请改名后再上传"],
    ];
    for (const [file, message] of cases) {
      const r = await saveProduct(productInputOf({ title: "带图商品", images: [file] }), { user });
      expect(r, file.name).toMatchObject({ ok: false, code: "invalid", fieldErrors: { images: [message] } });
    }
    const db = await getDb();
    expect(await db.select().from(products).where(eq(products.orgId, org.id))).toHaveLength(0);
    expect(filesIn(dir)).toEqual([]);
  });

  it("stores accepted images under generated names, and removes them when the save is refused", async () => {
    const { user } = await makeProducer();
    const ok = await saveProduct(productInputOf({ images: [fileOf(await pngBytes(), "我的猕猴桃.png")] }), { user });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const db = await getDb();
    const rows = await db.select().from(productImages).where(eq(productImages.productId, ok.data.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.storageKey).toMatch(/^[0-9a-f]{32}\.webp$/);
    const stored = filesIn(dir).sort();
    expect(stored).toEqual([rows[0]!.storageKey, rows[0]!.storageKey.replace(".webp", "-480.webp")].sort());

    // A valid image on a save refused later (tier rule) leaves no file behind.
    const refused = await saveProduct(productInputOf({ images: [fileOf(await pngBytes(), "b.png")], variants: [{ name: "x", price: "1", stock: "1", tiers: [{ minQty: "5", price: "2" }] }] }), { user });
    expect(refused.ok).toBe(false);
    expect(filesIn(dir).sort()).toEqual(stored);

    // Seven images: refused.
    const seven = await Promise.all(Array.from({ length: 7 }, async (_, i) => fileOf(await pngBytes(), `${i}.png`)));
    expect(await saveProduct(productInputOf({ productId: ok.data.id, images: seven }), { user })).toMatchObject({ ok: false, fieldErrors: { images: ["每件商品最多 6 张图片"] } });

    // Removing the image deletes the row (files go after commit, outside Next a no-op cache).
    const removed = await saveProduct(productInputOf({ productId: ok.data.id, removeImages: [rows[0]!.id] }), { user });
    expect(removed).toMatchObject({ ok: true, data: { removedKeys: [rows[0]!.storageKey] } });
    expect(await db.select().from(productImages).where(eq(productImages.productId, ok.data.id))).toHaveLength(0);
    expect(filesIn(dir)).toEqual([]);
  });

  it("stores a large photo's medium size with it and removes all three files with the photo", async () => {
    const { user } = await makeProducer();
    const saved = await saveProduct(productInputOf({ images: [fileOf(await pngBytes(1200, 900), "kiwi.png")] }), { user });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const db = await getDb();
    const [row] = await db.select().from(productImages).where(eq(productImages.productId, saved.data.id));
    const key = row!.storageKey;
    expect(filesIn(dir).sort()).toEqual([key, key.replace(".webp", "-480.webp"), key.replace(".webp", "-800.webp")].sort());
    expect(await saveProduct(productInputOf({ productId: saved.data.id, removeImages: [row!.id] }), { user })).toMatchObject({ ok: true });
    expect(filesIn(dir)).toEqual([]);
  });

  it("serves a photo's medium size, or its display image when the photo has none (older or small photos)", async () => {
    const large = await prepareImage(fileOf(await pngBytes(1200, 900), "large.png"));
    const small = await prepareImage(fileOf(await pngBytes(), "small.png"));
    await large.store();
    await small.store();
    const get = async (key: string) => {
      const res = await serveUpload(new Request(`http://localhost/uploads/${key}`), { params: Promise.resolve({ key: [key] }) });
      return { status: res.status, cacheControl: res.headers.get("cache-control"), body: Buffer.from(await res.arrayBuffer()) };
    };
    const largeMedium = await get(large.mediumKey!);
    expect(largeMedium.status).toBe(200);
    expect(largeMedium.cacheControl).toBe("public, max-age=31536000, immutable");
    expect((await sharp(largeMedium.body).metadata()).width).toBe(800);
    const smallMedium = await get(small.key.replace(".webp", "-800.webp"));
    expect(smallMedium.status).toBe(200);
    expect(smallMedium.body.equals((await get(small.key)).body)).toBe(true);
    // Not for good: an 800px file made for this photo later would be taken once this expires.
    expect(smallMedium.cacheControl).toBe("public, max-age=86400");
    await small.discard();
    expect((await get(small.key.replace(".webp", "-800.webp"))).status).toBe(404);
    await large.discard();
  });

  it(`allows ${LIMITS.productPhotos.max} saves with photos an hour per producer; the next is refused before any photo is read, and stores nothing`, async () => {
    const { user, org } = await makeProducer();
    for (let i = 1; i < LIMITS.productPhotos.max; i++) await hit(LIMITS.productPhotos, user.id);
    expect(await saveProduct(productInputOf({ title: "第六十次带图", images: [fileOf(await pngBytes(), "a.png")] }), { user })).toMatchObject({ ok: true });
    const stored = filesIn(dir).sort();
    let read = false;
    const photo = { name: "b.png", size: 1000, arrayBuffer: async () => ((read = true), new ArrayBuffer(1000)) };
    const refused = await saveProduct(productInputOf({ title: "第六十一次带图", images: [photo] }), { user });
    expect(refused).toMatchObject({ ok: false, code: "rate_limited", error: "操作太频繁，请 60 分钟后再试。" });
    expect(read).toBe(false);
    expect(filesIn(dir).sort()).toEqual(stored);
    const db = await getDb();
    expect((await db.select().from(products).where(eq(products.orgId, org.id))).map((p) => p.title)).toEqual(["第六十次带图"]);
    // Saves without photos are not limited, nor is another producer.
    expect(await saveProduct(productInputOf({ title: "不带图" }), { user })).toMatchObject({ ok: true });
    expect(await saveProduct(productInputOf({ images: [fileOf(await pngBytes(), "c.png")] }), { user: (await makeProducer()).user })).toMatchObject({ ok: true });
  });

  it("cannot be handed storage keys or fake prepared images through input", async () => {
    const { user } = await makeProducer();
    const r = await saveProduct(productInputOf({ images: [{ key: "0".repeat(32) + ".webp", width: 1, height: 1 }] }), { user });
    expect(r).toMatchObject({ ok: false, code: "invalid" });
  });

  it("storage keys are strict", () => {
    for (const bad of ["../x.webp", "a.webp", `${"0".repeat(32)}.png`, `${"0".repeat(32)}.webp/../../x`, `${"A".repeat(32)}.webp`, ""]) expect(isValidKey(bad), bad).toBe(false);
    expect(isValidKey(`${"0a".repeat(16)}-480.webp`)).toBe(true);
    expect(isValidKey(`${"0a".repeat(16)}-800.webp`)).toBe(true);
    for (const bad of [`${"0a".repeat(16)}-801.webp`, `${"0a".repeat(16)}-800-480.webp`]) expect(isValidKey(bad), bad).toBe(false);
    expect(displayKeyOfMedium(`${"0a".repeat(16)}-800.webp`)).toBe(`${"0a".repeat(16)}.webp`);
    for (const other of [`${"0a".repeat(16)}.webp`, `${"0a".repeat(16)}-480.webp`, "../x-800.webp"]) expect(displayKeyOfMedium(other), other).toBeNull();
  });
});
