/** Organisation kinds per org type, and which workspace may manage which kinds. Pure data, shared by pages and rules. */
export const PRODUCER_KINDS = ["cooperative", "family_farm", "enterprise"] as const;
export const WORKSHOP_KINDS = ["workshop_factory", "workshop_home", "workshop_base"] as const;
export const EMPLOYER_KINDS = ["jinan_employer"] as const;

export type ManagedOrgKind = (typeof PRODUCER_KINDS)[number] | (typeof WORKSHOP_KINDS)[number] | (typeof EMPLOYER_KINDS)[number];
export type ManagedOrgType = "producer" | "workshop" | "employer";

/** /producer/profile manages sellers (producers and workshops); /employer/profile manages hirers (workshops and Jinan employers). */
export type OrgWorkspace = "producer" | "employer";
export const WORKSPACE_KINDS: Record<OrgWorkspace, readonly ManagedOrgKind[]> = {
  producer: [...PRODUCER_KINDS, ...WORKSHOP_KINDS],
  employer: [...WORKSHOP_KINDS, ...EMPLOYER_KINDS],
};
export const WORKSPACE_TYPES: Record<OrgWorkspace, readonly ManagedOrgType[]> = {
  producer: ["producer", "workshop"],
  employer: ["workshop", "employer"],
};

export function typeOfKind(kind: ManagedOrgKind): ManagedOrgType {
  if ((PRODUCER_KINDS as readonly string[]).includes(kind)) return "producer";
  if ((WORKSHOP_KINDS as readonly string[]).includes(kind)) return "workshop";
  return "employer";
}

/** Sellers (producers, workshops) show bank details to buyers paying by transfer; employers do not sell. */
export const isSellerType = (t: string) => t === "producer" || t === "workshop";
/** Jinan employers sit in Jinan districts; everyone else in a Xiangxi county. */
export const regionKindFor = (kind: ManagedOrgKind) => (kind === "jinan_employer" ? "jinan_district" : "xiangxi_county");
