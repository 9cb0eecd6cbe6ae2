/**
 * The proxy only routes: a redirect to /login for signed-out visitors of private areas, and next-intl's
 * locale header for the requests that read the locale outside a page's own route params (server actions,
 * generateMetadata of private pages). It is never the security boundary: every page, action and route handler checks the
 * session and role itself (lib/auth/guard.ts, lib/action.ts).
 *
 * Public pages read with GET skip it altogether: their locale comes from the route (app/[locale]) and the
 * rewrites in next.config.js, so a cached page costs what a static file costs.
 */
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);
const PRIVATE = /^(?:\/en)?\/(producer|employer|seeker|admin|orders|checkout|account|notifications|buyer-org|cart)(?:\/|$)/;
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PRIVATE.test(pathname) && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const locale = pathname.startsWith("/en/") || pathname === "/en" ? "/en" : "";
    const url = new URL(`${locale}/login`, req.url);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  return intl(req);
}

export const config = {
  // Next reads this object at build time, so both patterns are literals. The public pages — home, about,
  // impact, the product and job lists and detail pages, producer and employer pages, in either locale — are
  // left out of the first; the second brings them back for requests with a body (a server action, with or
  // without JavaScript, always sends Content-Type; a GET for a page never does). tests/public-routing.test.ts
  // checks which requests run the proxy.
  matcher: [
    "/((?!api|_next|_vercel|uploads|.*\\..*|(?:en/?)?$|(?:en/)?(?:about|impact|products|jobs)/?$|(?:en/)?(?:products|jobs|producers|employers)/[^/]+/?$).*)",
    {
      source: "/((?:en/?)?$|(?:en/)?(?:about|impact|products|jobs)/?$|(?:en/)?(?:products|jobs|producers|employers)/[^/]+/?$)",
      has: [{ type: "header", key: "content-type" }],
    },
  ],
};
