/**
 * A tiny local stand-in for an S3-compatible service (path-style: /<bucket>/<key>): PUT stores the body, GET
 * serves it (404 NoSuchKey otherwise), DELETE removes it (204 either way). Every request must carry a valid
 * AWS Signature V4 for the configured key pair and region — recomputed here independently of the client —
 * and a PUT's x-amz-content-sha256 must match its body, as real S3 checks.
 */
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface StoredObject {
  body: Buffer;
  contentType: string | undefined;
  cacheControl: string | undefined;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The status the fake answered. */
  status: number;
}

export interface FakeS3 {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, StoredObject>;
  requests: SeenRequest[];
  /** When set, every request is answered with this status (after the signature check). */
  failWith: number | null;
  close: () => Promise<void>;
}

const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => crypto.createHmac("sha256", key).update(data).digest();

const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** Why the request's signature is not valid, or null when it is. */
function signatureProblem(req: http.IncomingMessage, body: Buffer, s3: Pick<FakeS3, "accessKeyId" | "secretAccessKey" | "region">): string | null {
  const auth = AUTH_RE.exec(String(req.headers.authorization ?? ""));
  if (!auth) return "AccessDenied";
  const [, keyId, day, region, signedHeaders, signature] = auth as unknown as [string, string, string, string, string, string];
  if (keyId !== s3.accessKeyId) return "InvalidAccessKeyId";
  if (region !== s3.region) return "AuthorizationHeaderMalformed";
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || amzDate.slice(0, 8) !== day || !payloadHash) return "AccessDenied";
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("x-amz-date") || !names.includes("x-amz-content-sha256")) return "AccessDenied";
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) return "XAmzContentSHA256Mismatch";
  const url = new URL(req.url ?? "/", "http://fake");
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).sort().join("&");
  const canonicalHeaders = names.map((n) => `${n}:${String(req.headers[n] ?? "").trim().replace(/\s+/g, " ")}\n`).join("");
  const canonicalRequest = [req.method, url.pathname, query, canonicalHeaders, signedHeaders, payloadHash].join("\n");
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonicalRequest)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${s3.secretAccessKey}`, day), region), "s3"), "aws4_request");
  const expected = crypto.createHmac("sha256", key).update(stringToSign).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) ? null : "SignatureDoesNotMatch";
}

export async function startFakeS3(opts: { bucket?: string; region?: string } = {}): Promise<FakeS3> {
  const s3: FakeS3 = {
    endpoint: "",
    close: async () => {},
    bucket: opts.bucket ?? "xiangji-test",
    region: opts.region ?? "cn-north-1",
    accessKeyId: "AKIAXIANGJITEST0001",
    secretAccessKey: crypto.randomBytes(30).toString("base64"),
    objects: new Map(),
    requests: [],
    failWith: null,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const path = (req.url ?? "/").split("?")[0]!;
      const answer = (status: number, code?: string, payload?: Buffer, headers: Record<string, string> = {}) => {
        s3.requests.push({ method: req.method ?? "", path, headers: req.headers, status });
        const out = code ? Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`) : payload;
        res.writeHead(status, { ...(code ? { "content-type": "application/xml" } : {}), ...headers });
        res.end(out);
      };
      const problem = signatureProblem(req, body, s3);
      if (problem) return answer(403, problem);
      if (s3.failWith) return answer(s3.failWith, "InternalError");
      const prefix = `/${s3.bucket}/`;
      if (!path.startsWith(prefix)) return answer(404, "NoSuchBucket");
      const key = decodeURIComponent(path.slice(prefix.length));
      if (req.method === "PUT") {
        s3.objects.set(key, { body, contentType: req.headers["content-type"], cacheControl: req.headers["cache-control"] });
        return answer(200, undefined, undefined, { etag: `"${crypto.createHash("md5").update(body).digest("hex")}"` });
      }
      if (req.method === "GET") {
        const obj = s3.objects.get(key);
        if (!obj) return answer(404, "NoSuchKey");
        return answer(200, undefined, obj.body, { "content-type": obj.contentType ?? "application/octet-stream", "content-length": String(obj.body.length) });
      }
      if (req.method === "DELETE") {
        s3.objects.delete(key);
        return answer(204);
      }
      return answer(405, "MethodNotAllowed");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  s3.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  s3.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return s3;
}
