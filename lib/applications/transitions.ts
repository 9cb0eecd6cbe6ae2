/** The application state machine. Moves only go forward; who may make each move is part of the table. */
export const APPLICATION_STATUSES = ["submitted", "viewed", "interview", "offered", "hired", "rejected", "withdrawn"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const EMPLOYER_MOVES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ["viewed", "interview", "rejected"],
  viewed: ["interview", "rejected"],
  interview: ["offered", "rejected"],
  offered: ["hired", "rejected"],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export const SEEKER_MOVES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ["withdrawn"],
  viewed: ["withdrawn"],
  interview: ["withdrawn"],
  offered: ["withdrawn"],
  hired: [],
  rejected: [],
  withdrawn: [],
};

export const canMove = (by: "employer" | "seeker", from: ApplicationStatus, to: ApplicationStatus) => (by === "employer" ? EMPLOYER_MOVES : SEEKER_MOVES)[from].includes(to);

/** From the interview stage on, the employer may see the applicant's phone number (not after a rejection or withdrawal). */
export const PHONE_VISIBLE: readonly ApplicationStatus[] = ["interview", "offered", "hired"];
export const ACTIVE: readonly ApplicationStatus[] = ["submitted", "viewed", "interview", "offered"];
