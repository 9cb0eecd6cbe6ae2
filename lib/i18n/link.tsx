"use client";

/**
 * Locale-aware link without next-intl's client runtime: the locale comes from the route params
 * (app/[locale]) and only non-default locales get a prefix. Accepts the same hrefs as next/link.
 */
import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { localizeHref, type Href } from "./href";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: Href; locale?: string };

/**
 * Prefetching is off unless a caller asks for it: on a metered, weak rural connection, fetching every link
 * in view (a catalog page has dozens) costs data the visitor may never use.
 */
export function Link({ href, locale, prefetch = false, ...rest }: Props) {
  const params = useParams<{ locale?: string }>();
  return <NextLink href={localizeHref(href, locale ?? params?.locale)} prefetch={prefetch} {...rest} />;
}
