import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientIp, throttledFor, throttleKeys } from "@/lib/auth/throttle";
import { translator } from "@/lib/i18n/messages";

export const GET = handlers.GET;

/** Sign-in over HTTP answers 429 (with Retry-After) once the account or address is throttled. */
export async function POST(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await req.clone().formData().catch(() => null);
    const identifier = form?.get("identifier");
    // The same key verifyCredentials builds (identifier cut to 254 characters), so the early 429 never misses it.
    const wait = await throttledFor(throttleKeys(typeof identifier === "string" ? identifier.slice(0, 254) : "", clientIp(req.headers)));
    if (wait > 0) {
      const message = translator("zh-CN")("errors.throttled", { minutes: Math.ceil(wait / 60) });
      return Response.json({ error: "too_many_attempts", message }, { status: 429, headers: { "Retry-After": String(wait) } });
    }
  }
  return handlers.POST(req);
}
