import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "success" | "highlight" | "primary";
const tones: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-800",
  success: "bg-tea-50 text-tea-700",
  highlight: "bg-ponkan-100 text-ponkan-800",
  primary: "bg-brocade-50 text-brocade-800",
};

export function Badge({ tone = "neutral", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return <span className={cn("badge", tones[tone], className)}>{children}</span>;
}
