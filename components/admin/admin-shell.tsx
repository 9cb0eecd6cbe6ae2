import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export const ADMIN_SECTIONS = ["overview", "verification", "certification", "moderation", "users", "pairings", "targets", "seekers", "audit", "exports"] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

const HREF: Record<AdminSection, string> = {
  overview: "/admin",
  verification: "/admin/verification",
  certification: "/admin/certification",
  moderation: "/admin/moderation",
  users: "/admin/users",
  pairings: "/admin/pairings",
  targets: "/admin/targets",
  seekers: "/admin/seekers",
  audit: "/admin/audit",
  exports: "/admin/exports",
};

/** The console frame: section title (h1 on sub-pages; the overview keeps the console's name as its h1) and navigation. */
export async function AdminShell({ active, children }: { active: AdminSection; children: ReactNode }) {
  const t = await getTranslations("admin");
  return (
    <div className="grid gap-4">
      {active === "overview" ? (
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      ) : (
        <div>
          <p className="text-sm text-stone-700">{t("title")}</p>
          <h1 className="text-2xl font-bold">{t(`nav.${active}`)}</h1>
        </div>
      )}
      <nav aria-label={t("nav.label")}>
        <ul className="flex flex-wrap gap-1">
          {ADMIN_SECTIONS.map((s) => (
            <li key={s}>
              <Link
                href={HREF[s]}
                aria-current={s === active ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-lg px-3 text-base text-stone-800 hover:bg-stone-100 aria-[current=page]:bg-brocade-600 aria-[current=page]:text-white"
              >
                {t(`nav.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}

export function SearchForm({ q, label, hint, button }: { q?: string; label: string; hint: string; button: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div className="min-w-60 flex-1">
        <label htmlFor="q" className="block text-base font-medium text-stone-800">
          {label}
        </label>
        <input id="q" name="q" defaultValue={q} placeholder={hint} className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base" />
      </div>
      <button type="submit" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 text-base">
        {button}
      </button>
    </form>
  );
}
