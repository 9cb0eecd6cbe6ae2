/** The OpenAPI 3.1 document of /api/v1: each domain contributes its paths and schemas. */
import { catalogPaths, catalogSchemas } from "./openapi-catalog";
import { commercePaths, commerceSchemas } from "./openapi-commerce";
import { employmentPaths, employmentSchemas } from "./openapi-employment";

export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: { title: "湘济通 XiangJi API", version: "1.0.0", description: "Consumption aid and employment aid, Xiangxi ↔ Jinan. Money is integer fen (CNY)." },
    servers: [{ url: `${baseUrl}/api/v1` }],
    paths: { ...catalogPaths, ...commercePaths, ...employmentPaths },
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: {
        Error: { type: "object", required: ["error", "message"], properties: { error: { type: "string" }, message: { type: "string" }, fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } } },
        ...catalogSchemas,
        ...commerceSchemas,
        ...employmentSchemas,
      },
    },
  };
}
