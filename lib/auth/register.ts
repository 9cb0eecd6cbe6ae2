import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError, fieldErrorsOf, rateLimitedResult, type ActionResult } from "@/lib/action";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { hit, LIMITS } from "@/lib/rate-limit";
import { fill, parseInput, requiredText } from "@/lib/validation";
import { normalizePhone } from "./identifier";
import { hashPassword } from "./password";
import { SELF_SERVICE_ROLES } from "./roles";

/**
 * A password someone chooses (registration, a change): at least 8 characters with a letter and a digit. Empty reads
 * "请填写密码" alone; a short or letters-only password breaks one rule, said once.
 */
export const newPassword = z
  .string()
  .min(1, fill("password"))
  .min(8, "$passwordRule")
  .max(256)
  .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), "$passwordRule");

export const registerInput = z
  .strictObject({
    name: requiredText("name", 1, 60),
    phone: z
      .string()
      .trim()
      .transform((v) => (v === "" ? undefined : v))
      .optional()
      .refine((v) => v === undefined || normalizePhone(v) !== null, "$invalidPhone")
      .transform((v) => (v === undefined ? undefined : normalizePhone(v)!)),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .transform((v) => (v === "" ? undefined : v))
      .optional()
      .refine((v) => v === undefined || z.email().safeParse(v).success, "$invalidEmail"),
    password: newPassword,
    passwordConfirm: z.string().min(1, fill("passwordConfirm")),
    role: z.enum(SELF_SERVICE_ROLES, { message: "$roleRequired" }),
    callbackUrl: z.string().optional(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "$passwordMismatch" })
  .refine((v) => v.phone || v.email, { path: ["phone"], message: "$emailOrPhoneRequired" });

export type RegisterInput = z.input<typeof registerInput>;

/**
 * Create an account with one self-service role. Public: no session needed.
 * An existing phone or e-mail is told so plainly (a villager who forgot registering must be sent to sign in), which
 * makes this an existence oracle: valid forms are therefore counted per client address (LIMITS.register) before
 * the password is hashed. Invalid forms say nothing about accounts and are not counted. Without an address (no
 * proxy header) there is nothing to count by, as for sign-in.
 */
export async function registerUser(raw: unknown, locale: Locale, ip: string | null): Promise<ActionResult<{ id: string; identifier: string }>> {
  const parsed = parseInput(registerInput, raw);
  const t = translator(locale);
  if (!parsed.success) return { ok: false, code: "invalid", error: t("errors.invalid"), fieldErrors: fieldErrorsOf(parsed.error, locale) };
  if (ip) {
    const wait = await hit(LIMITS.register, ip.slice(0, 64));
    if (wait > 0) return rateLimitedResult(wait, locale, "registerThrottled");
  }
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  try {
    const db = await getDb();
    const [row] = await db
      .insert(users)
      .values({ name: input.name, phone: input.phone ?? null, email: input.email ?? null, passwordHash, roles: [input.role], locale })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!row) throw new DomainError("conflict", "accountExists");
    return { ok: true, data: { id: row.id, identifier: (input.phone ?? input.email)! } };
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, code: e.code, error: t(`errors.${e.key}`) };
    throw e;
  }
}
