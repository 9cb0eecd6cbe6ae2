import crypto from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { env, envSchema } from "@/lib/env";
import { prepareImage } from "@/lib/uploads/images";
import { createS3Storage, objectUrl, type S3Config } from "@/lib/uploads/s3";
import { s3ConfigOf, setUploadStorage, uploadStorage } from "@/lib/uploads/storage";
import { GET as serveUpload } from "@/app/uploads/[...key]/route";
import { startFakeS3, type FakeS3 } from "./fakes/s3-server";
import { fileOf, pngBytes } from "./helpers/catalog";

let s3: FakeS3;
let cfg: S3Config;
beforeAll(async () => {
  s3 = await startFakeS3();
  cfg = { bucket: s3.bucket, region: s3.region, endpoint: s3.endpoint, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true };
});
afterAll(() => s3.close());
afterEach(() => {
  s3.failWith = null;
});

const newKey = () => `${crypto.randomBytes(16).toString("hex")}.webp`;
const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");

describe("S3-compatible storage", () => {
  it("puts, gets and deletes objects with SigV4-signed requests, typed image/webp and cached as immutable", async () => {
    const storage = createS3Storage(cfg);
    const key = newKey();
    const data = crypto.randomBytes(2048);
    const before = s3.requests.length;
    await storage.put(key, data);

    const stored = s3.objects.get(key);
    expect(stored?.body.equals(data)).toBe(true);
    expect(stored?.contentType).toBe("image/webp");
    expect(stored?.cacheControl).toBe("public, max-age=31536000, immutable");
    const [put] = s3.requests.slice(before);
    expect(put).toMatchObject({ method: "PUT", path: `/${s3.bucket}/${key}`, status: 200 });
    expect(put!.headers.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${s3.accessKeyId}/\\d{8}/${s3.region}/s3/aws4_request, ?SignedHeaders=`));
    expect(put!.headers["x-amz-date"]).toMatch(/^\d{8}T\d{6}Z$/);
    // The payload itself is signed, not UNSIGNED-PAYLOAD.
    expect(put!.headers["x-amz-content-sha256"]).toBe(sha256(data));

    expect((await storage.get(key))?.equals(data)).toBe(true);
    await storage.delete(key);
    expect(s3.objects.has(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined(); // deleting twice is fine
    expect(s3.requests.slice(before).map((r) => `${r.method} ${r.status}`)).toEqual(["PUT 200", "GET 200", "DELETE 204", "GET 404", "DELETE 204"]);
  });

  it("is refused by the service with a wrong secret, and the error names the code, not the credentials", async () => {
    const secret = "wrong-secret-wrong-secret-wrong-secret";
    const storage = createS3Storage({ ...cfg, secretAccessKey: secret });
    const key = newKey();
    const err = await storage.put(key, Buffer.from("x")).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).toBe(`S3 PUT ${key} failed: HTTP 403 SignatureDoesNotMatch`);
    expect(err?.message).not.toContain(secret);
    expect(s3.objects.has(key)).toBe(false);
    await expect(createS3Storage({ ...cfg, accessKeyId: "AKIAOTHER" }).get(key)).rejects.toThrow("HTTP 403 InvalidAccessKeyId");
  });

  it("checks keys before building any request", async () => {
    const storage = createS3Storage(cfg);
    const before = s3.requests.length;
    const hex = crypto.randomBytes(16).toString("hex");
    for (const key of ["../etc/passwd", `${hex}.png`, `${hex}.webp/../../other-bucket/x.webp`, `../${hex}.webp`, `${hex.toUpperCase()}.webp`, ""]) {
      await expect(storage.put(key, Buffer.from("x")), key).rejects.toThrow("invalid upload key");
      await expect(storage.get(key), key).rejects.toThrow("invalid upload key");
      await expect(storage.delete(key), key).rejects.toThrow("invalid upload key");
    }
    expect(s3.requests.length).toBe(before);
  });

  it("retries a server error twice, then fails loudly (a 5xx on GET is an error, not a missing image)", async () => {
    const storage = createS3Storage(cfg);
    const key = newKey();
    s3.failWith = 503;
    const before = s3.requests.length;
    await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(`S3 PUT ${key} failed: HTTP 503 InternalError`);
    expect(s3.requests.length - before).toBe(3);
    s3.failWith = 500;
    await expect(createS3Storage(cfg, { retries: 0 }).get(key)).rejects.toThrow("HTTP 500");
  });

  it("addresses objects path-style or virtual-hosted, on a custom endpoint or AWS's regional one", () => {
    const key = `${"a".repeat(32)}.webp`;
    const base = { bucket: "xj-uploads", region: "cn-north-1" };
    expect(objectUrl({ ...base, endpoint: "http://minio.local:9000", forcePathStyle: true }, key)).toBe(`http://minio.local:9000/xj-uploads/${key}`);
    expect(objectUrl({ ...base, endpoint: "https://oss-cn-beijing.aliyuncs.com", forcePathStyle: false }, key)).toBe(`https://xj-uploads.oss-cn-beijing.aliyuncs.com/${key}`);
    expect(objectUrl({ ...base, endpoint: "https://gw.example/s3/", forcePathStyle: true }, key)).toBe(`https://gw.example/s3/xj-uploads/${key}`);
    expect(objectUrl({ ...base, forcePathStyle: false }, key)).toBe(`https://xj-uploads.s3.cn-north-1.amazonaws.com/${key}`);
  });
});

describe("storage chosen by the environment", () => {
  const S3_ENV = ["S3_BUCKET", "S3_REGION", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"] as const;
  const base = { AUTH_SECRET: "x".repeat(32), PII_KEY: "y".repeat(32) };

  it("uploads and the image route go to S3 when it is configured", async () => {
    const saved = Object.fromEntries(S3_ENV.map((k) => [k, env[k]]));
    Object.assign(env, { S3_BUCKET: s3.bucket, S3_REGION: s3.region, S3_ENDPOINT: s3.endpoint, S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey, S3_FORCE_PATH_STYLE: true });
    setUploadStorage(undefined);
    try {
      const img = await prepareImage(fileOf(await pngBytes(), "photo.png"));
      await img.store(); // the default storage, picked from env
      expect(s3.objects.get(img.key)?.contentType).toBe("image/webp");
      expect(s3.objects.has(img.thumbKey)).toBe(true);

      const res = await serveUpload(new Request(`http://localhost/uploads/${img.key}`), { params: Promise.resolve({ key: [img.key] }) });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(s3.objects.get(img.key)!.body)).toBe(true);
      const missing = newKey();
      const gone = await serveUpload(new Request(`http://localhost/uploads/${missing}`), { params: Promise.resolve({ key: [missing] }) });
      expect(gone.status).toBe(404);

      await img.discard();
      expect(s3.objects.has(img.key) || s3.objects.has(img.thumbKey)).toBe(false);
    } finally {
      Object.assign(env, saved);
      setUploadStorage(undefined);
    }
    // Without S3 settings the default is local disk again: nothing more reaches the fake.
    const before = s3.requests.length;
    await uploadStorage().get(newKey());
    expect(s3.requests.length).toBe(before);
  });

  it("accepts all four S3 settings or none, and says which are missing", () => {
    const none = envSchema.parse({ ...base, S3_BUCKET: "", S3_REGION: "" });
    expect(s3ConfigOf(none)).toBeNull();

    const all = envSchema.parse({ ...base, S3_BUCKET: "xj-uploads", S3_REGION: "cn-north-1", S3_ACCESS_KEY_ID: "AK", S3_SECRET_ACCESS_KEY: "SK", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" });
    expect(s3ConfigOf(all)).toEqual({ bucket: "xj-uploads", region: "cn-north-1", accessKeyId: "AK", secretAccessKey: "SK", endpoint: "http://127.0.0.1:9000", forcePathStyle: true });
    expect(s3ConfigOf(envSchema.parse({ ...base, S3_BUCKET: "xj-uploads", S3_REGION: "cn-north-1", S3_ACCESS_KEY_ID: "AK", S3_SECRET_ACCESS_KEY: "SK" }))?.forcePathStyle).toBe(false);

    const partial = envSchema.safeParse({ ...base, S3_BUCKET: "xj-uploads", S3_ACCESS_KEY_ID: "AK" });
    expect(partial.success).toBe(false);
    const issues = partial.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues.map(([p]) => p)).toEqual(["S3_REGION", "S3_SECRET_ACCESS_KEY"]);
    expect(issues[0]![1]).toContain("S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY together");

    // An endpoint alone is a half-made configuration too, not silently local disk.
    expect(envSchema.safeParse({ ...base, S3_ENDPOINT: "http://127.0.0.1:9000" }).error?.issues).toHaveLength(4);
    const bad = envSchema.safeParse({ ...base, S3_BUCKET: "XJ_Uploads", S3_REGION: "cn-north-1", S3_ACCESS_KEY_ID: "AK", S3_SECRET_ACCESS_KEY: "SK", S3_ENDPOINT: "ftp://files.example", S3_FORCE_PATH_STYLE: "yes" });
    expect(bad.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["S3_BUCKET", "S3_ENDPOINT", "S3_FORCE_PATH_STYLE"]);
  });
});
