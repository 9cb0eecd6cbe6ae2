"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { LoginState } from "@/app/[locale]/login/actions";

export interface LoginFormLabels {
  identifier: string;
  password: string;
  submit: string;
}

export function LoginForm({ action, labels, callbackUrl }: { action: (s: LoginState, f: FormData) => Promise<LoginState>; labels: LoginFormLabels; callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.error} answer={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField label={labels.identifier} name="identifier" autoComplete="username" inputMode="email" required defaultValue={state.identifier} />
      <TextField label={labels.password} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {labels.submit}
      </Button>
    </form>
  );
}
