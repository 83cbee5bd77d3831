import type { Messages } from "@/lib/i18n/en";
import { EmptyRow, Table, Th } from "../ui/table";
import { DeliveryRow } from "./delivery-row";
import type { Delivery } from "./delivery-types";

/** Notify deliveries with their attempts; `readOnly` for an admin looking at someone else's. */
export function DeliveryTable({ deliveries, empty, readOnly = false, t }: { deliveries: Delivery[]; empty: string; readOnly?: boolean; t: Messages }) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t.hooks.created}</Th>
          <Th>{t.hooks.taskId}</Th>
          <Th>{t.hooks.url}</Th>
          <Th>{t.hooks.status}</Th>
          <Th className="text-right">{t.hooks.attempts}</Th>
          <Th className="text-right">{t.common.actions}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-neutral-100">
        {deliveries.length === 0 ? <EmptyRow colSpan={6}>{empty}</EmptyRow> : null}
        {deliveries.map((delivery) => <DeliveryRow key={delivery.id} delivery={delivery} readOnly={readOnly} />)}
      </tbody>
    </Table>
  );
}
