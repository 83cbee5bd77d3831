import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AttachmentStore } from "./attachments.js";
import type { SimContext } from "./context.js";
import { createRequestHandler } from "./router.js";
import { TaskEngine } from "./task-engine.js";
import type { RequestRecord, SimFaults, SimTask } from "./types.js";

export type { BotType, RequestRecord, SimButton, SimFaults, SimTask, SpeedMode, TaskAction, TaskStatus } from "./types.js";

export interface SimulatorOptions {
  /** 0 = random free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** When set, /mj/submit/** and /mj/task/** need header `mj-api-secret` equal to it. */
  secret?: string;
  /** Time between progress steps, default 1000. */
  stepMs?: number;
  /** Progress steps before SUCCESS, default 4 (25%, 50%, 75%, then 100%). */
  steps?: number;
  /** Base of image URLs handed out, for when clients reach the simulator under another address. */
  publicUrl?: string;
}

export interface Simulator {
  url: string;
  port: number;
  close(): Promise<void>;
  tasks: Map<string, SimTask>;
  requests: RequestRecord[];
  faults: SimFaults;
  forget(id: string): void;
  reset(): void;
}

function clearObject(target: object): void {
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
}

function urlHost(host: string): string {
  // A wildcard bind is not an address a client can dial.
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const host = opts.host ?? "127.0.0.1";
  let url = "";
  const publicUrl = opts.publicUrl?.replace(/\/+$/, "");
  const baseUrl = (): string => publicUrl ?? url;
  const engine = new TaskEngine({ stepMs: opts.stepMs ?? 1000, steps: opts.steps ?? 4, baseUrl });
  const attachments = new AttachmentStore(baseUrl);
  const faults: SimFaults = {};
  const requests: RequestRecord[] = [];
  const ctx: SimContext = { engine, attachments, faults, requests, secret: opts.secret || undefined };

  const server = createServer(createRequestHandler(ctx));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://${urlHost(host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    tasks: engine.tasks,
    requests,
    // Kept as one object so references held by tests and the router stay live.
    get faults(): SimFaults {
      return faults;
    },
    set faults(next: SimFaults) {
      clearObject(faults);
      Object.assign(faults, next);
    },
    forget: (id) => engine.forget(id),
    reset: () => {
      engine.reset();
      attachments.clear();
      requests.length = 0;
      clearObject(faults);
    },
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        engine.stopAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
