import { applyToJob } from "@/lib/applications/mutations";
import { runJsonMutation } from "@/lib/server-action";

/** POST /api/v1/applications {jobId, message} — a job seeker applies (one application per job). */
export function POST(req: Request) {
  return runJsonMutation(applyToJob, req, 201);
}
