/**
 * Streaming encoders. Both pull one batch at a time from the source only when the consumer has read the previous
 * output, so a 100,000-row export never sits in memory.
 */
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Cell, ExportCell, ExportSource, Money } from "./sources";

const isMoney = (c: ExportCell): c is Money => typeof c === "object" && c !== null;

/** Integer fen → "12.80", exactly. */
export function fenToYuanString(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function csvField(c: ExportCell): string {
  const v: Cell = isMoney(c) ? fenToYuanString(c.fen) : c;
  if (v === null) return "";
  const s = String(v);
  // Quote when needed; a leading =,+,-,@ is neutralised so a cell never runs as a spreadsheet formula.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** CSV with a UTF-8 BOM (Excel then reads the Chinese text correctly) and CRLF line ends. */
export function csvStream(source: ExportSource): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let it: AsyncGenerator<ExportCell[][]> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(enc.encode(`\uFEFF${source.header.map(csvField).join(",")}\r\n`));
      },
      async pull(controller) {
        it ??= source.batches();
        const next = await it.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(enc.encode(next.value.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n"));
      },
      async cancel() {
        await it?.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** XLSX through exceljs's streaming WorkbookWriter: rows are committed as written; waits while the reader lags. */
export function xlsxStream(source: ExportSource): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(source.sheet);
  (async () => {
    sheet.addRow(source.header).commit();
    for await (const batch of source.batches()) {
      for (const row of batch) sheet.addRow(row.map((c) => (isMoney(c) ? c.fen / 100 : c))).commit();
      // Backpressure: the zip writer pushes into `out`; hold the next batch until the reader has drained it.
      while (out.writableNeedDrain) await once(out, "drain");
    }
    sheet.commit();
    await workbook.commit();
  })().catch((e) => {
    console.error("[exports] xlsx failed", e instanceof Error ? e.message : e);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}

export function exportFilename(kind: string, from: string, to: string, ext: "csv" | "xlsx"): string {
  return `xiangji-${kind}-${from}_${to}.${ext}`;
}
