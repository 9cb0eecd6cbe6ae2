import { Badge } from "@/components/ui/badge";
import type { ApplicationStatus } from "@/lib/applications/transitions";

const TONE: Record<ApplicationStatus, "neutral" | "success" | "highlight" | "primary"> = {
  submitted: "highlight",
  viewed: "neutral",
  interview: "highlight",
  offered: "success",
  hired: "success",
  rejected: "neutral",
  withdrawn: "neutral",
};

export function ApplicationStatusBadge({ status, label }: { status: ApplicationStatus; label: string }) {
  return (
    <Badge tone={TONE[status]} className="status-badge">
      {label}
    </Badge>
  );
}
