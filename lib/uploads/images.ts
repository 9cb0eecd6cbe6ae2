/**
 * Image intake: every upload is checked by content and re-encoded, so what we store and serve is always
 * a clean WebP we produced ourselves (no EXIF/GPS, no trailing polyglot payload, no SVG script).
 * Order of checks: size (before any decoding) → file name → header (format and pixel count, no decode)
 * → full decode with limitInputPixels → re-encode.
 */
import sharp, { type Metadata } from "sharp";
import { MAX_IMAGE_EDGE, MEDIUM_EDGE, mediumKeyOf, THUMB_EDGE } from "./keys";
import { newImageKey, uploadStorage, type UploadStorage } from "./storage";

export { MAX_IMAGE_EDGE, MEDIUM_EDGE, THUMB_EDGE } from "./keys";
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: any phone photo passes; decompression bombs do not. */
export const MAX_IMAGE_PIXELS = 40_000_000;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

/** A refusal the user should read; `key` is a message in the `errors` namespace. */
export class ImageRejected extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = "ImageRejected";
  }
}

/** The medium (800px) copy of a photo, as intake makes it and lib/uploads/backfill.ts makes it for older photos. */
export function encodeMedium(image: ReturnType<typeof sharp>): Promise<Buffer> {
  return image.resize({ width: MEDIUM_EDGE, height: MEDIUM_EDGE, fit: "inside", withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
}

const PREPARED = Symbol("PreparedImage");

/**
 * A re-encoded image ready to store. Only prepareImage() makes one, so a mutation that accepts
 * PreparedImage cannot be handed storage keys or raw bytes by a form or a JSON body.
 */
export class PreparedImage {
  readonly [PREPARED] = true;
  private stored = false;
  constructor(
    readonly key: string,
    readonly thumbKey: string,
    readonly width: number,
    readonly height: number,
    private readonly data: Buffer,
    private readonly thumb: Buffer,
    /** Only for a display image larger than MEDIUM_EDGE (see photoSrcSet). */
    private readonly medium: Buffer | null = null,
  ) {}
  /** The medium size's key, when one was made. */
  get mediumKey(): string | null {
    return this.medium ? mediumKeyOf(this.key) : null;
  }
  async store(storage: UploadStorage = uploadStorage()): Promise<void> {
    // Marked before the writes: a store that fails half-way is undone in full by discard() (deletes ignore missing files).
    this.stored = true;
    await storage.put(this.key, this.data);
    await storage.put(this.thumbKey, this.thumb);
    if (this.medium) await storage.put(mediumKeyOf(this.key), this.medium);
  }
  /** Undo store() when the surrounding transaction did not commit. */
  async discard(storage: UploadStorage = uploadStorage()): Promise<void> {
    if (!this.stored) return;
    await storage.delete(this.key);
    await storage.delete(this.thumbKey);
    if (this.medium) await storage.delete(mediumKeyOf(this.key));
    this.stored = false;
  }
}

export function isPreparedImage(v: unknown): v is PreparedImage {
  return v instanceof PreparedImage;
}

/** The parts of a File we need; lets tests and route handlers pass Blob-like objects. */
export interface UploadLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

// Browsers send a bare file name; anything with a path, a parent reference or control characters is not one.
const BAD_NAME = /[\\/\u0000-\u001f]|^\.\.?$|\.\./;

export async function prepareImage(file: UploadLike): Promise<PreparedImage> {
  if (file.size > MAX_IMAGE_BYTES) throw new ImageRejected("imageTooLarge", { max: 10 });
  if (file.size === 0) throw new ImageRejected("imageEmpty");
  if (BAD_NAME.test(file.name) || file.name.length > 200) throw new ImageRejected("imageBadName");
  const input = Buffer.from(await file.arrayBuffer());
  if (input.length > MAX_IMAGE_BYTES) throw new ImageRejected("imageTooLarge", { max: 10 });

  let meta: Metadata;
  try {
    // Header only: format and dimensions, nothing decoded yet.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejected("imageNotImage");
  }
  if (!meta.format || !ACCEPTED.has(meta.format)) throw new ImageRejected("imageNotImage");
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  if (!w || !h) throw new ImageRejected("imageNotImage");
  if (w * h > MAX_IMAGE_PIXELS) throw new ImageRejected("imageTooManyPixels");

  try {
    const base = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error", animated: false }).rotate();
    // Metadata (EXIF, GPS, ICC comments) is dropped: sharp writes none unless asked to keep it.
    const { data, info } = await base
      .clone()
      .resize({ width: MAX_IMAGE_EDGE, height: MAX_IMAGE_EDGE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base
      .clone()
      .resize({ width: THUMB_EDGE, height: THUMB_EDGE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    // A medium size only when it is smaller than the display image: a phone's screen needs ~800px, not 1600.
    const medium = Math.max(info.width, info.height) > MEDIUM_EDGE ? await encodeMedium(base.clone()) : null;
    const { key, thumbKey } = newImageKey();
    return new PreparedImage(key, thumbKey, info.width, info.height, data, thumb, medium);
  } catch {
    throw new ImageRejected("imageNotImage");
  }
}
