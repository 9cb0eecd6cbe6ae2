import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, type FieldSpec, type FormState } from "@/components/jobs/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { isSellerType, WORKSPACE_KINDS, type OrgWorkspace } from "@/lib/orgs/kinds";
import type { OrgProfile } from "@/lib/orgs/profile";
import type { RegionOption } from "@/lib/orgs/regions";

type Action = (s: FormState, f: FormData) => Promise<FormState>;

const STATE_TONE = { unverified: "neutral", pending: "highlight", verified: "success", rejected: "primary" } as const;

/** The organisation profile form and verification box, shared by /producer/profile and /employer/profile. */
export async function OrgProfilePanel({ workspace, orgs, selected, regions, saveAction, verifyAction, notice }: { workspace: OrgWorkspace; orgs: OrgProfile[]; selected: OrgProfile | null; regions: RegionOption[]; saveAction: Action; verifyAction: Action; notice?: string }) {
  const [t, tj, locale] = await Promise.all([getTranslations("employer"), getTranslations("jobs"), getLocale()]);
  const en = locale === "en";
  const kinds = WORKSPACE_KINDS[workspace];
  const o = selected;
  const seller = o ? isSellerType(o.type) : workspace === "producer";
  const regionOptions = regions
    .filter((r) => (workspace === "producer" ? r.kind === "xiangxi_county" : true))
    .map((r) => ({ value: r.code, label: `${r.kind === "xiangxi_county" ? tj("xiangxi") : tj("jinan")} · ${en ? r.nameEn : r.name}` }));
  const fields: FieldSpec[] = [
    { type: "hidden", name: "orgId", value: o?.id ?? "" },
    { type: "text", name: "name", label: t("org.name"), defaultValue: o?.name, required: true },
    { type: "select", name: "kind", label: t("org.kind"), defaultValue: o?.kind ?? kinds[0], options: kinds.map((k) => ({ value: k, label: tj(`orgKind.${k}`) })) },
    { type: "select", name: "regionCode", label: t("org.region"), hint: t("org.regionHint"), defaultValue: o?.regionCode, options: regionOptions },
    { type: "text", name: "township", label: t("org.township"), defaultValue: o?.township },
    { type: "textarea", name: "story", label: t("org.story"), defaultValue: o?.story, rows: 5 },
    { type: "number", name: "householdsSupported", label: t("org.households"), defaultValue: String(o?.householdsSupported ?? 0), inputMode: "numeric" },
    { type: "text", name: "workshopRecognitionNo", label: t("org.recognitionNo"), defaultValue: o?.workshopRecognitionNo },
    { type: "tel", name: "contactPhone", label: t("org.contactPhone"), defaultValue: o?.contactPhone, inputMode: "tel" },
    ...(seller
      ? ([
          { type: "heading", label: t("org.bank") },
          { type: "text", name: "bankAccountName", label: t("org.bankAccountName"), defaultValue: o?.bankAccountName },
          { type: "text", name: "bankName", label: t("org.bankName"), defaultValue: o?.bankName },
          { type: "text", name: "bankAccountNo", label: t("org.bankAccountNo"), defaultValue: o?.bankAccountNo, inputMode: "numeric" },
        ] satisfies FieldSpec[])
      : []),
  ];
  const canEdit = !o || o.myRole === "owner";
  return (
    <div className="grid gap-4">
      {notice ? <FormMessage tone="success" message={notice} /> : null}
      {orgs.length > 1 ? (
        <nav aria-label={t("org.choose")} className="flex flex-wrap gap-2">
          {orgs.map((x) => (
            <Link key={x.id} href={{ pathname: `/${workspace}/profile`, query: { org: x.id } }} aria-current={x.id === o?.id ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-3 aria-[current=page]:border-brocade-600">
              {x.name}
            </Link>
          ))}
        </nav>
      ) : null}
      {o ? (
        <Card>
          <h2 className="text-lg font-bold">{t("org.verification")}</h2>
          <p className="mt-2">
            <Badge tone={STATE_TONE[o.verification]}>{t(`org.state.${o.verification}`)}</Badge>
          </p>
          {o.verification === "rejected" && o.verificationNote ? <p className="mt-2 text-brocade-800">{t("org.rejectedNote", { note: o.verificationNote })}</p> : null}
          {o.verification === "pending" ? <p className="mt-2 text-stone-700">{t("org.pendingHint")}</p> : null}
          {(o.verification === "unverified" || o.verification === "rejected") && canEdit ? (
            <div className="mt-3">
              <ActionForm action={verifyAction} fields={[{ type: "hidden", name: "orgId", value: o.id }]} submitLabel={t("org.requestVerification")} successMessage={t("org.requested")} submitVariant="secondary" />
            </div>
          ) : null}
        </Card>
      ) : null}
      <Card>
        {canEdit ? <ActionForm action={saveAction} fields={fields} submitLabel={o ? t("org.save") : t("org.create")} testId="org-form" /> : <p>{t("org.ownerOnly")}</p>}
      </Card>
    </div>
  );
}
