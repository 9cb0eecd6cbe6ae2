"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/field";
import type { FormState } from "./form-state";

/**
 * A small form around a server action: works without JavaScript (the action redirects on success), and with it
 * shows the error in place. Field errors are listed under the form message.
 */
export function ActionForm({ action, children, className }: { action: (s: FormState, f: FormData) => Promise<FormState>; children: ReactNode; className?: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fieldErrors = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} className={className} aria-busy={pending}>
      <FormMessage message={state.error ? [state.error, ...fieldErrors].join(" ") : null} />
      {children}
    </form>
  );
}
