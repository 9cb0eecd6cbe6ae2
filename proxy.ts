/**
 * The proxy only routes: locale prefixes (next-intl) and a redirect to /login for signed-out visitors of
 * private areas. It is never the security boundary: every page, action and route handler checks the
 * session and role itself (lib/auth/guard.ts, lib/action.ts).
 */
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);
const PRIVATE = /^(?:\/en)?\/(producer|employer|seeker|admin|orders|checkout|account|notifications|buyer-org|cart)(?:\/|$)/;
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
/** List pages whose bare URL (no query string) is served from a cached rendering at "<list>/browse". */
const CACHED_LISTS = /^(?:\/(en))?\/(products|jobs)$/;

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PRIVATE.test(pathname) && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const locale = pathname.startsWith("/en/") || pathname === "/en" ? "/en" : "";
    const url = new URL(`${locale}/login`, req.url);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  const list = req.nextUrl.search ? null : CACHED_LISTS.exec(pathname);
  if (list) {
    const locale = list[1] ?? routing.defaultLocale;
    return NextResponse.rewrite(new URL(`/${locale}/${list[2]}/browse`, req.url));
  }
  return intl(req);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|uploads|.*\\..*).*)"],
};
