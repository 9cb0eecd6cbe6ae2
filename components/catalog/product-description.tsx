import { descriptionBlocks } from "@/lib/catalog/description";

/**
 * A producer's description as paragraphs of plain text. No HTML or Markdown is interpreted: React escapes
 * every character, so markup in a description is shown, never executed (see lib/catalog/description.ts).
 */
export function ProductDescription({ text }: { text: string }) {
  return (
    <div className="grid gap-3 text-base leading-relaxed text-stone-800">
      {descriptionBlocks(text).map((lines, i) => (
        <p key={i} className="break-words">
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
