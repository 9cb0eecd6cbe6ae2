/** OpenAPI paths and schemas of the employment API (/api/v1/jobs, /api/v1/applications). */
const err = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const uuidParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const statuses = ["submitted", "viewed", "interview", "offered", "hired", "rejected", "withdrawn"];

export const employmentPaths: Record<string, unknown> = {
  "/jobs": {
    get: {
      summary: "Open jobs (job board)",
      description: "Open = status open, not hidden, verified employer, closing date not passed. Same filters as /jobs.",
      parameters: [
        { name: "q", in: "query", schema: { type: "string", maxLength: 40 }, description: "Title contains (Chinese works; % and _ are literal)" },
        { name: "region", in: "query", schema: { type: "string", pattern: "^\\d{6}$" }, description: "County or district code (GB/T 2260)" },
        { name: "kind", in: "query", schema: { type: "string", enum: ["workshop_near_home", "home_based", "transfer_jinan"] } },
        { name: "skill", in: "query", schema: { type: "string" }, description: "A skill tag, e.g. 湘西焊工" },
        { name: "payMin", in: "query", schema: { type: "string" }, description: "Monthly pay at least, in yuan (monthly jobs only)" },
        { name: "benefit", in: "query", schema: { type: "array", items: { type: "string", enum: ["housing", "meals", "transport", "training"] } }, style: "form", explode: true },
        { name: "sort", in: "query", schema: { type: "string", enum: ["newest", "pay", "closing"], default: "newest" } },
        { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
      ],
      responses: { "200": { description: "A page of jobs (10 per page)", content: { "application/json": { schema: { $ref: "#/components/schemas/JobPage" } } } } },
    },
  },
  "/jobs/{id}": {
    get: {
      summary: "One public job",
      parameters: [uuidParam],
      responses: { "200": { description: "The job (open: false once closed, filled or past its closing date)", content: { "application/json": { schema: { $ref: "#/components/schemas/Job" } } } }, "404": err("Unknown, draft, hidden, or not from a verified employer") },
    },
  },
  "/applications": {
    post: {
      summary: "Apply for a job (job seekers)",
      security: [{ session: [] }],
      requestBody: { required: true, content: { "application/json": { schema: { type: "object", additionalProperties: false, required: ["jobId"], properties: { jobId: { type: "string", format: "uuid" }, message: { type: "string", maxLength: 500 } } } } } },
      responses: {
        "201": { description: "Applied", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string", format: "uuid" }, jobId: { type: "string", format: "uuid" }, status: { const: "submitted" } } } } } },
        "401": err("Not signed in"),
        "403": err("Not a job seeker"),
        "409": err("Already applied, or the job is not open"),
        "422": err("Invalid input, or no seeker profile yet"),
        "429": err("Too many attempts this hour, or applications today; the Retry-After header gives the seconds to wait"),
      },
    },
  },
  "/applications/{id}": {
    get: {
      summary: "One application, for the seeker who applied or the hiring organisation",
      description: "Anyone else gets 404. The employer sees the applicant's phone only from the interview stage on; the ID number is never returned.",
      security: [{ session: [] }],
      parameters: [uuidParam],
      responses: { "200": { description: "The application as its audience sees it", content: { "application/json": { schema: { $ref: "#/components/schemas/Application" } } } }, "401": err("Not signed in"), "404": err("Not found (or not yours)") },
    },
  },
};

const jobProps = {
  id: { type: "string", format: "uuid" },
  title: { type: "string" },
  kind: { type: "string", enum: ["workshop_near_home", "home_based", "transfer_jinan"] },
  orgId: { type: "string", format: "uuid" },
  orgName: { type: "string" },
  regionCode: { type: "string" },
  regionName: { type: "string" },
  payType: { type: "string", enum: ["monthly", "piece_rate"] },
  payMinFen: { type: "integer", description: "fen (1/100 yuan)" },
  payMaxFen: { type: "integer", description: "fen (1/100 yuan)" },
  pieceUnit: { type: ["string", "null"] },
  benefits: { type: "array", items: { type: "string" } },
  skills: { type: "array", items: { type: "string" } },
  priorityPoor: { type: "boolean" },
  closesOn: { type: ["string", "null"], format: "date" },
  postedAt: { type: "string", format: "date-time" },
};

export const employmentSchemas: Record<string, unknown> = {
  JobListItem: { type: "object", properties: jobProps },
  JobPage: { type: "object", properties: { items: { type: "array", items: { $ref: "#/components/schemas/JobListItem" } }, total: { type: "integer" }, page: { type: "integer" }, pages: { type: "integer" } } },
  Job: {
    type: "object",
    properties: { ...jobProps, description: { type: "string" }, place: { type: "string" }, headcount: { type: "integer" }, hours: { type: "string" }, status: { type: "string", enum: ["open", "closed", "filled"] }, open: { type: "boolean" }, orgVerified: { type: "boolean" } },
  },
  Application: {
    type: "object",
    properties: {
      audience: { type: "string", enum: ["seeker", "employer"] },
      id: { type: "string", format: "uuid" },
      status: { type: "string", enum: statuses },
      message: { type: "string" },
      job: { type: "object" },
      timeline: { type: "array", items: { type: "object", properties: { from: { type: ["string", "null"], enum: [...statuses, null] }, to: { type: "string", enum: statuses }, at: { type: "string", format: "date-time" } } } },
      seeker: { type: ["object", "null"], description: "Employer audience only. phone is null before the interview stage." },
      hire: { type: ["object", "null"] },
    },
  },
};
