/** Upload key rules, free of Node APIs so any server component can build image URLs. */

/** <32 hex>.webp (display, ≤1600px) or <32 hex>-480.webp (thumbnail). */
export const KEY_RE = /^[0-9a-f]{32}(?:-480)?\.webp$/;

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

export const uploadUrl = (key: string) => `/uploads/${key}`;
