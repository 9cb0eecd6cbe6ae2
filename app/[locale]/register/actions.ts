"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { ActionResult } from "@/lib/action";
import { formValues } from "@/lib/action";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/auth.config";
import { registerUser } from "@/lib/auth/register";
import { clientIp } from "@/lib/auth/throttle";
import { isLocale } from "@/lib/i18n/routing";

export type RegisterState = (ActionResult<unknown> & { values?: Record<string, string> }) | null;

export async function registerAction(_prev: RegisterState, form: FormData): Promise<RegisterState> {
  const l = await getLocale();
  const locale = isLocale(l) ? l : "zh-CN";
  const raw = Object.fromEntries([...form.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string"));
  const result = await registerUser(raw, locale, clientIp(await headers()));
  if (!result.ok) return { ...result, values: formValues(form, ["password", "passwordConfirm"]) };
  const prefix = locale === "zh-CN" ? "" : `/${locale}`;
  await signIn("credentials", {
    identifier: result.data.identifier,
    password: String(form.get("password")),
    redirectTo: safeCallbackPath(form.get("callbackUrl")) ?? `${prefix}/account/home`,
  });
  return null;
}
