export const SESSION_COOKIES: readonly ["authjs.session-token", "__Secure-authjs.session-token"];
/** Whether a Cookie header carries a session cookie, whatever its value (what the proxy asks). */
export function hasSessionCookie(header: string | undefined): boolean;
