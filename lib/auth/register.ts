import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError, fieldErrorsOf, type ActionResult } from "@/lib/action";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { normalizePhone } from "./identifier";
import { hashPassword } from "./password";
import { SELF_SERVICE_ROLES } from "./roles";

export const registerInput = z
  .strictObject({
    name: z.string().trim().min(1).max(60),
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
    password: z
      .string()
      .min(8, "$passwordRule")
      .max(256)
      .refine((p) => /\p{L}/u.test(p) && /\d/.test(p), "$passwordRule"),
    passwordConfirm: z.string(),
    role: z.enum(SELF_SERVICE_ROLES, { message: "$roleRequired" }),
    callbackUrl: z.string().optional(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "$passwordMismatch" })
  .refine((v) => v.phone || v.email, { path: ["phone"], message: "$emailOrPhoneRequired" });

export type RegisterInput = z.input<typeof registerInput>;

/** Create an account with one self-service role. Public: no session needed. */
export async function registerUser(raw: unknown, locale: Locale): Promise<ActionResult<{ id: string; identifier: string }>> {
  const parsed = registerInput.safeParse(raw);
  const t = translator(locale);
  if (!parsed.success) return { ok: false, code: "invalid", error: t("errors.invalid"), fieldErrors: fieldErrorsOf(parsed.error, locale) };
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
