import { RootNotice } from "@/components/layout/root-notice";

/**
 * Root boundary for forbidden() outside app/[locale] (no route calls it there; pages use app/[locale]/forbidden.tsx).
 * Without this file Next ships its English built-in, inline styles and all, in every page's RSC payload.
 */
export default function RootForbidden() {
  return <RootNotice namespace="common" messageKey="forbiddenTitle" />;
}
