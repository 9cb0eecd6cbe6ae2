/** Every administrative mutation by name: the JSON API (app/api/admin/[action]) and tests iterate this list. */
import { certifyProduct, remindExpiringCertificates } from "./certificates";
import { hideJob, hideProduct, unhideJob, unhideProduct } from "./moderation";
import { approveOrg, rejectOrg } from "./orgs";
import { addPairing, removePairing } from "./pairings";
import { setPoorLabourerVerified } from "./seekers";
import { setPurchaseTarget } from "./targets";
import { grantRole, resetUserPassword, revokeRole, setUserStatus } from "./users";

export const ADMIN_MUTATIONS = {
  "approve-org": approveOrg,
  "reject-org": rejectOrg,
  "certify-product": certifyProduct,
  "remind-certificates": remindExpiringCertificates,
  "hide-product": hideProduct,
  "unhide-product": unhideProduct,
  "hide-job": hideJob,
  "unhide-job": unhideJob,
  "grant-role": grantRole,
  "revoke-role": revokeRole,
  "set-user-status": setUserStatus,
  "reset-password": resetUserPassword,
  "add-pairing": addPairing,
  "remove-pairing": removePairing,
  "set-purchase-target": setPurchaseTarget,
  "verify-poor-labourer": setPoorLabourerVerified,
} as const;

export type AdminMutationName = keyof typeof ADMIN_MUTATIONS;
export const ADMIN_MUTATION_NAMES = Object.keys(ADMIN_MUTATIONS) as AdminMutationName[];
