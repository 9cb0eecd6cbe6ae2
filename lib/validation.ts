/**
 * Shared pieces of the zod input schemas, and how their issues read to a person.
 *
 * A schema names a message with "$key" (a key of messages/<locale>/errors.json). For a field left empty it
 * names what is missing with `fill(noun)` ("请填写姓名") or `choose(noun)` ("请选择品类"), the noun being a
 * key of `errors.fields`; `fieldErrorsOf` (lib/action.ts) turns both into text in the user's language.
 * A field left empty and not named gets the generic "请填写这一项" / "请选择一项", never a rule about its
 * length or format.
 */
import { z } from "zod";

/** Nouns of `errors.fields` (both catalogs have the same keys: tests/i18n-catalogs.test.ts). */
export type FieldNoun =
  | "name"
  | "fullName"
  | "password"
  | "passwordConfirm"
  | "phone"
  | "county"
  | "title"
  | "category"
  | "origin"
  | "variantName"
  | "price"
  | "stock"
  | "status"
  | "preference"
  | "recipient"
  | "province"
  | "city"
  | "district"
  | "addressDetail"
  | "currentPassword";

/** "请填写{noun}": the message of a text field left empty. */
export const fill = (noun: FieldNoun) => `$fill:${noun}` as const;
/** "请选择{noun}": the message of a select or radio group left unchosen. */
export const choose = (noun: FieldNoun) => `$choose:${noun}` as const;

/** Trimmed text that must be filled: empty (or missing) reads "请填写{noun}", and only then the length rules apply. */
export function requiredText(noun: FieldNoun, min: number, max: number) {
  // A message given to z.string() itself would replace the length rules' messages too: only the missing value's.
  const s = z.string({ error: (issue) => (issue.code === "invalid_type" ? fill(noun) : undefined) }).trim().min(1, fill(noun));
  return (min > 1 ? s.min(min) : s).max(max);
}

/**
 * Parse a form's input so that each issue carries the value it was raised on (zod's `reportInput`):
 * `fieldErrorsOf` needs it to tell "left empty" from "filled in wrongly".
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown) {
  return schema.safeParse(raw, { reportInput: true });
}
