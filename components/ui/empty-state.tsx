import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
      <p className="text-lg font-medium">{title}</p>
      {children ? <div className="mt-2">{children}</div> : null}
    </div>
  );
}
