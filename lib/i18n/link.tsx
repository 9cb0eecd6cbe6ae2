"use client";

/**
 * Locale-aware link without next-intl's client runtime: the locale comes from the route params
 * (app/[locale]) and only non-default locales get a prefix. Accepts the same hrefs as next/link.
 */
import NextLink, { useLinkStatus } from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { localizeHref, type Href } from "./href";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href; locale?: string };

/**
 * Prefetching is off unless a caller asks for it: on a metered, weak rural connection, fetching every link
 * in view (a catalog page has dozens) costs data the visitor may never use.
 */
export function Link({ href, locale, prefetch = false, children, ...rest }: Props) {
  const params = useParams<{ locale?: string }>();
  return (
    <NextLink href={localizeHref(href, locale ?? params?.locale)} prefetch={prefetch} {...rest}>
      {children}
      <NavigationPending />
    </NextLink>
  );
}

/**
 * The loading state of a navigation: a bar across the top of the screen while the next page is on its way (slow
 * networks, no prefetch). It replaces loading.tsx skeletons, which put a Suspense fallback into the HTML itself:
 * without JavaScript the real content stayed hidden behind it, and swapping it in shifted the layout.
 */
function NavigationPending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" data-testid="navigation-pending" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-brocade-600" /> : null;
}
