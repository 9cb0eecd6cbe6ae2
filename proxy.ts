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
import { SESSION_COOKIES } from "@/lib/session-cookies.mjs";

const intl = createIntlMiddleware(routing);
// Areas only a signed-in person may see. A GET for one of them runs the proxy only without a session cookie
// (to send the visitor to /login); a signed-in GET skips it, since its page reads the locale from the route and
// checks the session and role itself. A form post always runs it, for next-intl's locale header.
const PRIVATE_AREAS = "producer|employer|seeker|admin|orders|checkout|account|notifications|buyer-org|cart";
const PRIVATE = new RegExp(`^(?:/en)?/(?:${PRIVATE_AREAS})(?:/|$)`);

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
  // Next reads this object at build time, so every pattern is a literal (PRIVATE_AREAS is repeated in them).
  // 1. Everything not public and not private (sign-in, registration, unknown paths): always.
  // 2. Public pages — home, about, impact, the product and job lists and detail pages, producer and employer pages,
  //    in either locale — only for requests with a body: a server action, with or without JavaScript, always sends
  //    Content-Type; a GET for a page never does.
  // 3. Private areas without a session cookie: the redirect to /login.
  // 4. Private areas, for requests with a body.
  // tests/public-routing.test.ts checks which requests run the proxy.
  matcher: [
    "/((?!api|_next|_vercel|uploads|.*\\..*|(?:en/?)?$|(?:en/)?(?:about|impact|products|jobs)/?$|(?:en/)?(?:products|jobs|producers|employers)/[^/]+/?$|(?:en/)?(?:producer|employer|seeker|admin|orders|checkout|account|notifications|buyer-org|cart)(?:/|$)).*)",
    {
      source: "/((?:en/?)?$|(?:en/)?(?:about|impact|products|jobs)/?$|(?:en/)?(?:products|jobs|producers|employers)/[^/]+/?$)",
      has: [{ type: "header", key: "content-type" }],
    },
    {
      source: "/((?:en/)?(?:producer|employer|seeker|admin|orders|checkout|account|notifications|buyer-org|cart)(?:/.*)?)",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
      ],
    },
    {
      source: "/((?:en/)?(?:producer|employer|seeker|admin|orders|checkout|account|notifications|buyer-org|cart)(?:/.*)?)",
      has: [{ type: "header", key: "content-type" }],
    },
  ],
};
