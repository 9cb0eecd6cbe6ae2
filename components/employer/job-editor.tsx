import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, type FieldSpec, type FormState } from "@/components/jobs/action-form";
import { Card } from "@/components/ui/card";
import { BENEFITS, fenToYuanText, isLabourBrand, JOB_KINDS, JOB_STATUSES, LABOUR_BRANDS } from "@/lib/jobs/constants";
import type { EditableJob } from "@/lib/jobs/editor";
import type { OrgProfile } from "@/lib/orgs/profile";
import type { RegionOption } from "@/lib/orgs/regions";

/** The job editor (new and edit): every field of a posting; the mutation re-checks everything. */
export async function JobEditor({ job, orgs, regions, action }: { job: EditableJob | null; orgs: OrgProfile[]; regions: RegionOption[]; action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [t, tj, locale] = await Promise.all([getTranslations("employer"), getTranslations("jobs"), getLocale()]);
  const en = locale === "en";
  const org = orgs.find((o) => o.id === job?.orgId) ?? orgs[0];
  const fields: FieldSpec[] = [
    { type: "hidden", name: "jobId", value: job?.id ?? "" },
    job ? { type: "hidden", name: "orgId", value: job.orgId } : { type: "select", name: "orgId", label: t("form.org"), defaultValue: org?.id, options: orgs.map((o) => ({ value: o.id, label: `${o.name}（${t(`org.state.${o.verification}`)}）` })) },
    { type: "text", name: "title", label: t("form.title"), defaultValue: job?.title, required: true },
    { type: "select", name: "kind", label: t("form.kind"), defaultValue: job?.kind ?? (org?.type === "employer" ? "transfer_jinan" : "workshop_near_home"), options: JOB_KINDS.map((k) => ({ value: k, label: tj(`kind.${k}`) })) },
    { type: "select", name: "regionCode", label: t("form.region"), defaultValue: job?.regionCode ?? org?.regionCode, options: regions.map((r) => ({ value: r.code, label: `${r.kind === "xiangxi_county" ? tj("xiangxi") : tj("jinan")} · ${en ? r.nameEn : r.name}` })) },
    { type: "text", name: "place", label: t("form.place"), defaultValue: job?.place, required: true },
    { type: "radio", name: "payType", label: t("form.payType"), defaultValue: job?.payType ?? "monthly", options: [{ value: "monthly", label: tj("payType.monthly") }, { value: "piece_rate", label: tj("payType.piece_rate") }] },
    { type: "text", name: "payMin", label: t("form.payMin"), hint: t("form.payHint"), defaultValue: job ? fenToYuanText(job.payMinFen) : undefined, inputMode: "decimal", required: true },
    { type: "text", name: "payMax", label: t("form.payMax"), defaultValue: job ? fenToYuanText(job.payMaxFen) : undefined, inputMode: "decimal" },
    { type: "text", name: "pieceUnit", label: t("form.pieceUnit"), defaultValue: job?.pieceUnit ?? "" },
    { type: "number", name: "headcount", label: t("form.headcount"), defaultValue: String(job?.headcount ?? 1), inputMode: "numeric" },
    { type: "text", name: "hours", label: t("form.hours"), defaultValue: job?.hours },
    { type: "checkboxes", name: "brands", label: t("form.brands"), defaultValues: job?.skills.filter(isLabourBrand) ?? [], options: LABOUR_BRANDS.map((b) => ({ value: b, label: b })) },
    { type: "text", name: "tags", label: t("form.tags"), hint: t("form.tagsHint"), defaultValue: job?.skills.filter((s) => !isLabourBrand(s)).join("、") },
    { type: "checkboxes", name: "benefits", label: t("form.benefits"), defaultValues: job?.benefits ?? [], options: BENEFITS.map((b) => ({ value: b, label: tj(`benefit.${b}`) })) },
    { type: "checkbox", name: "priorityPoor", label: t("form.priorityPoor"), defaultChecked: job?.priorityPoor ?? true },
    { type: "date", name: "closesOn", label: t("form.closesOn"), defaultValue: job?.closesOn ?? "" },
    { type: "textarea", name: "description", label: t("form.description"), defaultValue: job?.description, rows: 6 },
    { type: "select", name: "status", label: t("form.status"), hint: org && org.verification !== "verified" ? t("form.verifyFirst") : undefined, defaultValue: job?.status ?? (org?.verification === "verified" ? "open" : "draft"), options: JOB_STATUSES.map((s) => ({ value: s, label: tj(`jobStatus.${s}`) })) },
  ];
  return (
    <Card>
      <ActionForm action={action} fields={fields} submitLabel={t("form.save")} testId="job-form" />
    </Card>
  );
}
