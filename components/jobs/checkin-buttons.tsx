import { ActionForm, type FormState } from "./action-form";

/** "Still employed?" yes/no for a retention check-in; the employer and the seeker each confirm with it. */
export function CheckinButtons({
  hireId,
  month,
  action,
  labels,
}: {
  hireId: string;
  month: number;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: { yes: string; no: string; saved: string };
}) {
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      {(["yes", "no"] as const).map((v) => (
        <ActionForm
          key={v}
          action={action}
          fields={[
            { type: "hidden", name: "hireId", value: hireId },
            { type: "hidden", name: "month", value: String(month) },
            { type: "hidden", name: "stillEmployed", value: v },
          ]}
          submitLabel={v === "yes" ? labels.yes : labels.no}
          submitVariant={v === "yes" ? "success" : "secondary"}
          successMessage={labels.saved}
        />
      ))}
    </div>
  );
}
