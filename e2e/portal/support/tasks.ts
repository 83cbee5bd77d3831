// A finished task made through the public relay, as an API client would.
import { expect, type APIRequestContext } from "@playwright/test";
import { SAME_ORIGIN } from "./same-origin";

export async function createFinishedTask(request: APIRequestContext, prompt: string): Promise<string> {
  const created = (await (await request.post("/api/token", { headers: SAME_ORIGIN, data: { name: "e2e relay client", unlimited_quota: true } })).json()) as { success: boolean; message: string; data: { id: number } };
  expect(created.success, created.message).toBe(true);
  const revealed = (await (await request.post(`/api/token/${created.data.id}/key`, { headers: SAME_ORIGIN })).json()) as { data: { key: string } };
  const headers = { Authorization: `Bearer ${revealed.data.key}` };
  const submitted = (await (await request.post("/mj/submit/imagine", { headers, data: { prompt } })).json()) as { code: number; description: string; result: string };
  expect(submitted.code, submitted.description).toBe(1);
  await expect
    .poll(async () => ((await (await request.get(`/mj/task/${submitted.result}/fetch`, { headers })).json()) as { status?: string; description?: string }), { timeout: 30_000 })
    .toMatchObject({ status: "SUCCESS" });
  return submitted.result;
}
