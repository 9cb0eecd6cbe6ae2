export const employmentPaths: Record<string, unknown> = {};
export const employmentSchemas: Record<string, unknown> = {};
