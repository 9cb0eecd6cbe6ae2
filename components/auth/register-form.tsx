"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { RegisterState } from "@/app/[locale]/register/actions";

export interface RegisterFormLabels {
  name: string;
  phone: string;
  email: string;
  password: string;
  passwordConfirm: string;
  passwordHint: string;
  role: string;
  roles: { value: string; label: string }[];
  submit: string;
}

export function RegisterForm({ action, labels, callbackUrl, defaultRole }: { action: (s: RegisterState, f: FormData) => Promise<RegisterState>; labels: RegisterFormLabels; callbackUrl?: string; defaultRole?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const v = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} noValidate>
      <FormMessage
        message={state && !state.ok ? state.error : null}
        fieldErrors={fe}
        labels={{ role: labels.role, name: labels.name, phone: labels.phone, email: labels.email, password: labels.password, passwordConfirm: labels.passwordConfirm }}
        answer={state}
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <fieldset id="role" className="mb-4" aria-describedby="role-error">
        <legend className="text-base font-medium text-stone-800">{labels.role}</legend>
        <div className="mt-2 grid gap-2">
          {labels.roles.map((r) => (
            <label key={r.value} className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2">
              <input type="radio" name="role" value={r.value} defaultChecked={(v?.role ?? defaultRole) === r.value} className="h-5 w-5 shrink-0" />
              <span>{r.label}</span>
            </label>
          ))}
        </div>
        <div id="role-error" aria-live="polite" className="text-sm text-brocade-700">
          {fe?.role?.map((e) => <p key={e}>{e}</p>)}
        </div>
      </fieldset>
      <TextField label={labels.name} name="name" autoComplete="name" required defaultValue={v?.name} errors={fe?.name} />
      <TextField label={labels.phone} name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={v?.phone} errors={fe?.phone} />
      <TextField label={labels.email} name="email" type="email" autoComplete="email" defaultValue={v?.email} errors={fe?.email} />
      <TextField label={labels.password} name="password" type="password" autoComplete="new-password" required hint={labels.passwordHint} errors={fe?.password} />
      <TextField label={labels.passwordConfirm} name="passwordConfirm" type="password" autoComplete="new-password" required errors={fe?.passwordConfirm} />
      <Button type="submit" disabled={pending} className="w-full">
        {labels.submit}
      </Button>
    </form>
  );
}
