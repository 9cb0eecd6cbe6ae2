/**
 * The one pg-core schema of XiangJi. Money is integer fen (bigint-free: int4 holds ¥21M per row,
 * order totals use bigint mode "number"). Timestamps are timestamptz.
 * This module imports nothing of ours.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

// ───────────────────────── users and roles ─────────────────────────

export const roleEnum = pgEnum("role", ["buyer", "producer", "employer", "seeker", "admin"]);
export const userStatusEnum = pgEnum("user_status", ["active", "disabled"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: varchar("email", { length: 254 }),
    phone: varchar("phone", { length: 20 }),
    name: varchar("name", { length: 60 }).notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: roleEnum("roles").array().notNull().default(sql`'{}'::role[]`),
    status: userStatusEnum("status").notNull().default("active"),
    locale: varchar("locale", { length: 10 }).notNull().default("zh-CN"),
    // Raised when the password changes: a session token carries the version it was issued under (claim "sv"), and one
    // with an older version is refused (lib/auth/session.ts), so a password change signs out every other device.
    sessionVersion: integer("session_version").notNull().default(0),
    // Set by an office reset (lib/admin/users.ts): the temporary password was told to the person by someone else, so
    // their pages send them to 修改密码 first (lib/auth/guard.ts) until they choose their own.
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_uq").on(sql`lower(${t.email})`),
    uniqueIndex("users_phone_uq").on(t.phone),
    check("users_has_login", sql`${t.email} is not null or ${t.phone} is not null`),
  ],
);

/** Fixed-window counters for sign-in throttling, keyed by "acct:<id>" or "ip:<addr>". */
export const authThrottle = pgTable("auth_throttle", {
  key: varchar("key", { length: 300 }).primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  failures: integer("failures").notNull().default(0),
});

// ───────────────────────── regions ─────────────────────────

export const regionKindEnum = pgEnum("region_kind", ["xiangxi_county", "jinan_district"]);

export const regions = pgTable("regions", {
  code: varchar("code", { length: 12 }).primaryKey(), // GB/T 2260 code, e.g. 433124 花垣县
  name: varchar("name", { length: 30 }).notNull(),
  nameEn: varchar("name_en", { length: 40 }).notNull(),
  kind: regionKindEnum("kind").notNull(),
  sort: smallint("sort").notNull().default(0),
});

/** 结对帮扶: a Jinan district paired with a Xiangxi county. Data an administrator maintains. */
export const regionPairings = pgTable(
  "region_pairings",
  {
    jinanCode: varchar("jinan_code", { length: 12 })
      .notNull()
      .references(() => regions.code),
    xiangxiCode: varchar("xiangxi_code", { length: 12 })
      .notNull()
      .references(() => regions.code),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.jinanCode, t.xiangxiCode] })],
);

// ───────────────────────── organisations ─────────────────────────

/** producer: sells goods · workshop (扶贫车间): sells and hires · buyer: institutional buyer · employer: hires */
export const orgTypeEnum = pgEnum("org_type", ["producer", "workshop", "buyer", "employer"]);
export const orgKindEnum = pgEnum("org_kind", [
  "cooperative",
  "family_farm",
  "enterprise",
  "workshop_factory",
  "workshop_home",
  "workshop_base",
  "company",
  "trade_union",
  "budget_unit",
  "jinan_employer",
]);
export const verificationEnum = pgEnum("verification_state", ["unverified", "pending", "verified", "rejected"]);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: orgTypeEnum("type").notNull(),
    kind: orgKindEnum("kind").notNull(),
    name: varchar("name", { length: 80 }).notNull(),
    regionCode: varchar("region_code", { length: 12 })
      .notNull()
      .references(() => regions.code),
    township: varchar("township", { length: 40 }),
    story: text("story").notNull().default(""),
    householdsSupported: integer("households_supported").notNull().default(0), // 带贫户数
    workshopRecognitionNo: varchar("workshop_recognition_no", { length: 60 }),
    contactPhone: varchar("contact_phone", { length: 20 }),
    // 对公账户 shown to buyers paying by bank transfer
    bankAccountName: varchar("bank_account_name", { length: 80 }),
    bankName: varchar("bank_name", { length: 80 }),
    bankAccountNo: varchar("bank_account_no", { length: 40 }),
    verification: verificationEnum("verification").notNull().default("unverified"),
    verificationNote: text("verification_note"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    annualTargetFen: bigint("annual_target_fen", { mode: "number" }), // buyer orgs: purchasing target
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("organizations_type_idx").on(t.type, t.verification), index("organizations_region_idx").on(t.regionCode)],
);

export const memberRoleEnum = pgEnum("member_role", ["owner", "staff"]);

export const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role").notNull().default("staff"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] }), index("memberships_org_idx").on(t.orgId)],
);

export const purchaseTargets = pgTable(
  "purchase_targets",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    targetFen: bigint("target_fen", { mode: "number" }).notNull(),
    setBy: uuid("set_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] }), check("purchase_targets_positive", sql`${t.targetFen} >= 0`)],
);

// ───────────────────────── products ─────────────────────────

export const productCategoryEnum = pgEnum("product_category", [
  "fruit",
  "tea",
  "grain_oil",
  "meat_poultry",
  "vegetable",
  "specialty",
  "craft",
]);
export const productStatusEnum = pgEnum("product_status", ["draft", "on_sale", "paused"]);

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id),
    title: varchar("title", { length: 80 }).notNull(),
    description: text("description").notNull().default(""),
    category: productCategoryEnum("category").notNull(),
    originCode: varchar("origin_code", { length: 12 })
      .notNull()
      .references(() => regions.code),
    status: productStatusEnum("status").notNull().default("draft"),
    shipFrom: date("ship_from"), // first ship date (pre-sale before it)
    presaleUntil: date("presale_until"),
    seasonMonths: smallint("season_months").array(), // 1..12, "in season" months
    certificationNo: varchar("certification_no", { length: 60 }),
    certificationCounty: varchar("certification_county", { length: 12 }).references(() => regions.code),
    certificationBatch: varchar("certification_batch", { length: 40 }),
    certifiedUntil: date("certified_until"),
    hiddenReason: text("hidden_reason"), // set by the office: hidden listings are not on sale
    minPriceFen: integer("min_price_fen").notNull().default(0), // denormalised for sorting, kept by lib/catalog
    salesCount: integer("sales_count").notNull().default(0),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("products_org_idx").on(t.orgId),
    index("products_listing_idx").on(t.status, t.category, t.originCode),
    index("products_title_trgm").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

export const productVariants = pgTable(
  "product_variants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    name: varchar("name", { length: 40 }).notNull(), // 5斤装
    priceFen: integer("price_fen").notNull(),
    /** Units available to sell. Invariant: initial + restocked = stock + reserved + sold. */
    stock: integer("stock").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    sold: integer("sold").notNull().default(0),
    sort: smallint("sort").notNull().default(0),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    index("product_variants_product_idx").on(t.productId),
    check("variant_price_positive", sql`${t.priceFen} > 0`),
    check("variant_stock_nonneg", sql`${t.stock} >= 0 and ${t.reserved} >= 0 and ${t.sold} >= 0`),
  ],
);

/** Bulk price tiers: from `minQty` units, each unit costs `priceFen`. */
export const priceTiers = pgTable(
  "price_tiers",
  {
    variantId: uuid("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    minQty: integer("min_qty").notNull(),
    priceFen: integer("price_fen").notNull(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.minQty] }), check("tier_valid", sql`${t.minQty} > 1 and ${t.priceFen} > 0`)],
);

export const productImages = pgTable(
  "product_images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    storageKey: varchar("storage_key", { length: 200 }).notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    sort: smallint("sort").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("product_images_product_idx").on(t.productId)],
);

// ───────────────────────── carts ─────────────────────────

export const cartItems = pgTable(
  "cart_items",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.variantId] }), check("cart_qty", sql`${t.quantity} between 1 and 9999`)],
);

// ───────────────────────── orders ─────────────────────────

export const orderStatusEnum = pgEnum("order_status", [
  "pending_payment",
  "paid",
  "shipped",
  "received",
  "completed",
  "cancelled",
  "refund_requested",
  "refunded",
]);
export const paymentMethodEnum = pgEnum("payment_method", ["bank_transfer", "stripe"]);

/** One checkout creates one checkout group and one order per producer organisation. */
export const checkouts = pgTable("checkouts", {
  id: uuid("id").primaryKey().defaultRandom(),
  buyerId: uuid("buyer_id")
    .notNull()
    .references(() => users.id),
  paymentMethod: paymentMethodEnum("payment_method").notNull(),
  totalFen: bigint("total_fen", { mode: "number" }).notNull(),
  stripeSessionId: varchar("stripe_session_id", { length: 255 }),
  createdAt: createdAt(),
});

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderNo: varchar("order_no", { length: 24 }).notNull(), // human reference, also the bank-transfer reference
    checkoutId: uuid("checkout_id").references(() => checkouts.id),
    buyerId: uuid("buyer_id")
      .notNull()
      .references(() => users.id),
    buyerOrgId: uuid("buyer_org_id").references(() => organizations.id),
    sellerOrgId: uuid("seller_org_id")
      .notNull()
      .references(() => organizations.id),
    status: orderStatusEnum("status").notNull().default("pending_payment"),
    paymentMethod: paymentMethodEnum("payment_method").notNull(),
    subtotalFen: bigint("subtotal_fen", { mode: "number" }).notNull(),
    shippingFen: integer("shipping_fen").notNull().default(0),
    totalFen: bigint("total_fen", { mode: "number" }).notNull(),
    refundedFen: bigint("refunded_fen", { mode: "number" }).notNull().default(0),
    // address snapshot
    recipient: varchar("recipient", { length: 40 }).notNull(),
    recipientPhone: varchar("recipient_phone", { length: 20 }).notNull(),
    province: varchar("province", { length: 20 }).notNull(),
    city: varchar("city", { length: 30 }).notNull(),
    district: varchar("district", { length: 30 }).notNull(),
    addressDetail: varchar("address_detail", { length: 200 }).notNull(),
    buyerDistrictCode: varchar("buyer_district_code", { length: 12 }).references(() => regions.code),
    invoice: jsonb("invoice").$type<{ title: string; taxId: string; address?: string; bank?: string } | null>(),
    latestShipDays: smallint("latest_ship_days").notNull().default(15),
    note: varchar("note", { length: 200 }),
    reservationExpiresAt: timestamp("reservation_expires_at", { withTimezone: true }),
    stockReleased: boolean("stock_released").notNull().default(false), // released exactly once
    paidAt: timestamp("paid_at", { withTimezone: true }),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    refundReason: text("refund_reason"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("orders_order_no_uq").on(t.orderNo),
    index("orders_buyer_idx").on(t.buyerId, t.createdAt),
    index("orders_seller_idx").on(t.sellerOrgId, t.status, t.createdAt),
    index("orders_paid_at_idx").on(t.paidAt),
    index("orders_expiry_idx").on(t.reservationExpiresAt).where(sql`${t.status} = 'pending_payment'`),
    check("orders_amounts", sql`${t.totalFen} >= 0 and ${t.refundedFen} >= 0 and ${t.refundedFen} <= ${t.totalFen}`),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => productVariants.id),
    titleSnapshot: varchar("title_snapshot", { length: 80 }).notNull(),
    variantSnapshot: varchar("variant_snapshot", { length: 40 }).notNull(),
    unitPriceFen: integer("unit_price_fen").notNull(),
    quantity: integer("quantity").notNull(),
    lineTotalFen: bigint("line_total_fen", { mode: "number" }).notNull(),
    certified: boolean("certified").notNull().default(false), // certification at time of sale
    category: productCategoryEnum("category").notNull(),
    originCode: varchar("origin_code", { length: 12 }).notNull(),
  },
  (t) => [
    index("order_items_order_idx").on(t.orderId),
    index("order_items_product_idx").on(t.productId),
    check("order_items_qty", sql`${t.quantity} > 0`),
  ],
);

export const orderEvents = pgTable(
  "order_events",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatusEnum("from_status"),
    toStatus: orderStatusEnum("to_status").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId)],
);

export const paymentStatusEnum = pgEnum("payment_status", ["pending", "succeeded", "failed", "refunded"]);

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkoutId: uuid("checkout_id")
      .notNull()
      .references(() => checkouts.id),
    provider: paymentMethodEnum("provider").notNull(),
    providerRef: varchar("provider_ref", { length: 255 }), // Stripe payment_intent or bank reference
    amountFen: bigint("amount_fen", { mode: "number" }).notNull(),
    currency: varchar("currency", { length: 3 }).notNull().default("cny"),
    status: paymentStatusEnum("status").notNull().default("pending"),
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("payments_checkout_idx").on(t.checkoutId)],
);

/** Each provider event id is processed once (webhook idempotency). */
export const processedPaymentEvents = pgTable("processed_payment_events", {
  eventId: varchar("event_id", { length: 255 }).primaryKey(),
  type: varchar("type", { length: 80 }).notNull(),
  processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
});

export const shipments = pgTable(
  "shipments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    carrier: varchar("carrier", { length: 40 }).notNull(),
    trackingNo: varchar("tracking_no", { length: 60 }).notNull(),
    shippedBy: uuid("shipped_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("shipments_order_uq").on(t.orderId)],
);

export const reviews = pgTable(
  "reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    rating: smallint("rating").notNull(),
    body: varchar("body", { length: 1000 }).notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("reviews_order_product_uq").on(t.orderId, t.productId),
    index("reviews_product_idx").on(t.productId, t.createdAt),
    check("reviews_rating", sql`${t.rating} between 1 and 5`),
  ],
);

// ───────────────────────── employment ─────────────────────────

export const jobKindEnum = pgEnum("job_kind", ["workshop_near_home", "home_based", "transfer_jinan"]);
export const jobStatusEnum = pgEnum("job_status", ["draft", "open", "closed", "filled"]);
export const payTypeEnum = pgEnum("pay_type", ["monthly", "piece_rate"]);

export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id),
    title: varchar("title", { length: 80 }).notNull(),
    description: text("description").notNull().default(""),
    kind: jobKindEnum("kind").notNull(),
    regionCode: varchar("region_code", { length: 12 })
      .notNull()
      .references(() => regions.code),
    place: varchar("place", { length: 100 }).notNull(),
    payType: payTypeEnum("pay_type").notNull().default("monthly"),
    payMinFen: integer("pay_min_fen").notNull(),
    payMaxFen: integer("pay_max_fen").notNull(),
    pieceUnit: varchar("piece_unit", { length: 20 }), // 件 / 幅
    headcount: integer("headcount").notNull().default(1),
    hours: varchar("hours", { length: 60 }).notNull().default(""),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    benefits: text("benefits").array().notNull().default(sql`'{}'::text[]`), // housing meals transport training
    priorityPoor: boolean("priority_poor").notNull().default(false),
    closesOn: date("closes_on"),
    status: jobStatusEnum("status").notNull().default("draft"),
    hiddenReason: text("hidden_reason"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("jobs_org_idx").on(t.orgId),
    index("jobs_board_idx").on(t.status, t.kind, t.regionCode),
    index("jobs_title_trgm").using("gin", sql`${t.title} gin_trgm_ops`),
    check("jobs_pay_range", sql`${t.payMinFen} > 0 and ${t.payMaxFen} >= ${t.payMinFen}`),
  ],
);

export const workPreferenceEnum = pgEnum("work_preference", ["near_home", "willing_jinan", "either"]);

export const seekerProfiles = pgTable("seeker_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  fullName: varchar("full_name", { length: 40 }).notNull(),
  countyCode: varchar("county_code", { length: 12 })
    .notNull()
    .references(() => regions.code),
  township: varchar("township", { length: 40 }).notNull().default(""),
  /** AES-256-GCM ciphertext (lib/crypto); never selected into pages except for entitled employers. */
  phoneEnc: text("phone_enc").notNull(),
  phoneLast4: varchar("phone_last4", { length: 4 }).notNull(),
  idNumberEnc: text("id_number_enc"),
  idNumberLast4: varchar("id_number_last4", { length: 4 }),
  skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
  certificates: text("certificates").array().notNull().default(sql`'{}'::text[]`),
  preference: workPreferenceEnum("preference").notNull().default("either"),
  expectedPayFen: integer("expected_pay_fen"),
  availableFrom: date("available_from"),
  poorLabourer: boolean("poor_labourer").notNull().default(false), // self-declared 建档立卡
  poorLabourerVerified: boolean("poor_labourer_verified").notNull().default(false),
  intro: varchar("intro", { length: 500 }).notNull().default(""),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const applicationStatusEnum = pgEnum("application_status", [
  "submitted",
  "viewed",
  "interview",
  "offered",
  "hired",
  "rejected",
  "withdrawn",
]);

export const jobApplications = pgTable(
  "job_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id),
    seekerId: uuid("seeker_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    message: varchar("message", { length: 500 }).notNull().default(""),
    status: applicationStatusEnum("status").notNull().default("submitted"),
    employerNote: text("employer_note"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("job_applications_once_uq").on(t.jobId, t.seekerId),
    index("job_applications_seeker_idx").on(t.seekerId),
  ],
);

export const applicationEvents = pgTable(
  "application_events",
  {
    id: serial("id").primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => jobApplications.id, { onDelete: "cascade" }),
    fromStatus: applicationStatusEnum("from_status"),
    toStatus: applicationStatusEnum("to_status").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("application_events_app_idx").on(t.applicationId)],
);

export const hires = pgTable(
  "hires",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => jobApplications.id),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id),
    seekerId: uuid("seeker_id").references(() => users.id, { onDelete: "set null" }),
    // snapshot for impact statistics, kept when a seeker deletes their data
    seekerCountyCode: varchar("seeker_county_code", { length: 12 }).notNull(),
    poorLabourer: boolean("poor_labourer").notNull().default(false),
    kind: jobKindEnum("kind").notNull(),
    startDate: date("start_date").notNull(),
    place: varchar("place", { length: 100 }).notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("hires_application_uq").on(t.applicationId), index("hires_start_idx").on(t.startDate)],
);

/** Retention check-ins at 3 and 6 months: the basis of subsidies. */
export const retentionCheckins = pgTable(
  "retention_checkins",
  {
    hireId: uuid("hire_id")
      .notNull()
      .references(() => hires.id, { onDelete: "cascade" }),
    month: smallint("month").notNull(), // 3 or 6
    dueOn: date("due_on").notNull(),
    employerConfirmed: boolean("employer_confirmed"),
    seekerConfirmed: boolean("seeker_confirmed"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.hireId, t.month] })],
);

// ───────────────────────── cross-cutting ─────────────────────────

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: varchar("kind", { length: 40 }).notNull(),
    title: varchar("title", { length: 120 }).notNull(),
    body: text("body").notNull().default(""),
    href: varchar("href", { length: 200 }),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
    // The e-mail copy's outbox state, on the notification itself rather than in a table of its own: a copy is
    // one-to-one with its notification and rendered from it (title, body, link; the address is read at send
    // time), so the same INSERT that writes the in-app row records the e-mail as owed, in the caller's
    // transaction: a rollback leaves nothing to send, a commit cannot lose it. 'none': no copy (in-app only,
    // or no address); 'pending' → 'sending' (claimed by one sender) → 'sent', or back to 'pending' with a
    // later email_next_at after a failure, 'failed' after the last attempt. See lib/notifications/notify.ts.
    emailStatus: varchar("email_status", { length: 10 }).notNull().default("none"),
    emailAttempts: smallint("email_attempts").notNull().default(0),
    emailNextAt: timestamp("email_next_at", { withTimezone: true }),
    emailClaimedAt: timestamp("email_claimed_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    check("notifications_email_status", sql`${t.emailStatus} in ('none', 'pending', 'sending', 'sent', 'failed')`),
    // Only the few copies still owed are indexed: the sweep finds them without reading the inbox history.
    index("notifications_email_due_idx").on(t.emailNextAt).where(sql`email_status in ('pending', 'sending')`),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    action: varchar("action", { length: 60 }).notNull(),
    entity: varchar("entity", { length: 40 }).notNull(),
    entityId: varchar("entity_id", { length: 64 }).notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_entity_idx").on(t.entity, t.entityId)],
);

/**
 * Certificate-expiry reminders already sent: one row per product, threshold (90/30/7 days) and expiry date,
 * so a reminder goes out once per product per threshold, and a renewed certificate re-arms them.
 */
export const certificateReminders = pgTable(
  "certificate_reminders",
  {
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    thresholdDays: smallint("threshold_days").notNull(),
    certifiedUntil: date("certified_until").notNull(),
    sentBy: uuid("sent_by").references(() => users.id),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.thresholdDays, t.certifiedUntil] })],
);
