/** OpenAPI paths and schemas of the orders API (catalog paths are contributed by lib/api/openapi-catalog.ts). */
const errorRef = { $ref: "#/components/schemas/Error" };
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: errorRef } } });

export const commercePaths: Record<string, unknown> = {
  "/orders": {
    post: {
      summary: "Place orders (one per producer) — 下单",
      description:
        "Signed-in buyers only. Prices, bulk tiers and totals come from the database in integer fen; any price or total in the body is refused (strict schema). Stock is reserved in the same transaction. With paymentMethod `stripe` (only when online payment is configured) the response carries `paymentUrl`.",
      security: [{ session: [] }],
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CheckoutRequest" } } } },
      responses: {
        "201": { description: "Orders created", content: { "application/json": { schema: { $ref: "#/components/schemas/CheckoutResult" } } } },
        "401": errorResponse("Not signed in"),
        "403": errorResponse("Not a buyer, or not a member of the chosen buyer organisation"),
        "409": errorResponse("Sold out (message names the product and the units left)"),
        "422": errorResponse("Invalid input (per-field messages in the caller's language)"),
        "429": errorResponse("Too many checkouts by this buyer for now; the Retry-After header gives the seconds to wait"),
      },
    },
  },
  "/orders/{id}": {
    get: {
      summary: "One order — 订单详情",
      description: "Visible to the buyer and to members of the seller organisation; anyone else gets 404.",
      security: [{ session: [] }],
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: {
        "200": { description: "The order", content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } },
        "401": errorResponse("Not signed in"),
        "404": errorResponse("No such order, or not yours"),
      },
    },
  },
};

const fen = { type: "integer", minimum: 0, description: "integer fen (1/100 CNY)" };

export const commerceSchemas: Record<string, unknown> = {
  CheckoutRequest: {
    type: "object",
    additionalProperties: false,
    required: ["items", "recipient", "recipientPhone", "province", "city", "district", "addressDetail", "latestShipDays", "paymentMethod"],
    properties: {
      items: {
        type: "array",
        minItems: 1,
        maxItems: 50,
        items: { type: "object", additionalProperties: false, required: ["variantId", "quantity"], properties: { variantId: { type: "string", format: "uuid" }, quantity: { type: "integer", minimum: 1, maximum: 9999 } } },
      },
      recipient: { type: "string", maxLength: 40 },
      recipientPhone: { type: "string", pattern: "^1[3-9]\\d{9}$" },
      province: { type: "string", maxLength: 20 },
      city: { type: "string", maxLength: 30 },
      district: { type: "string", maxLength: 30 },
      addressDetail: { type: "string", minLength: 4, maxLength: 200 },
      buyerOrgId: { type: "string", format: "uuid", description: "a buyer organisation the caller belongs to" },
      invoiceTitle: { type: "string", maxLength: 80 },
      invoiceTaxId: { type: "string", pattern: "^[0-9A-Z]{15,20}$" },
      invoiceAddress: { type: "string", maxLength: 120 },
      invoiceBank: { type: "string", maxLength: 120 },
      latestShipDays: { type: "integer", enum: [7, 15, 30] },
      paymentMethod: { type: "string", enum: ["bank_transfer", "stripe"] },
      note: { type: "string", maxLength: 200 },
    },
  },
  CheckoutResult: {
    type: "object",
    required: ["checkoutId", "paymentMethod", "totalFen", "orders"],
    properties: {
      checkoutId: { type: "string", format: "uuid" },
      paymentMethod: { type: "string", enum: ["bank_transfer", "stripe"] },
      totalFen: fen,
      paymentUrl: { type: "string", format: "uri" },
      orders: {
        type: "array",
        items: {
          type: "object",
          properties: { id: { type: "string", format: "uuid" }, orderNo: { type: "string", description: "human reference, also the bank-transfer reference" }, sellerOrgId: { type: "string", format: "uuid" }, sellerName: { type: "string" }, status: { type: "string" }, totalFen: fen },
        },
      },
    },
  },
  Order: {
    type: "object",
    properties: {
      id: { type: "string", format: "uuid" },
      orderNo: { type: "string" },
      status: { type: "string", enum: ["pending_payment", "paid", "shipped", "received", "completed", "cancelled", "refund_requested", "refunded"] },
      paymentMethod: { type: "string", enum: ["bank_transfer", "stripe"] },
      subtotalFen: fen,
      shippingFen: fen,
      totalFen: fen,
      refundedFen: fen,
      createdAt: { type: "string", format: "date-time" },
      latestShipDays: { type: "integer" },
      seller: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, bankAccountName: { type: ["string", "null"] }, bankName: { type: ["string", "null"] }, bankAccountNo: { type: ["string", "null"] } } },
      items: { type: "array", items: { type: "object", properties: { productId: { type: "string" }, variantId: { type: "string" }, title: { type: "string" }, variantName: { type: "string" }, unitPriceFen: fen, quantity: { type: "integer" }, lineTotalFen: fen, certified: { type: "boolean" } } } },
      events: { type: "array", items: { type: "object", properties: { fromStatus: { type: ["string", "null"] }, toStatus: { type: "string" }, note: { type: ["string", "null"] }, createdAt: { type: "string", format: "date-time" } } } },
      shipment: { type: ["object", "null"], properties: { carrier: { type: "string" }, trackingNo: { type: "string" } } },
    },
  },
};
