"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";

export type ChangePasswordState = ActionResult<unknown> | null;

export interface ChangePasswordLabels {
  currentPassword: string;
  password: string;
  passwordConfirm: string;
  passwordHint: string;
  submit: string;
}

/** Passwords never come back after a failed save: the fields start empty again, and each error says which to fix. */
export function ChangePasswordForm({ action, labels }: { action: (s: ChangePasswordState, f: FormData) => Promise<ChangePasswordState>; labels: ChangePasswordLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate>
      <FormMessage
        message={state && !state.ok ? state.error : null}
        fieldErrors={fe}
        labels={{ currentPassword: labels.currentPassword, password: labels.password, passwordConfirm: labels.passwordConfirm }}
        answer={state}
      />
      <TextField label={labels.currentPassword} name="currentPassword" type="password" autoComplete="current-password" required errors={fe?.currentPassword} />
      <TextField label={labels.password} name="password" type="password" autoComplete="new-password" required hint={labels.passwordHint} errors={fe?.password} />
      <TextField label={labels.passwordConfirm} name="passwordConfirm" type="password" autoComplete="new-password" required errors={fe?.passwordConfirm} />
      <Button type="submit" disabled={pending} className="w-full">
        {labels.submit}
      </Button>
    </form>
  );
}
