"use client";

import { useActionState, useRef, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { FormState } from "@/components/orders/form-state";

export interface CheckoutLabels {
  addressSection: string;
  recipient: string;
  recipientPhone: string;
  province: string;
  city: string;
  district: string;
  addressDetail: string;
  orgSection: string;
  buyerOrg: string;
  personal: string;
  invoiceSection: string;
  invoiceTitle: string;
  invoiceTaxId: string;
  invoiceAddress: string;
  invoiceBank: string;
  shipSection: string;
  shipDays: Record<"7" | "15" | "30", string>;
  paymentSection: string;
  bankTransfer: string;
  stripe: string;
  note: string;
  placeOrder: string;
}

type Invoice = { title: string; taxId: string; address?: string; bank?: string };
const INVOICE_FIELDS = { invoiceTitle: "title", invoiceTaxId: "taxId", invoiceAddress: "address", invoiceBank: "bank" } as const;
const invoiceValue = (invoice: Invoice | null | undefined, field: keyof typeof INVOICE_FIELDS) => invoice?.[INVOICE_FIELDS[field]] ?? "";

/**
 * `orgs`: the buying organisations the buyer purchases for, each with the invoice its last order carried. One such
 * organisation is chosen by default (its purchasers buy for it: a union's order placed as personal counts toward no
 * target), with its invoice filled in; choosing another fills in that one's, but never over what the buyer typed.
 */
export function CheckoutForm({ action, labels, orgs, stripeEnabled }: { action: (s: FormState, f: FormData) => Promise<FormState>; labels: CheckoutLabels; orgs: { id: string; name: string; invoice: Invoice | null }[]; stripeEnabled: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.values ?? {};
  const defaultOrg = orgs.length === 1 ? orgs[0]! : undefined;
  const chosenOrg = useRef(v.buyerOrgId ?? defaultOrg?.id ?? "");
  const invoiceOf = (orgId: string) => orgs.find((o) => o.id === orgId)?.invoice;
  // Before an answer, the default organisation's invoice; after one, what was sent.
  const invoiceDefault = (field: keyof typeof INVOICE_FIELDS) => (state.values ? (v[field] ?? "") : invoiceValue(defaultOrg?.invoice, field));
  const onOrgChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const form = event.currentTarget.form;
    const before = invoiceOf(chosenOrg.current);
    chosenOrg.current = event.currentTarget.value;
    const after = invoiceOf(chosenOrg.current);
    for (const field of Object.keys(INVOICE_FIELDS) as (keyof typeof INVOICE_FIELDS)[]) {
      const input = form?.elements.namedItem(field);
      if (input instanceof HTMLInputElement && input.value === invoiceValue(before, field)) input.value = invoiceValue(after, field);
    }
  };
  const fe = state.fieldErrors ?? {};
  const ship = v.latestShipDays ?? "15";
  const pay = v.paymentMethod ?? "bank_transfer";
  const fieldLabels: Record<string, string> = {
    recipient: labels.recipient,
    recipientPhone: labels.recipientPhone,
    province: labels.province,
    city: labels.city,
    district: labels.district,
    addressDetail: labels.addressDetail,
    buyerOrgId: labels.buyerOrg,
    invoiceTitle: labels.invoiceTitle,
    invoiceTaxId: labels.invoiceTaxId,
    invoiceAddress: labels.invoiceAddress,
    invoiceBank: labels.invoiceBank,
    latestShipDays: labels.shipSection,
    paymentMethod: labels.paymentSection,
    note: labels.note,
  };
  return (
    <form action={formAction} noValidate className="grid gap-2">
      <FormMessage message={state.error} fieldErrors={state.fieldErrors} labels={fieldLabels} answer={state} />
      <fieldset className="rounded-xl border border-stone-200 bg-white px-gutter py-4">
        <legend className="px-1 text-lg font-bold">{labels.addressSection}</legend>
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField label={labels.recipient} name="recipient" autoComplete="name" required defaultValue={v.recipient} errors={fe.recipient} />
          <TextField label={labels.recipientPhone} name="recipientPhone" type="tel" inputMode="numeric" autoComplete="tel" required defaultValue={v.recipientPhone} errors={fe.recipientPhone} />
          <TextField label={labels.province} name="province" autoComplete="address-level1" required defaultValue={v.province ?? "山东省"} errors={fe.province} />
          <TextField label={labels.city} name="city" autoComplete="address-level2" required defaultValue={v.city ?? "济南市"} errors={fe.city} />
          <TextField label={labels.district} name="district" autoComplete="address-level3" required defaultValue={v.district} errors={fe.district} />
        </div>
        <TextField label={labels.addressDetail} name="addressDetail" autoComplete="street-address" required defaultValue={v.addressDetail} errors={fe.addressDetail} />
      </fieldset>
      {orgs.length ? (
        <fieldset className="rounded-xl border border-stone-200 bg-white px-gutter py-4">
          <legend className="px-1 text-lg font-bold">{labels.orgSection}</legend>
          <SelectField label={labels.buyerOrg} name="buyerOrgId" defaultValue={v.buyerOrgId ?? defaultOrg?.id ?? ""} onChange={onOrgChange} errors={fe.buyerOrgId}>
            <option value="">{labels.personal}</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </fieldset>
      ) : null}
      <fieldset className="rounded-xl border border-stone-200 bg-white px-gutter py-4">
        <legend className="px-1 text-lg font-bold">{labels.invoiceSection}</legend>
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField label={labels.invoiceTitle} name="invoiceTitle" defaultValue={invoiceDefault("invoiceTitle")} errors={fe.invoiceTitle} />
          <TextField label={labels.invoiceTaxId} name="invoiceTaxId" defaultValue={invoiceDefault("invoiceTaxId")} errors={fe.invoiceTaxId} />
          <TextField label={labels.invoiceAddress} name="invoiceAddress" defaultValue={invoiceDefault("invoiceAddress")} errors={fe.invoiceAddress} />
          <TextField label={labels.invoiceBank} name="invoiceBank" defaultValue={invoiceDefault("invoiceBank")} errors={fe.invoiceBank} />
        </div>
      </fieldset>
      <fieldset id="latestShipDays" className="rounded-xl border border-stone-200 bg-white px-gutter py-4" aria-describedby="latestShipDays-error">
        <legend className="px-1 text-lg font-bold">{labels.shipSection}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {(["7", "15", "30"] as const).map((d) => (
            <label key={d} className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3">
              <input type="radio" name="latestShipDays" value={d} defaultChecked={ship === d} className="h-5 w-5 shrink-0 accent-brocade-600" />
              {labels.shipDays[d]}
            </label>
          ))}
        </div>
        <div id="latestShipDays-error" aria-live="polite" className="text-sm text-brocade-700">
          {fe.latestShipDays?.join(" ")}
        </div>
      </fieldset>
      <fieldset id="paymentMethod" className="rounded-xl border border-stone-200 bg-white px-gutter py-4" aria-describedby="paymentMethod-error">
        <legend className="px-1 text-lg font-bold">{labels.paymentSection}</legend>
        <div className="grid gap-2">
          <label className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 py-2">
            <input type="radio" name="paymentMethod" value="bank_transfer" defaultChecked={pay === "bank_transfer"} className="h-5 w-5 shrink-0 accent-brocade-600" />
            {labels.bankTransfer}
          </label>
          {stripeEnabled ? (
            <label className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3 py-2">
              <input type="radio" name="paymentMethod" value="stripe" defaultChecked={pay === "stripe"} className="h-5 w-5 shrink-0 accent-brocade-600" />
              {labels.stripe}
            </label>
          ) : null}
        </div>
        <div id="paymentMethod-error" aria-live="polite" className="text-sm text-brocade-700">
          {fe.paymentMethod?.join(" ")}
        </div>
      </fieldset>
      <TextAreaField label={labels.note} name="note" maxLength={200} defaultValue={v.note} errors={fe.note} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {labels.placeOrder}
      </Button>
    </form>
  );
}
