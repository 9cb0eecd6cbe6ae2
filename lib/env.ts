/**
 * Environment, validated once at start-up (create-t3-app style).
 * Development generates what a newcomer should not have to write by hand (AUTH_SECRET, the PII key)
 * and keeps it in .data/; production refuses to start without them.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const isBuild = process.env.NEXT_PHASE === "phase-production-build";
const isProd = process.env.NODE_ENV === "production" && !isBuild;
const dataDir = path.resolve(/*turbopackIgnore: true*/ process.env.XIANGJI_DATA_DIR ?? ".data");

function devSecret(name: string): string {
  // The build never serves requests: a throwaway value is enough and nothing is written.
  if (isBuild) return crypto.randomBytes(32).toString("base64url");
  const file = path.join(/*turbopackIgnore: true*/ dataDir, `${name}.secret`);
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const value = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, value, { flag: "wx", mode: 0o600 });
      return value;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}

/** Unset and empty (`S3_BUCKET=` in a .env file) mean the same: not configured. */
const unsetIfEmpty = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (v === "" ? undefined : v), inner.optional());

function isSmtpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "smtp:" || u.protocol === "smtps:") && u.hostname !== "";
  } catch {
    return false;
  }
}

/** S3-compatible upload storage needs these four together; S3_ENDPOINT and S3_FORCE_PATH_STYLE refine them. */
const S3_TOGETHER = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  /** 32-byte key (base64/base64url) for seeker phone and ID numbers at rest. */
  PII_KEY: z.string().min(32),
  APP_URL: z.string().url().default("http://localhost:3000"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE: z.string().url().optional(), // tests point Stripe at a local fake
  STRIPE_PAYMENT_METHODS: z.string().default("card"),
  MAIL_TRANSPORT: z
    .string()
    .refine((v) => v === "log" || isSmtpUrl(v), 'must be "log" or an SMTP URL (smtp://user:password@host:587, smtps://user:password@host:465)')
    .default("log"),
  MAIL_FROM: z.string().default("湘济通 <noreply@xiangji.example>"),
  UPLOADS_DIR: z.string().default(path.join(/*turbopackIgnore: true*/ dataDir, "uploads")),
  S3_BUCKET: unsetIfEmpty(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3–63 lowercase letters, digits, dots, hyphens")),
  S3_REGION: unsetIfEmpty(z.string().regex(/^[a-z0-9-]{2,40}$/, "must be a region name such as us-east-1 or cn-north-1")),
  S3_ENDPOINT: unsetIfEmpty(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://minio.example:9000" })),
  S3_ACCESS_KEY_ID: unsetIfEmpty(z.string()),
  S3_SECRET_ACCESS_KEY: unsetIfEmpty(z.string()),
  S3_FORCE_PATH_STYLE: unsetIfEmpty(z.enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' }).transform((v) => v === "true" || v === "1")),
});

export const envSchema = schema.superRefine((v, ctx) => {
  const anyS3 = S3_TOGETHER.some((k) => v[k] !== undefined) || v.S3_ENDPOINT !== undefined || v.S3_FORCE_PATH_STYLE !== undefined;
  if (!anyS3) return;
  for (const k of S3_TOGETHER.filter((k) => v[k] === undefined)) {
    ctx.addIssue({ code: "custom", path: [k], message: `missing: S3 storage needs ${S3_TOGETHER.join(", ")} together (set all four, or none for local disk)` });
  }
});

function load() {
  const raw = { ...process.env };
  if (!isProd) {
    raw.AUTH_SECRET ||= devSecret("auth");
    raw.PII_KEY ||= devSecret("pii");
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`XiangJi cannot start: invalid environment\n${lines}\n(see README → Configuration)`);
  }
  return parsed.data;
}

export type Env = z.infer<typeof envSchema>;
const g = globalThis as unknown as { __xiangjiEnv?: Env };
export const env: Env = (g.__xiangjiEnv ??= load());
