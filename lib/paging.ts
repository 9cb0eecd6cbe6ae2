/**
 * A list page and its number of matches from one query: each row carries `matches`, a window count over every match
 * (`count(*) over ()`, taken before LIMIT), so the database scans the matches once instead of a count and then the
 * page, one after the other. A page past the last (a stale link) has no row to carry the count: the first page tells
 * it, and the last page is shown instead.
 */
export async function pageWithMatchCount<R extends { matches: string | number }>(
  pageAt: (page: number) => Promise<R[]>,
  requested: number,
  pageSize: number,
): Promise<{ rows: Omit<R, "matches">[]; total: number; page: number; pages: number }> {
  let rows = await pageAt(requested);
  let total = rows.length ? Number(rows[0]!.matches) : 0;
  if (!rows.length && requested > 1) {
    rows = await pageAt(1);
    total = rows.length ? Number(rows[0]!.matches) : 0;
    const last = Math.ceil(total / pageSize);
    if (last > 1) rows = await pageAt(last);
  }
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { rows: rows.map(({ matches: _matches, ...row }) => row), total, page: Math.min(requested, pages), pages };
}
