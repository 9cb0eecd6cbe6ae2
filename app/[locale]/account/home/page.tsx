import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { homeFor } from "@/lib/auth/roles";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

/** After sign-in: send each person to the page fit for their role. */
export default async function AccountHome() {
  const user = await requireUser("/account/home");
  return redirect({ href: homeFor(user.roles), locale: (await getLocale()) as Locale });
}
