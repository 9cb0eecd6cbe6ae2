"use client";

/**
 * The message at the top of a form, and the one place that brings a person to what went wrong.
 *
 * A failed submit often leaves the errors above the fold: on a 360 px phone the submit button is at the bottom
 * and the first invalid field far above it, so nothing seemed to happen. Every form puts this first, so:
 * - with JavaScript, when an answer comes back with errors, focus moves to the first invalid field of the form
 *   (in page order; focusing scrolls it into view), or to this summary when no field is to blame (sold out,
 *   signed out, too many attempts);
 * - without JavaScript, the page the form post re-renders has this summary focused by `autofocus` (browsers
 *   scroll to it on load), announced as an alert, with a link to each field at fault.
 * Fields are found by id: a field's control (or its radio group) has the id of its name (components/ui/field.tsx),
 * unless `fieldId` maps an error key to another id.
 */
import { useEffect, useRef } from "react";
import { cn } from "./cn";

interface FormMessageProps {
  message?: string | null;
  tone?: "error" | "success";
  /** The answer's per-field errors: listed as links under the message ("_form" ones as plain text). */
  fieldErrors?: Record<string, string[]>;
  /** Field labels by error key, shown before each listed error. */
  labels?: Record<string, string | undefined>;
  /** The id of the element an error key belongs to (default: the key itself). */
  fieldId?: (key: string) => string;
  /**
   * Changes with every answer of the form's action (its state object), so that the same error coming back
   * twice still brings the person to it again.
   */
  answer?: unknown;
}

const sameId = (k: string) => k;

/** The element to focus for a field's container: itself when focusable, else its first control. */
function focusable(el: HTMLElement): HTMLElement | null {
  if (el.matches("input:not([type=hidden]), select, textarea, button, a[href], [tabindex]")) return el;
  return el.querySelector<HTMLElement>("input:not([type=hidden]):not([disabled]), select, textarea");
}

/** The first (in page order) element of the form that is marked invalid or holds a listed error. */
function firstInvalid(box: HTMLElement, ids: string[]): HTMLElement | null {
  const form = box.closest("form");
  const candidates: HTMLElement[] = [];
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el && (!form || form.contains(el))) candidates.push(el);
  }
  const marked = (form ?? document).querySelector<HTMLElement>('[aria-invalid="true"]');
  if (marked) candidates.push(marked);
  let first: HTMLElement | null = null;
  for (const el of candidates) {
    if (!first || first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) first = el;
  }
  return first;
}

export function FormMessage({ message, tone = "error", fieldErrors, labels, fieldId = sameId, answer }: FormMessageProps) {
  const ref = useRef<HTMLDivElement>(null);
  const listed = Object.entries(fieldErrors ?? {}).filter(([k, v]) => k !== "_form" && v.length > 0);
  const formLevel = fieldErrors?._form ?? [];
  const isError = tone === "error" && Boolean(message || listed.length || formLevel.length);
  // What the page was first rendered with: errors there were focused by `autofocus` (a re-rendered page after a
  // post without JavaScript, or one hydrated later); only answers that arrive afterwards move focus here.
  const initial = useRef({ message, fieldErrors, answer });
  const ids = listed.map(([k]) => fieldId(k));
  const idsKey = ids.join(" ");

  useEffect(() => {
    const box = ref.current;
    const first = initial.current;
    if (!box || !isError || (first.message === message && first.fieldErrors === fieldErrors && first.answer === answer)) return;
    const field = firstInvalid(box, idsKey ? idsKey.split(" ") : []);
    const target = field ? focusable(field) : null;
    if (field && target) {
      // The field's label sits above the control: centre it rather than leave it at the screen's edge.
      target.focus({ preventScroll: true });
      field.scrollIntoView({ block: "center" });
    } else {
      box.focus({ preventScroll: true });
      box.scrollIntoView({ block: "start" });
    }
  }, [message, fieldErrors, answer, isError, idsKey]);

  if (tone === "success") {
    return (
      <div aria-live="polite">{message ? <p className="mb-4 rounded-lg bg-tea-50 p-3 text-base text-tea-700">{message}</p> : null}</div>
    );
  }
  // The sticky site header never covers the summary: the page's scroll-padding-top (app/globals.css) keeps what is
  // scrolled into view below it.
  return (
    <div ref={ref} aria-live="polite" role={isError ? "alert" : undefined} tabIndex={isError ? -1 : undefined} autoFocus={isError || undefined} className="outline-none">
      {isError ? (
        <div className="mb-4 rounded-lg border border-brocade-100 bg-brocade-50 p-3 text-base text-brocade-800">
          {message ? <p>{message}</p> : null}
          {formLevel.map((m) => (
            <p key={m}>{m}</p>
          ))}
          {listed.length ? (
            <ul className={cn("grid gap-1 pl-5", message || formLevel.length ? "mt-2 list-disc" : "list-disc")}>
              {listed.map(([k, msgs]) => (
                <li key={k}>
                  <a href={`#${fieldId(k)}`} className="inline-block py-1 underline underline-offset-2">
                    {/* The label only when the message does not already name the field ("请填写姓名"). */}
                    {labels?.[k] && !msgs[0]!.includes(labels[k]) ? (
                      <>
                        <span className="font-medium">{labels[k]}</span>
                        <span aria-hidden="true"> · </span>
                      </>
                    ) : null}
                    {msgs[0]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
