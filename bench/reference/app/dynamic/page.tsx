import { connection } from "next/server";
import { ReferenceText } from "../text";

/** Rendered on every request, with no database and no session: the floor of any signed-in page. */
export default async function DynamicReferencePage() {
  await connection();
  return (
    <>
      <ReferenceText />
      <p>{new Date().toISOString()}</p>
    </>
  );
}
