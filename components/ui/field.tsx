import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

const control = "mt-1 block w-full min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-brocade-600";

interface FieldProps {
  label: ReactNode;
  name: string;
  /** The control's id when it differs from its name: two forms on one page that share a field name. */
  id?: string;
  errors?: string[];
  hint?: ReactNode;
  children?: ReactNode;
}

function FieldShell({ label, id, errors, hint, children }: Omit<FieldProps, "name"> & { id: string }) {
  // An error that only repeats the hint (the password rule) is shown once, as the error.
  const shownHint = hint && !(typeof hint === "string" && errors?.includes(hint)) ? hint : null;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-base font-medium text-stone-800">
        {label}
      </label>
      {children}
      {shownHint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {shownHint}
        </p>
      ) : null}
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-brocade-700">
        {errors?.map((e) => (
          <p key={e} className="mt-1">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

export function TextField({ label, name, id = name, errors, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} id={id} errors={errors} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={cn(`${id}-error`, hint ? `${id}-hint` : undefined)}
        className={cn(control, className)}
        {...props}
      />
    </FieldShell>
  );
}

export function TextAreaField({ label, name, id = name, errors, hint, className, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} id={id} errors={errors} hint={hint}>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={cn(`${id}-error`, hint ? `${id}-hint` : undefined)}
        className={cn(control, "min-h-24", className)}
        {...props}
      />
    </FieldShell>
  );
}

export function SelectField({ label, name, id = name, errors, hint, className, children, ...props }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} id={id} errors={errors} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className={cn(control, className)}
        {...props}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * A labelled <select> for a GET filter form; a server component, so the form works without JavaScript.
 * With `id` the label points at the select (for/id); without, the label wraps it. `allLabel` adds a first
 * option with the empty value, which the query parsers read as "no filter".
 */
export function FilterSelect({ id, name, label, defaultValue, options, allLabel, className }: { id?: string; name: string; label: ReactNode; defaultValue: string; options: readonly FilterOption[]; allLabel?: string; className?: string }) {
  const select = (
    <select id={id} name={name} defaultValue={defaultValue} className={className}>
      {allLabel === undefined ? null : <option value="">{allLabel}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  if (!id) {
    return (
      <label className="block">
        {label}
        {select}
      </label>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block">
        {label}
      </label>
      {select}
    </div>
  );
}

// The form-level message is a client component (it moves focus to errors); forms import it from here.
export { FormMessage } from "./form-message";
