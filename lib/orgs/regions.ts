import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { regions } from "@/db/schema";

export interface RegionOption {
  code: string;
  name: string;
  nameEn: string;
  kind: "xiangxi_county" | "jinan_district";
}

/** The 8 Xiangxi counties and the 12 Jinan districts, in display order. */
export async function listRegions(): Promise<RegionOption[]> {
  const db = await getDb();
  return db.select({ code: regions.code, name: regions.name, nameEn: regions.nameEn, kind: regions.kind }).from(regions).orderBy(asc(regions.kind), asc(regions.sort));
}
