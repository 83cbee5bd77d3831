import Form from "next/form";
import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { AutoRefresh } from "../auto-refresh";
import { Pagination, pageHref } from "../pagination";
import { Button, buttonClass } from "../ui/button";
import { Card } from "../ui/card";
import { Field, Input } from "../ui/input";
import { DeliveryTable } from "./delivery-table";
import type { Delivery } from "./delivery-types";

export const DELIVERY_PAGE_SIZE = 20;

interface Props {
  deliveries: Delivery[];
  total: number;
  page: number;
  mjId: string;
  t: Messages;
}

/** The caller's deliveries as the page loaded them; the page re-renders every 5 s while one is pending. */
export function DeliveryList({ deliveries, total, page, mjId, t }: Props) {
  const pending = deliveries.some((delivery) => delivery.status === "pending");
  return (
    <Card id="deliveries" title={t.hooks.deliveriesTitle} description={t.hooks.deliveriesBody} actions={<AutoRefresh intervalMs={pending ? 5000 : 0} />}>
      <div className="space-y-4">
        <Form key={mjId} action="/hooks" className="flex flex-wrap items-end gap-3">
          <Field id="delivery-mj-id" label={t.hooks.taskId} className="w-full sm:w-56">
            <Input id="delivery-mj-id" name="mj_id" defaultValue={mjId} autoComplete="off" />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="secondary">{t.common.filter}</Button>
            {mjId ? <Link href="/hooks" className={buttonClass("ghost")}>{t.common.reset}</Link> : null}
          </div>
        </Form>
        <DeliveryTable deliveries={deliveries} empty={t.hooks.empty} t={t} />
        <Pagination page={page} pageSize={DELIVERY_PAGE_SIZE} total={total} href={(target) => pageHref("/hooks", { mj_id: mjId || undefined }, target)} />
      </div>
    </Card>
  );
}
