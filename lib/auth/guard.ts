import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Role } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

/** Where someone signed in with a temporary password is sent first. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages: the signed-in user, or a redirect to the sign-in page that comes back here. Someone signed in with a
 * temporary password the office gave out is sent to choose their own first (a nudge on pages, not a boundary:
 * they did sign in with it).
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const locale = (await getLocale()) as Locale;
    return redirect({ href: { pathname: "/login", query: { callbackUrl: returnTo } }, locale });
  }
  if (user.mustChangePassword && returnTo !== CHANGE_PASSWORD_PATH) {
    return redirect({ href: CHANGE_PASSWORD_PATH, locale: (await getLocale()) as Locale });
  }
  return user;
}

/** For pages: a user holding one of `roles`; anyone else gets the 403 page (not a crash, not a redirect loop). */
export async function requireRole(roles: readonly Role[], returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!roles.some((r) => user.roles.includes(r))) forbidden();
  return user;
}
