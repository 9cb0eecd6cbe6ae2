"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/auth.config";
import { signIn, signOut } from "@/lib/auth/auth";
import { clientIp, throttledFor, throttleKeys } from "@/lib/auth/throttle";
import { translator } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/routing";

export interface LoginState {
  error?: string;
  identifier?: string;
}

async function currentLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : "zh-CN";
}

export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const locale = await currentLocale();
  const t = translator(locale);
  const identifier = String(form.get("identifier") ?? "").slice(0, 254);
  const password = String(form.get("password") ?? "");
  const prefix = locale === "zh-CN" ? "" : `/${locale}`;
  const redirectTo = safeCallbackPath(form.get("callbackUrl")) ?? `${prefix}/account/home`;
  try {
    await signIn("credentials", { identifier, password, locale, redirectTo });
    return {};
  } catch (e) {
    if (e instanceof AuthError) {
      if (e.type === "CredentialsSignin" && (e as AuthError & { code?: string }).code === "throttled") {
        const wait = await throttledFor(throttleKeys(identifier, clientIp(await headers())));
        return { identifier, error: t("errors.throttled", { minutes: Math.max(1, Math.ceil(wait / 60)) }) };
      }
      return { identifier, error: t("errors.badCredentials") };
    }
    throw e; // NEXT_REDIRECT on success
  }
}

export async function logoutAction(): Promise<void> {
  const locale = await currentLocale();
  await signOut({ redirectTo: locale === "zh-CN" ? "/" : `/${locale}` });
}
