/**
 * A readable notice in Next's empty error document, for readers without JavaScript.
 *
 * Next 16.4 answers a notFound(), forbidden() or error thrown while a page renders with an empty document,
 * `<html id="__next_error__">…<body>` and scripts, whose content (app/[locale]/not-found.tsx, forbidden.tsx,
 * error.tsx inside our header and footer) exists only as RSC payload for the browser to render
 * (vercel/next.js#62228). Without JavaScript (switched off, blocked, or not yet arrived on a slow network) the
 * page stays blank: a stale link to a product taken down, a buyer opening the producers' area. errorShellNotice
 * gives such readers a plain notice in that empty body, in the language of the address (English under /en,
 * Chinese elsewhere), with a link home. When JavaScript runs, React renders that document from scratch and first
 * removes what its body holds except scripts, styles and stylesheets (react-dom's clearContainerSparingly), so
 * readers with JavaScript see the page Next meant, as before.
 * Next's document also has no `lang` (its <html> is `<html id="__next_error__">`): a screen reader would read the
 * notice and the title in its own default language (WCAG 3.1.1, axe html-has-lang). The same language goes on its
 * <html>; when JavaScript runs, React sets the root layout's attributes on that element in its place.
 *
 * Plain .mjs for scripts/start.mjs (lib/response-cache.mjs calls it); the texts are the app's own messages.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** @type {Record<"zh-CN" | "en", Record<string, string>>} */
const COMMON = { "zh-CN": require("../messages/zh-CN/common.json"), en: require("../messages/en/common.json") };

const SHELL_START = '<html id="__next_error__">';
const BODY = "<body>";
/** Where the error document starts: Next writes it first, after the doctype. */
const SHELL_SEARCH_LIMIT = 64;

/** @param {string} s */
const escapeText = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {number} status */
function keysFor(status) {
  if (status === 404) return ["notFoundTitle", "notFoundBody"];
  if (status === 403 || status === 401) return ["forbiddenTitle", "forbiddenBody"];
  return ["errorTitle", "errorBody"];
}

/**
 * What to insert into the first chunk of an error answer, in ascending order of offset: the document's language on its
 * <html>, and the notice at the start of its <body>; or undefined when the chunk does not start Next's empty error
 * document (every other page, and any chunk but the first).
 * @param {string | Buffer} head the response's first chunk (offsets are in its units: characters or bytes)
 * @param {number} status its status code (400 or more)
 * @param {string} pathname the address asked for
 * @returns {{ at: number, text: string }[] | undefined}
 */
export function errorShellNotice(head, status, pathname) {
  const start = head.indexOf(SHELL_START);
  if (start < 0 || start > SHELL_SEARCH_LIMIT) return undefined;
  const body = head.indexOf(BODY, start);
  if (body < 0) return undefined;
  const locale = pathname === "/en" || pathname.startsWith("/en/") ? "en" : "zh-CN";
  const t = COMMON[locale];
  const [titleKey, bodyKey] = keysFor(status);
  const notice =
    `<main data-error-shell-notice="" lang="${locale}" style="font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;text-align:center;line-height:1.6">` +
    `<h1 style="font-size:1.5rem;margin:0">${escapeText(t[titleKey] ?? "")}</h1>` +
    `<p style="color:#44403c">${escapeText(t[bodyKey] ?? "")}</p>` +
    `<p><a href="${locale === "en" ? "/en" : "/"}" style="color:#b3261e">${escapeText(t.goHome ?? "")}</a> · ${escapeText(t.appName ?? "")}</p>` +
    `</main>`;
  // After "<html": the element's other attributes are Next's, left as they are.
  return [
    { at: start + "<html".length, text: ` lang="${locale}"` },
    { at: body + BODY.length, text: notice },
  ];
}
