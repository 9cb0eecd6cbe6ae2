"use server";

import type { FormState } from "@/components/jobs/action-form";
import { confirmRetentionAsEmployer, moveApplication, saveEmployerNote } from "@/lib/applications/mutations";
import { saveJob } from "@/lib/jobs/editor";
import { runEmploymentForm } from "@/lib/jobs/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/server-action";

export async function saveJobAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(saveJob, form, {}, ["brands", "benefits"]);
  if (!result.ok) return result;
  return redirect({ href: { pathname: "/employer", query: { saved: result.data.id } }, locale: await requestLocale() });
}

export async function moveApplicationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(moveApplication, form);
  if (!result.ok) return result;
  return redirect({ href: { pathname: `/employer/applications/${result.data.id}`, query: result.data.jobFilled ? { moved: result.data.status, filled: "1" } : { moved: result.data.status } }, locale: await requestLocale() });
}

export async function saveNoteAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(saveEmployerNote, form);
  if (!result.ok) return result;
  return redirect({ href: { pathname: `/employer/applications/${result.data.id}`, query: { noted: "1" } }, locale: await requestLocale() });
}

export async function confirmCheckinAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runEmploymentForm(confirmRetentionAsEmployer, form);
}
