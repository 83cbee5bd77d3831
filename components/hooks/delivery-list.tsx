"use client";
import { useState, type FormEvent } from "react";
import useSWR from "swr";
import { useI18n } from "@/lib/i18n/client";
import { fill } from "@/lib/i18n/format";
import { fetchData } from "../api-client";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { FormError } from "../ui/form-error";
import { Field, Input } from "../ui/input";
import { EmptyRow, Table, Th } from "../ui/table";
import { DeliveryRow } from "./delivery-row";
import type { DeliveryPage } from "./delivery-types";

const PAGE_SIZE = 20;

/** The caller's deliveries, re-read every 5 s while one on the page is still pending. */
export function DeliveryList() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [mjId, setMjId] = useState("");
  const query = new URLSearchParams({ p: String(page), page_size: String(PAGE_SIZE), ...(mjId ? { mj_id: mjId } : {}) });
  const { data, error, mutate } = useSWR(`/api/notify/self?${query}`, (url: string) => fetchData<DeliveryPage>(url), {
    refreshInterval: (latest) => (latest?.items.some((delivery) => delivery.status === "pending") ? 5000 : 0),
  });
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMjId(String(new FormData(event.currentTarget).get("mj_id") ?? "").trim());
    setPage(1);
  }

  return (
    <Card title={t.hooks.deliveriesTitle} description={t.hooks.deliveriesBody}>
      <div className="space-y-4">
        <form onSubmit={filter} className="flex flex-wrap items-end gap-3">
          <Field id="delivery-mj-id" label={t.hooks.taskId} className="w-full sm:w-56">
            <Input id="delivery-mj-id" name="mj_id" autoComplete="off" />
          </Field>
          <Button type="submit" variant="secondary">{t.common.filter}</Button>
        </form>
        <FormError message={error ? error.message || t.common.requestFailed : ""} />
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
            {data && data.items.length === 0 ? <EmptyRow colSpan={6}>{t.hooks.empty}</EmptyRow> : null}
            {data?.items.map((delivery) => <DeliveryRow key={delivery.id} delivery={delivery} onChange={() => mutate()} />)}
          </tbody>
        </Table>
        {data ? (
          <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 text-sm text-neutral-500">
            <p>{fill(t.common.pageOf, { page, pages, total: data.total })}</p>
            <div className="flex gap-2">
              <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t.common.previous}</Button>
              <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t.common.next}</Button>
            </div>
          </nav>
        ) : null}
      </div>
    </Card>
  );
}
