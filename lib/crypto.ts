/**
 * Seeker PII (phone, ID number) at rest: AES-256-GCM, key derived from PII_KEY.
 * Format: "v1:" + base64url(iv[12] | tag[16] | ciphertext). Plain values never reach logs.
 */
import crypto from "node:crypto";
import { env } from "./env";

let key: Buffer | undefined;
function piiKey(): Buffer {
  key ??= crypto.createHash("sha256").update(env.PII_KEY).digest();
  return key;
}

export function encryptPii(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", piiKey(), iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return "v1:" + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64url");
}

export function decryptPii(enc: string): string {
  if (!enc.startsWith("v1:")) throw new Error("unknown PII ciphertext version");
  const buf = Buffer.from(enc.slice(3), "base64url");
  const decipher = crypto.createDecipheriv("aes-256-gcm", piiKey(), buf.subarray(0, 12));
  decipher.setAuthTag(buf.subarray(12, 28));
  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString("utf8");
}

export function last4(s: string): string {
  return s.replace(/\s/g, "").slice(-4);
}

/** 138****0001 style, for the few screens that show a masked number. */
export function maskPhone(last: string): string {
  return `1**-****-${last}`;
}
