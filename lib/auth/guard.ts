import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Role } from "./roles";
import { getSessionUser, type SessionUser } from "./session";

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const locale = (await getLocale()) as Locale;
    return redirect({ href: { pathname: "/login", query: { callbackUrl: returnTo } }, locale });
  }
  return user;
}

/** For pages: a user holding one of `roles`; anyone else gets the 403 page (not a crash, not a redirect loop). */
export async function requireRole(roles: readonly Role[], returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!roles.some((r) => user.roles.includes(r))) forbidden();
  return user;
}
