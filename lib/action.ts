/**
 * The one way to write a mutation. Every server action and route handler goes through `mutation()`:
 *   session → role → optional rate limit → strict zod parse → transaction (ownership checked inside, in the data
 *   layer) → typed result.
 * Server actions are public endpoints: nothing here trusts the page that rendered the form.
 */
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { hit, type RateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation";

export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "invalid"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "sold_out"
  | "internal";

export type ActionResult<T> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: ErrorCode;
      error: string;
      fieldErrors?: Record<string, string[]>;
      /** What the user typed, echoed back so a failed form loses nothing. */
      values?: Record<string, string>;
      /** With "rate_limited": seconds until the caller may try again (the HTTP API's Retry-After). */
      retryAfterSec?: number;
    };

/** A failure the user should read. `key` is a message in the `errors` namespace. */
export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly key: string = code,
    public readonly params: Record<string, string | number> = {},
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(`${code}: ${key}`);
    this.name = "DomainError";
  }
}

/** Over a limit found inside the transaction (e.g. a daily count): the caller may try again after `retryAfterSec`. */
export class RateLimited extends DomainError {
  constructor(
    key: string,
    public readonly retryAfterSec: number,
    params: Record<string, string | number> = {},
  ) {
    super("rate_limited", key, params);
    this.name = "RateLimited";
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 422,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  sold_out: 409,
  internal: 500,
};

export interface MutationContext<I> {
  user: SessionUser;
  input: I;
  tx: Tx;
  locale: Locale;
}

export interface MutationSpec<S extends z.ZodType, T> {
  /** Roles allowed to call; the user needs at least one. */
  roles: readonly Role[] | "any";
  input: S;
  run: (ctx: MutationContext<z.output<S>>) => Promise<T>;
  /** Per-user limit, checked after the role check and before any work. */
  rateLimit?: RateLimit;
  /**
   * A failure worth running the whole transaction again for (at most twice more), e.g. a clash of random
   * reference numbers on a unique index: everything the attempt did was rolled back with it.
   */
  retryOn?: (e: unknown) => boolean;
  /** Work after commit (cache revalidation, e-mail); failures here do not undo the transaction. */
  after?: (data: T, ctx: { user: SessionUser; input: z.output<S> }) => Promise<void> | void;
}

export interface CallOptions {
  user: SessionUser | null;
  locale?: Locale;
}

/** The value an issue was raised on is missing or blank (only known when parsed with `reportInput`). */
function leftEmpty(issue: z.core.$ZodIssue): boolean {
  if (!("input" in issue)) return false;
  const v = issue.input;
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * Translate zod issues to per-field messages in the user's language (see lib/validation.ts).
 * One message per rule: a field shows each distinct message once, and a field left empty shows only the
 * first one ("请填写密码"), not every rule an empty value also breaks. Issues need `reportInput` (parseInput) to
 * be told empty; without it they read as before, by their rule.
 */
export function fieldErrorsOf(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const t = translator(locale);
  const out: Record<string, string[]> = {};
  const empty = new Set<string>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (empty.has(field)) continue;
    const blank = leftEmpty(issue);
    let msg: string;
    const named = /^\$(fill|choose):(\w+)$/.exec(issue.message);
    if (named) {
      msg = t(`errors.${named[1]}`, { field: t(`errors.fields.${named[2]}`) });
    } else if (issue.message.startsWith("$")) {
      msg = t(`errors.${issue.message.slice(1)}`);
    } else if (blank && issue.code !== "unrecognized_keys") {
      // A select left on its placeholder fails as an unknown value; a text left empty fails its length or format.
      msg = t(issue.code === "invalid_value" ? "errors.chooseOne" : "errors.required");
    } else if (issue.code === "too_small") {
      msg = issue.origin === "string" ? t("errors.tooShort", { min: Number(issue.minimum) }) : t("errors.tooSmall", { min: Number(issue.minimum) });
    } else if (issue.code === "too_big") {
      msg = issue.origin === "string" ? t("errors.tooLong", { max: Number(issue.maximum) }) : t("errors.tooBig", { max: Number(issue.maximum) });
    } else if (issue.code === "unrecognized_keys") {
      msg = t("errors.unknownField");
    } else if (issue.code === "invalid_type" && !("input" in issue)) {
      msg = t("errors.required");
    } else if (issue.code === "invalid_value") {
      msg = t("errors.chooseListed");
    } else {
      msg = t("errors.invalidValue");
    }
    if (blank && !out[field]) empty.add(field);
    const list = (out[field] ??= []);
    if (!list.includes(msg)) list.push(msg);
  }
  return out;
}

function failure<T>(
  code: ErrorCode,
  key: string,
  locale: Locale,
  params: Record<string, string | number> = {},
  extra: { fieldErrors?: Record<string, string[]>; retryAfterSec?: number } = {},
): ActionResult<T> {
  const t = translator(locale);
  const retry = extra.retryAfterSec === undefined ? {} : { retryAfterSec: extra.retryAfterSec };
  return { ok: false, code, error: t(`errors.${key}`, params), fieldErrors: extra.fieldErrors, ...retry };
}

/** The answer to a caller over a rate limit (`hit()` said wait `waitSec`): "try again in N minutes", N at least 1. */
export function rateLimitedResult<T>(waitSec: number, locale: Locale, key = "rate_limited"): ActionResult<T> {
  return failure("rate_limited", key, locale, { minutes: Math.max(1, Math.ceil(waitSec / 60)) }, { retryAfterSec: waitSec });
}

/** Postgres error codes that mean "the data said no", not "the server broke". */
export function pgCode(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown } };
  const code = err?.code ?? err?.cause?.code;
  return typeof code === "string" ? code : undefined;
}

/** The constraint a Postgres error names (unique index, check), from the driver's error or its cause. */
export function pgConstraint(e: unknown): string | undefined {
  const err = e as { constraint?: unknown; cause?: { constraint?: unknown } };
  const name = err?.constraint ?? err?.cause?.constraint;
  return typeof name === "string" ? name : undefined;
}

export function mutation<S extends z.ZodType, T>(spec: MutationSpec<S, T>) {
  return async (raw: unknown, opts: CallOptions): Promise<ActionResult<T>> => {
    const locale = opts.locale ?? "zh-CN";
    const user = opts.user;
    if (!user) return failure("unauthenticated", "unauthenticated", locale);
    if (spec.roles !== "any" && !spec.roles.some((r) => user.roles.includes(r))) {
      return failure("forbidden", "forbidden", locale);
    }
    if (spec.rateLimit) {
      const wait = await hit(spec.rateLimit, user.id);
      if (wait > 0) return rateLimitedResult(wait, locale);
    }
    const parsed = parseInput(spec.input, raw);
    if (!parsed.success) {
      return failure<T>("invalid", "invalid", locale, {}, { fieldErrors: fieldErrorsOf(parsed.error, locale) });
    }
    let data: T;
    try {
      const db = await getDb();
      for (let attempt = 1; ; attempt++) {
        try {
          data = await db.transaction((tx) => spec.run({ user, input: parsed.data, tx, locale }));
          break;
        } catch (e) {
          if (attempt >= 3 || !spec.retryOn?.(e)) throw e;
        }
      }
    } catch (e) {
      if (e instanceof DomainError) {
        const t = translator(locale);
        const fe = e.fieldErrors
          ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, v.map((m) => t(`errors.${m}`, e.params))]))
          : undefined;
        return failure(e.code, e.key, locale, e.params, { fieldErrors: fe, retryAfterSec: e instanceof RateLimited ? e.retryAfterSec : undefined });
      }
      const code = pgCode(e);
      if (code === "23505") return failure("conflict", "conflict", locale);
      if (code === "23514" || code === "22003") return failure("invalid", "invalid", locale);
      if (code === "40001" || code === "40P01") return failure("conflict", "retry", locale);
      console.error("[mutation] unexpected error", e instanceof Error ? e.message : e);
      return failure("internal", "internal", locale);
    }
    if (spec.after) {
      try {
        await spec.after(data, { user, input: parsed.data });
      } catch (e) {
        console.error("[mutation] after-commit step failed", e instanceof Error ? e.message : e);
      }
    }
    return { ok: true, data };
  };
}

/** FormData → plain object for zod (repeated keys become arrays; files kept as File). */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key);
    out[key] = key.endsWith("[]") ? all : all[0];
  }
  for (const key of Object.keys(out)) {
    if (key.endsWith("[]")) {
      out[key.slice(0, -2)] = out[key];
      delete out[key];
    }
  }
  return out;
}

/** The typed text values of a form, to echo back on failure. */
export function formValues(form: FormData, omit: readonly string[] = ["password"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) {
    if (typeof v === "string" && !k.startsWith("$ACTION") && !omit.includes(k)) out[k] = v;
  }
  return out;
}
