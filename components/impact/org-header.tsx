import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { MyOrg } from "@/lib/impact/dashboards";

/** The organisation's name and verification state as its members see them (a rejection shows the office's reason). */
export async function OrgHeader({ org, orgs, path }: { org: MyOrg; orgs: MyOrg[]; path: string }) {
  const t = await getTranslations("impact.dash");
  const tone = org.verification === "verified" ? "success" : org.verification === "rejected" ? "primary" : "highlight";
  return (
    <div className="grid gap-2">
      {orgs.length > 1 ? (
        <form method="get" action={path} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="org" className="block text-base font-medium">{t("chooseOrg")}</label>
            <select id="org" name="org" defaultValue={org.id} className="mt-1 block min-h-11 rounded-lg border border-stone-400 px-3">
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4">OK</button>
        </form>
      ) : null}
      <h2 className="text-xl font-bold">{org.name}</h2>
      <p>
        {t("verification")}: <Badge tone={tone}>{t(org.verification)}</Badge>
      </p>
      {org.verification === "rejected" && org.verificationNote ? <p className="text-base text-brocade-800">{t("rejectedReason", { reason: org.verificationNote })}</p> : null}
    </div>
  );
}
