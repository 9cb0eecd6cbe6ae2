import { useId, type ReactNode } from "react";
import { Button, buttonClass } from "./button";

type Variant = "primary" | "secondary" | "success";

/**
 * A second tap before an action that cannot be undone (cancel an order, confirm money received, refund, withdraw).
 * Place it inside the action's <form>, where the submit button would go.
 *
 * It is a native <details> disclosure, so it needs no JavaScript: the first tap on the summary only opens it and
 * shows one sentence on what will happen and the real submit button; only that button posts the form. Keyboard
 * (Enter/Space on the summary) and screen readers (collapsed/expanded state) come with the element. The submit
 * button is described by the sentence, so a reader hears the consequence with the button. Hidden inputs of the
 * form may sit outside it: a closed <details> still submits what it holds, but its button cannot be reached.
 * No hooks but useId and no "use client": it renders in server pages and inside client forms alike.
 */
export function ConfirmStep({
  label,
  text,
  confirmLabel,
  variant = "secondary",
  confirmVariant = "primary",
  disabled,
  children,
  testId,
}: {
  /** The first tap: what the button said before there was a confirmation. */
  label: string;
  /** One sentence: what will happen, and that it cannot be undone. */
  text: string;
  /** The real submit button, saying what it does ("确认取消订单"), never a bare "确定". */
  confirmLabel: string;
  variant?: Variant;
  confirmVariant?: Variant;
  disabled?: boolean;
  /** Anything the confirmation needs besides the sentence (e.g. a choice that goes with the action). */
  children?: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <details className="group w-full sm:w-auto" data-testid={testId}>
      <summary className={buttonClass(variant, "w-full cursor-pointer list-none select-none sm:w-auto [&::-webkit-details-marker]:hidden")}>
        {label}
        <span aria-hidden="true" className="text-sm transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="mt-2 grid gap-3 rounded-lg border border-brocade-100 bg-brocade-50 p-3">
        <p id={id} className="text-base text-stone-900">
          {text}
        </p>
        {children}
        <Button type="submit" variant={confirmVariant} disabled={disabled} aria-describedby={id} className="w-full sm:w-auto sm:justify-self-start">
          {confirmLabel}
        </Button>
      </div>
    </details>
  );
}
