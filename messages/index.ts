/** Message catalogs, one file per namespace and locale; each domain owns its own namespace files. */
import zhCommon from "./zh-CN/common.json";
import zhErrors from "./zh-CN/errors.json";
import zhAuth from "./zh-CN/auth.json";
import zhHome from "./zh-CN/home.json";
import zhCatalog from "./zh-CN/catalog.json";
import zhCart from "./zh-CN/cart.json";
import zhOrders from "./zh-CN/orders.json";
import zhProducer from "./zh-CN/producer.json";
import zhJobs from "./zh-CN/jobs.json";
import zhSeeker from "./zh-CN/seeker.json";
import zhEmployer from "./zh-CN/employer.json";
import zhAdmin from "./zh-CN/admin.json";
import zhImpact from "./zh-CN/impact.json";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import enAuth from "./en/auth.json";
import enHome from "./en/home.json";
import enCatalog from "./en/catalog.json";
import enCart from "./en/cart.json";
import enOrders from "./en/orders.json";
import enProducer from "./en/producer.json";
import enJobs from "./en/jobs.json";
import enSeeker from "./en/seeker.json";
import enEmployer from "./en/employer.json";
import enAdmin from "./en/admin.json";
import enImpact from "./en/impact.json";

export const zhCN = {
  common: zhCommon,
  errors: zhErrors,
  auth: zhAuth,
  home: zhHome,
  catalog: zhCatalog,
  cart: zhCart,
  orders: zhOrders,
  producer: zhProducer,
  jobs: zhJobs,
  seeker: zhSeeker,
  employer: zhEmployer,
  admin: zhAdmin,
  impact: zhImpact,
};

export const en = {
  common: enCommon,
  errors: enErrors,
  auth: enAuth,
  home: enHome,
  catalog: enCatalog,
  cart: enCart,
  orders: enOrders,
  producer: enProducer,
  jobs: enJobs,
  seeker: enSeeker,
  employer: enEmployer,
  admin: enAdmin,
  impact: enImpact,
};
