import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

type Variant = "primary" | "secondary" | "ghost" | "success";
const styles: Record<Variant, string> = {
  primary: "bg-brocade-600 text-white hover:bg-brocade-700 disabled:bg-stone-400",
  secondary: "bg-white text-stone-900 border border-stone-300 hover:bg-stone-100",
  ghost: "text-brocade-700 hover:bg-brocade-50",
  success: "bg-tea-600 text-white hover:bg-tea-700",
};

/** `.btn` (app/globals.css) is the shape; the variant's colours and any `extra` utilities override it. */
export const buttonClass = (variant: Variant = "primary", extra?: string) => cn("btn", styles[variant], extra);

export function Button({ variant = "primary", className, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={buttonClass(variant, className)} {...props} />;
}
