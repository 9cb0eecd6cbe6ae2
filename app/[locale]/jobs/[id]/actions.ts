"use server";

import type { FormState } from "@/components/jobs/action-form";
import { applyToJob, isAlreadyApplied } from "@/lib/applications/mutations";
import { runEmploymentForm } from "@/lib/jobs/form-action";
import { translator } from "@/lib/i18n/messages";
import { redirect } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/server-action";

export async function applyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(applyToJob, form);
  const locale = await requestLocale();
  if (!result.ok) {
    // The page is the same for everyone and cannot know who applied before: the refusal shows the way to the
    // seeker's own applications (the 我的投递 section's heading, apps-h), where this one is listed with its progress.
    if (isAlreadyApplied(result, locale)) return { ...result, link: { href: "/seeker#apps-h", label: translator(locale)("jobs.myApplicationsLink") } };
    return result;
  }
  return redirect({ href: { pathname: `/seeker/applications/${result.data.id}`, query: { applied: "1" } }, locale });
}
