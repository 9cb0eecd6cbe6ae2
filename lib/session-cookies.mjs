/**
 * The names of Auth.js's session cookie (plain over http, `__Secure-` over https), shared by the proxy (proxy.ts),
 * which sends visitors without one to /login, and the response layer (lib/response-cache.mjs), which must not answer
 * a visitor without one with a page only a visitor with one was sent. Plain JavaScript: the launcher loads the
 * response layer outside Next's build.
 */
export const SESSION_COOKIES = Object.freeze(["authjs.session-token", "__Secure-authjs.session-token"]);

/**
 * Whether a Cookie header carries a cookie of one of these names, whatever its value: the same question the proxy asks
 * (NextRequest.cookies.has).
 * @param {string | undefined} header
 */
export function hasSessionCookie(header) {
  if (!header) return false;
  return header.split(";").some((pair) => {
    const at = pair.indexOf("=");
    return SESSION_COOKIES.includes((at < 0 ? pair : pair.slice(0, at)).trim());
  });
}
