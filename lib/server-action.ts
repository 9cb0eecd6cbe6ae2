/**
 * Adapters from the outside world to `mutation()`: server actions (FormData) and route handlers (JSON).
 * Both resolve the session and locale here, so every caller goes through the same checks.
 */
import { getLocale } from "next-intl/server";
import { formDataToObject, formValues, HTTP_STATUS, type ActionResult } from "@/lib/action";
import { getSessionUser } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import type { SessionUser } from "@/lib/auth/session";

type Mutation<T> = (raw: unknown, opts: { user: SessionUser | null; locale?: Locale }) => Promise<ActionResult<T>>;

export async function requestLocale(): Promise<Locale> {
  try {
    const l = await getLocale();
    return isLocale(l) ? l : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

/** Run a mutation from a form; on failure the typed values come back so nothing is lost. */
export async function runFormMutation<T>(m: Mutation<T>, form: FormData, extra: Record<string, unknown> = {}, omit: readonly string[] = ["password"]): Promise<ActionResult<T>> {
  const [user, locale] = await Promise.all([getSessionUser(), requestLocale()]);
  const result = await m({ ...formDataToObject(form), ...extra }, { user, locale });
  return result.ok ? result : { ...result, values: formValues(form, omit) };
}

/** Run a mutation with a plain object (server actions called with arguments). */
export async function runMutation<T>(m: Mutation<T>, raw: unknown): Promise<ActionResult<T>> {
  const [user, locale] = await Promise.all([getSessionUser(), requestLocale()]);
  return m(raw, { user, locale });
}

/** JSON route handlers: the same mutation, answered with the matching HTTP status. */
export async function runJsonMutation<T>(m: Mutation<T>, req: Request, status = 200): Promise<Response> {
  const user = await getSessionUser();
  const locale: Locale = req.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    body = undefined;
  }
  const result = await m(body, { user, locale });
  return jsonResult(result, status);
}

/** A result as HTTP: the code's status (rate_limited → 429 with Retry-After in seconds). */
export function jsonResult<T>(result: ActionResult<T>, status = 200): Response {
  if (result.ok) return Response.json(result.data, { status, headers: { "Cache-Control": "private, no-store" } });
  const headers: Record<string, string> = { "Cache-Control": "private, no-store" };
  if (result.retryAfterSec !== undefined) headers["Retry-After"] = String(result.retryAfterSec);
  return Response.json({ error: result.code, message: result.error, fieldErrors: result.fieldErrors }, { status: HTTP_STATUS[result.code], headers });
}
