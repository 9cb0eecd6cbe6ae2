import { redirect as nextRedirect } from "next/navigation";
import { localizeHref, type Href } from "./href";

// Navigation helpers without next-intl's createNavigation: it would pull next-intl's client Link (and
// its message-format runtime) into every page's bundle. Links come from ./link, a thin next/link wrapper.
export { Link } from "./link";

/** Redirect to a path in the given locale (prefix only for non-default locales). */
export function redirect({ href, locale }: { href: Href; locale: string }): never {
  return nextRedirect(localizeHref(href, locale));
}

export function getPathname({ href, locale }: { href: Href; locale: string }): string {
  return localizeHref(href, locale);
}
