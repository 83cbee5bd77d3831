import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { renderTaskImage } from "./png.js";
import type { Simulator } from "./server.js";
import type { SimTask, SubmitEnvelope } from "./types.js";

export interface Reply {
  status: number;
  contentType: string | null;
  body: Buffer;
  text: string;
}

export async function call(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const init: RequestInit = { method, headers: { "content-type": "application/json", ...headers } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const res = await fetch(`${sim.url}${path}`, init);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, contentType: res.headers.get("content-type"), body: bytes, text: bytes.toString("utf8") };
}

export async function submit(sim: Simulator, name: string, body: unknown, headers?: Record<string, string>): Promise<SubmitEnvelope> {
  const reply = await call(sim, "POST", `/mj/submit/${name}`, body, headers);
  if (reply.status !== 200) throw new Error(`submit ${name}: HTTP ${reply.status} ${reply.text}`);
  return JSON.parse(reply.text) as SubmitEnvelope;
}

export async function fetchTask(sim: Simulator, id: string): Promise<SimTask | null> {
  const reply = await call(sim, "GET", `/mj/task/${id}/fetch`);
  return reply.text ? (JSON.parse(reply.text) as SimTask) : null;
}

/** Polls over HTTP, recording every task state seen, until the predicate holds. */
export async function waitForTask(
  sim: Simulator,
  id: string,
  until: (task: SimTask) => boolean,
  timeoutMs = 3000,
): Promise<{ task: SimTask; seen: SimTask[] }> {
  const seen: SimTask[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const task = await fetchTask(sim, id);
    if (task) {
      seen.push(task);
      if (until(task)) return { task, seen };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`task ${id} did not reach the expected state; last: ${JSON.stringify(seen.at(-1))}`);
}

export const isDone = (task: SimTask): boolean => task.status === "SUCCESS" || task.status === "FAILURE";

export async function imagineDone(sim: Simulator, prompt: string): Promise<SimTask> {
  const envelope = await submit(sim, "imagine", { prompt });
  if (envelope.code !== 1) throw new Error(`imagine rejected: ${JSON.stringify(envelope)}`);
  return (await waitForTask(sim, String(envelope.result), isDone)).task;
}

export async function actionDone(sim: Simulator, taskId: string, customId: string): Promise<SimTask> {
  const envelope = await submit(sim, "action", { taskId, customId });
  if (envelope.code !== 1) throw new Error(`action rejected: ${JSON.stringify(envelope)}`);
  return (await waitForTask(sim, String(envelope.result), isDone)).task;
}

export function buttonId(task: SimTask, label: string): string {
  const button = task.buttons.find((b) => b.label === label || b.emoji === label);
  if (!button) throw new Error(`no button ${label} on ${task.id}`);
  return button.customId;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const PNG_DATA_URL = `data:image/png;base64,${renderTaskImage("reference", 100, 8).toString("base64")}`;

/** Polls until the check passes (it throws until then); the last error is rethrown at the deadline. */
export async function eventually<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface Hit {
  method: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  hits: Hit[];
  /** Answers 200 to every request held so far. */
  release(): void;
  close(): Promise<void>;
}

/**
 * A notifyHook endpoint. `answer` decides each reply by arrival index: a status, or "hang" to
 * never answer (the socket stays open until close).
 */
export async function startReceiver(answer: (index: number) => number | "hang" = () => 200): Promise<Receiver> {
  const hits: Hit[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const index = hits.push({ method: req.method ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") }) - 1;
      const reply = answer(index);
      if (reply === "hang") hanging.push(res);
      else res.writeHead(reply).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    hits,
    release: () => {
      for (const res of hanging.splice(0)) res.writeHead(200).end();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
