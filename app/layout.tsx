import type { ReactNode } from "react";

// The real root layout is app/[locale]/layout.tsx; this one exists for app/not-found.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
