/**
 * Product descriptions are plain text. We never interpret HTML or Markdown from producers: the text is
 * split into paragraphs and lines and rendered as React text nodes, which escape everything. So
 * `<script>`, `<img onerror>`, `<svg onload>` and `javascript:` / `data:` links stay inert characters.
 */

// Control characters (except tab/newline) and bidi overrides can hide or reorder text.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Normalise what a producer typed before storing it. */
export function cleanDescription(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(UNSAFE_CHARS, "").replace(/\n{3,}/g, "\n\n").trim();
}

/** Paragraphs (blank-line separated), each a list of lines. */
export function descriptionBlocks(text: string): string[][] {
  return cleanDescription(text)
    .split(/\n\s*\n/)
    .map((p) => p.split("\n").map((l) => l.trim()).filter(Boolean))
    .filter((p) => p.length > 0);
}

/** A short one-line summary (meta description, API list). */
export function descriptionSummary(text: string, max = 120): string {
  const flat = cleanDescription(text).replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
