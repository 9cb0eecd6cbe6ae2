/**
 * S3-compatible upload storage (AWS S3, MinIO, Aliyun OSS, Tencent COS …): plain PUT/GET/DELETE object
 * requests signed with AWS Signature V4 by aws4fetch. The payload hash is signed too (not UNSIGNED-PAYLOAD),
 * so a plain-HTTP endpoint on a private network cannot have the image swapped in transit.
 * Keys are checked against KEY_RE before any request is built.
 */
import crypto from "node:crypto";
import { AwsClient } from "aws4fetch";
import { assertValidKey } from "./keys";
import type { UploadStorage } from "./storage";

export interface S3Config {
  bucket: string;
  region: string;
  /** Origin (and optional base path) of the service; AWS's regional endpoint when unset. */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (MinIO and most self-hosted services). */
  forcePathStyle: boolean;
}

export interface S3Options {
  /** Extra attempts after a 5xx or 429 answer (aws4fetch backs off exponentially from 50 ms). */
  retries?: number;
  /** Limit for one operation, all attempts together. */
  timeoutMs?: number;
}

/** Keys are content-random: an object never changes, so caches may keep it for a year. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
const EMPTY_SHA256 = crypto.createHash("sha256").update("").digest("hex");

export function objectUrl(cfg: Pick<S3Config, "bucket" | "region" | "endpoint" | "forcePathStyle">, key: string): string {
  assertValidKey(key);
  const base = new URL(cfg.endpoint ?? `https://s3.${cfg.region}.amazonaws.com`);
  const prefix = base.pathname.replace(/\/+$/, "");
  if (cfg.forcePathStyle) return `${base.origin}${prefix}/${cfg.bucket}/${key}`;
  return `${base.protocol}//${cfg.bucket}.${base.host}${prefix}/${key}`;
}

/** The service's error code (`<Code>NoSuchBucket</Code>`), never the request or its credentials. */
async function failure(op: string, key: string, res: Response): Promise<Error> {
  const body = await res.text().catch(() => "");
  const code = /<Code>([^<]{1,64})<\/Code>/.exec(body)?.[1];
  return new Error(`S3 ${op} ${key} failed: HTTP ${res.status}${code ? ` ${code}` : ""}`);
}

export function createS3Storage(cfg: S3Config, opts: S3Options = {}): UploadStorage {
  const client = new AwsClient({ accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey, region: cfg.region, service: "s3", retries: opts.retries ?? 2 });
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const send = (method: "PUT" | "GET" | "DELETE", key: string, body?: Buffer) =>
    client.fetch(objectUrl(cfg, key), {
      method,
      body: body ? new Uint8Array(body) : undefined,
      headers: {
        "x-amz-content-sha256": body ? crypto.createHash("sha256").update(body).digest("hex") : EMPTY_SHA256,
        ...(body ? { "content-type": "image/webp", "cache-control": IMMUTABLE } : {}),
      },
      signal: AbortSignal.timeout(timeoutMs),
    });
  return {
    async put(key, data) {
      const res = await send("PUT", key, data);
      if (!res.ok) throw await failure("PUT", key, res);
      await res.body?.cancel();
    },
    async get(key) {
      const res = await send("GET", key);
      if (res.status === 404) {
        await res.body?.cancel();
        return null;
      }
      if (!res.ok) throw await failure("GET", key, res);
      return Buffer.from(await res.arrayBuffer());
    },
    async delete(key) {
      const res = await send("DELETE", key);
      // S3 answers 204 whether or not the object existed; some compatible services answer 404.
      if (!res.ok && res.status !== 404) throw await failure("DELETE", key, res);
      await res.body?.cancel();
    },
  };
}
