/** ILIKE pattern matching `text` anywhere, with the user's %, _ and \ taken literally (PostgreSQL's default escape). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
