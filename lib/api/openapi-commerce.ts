export const commercePaths: Record<string, unknown> = {};
export const commerceSchemas: Record<string, unknown> = {};
