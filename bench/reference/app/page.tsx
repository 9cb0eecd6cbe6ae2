import { ReferenceText } from "./text";

/** Static: prerendered at build time and served from Next's cache. */
export default function StaticReferencePage() {
  return <ReferenceText />;
}
