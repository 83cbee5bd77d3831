// The foundation's vertical slice through the real route handlers, the real database and
// real HTTP to the simulator: submit → charge → poll → SUCCESS → fetch and /api/mj/self.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { POST as imagine } from "../../app/mj/submit/imagine/route";
import { GET as fetchTask } from "../../app/mj/task/[id]/fetch/route";
import { GET as mySelfTasks } from "../../app/api/mj/self/route";
import { GET as streamImage } from "../../app/mj/image/[id]/route";
import { pollAllChannels } from "../../lib/jobs/run-cycle";
import { setOption } from "../../lib/options/options";
import { asUser, bearer, callRoute } from "../support/call-route";
import { balances, loggedSpend, makeChannel, makeKey, makeUser, startTestSimulator } from "../support/fixtures";
import { until } from "../support/wait";
import type { Simulator } from "../../tools/mj-simulator/server";

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => sim.close());

describe("imagine, end to end", () => {
  test("charges price × group ratio, polls the task to SUCCESS and shows it in fetch and /api/mj/self", async () => {
    const user = await makeUser({ quota: 1_000_000 });
    const key = await makeKey(user.id);
    await makeChannel(sim);
    await setOption("ServerAddress", "https://mj.example.com/");

    const submit = await callRoute(imagine, { path: "/mj/submit/imagine", headers: { ...bearer(key.key), host: "evil.example" }, body: { prompt: "a red fox", state: "s1" } });
    expect(submit.status).toBe(200);
    expect(submit.body.code).toBe(1);
    const mjId: string = submit.body.result;
    expect(mjId).toMatch(/^\d{16}$/);
    // mj_imagine is $0.1 × ratio 1 × 500,000 = 50,000 quota.
    expect(await balances(user.id)).toMatchObject({ quota: 950_000, used: 50_000 });
    expect(await loggedSpend(user.id)).toBe(50_000);
    expect(sim.tasks.get(mjId)?.prompt).toBe("a red fox");

    const task = await until(
      async () => {
        await pollAllChannels();
        return (await callRoute(fetchTask, { path: `/mj/task/${mjId}/fetch`, headers: bearer(key.key), params: { id: mjId } })).body;
      },
      (t) => t.status === "SUCCESS",
    );
    expect(task).toMatchObject({ id: mjId, action: "IMAGINE", status: "SUCCESS", progress: "100%", prompt: "a red fox", state: "s1" });
    expect(task.buttons.map((b: { label: string }) => b.label)).toEqual(expect.arrayContaining(["U1", "V4"]));
    // On the configured public address, never the Host a client sent.
    expect(task.imageUrl).toMatch(new RegExp(`^https://mj\\.example\\.com/mj/image/${mjId}\\?sig=`));

    const image = await streamImage(new Request(task.imageUrl), { params: Promise.resolve({ id: mjId }) });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await image.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const list = await callRoute(mySelfTasks, { path: "/api/mj/self", headers: asUser(user) });
    expect(list.body.success).toBe(true);
    expect(list.body.data).toMatchObject({ total: 1, page: 1, page_size: 20 });
    expect(list.body.data.items[0]).toMatchObject({ mj_id: mjId, action: "IMAGINE", status: "SUCCESS", progress: "100%", quota: 50_000, fail_reason: "" });
    expect(list.body.data.items[0]).toMatchObject({ user_id: user.id });
  });

  test("a task that fails upstream is refunded exactly once, to the balance and the key", async () => {
    const user = await makeUser({ quota: 200_000 });
    const key = await makeKey(user.id, { unlimitedQuota: false, remainQuota: 100_000 });
    await makeChannel(sim);
    const submit = await callRoute(imagine, { path: "/mj/submit/imagine", headers: { "mj-api-secret": key.key }, body: { prompt: "sim:fail a cat" } });
    expect(submit.body.code).toBe(1);
    expect(await balances(user.id, key.id)).toMatchObject({ quota: 150_000, tokenRemain: 50_000 });

    await until(async () => (await Promise.all([pollAllChannels(), pollAllChannels()]), sim.tasks.get(submit.body.result)?.status), (s) => s === "FAILURE");
    await pollAllChannels();
    await pollAllChannels();
    expect(await balances(user.id, key.id)).toMatchObject({ quota: 200_000, used: 0, tokenRemain: 100_000, tokenUsed: 0 });
    expect(await loggedSpend(user.id)).toBe(0);
    const fetched = await callRoute(fetchTask, { path: "", headers: bearer(key.key), params: { id: submit.body.result } });
    expect(fetched.body).toMatchObject({ status: "FAILURE", failReason: "[Invalid parameter] Invalid value" });
  });

  test("another user's task is never visible", async () => {
    const owner = await makeUser();
    const stranger = await makeUser();
    const ownerKey = await makeKey(owner.id);
    const strangerKey = await makeKey(stranger.id);
    await makeChannel(sim);
    const submit = await callRoute(imagine, { path: "", headers: bearer(ownerKey.key), body: { prompt: "private" } });
    const peek = await callRoute(fetchTask, { path: "", headers: bearer(strangerKey.key), params: { id: submit.body.result } });
    expect(peek.status).toBe(404);
    expect(peek.body).toMatchObject({ code: 4 });
    expect(JSON.stringify(peek.body)).not.toContain("private");
  });
});
