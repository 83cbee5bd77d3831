// npm run demo: the product plus a midjourney-proxy simulator registered as a channel,
// so a job goes from submit to image without a Midjourney account.
import { buildIfNeeded, prepareDatabase, prepareEnv, serve } from "./boot";
import { startSimulator } from "../tools/mj-simulator/server";

process.env.ADMIN_USERNAME ||= "admin";
process.env.ADMIN_PASSWORD ||= "admin-demo-password";
prepareEnv();
await prepareDatabase();

const simulatorPort = Number(process.env.SIMULATOR_PORT || 8081);
const simulator = await startSimulator({ port: simulatorPort, secret: "demo-secret", stepMs: 1500 });
const { getDb } = await import("../lib/db");
const { createChannel, updateChannel } = await import("../lib/channels/channels");
const existing = await getDb().channel.findFirst({ where: { name: "Demo simulator" }, select: { id: true } });
const channel = { name: "Demo simulator", type: 5, baseUrl: simulator.url, key: "demo-secret", group: "default,vip,svip", models: "", status: 1 };
if (existing) await updateChannel(existing.id, channel);
else await createChannel(channel);
console.log(`[demo] simulator on ${simulator.url}, registered as channel "Demo simulator"`);
console.log(`[demo] sign in at http://localhost:${process.env.PORT || 3000} as ${process.env.ADMIN_USERNAME} / ${process.env.ADMIN_PASSWORD}`);

buildIfNeeded();
const code = await serve();
await simulator.close();
process.exit(code);
