/** Upload key rules, free of Node APIs so any server component can build image URLs. */

/** Long edge of each stored size of a product photo: display, medium (phones) and thumbnail, in pixels. */
export const MAX_IMAGE_EDGE = 1600;
export const MEDIUM_EDGE = 800;
export const THUMB_EDGE = 480;

/** <32 hex>.webp (display, ≤1600px), <32 hex>-800.webp (medium) or <32 hex>-480.webp (thumbnail). */
export const KEY_RE = /^[0-9a-f]{32}(?:-480|-800)?\.webp$/;

export function isValidKey(key: string): boolean {
  return KEY_RE.test(key);
}

/** Every storage checks the key before touching anything (a file, a request). */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error("invalid upload key");
}

export function thumbKeyOf(key: string): string {
  return key.replace(/\.webp$/, "-480.webp");
}

export function mediumKeyOf(key: string): string {
  return key.replace(/\.webp$/, "-800.webp");
}

/** The display image a medium key was made from (null for any other key). */
export function displayKeyOfMedium(key: string): string | null {
  return isValidKey(key) && key.endsWith("-800.webp") ? key.replace(/-800\.webp$/, ".webp") : null;
}

/** Every stored file of a photo: display, medium and thumbnail (the medium may not exist, see prepareImage). */
export function photoKeys(key: string): string[] {
  return [key, mediumKeyOf(key), thumbKeyOf(key)];
}

export const uploadUrl = (key: string) => `/uploads/${key}`;

/**
 * `srcset` of a photo whose display image is `width` × `height`: each stored size that is smaller than the display
 * one, with its width, then the display image. A phone picks the medium size (a quarter of the display image's
 * pixels) instead of downloading the 1600px photo to show it 360 CSS pixels wide.
 */
export function photoSrcSet(key: string, width: number, height: number): string {
  const longEdge = Math.max(width, height);
  const widthAt = (edge: number) => Math.round((width * edge) / longEdge);
  const candidates: string[] = [];
  if (longEdge > THUMB_EDGE) candidates.push(`${uploadUrl(thumbKeyOf(key))} ${widthAt(THUMB_EDGE)}w`);
  if (longEdge > MEDIUM_EDGE) candidates.push(`${uploadUrl(mediumKeyOf(key))} ${widthAt(MEDIUM_EDGE)}w`);
  candidates.push(`${uploadUrl(key)} ${width}w`);
  return candidates.join(", ");
}
