/** OpenAPI paths and schemas of the public catalog API. */
const filterParams = [
  { name: "q", in: "query", schema: { type: "string", maxLength: 40 }, description: "Words matched as substrings of the title or the producer's name (all must match)." },
  { name: "county", in: "query", schema: { type: "string", pattern: "^4331\\d{2}$" }, description: "Xiangxi county code of origin, e.g. 433124 (花垣县)." },
  { name: "category", in: "query", schema: { $ref: "#/components/schemas/ProductCategory" } },
  { name: "certified", in: "query", schema: { type: "string", enum: ["1"] }, description: "Only goods with a valid poverty-relief certification." },
  { name: "inStock", in: "query", schema: { type: "string", enum: ["1"] } },
  { name: "inSeason", in: "query", schema: { type: "string", enum: ["1"] } },
  { name: "presale", in: "query", schema: { type: "string", enum: ["1"] } },
  { name: "sort", in: "query", schema: { type: "string", enum: ["recommended", "price_asc", "price_desc", "newest"], default: "recommended" }, description: "Unknown values fall back to recommended." },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 1 }, description: "20 goods per page." },
];

export const catalogPaths: Record<string, unknown> = {
  "/products": {
    get: {
      summary: "Search goods on sale",
      tags: ["catalog"],
      parameters: filterParams,
      responses: { "200": { description: "A page of goods", content: { "application/json": { schema: { $ref: "#/components/schemas/ProductPage" } } } } },
    },
  },
  "/products/{id}": {
    get: {
      summary: "One product on sale, with variants, tiers, certification, producer and reviews",
      tags: ["catalog"],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: {
        "200": { description: "The product", content: { "application/json": { schema: { $ref: "#/components/schemas/Product" } } } },
        "404": { description: "Not found or not on sale", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      },
    },
  },
};

export const catalogSchemas: Record<string, unknown> = {
  ProductCategory: { type: "string", enum: ["fruit", "tea", "grain_oil", "meat_poultry", "vegetable", "specialty", "craft"] },
  ProductSummary: {
    type: "object",
    required: ["id", "title", "category", "minPriceFen", "origin", "producer", "certified", "inSeason", "presale"],
    properties: {
      id: { type: "string", format: "uuid" },
      title: { type: "string" },
      category: { $ref: "#/components/schemas/ProductCategory" },
      minPriceFen: { type: "integer", description: "Lowest variant price in fen (CNY cents)." },
      origin: { type: "string" },
      producer: { type: "string" },
      certified: { type: "boolean" },
      inSeason: { type: "boolean" },
      presale: { type: "boolean" },
      image: { type: ["string", "null"], description: "Thumbnail URL (480px WebP)." },
    },
  },
  ProductPage: {
    type: "object",
    required: ["items", "total", "page", "pages", "pageSize"],
    properties: { items: { type: "array", items: { $ref: "#/components/schemas/ProductSummary" } }, total: { type: "integer" }, page: { type: "integer" }, pages: { type: "integer" }, pageSize: { type: "integer" } },
  },
  Product: {
    type: "object",
    required: ["id", "title", "description", "category", "origin", "minPriceFen", "variants", "producer"],
    properties: {
      id: { type: "string", format: "uuid" },
      title: { type: "string" },
      description: { type: "string", description: "Plain text; render as text, never as HTML." },
      category: { $ref: "#/components/schemas/ProductCategory" },
      origin: { type: "object", properties: { code: { type: "string" }, name: { type: "string" } } },
      minPriceFen: { type: "integer" },
      shipFrom: { type: ["string", "null"], format: "date" },
      presaleUntil: { type: ["string", "null"], format: "date" },
      presale: { type: "boolean" },
      seasonMonths: { type: "array", items: { type: "integer", minimum: 1, maximum: 12 } },
      inSeason: { type: "boolean" },
      certification: {
        type: ["object", "null"],
        properties: { no: { type: "string" }, countyName: { type: "string" }, batch: { type: ["string", "null"] }, validUntil: { type: "string", format: "date" } },
      },
      producer: { type: "object", properties: { id: { type: "string", format: "uuid" }, name: { type: "string" }, householdsSupported: { type: "integer" }, verified: { type: "boolean" } } },
      variants: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string", format: "uuid" },
            name: { type: "string" },
            priceFen: { type: "integer" },
            stock: { type: "integer" },
            tiers: { type: "array", items: { type: "object", properties: { minQty: { type: "integer" }, priceFen: { type: "integer" } } } },
          },
        },
      },
      images: { type: "array", items: { type: "object", properties: { url: { type: "string" }, thumbnail: { type: "string" }, width: { type: "integer" }, height: { type: "integer" } } } },
      rating: { type: "object", properties: { average: { type: ["number", "null"] }, count: { type: "integer" } } },
      reviews: {
        type: "array",
        items: { type: "object", properties: { id: { type: "string" }, rating: { type: "integer" }, body: { type: "string" }, author: { type: "string", description: "Masked, e.g. 张*" }, createdAt: { type: "string", format: "date-time" } } },
      },
    },
  },
};
