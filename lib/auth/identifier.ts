import { z } from "zod";

/** Mainland mobile numbers: 11 digits starting with 1; "+86" / spaces / dashes tolerated. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "").replace(/^\+?86/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export type LoginIdentifier = { kind: "email"; value: string } | { kind: "phone"; value: string };

export function parseIdentifier(input: string): LoginIdentifier | null {
  const trimmed = input.trim();
  const phone = normalizePhone(trimmed);
  if (phone) return { kind: "phone", value: phone };
  const email = z.email().safeParse(trimmed.toLowerCase());
  return email.success ? { kind: "email", value: email.data } : null;
}
