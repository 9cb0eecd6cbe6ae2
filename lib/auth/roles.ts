export const ROLES = ["buyer", "producer", "employer", "seeker", "admin"] as const;
export type Role = (typeof ROLES)[number];
/** Roles a person may choose when registering; admin is granted by an administrator only. */
export const SELF_SERVICE_ROLES = ["buyer", "producer", "employer", "seeker"] as const satisfies readonly Role[];

/** Where each role lands after signing in (first matching role wins). */
export const ROLE_HOME: Record<Role, string> = {
  admin: "/admin",
  producer: "/producer",
  employer: "/employer",
  seeker: "/seeker",
  buyer: "/orders",
};

export function homeFor(roles: readonly Role[]): string {
  for (const r of ["admin", "producer", "employer", "seeker", "buyer"] as const) {
    if (roles.includes(r)) return ROLE_HOME[r];
  }
  return "/";
}
