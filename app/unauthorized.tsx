import { RootNotice } from "@/components/layout/root-notice";

/**
 * Root boundary for unauthorized(), which the app never calls (signed-out visitors are sent to /login). Without this
 * file Next ships its English built-in 401 page in every page's RSC payload.
 */
export default function RootUnauthorized() {
  return <RootNotice namespace="auth" messageKey="loginTitle" />;
}
