import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { getDb, getDbHandle } from "@/db/client";
import { exportSource } from "@/lib/exports/sources";
import { csvStream, fenToYuanString, xlsxStream } from "@/lib/exports/stream";
import { ensureAllRegions, makeOrder, makeProduct } from "./helpers/admin";
import { makeOrg, makeUser } from "./helpers/factories";

const N = 100_000;
const MB = 1024 * 1024;

async function drain(stream: ReadableStream<Uint8Array>, onChunk: (c: Uint8Array) => void) {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onChunk(value);
  }
}

describe("exports", () => {
  it("CSV has a BOM, quotes fields and neutralises formulas; amounts are exact", async () => {
    await ensureAllRegions();
    const buyer = await makeUser({ roles: ["buyer"] });
    const org = await makeOrg(buyer.id, { name: '带"引号",的合作社', regionCode: "433124" });
    const p = await makeProduct(org.id);
    await makeOrder({ buyerId: buyer.id, sellerOrgId: org.id, status: "completed", paidAt: new Date("2026-03-01T02:00:00Z"), refundedFen: 5, items: [{ productId: p.product.id, variantId: p.variantId, lineTotalFen: 1280, certified: true, originCode: "433124" }] });
    let text = "";
    const dec = new TextDecoder("utf-8", { ignoreBOM: true });
    await drain(csvStream(exportSource("orders", { from: "2026-01-01", to: "2026-12-31" })), (c) => (text += dec.decode(c, { stream: true })));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith("订单号,付款时间")).toBe(true);
    expect(lines[1]).toContain('"带""引号"",的合作社"');
    expect(lines[1]).toContain("2026-03-01 10:00"); // China time
    expect(lines[1]!.endsWith(",12.80,0.05,12.75,12.75")).toBe(true);
    expect(fenToYuanString(-5)).toBe("-0.05");
  });

  it(`streams ${N.toLocaleString("en")} orders as CSV and XLSX without loading them all (bounded memory)`, { timeout: 600_000 }, async () => {
    await ensureAllRegions();
    const buyer = await makeUser({ roles: ["buyer"] });
    const org = await makeOrg(buyer.id, { regionCode: "433124" });
    const db = await getDb();
    await db.execute(sql`
      insert into orders (order_no, buyer_id, seller_org_id, status, payment_method, subtotal_fen, total_fen, refunded_fen,
        recipient, recipient_phone, province, city, district, address_detail, buyer_district_code, paid_at)
      select 'G' || g, ${buyer.id}::uuid, ${org.id}::uuid, 'paid', 'bank_transfer', 1000 + g % 500, 1000 + g % 500, 0,
        '测试收件人', '13800000001', '山东省', '济南市', '历下区', '泉城路某号（测试）', '370102',
        timestamptz '2027-01-01 00:00:00+08' + g * interval '1 minute'
      from generate_series(1, ${N}) g`);
    const expectedFen = Array.from({ length: N }, (_, i) => 1000 + ((i + 1) % 500)).reduce((a, b) => a + b, 0);
    const kind = (await getDbHandle()).kind;
    const range = { from: "2027-01-01", to: "2027-12-31" }; // only the generated orders

    // CSV
    (globalThis as { gc?: () => void }).gc?.();
    let base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    let rows = -1;
    let bytes = 0;
    let sumFen = 0;
    let tail = "";
    const dec = new TextDecoder();
    const t0 = Date.now();
    await drain(csvStream(exportSource("orders", range)), (c) => {
      bytes += c.byteLength;
      const text = tail + dec.decode(c, { stream: true });
      const parts = text.split("\r\n");
      tail = parts.pop() ?? "";
      for (const line of parts) {
        rows += 1;
        if (rows > 0) sumFen += Math.round(Number(line.split(",")[10]) * 100);
      }
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    });
    const csvMs = Date.now() - t0;
    expect(rows).toBe(N);
    expect(sumFen).toBe(expectedFen);
    const csvRss = (peakRss - base.rss) / MB;
    const csvHeap = (peakHeap - base.heapUsed) / MB;
    console.log(`[exports] ${kind}: CSV ${N} orders, ${(bytes / MB).toFixed(1)} MB in ${csvMs} ms; peak growth rss ${csvRss.toFixed(1)} MB, heap ${csvHeap.toFixed(1)} MB`);
    expect(csvRss).toBeLessThan(150);
    expect(csvHeap).toBeLessThan(150);

    // XLSX
    (globalThis as { gc?: () => void }).gc?.();
    base = process.memoryUsage();
    peakRss = base.rss;
    peakHeap = base.heapUsed;
    const chunks: Uint8Array[] = [];
    let xlsxBytes = 0;
    const t1 = Date.now();
    await drain(xlsxStream(exportSource("orders", range)), (c) => {
      xlsxBytes += c.byteLength;
      chunks.push(c); // kept to verify the workbook below; counted out of the growth figure
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss - xlsxBytes);
      peakHeap = Math.max(peakHeap, m.heapUsed - xlsxBytes);
    });
    const xlsxRss = (peakRss - base.rss) / MB;
    const xlsxHeap = (peakHeap - base.heapUsed) / MB;
    console.log(`[exports] ${kind}: XLSX ${N} orders, ${(xlsxBytes / MB).toFixed(1)} MB in ${Date.now() - t1} ms; peak growth rss ${xlsxRss.toFixed(1)} MB, heap ${xlsxHeap.toFixed(1)} MB`);
    expect(xlsxRss).toBeLessThan(150);
    expect(xlsxHeap).toBeLessThan(150);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(N + 1);
  });
});
