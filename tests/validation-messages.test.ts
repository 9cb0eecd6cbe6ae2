import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/action";
import { registerInput } from "@/lib/auth/register";
import { productInput } from "@/lib/catalog/editor";
import { checkoutInput } from "@/lib/orders/checkout";
import type { Locale } from "@/lib/i18n/routing";
import { seekerProfileInput } from "@/lib/seekers/profile";
import { parseInput } from "@/lib/validation";

function errorsOf(schema: z.ZodType, raw: unknown, locale: Locale = "zh-CN") {
  const r = parseInput(schema, raw);
  if (r.success) throw new Error("expected a failure");
  return fieldErrorsOf(r.error, locale);
}

const product = { title: "湘西猕猴桃", description: "", category: "", originCode: "", status: "draft", variants: [{ name: "5斤装", price: "59.80", stock: "10", active: true, tiers: [] }] };

describe("validation messages", () => {
  it("an empty required field names what to fill in, once, instead of its length rule", () => {
    const zh = errorsOf(registerInput, { name: "  ", phone: "13812345678", email: "", password: "", passwordConfirm: "", role: "seeker" });
    expect(zh).toEqual({ name: ["请填写姓名"], password: ["请填写密码"], passwordConfirm: ["请填写确认密码"] });
    const en = errorsOf(registerInput, { name: "", phone: "13812345678", email: "", password: "", passwordConfirm: "", role: "seeker" }, "en");
    expect(en).toEqual({ name: ["Please enter your name"], password: ["Please enter a password"], passwordConfirm: ["Please enter the password again"] });
  });

  it("a broken rule is said once per field (the password rule is two checks with one message)", () => {
    const e = errorsOf(registerInput, { name: "张三", phone: "13812345678", email: "", password: "abc", passwordConfirm: "abc", role: "seeker" });
    expect(e).toEqual({ password: ["密码至少 8 位，且同时包含字母和数字"] });
  });

  it("a select left on its placeholder asks to choose, not that the format is wrong", () => {
    expect(errorsOf(productInput, product)).toEqual({ category: ["请选择品类"], originCode: ["请选择产地县市"] });
    expect(errorsOf(productInput, product, "en")).toEqual({ category: ["Please choose a category"], originCode: ["Please choose the county of origin"] });
    expect(errorsOf(productInput, { ...product, category: "fruit", originCode: "433122", title: "", variants: [{ ...product.variants[0], name: "" }] })).toEqual({
      title: ["请填写商品名称"],
      "variants.0.name": ["请填写规格名称"],
    });
    const stock = (v: string) => errorsOf(productInput, { ...product, category: "fruit", originCode: "433122", variants: [{ ...product.variants[0], stock: v }] });
    expect(stock("")).toEqual({ "variants.0.stock": ["请填写库存"] });
    expect(stock("十箱")).toEqual({ "variants.0.stock": ["请输入整数"] });
  });

  it("the seeker profile names its empty fields", () => {
    const e = errorsOf(seekerProfileInput, { fullName: "", countyCode: "", preference: "either" });
    expect(e).toEqual({ fullName: ["请填写姓名"], countyCode: ["请选择县市"] });
    expect(errorsOf(seekerProfileInput, { fullName: "王", countyCode: "433101", preference: "either", phone: "123" })).toEqual({ fullName: ["至少 2 个字符"], phone: ["请输入 11 位手机号"] });
  });

  it("checkout names each address field left empty, and still says what is wrong with one filled in", () => {
    const address = { recipient: "", recipientPhone: "", province: "", city: "", district: "", addressDetail: "", latestShipDays: "15", paymentMethod: "bank_transfer" };
    expect(errorsOf(checkoutInput, address)).toEqual({
      recipient: ["请填写收货人"],
      recipientPhone: ["请填写手机号"],
      province: ["请填写省份"],
      city: ["请填写城市"],
      district: ["请填写区县"],
      addressDetail: ["请填写详细地址"],
    });
    expect(errorsOf(checkoutInput, { ...address, recipient: "张", recipientPhone: "1381234", province: "山东省", city: "济南市", district: "历下区", addressDetail: "路" }, "en")).toEqual({
      recipientPhone: ["Enter an 11-digit mobile number"],
      addressDetail: ["At least 4 characters"],
    });
  });

  it("fields no schema names get a generic message: fill in, or choose one", () => {
    const s = z.strictObject({ a: z.string().trim().min(3), b: z.enum(["x", "y"]), c: z.string() });
    expect(errorsOf(s, { a: "  ", b: "" })).toEqual({ a: ["请填写这一项"], b: ["请选择一项"], c: ["请填写这一项"] });
    expect(errorsOf(s, { a: "ab", b: "z", c: "" }, "en")).toEqual({ a: ["At least 3 characters"], b: ["Please choose one from the list"] });
  });
});
