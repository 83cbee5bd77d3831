import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AttachmentStore } from "./attachments.js";
import type { SimContext } from "./context.js";
import { Notifier } from "./notify.js";
import { createRequestHandler } from "./router.js";
import { TaskEngine } from "./task-engine.js";
import type { NotificationRecord, RequestRecord, SimFaults, SimTask } from "./types.js";

export type {
  BotType,
  NotificationRecord,
  RequestRecord,
  SimButton,
  SimFaults,
  SimTask,
  SpeedMode,
  TaskAction,
  TaskStatus,
} from "./types.js";

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
  /** POST every change of a task to its notifyHook, as midjourney-proxy does; default true. */
  pushNotifications?: boolean;
  /** Give up on a notifyHook POST after this long, default 5000. */
  notifyTimeoutMs?: number;
  /** Where failed notifyHook POSTs are reported, default console.warn. */
  log?: (line: string) => void;
}

export interface Simulator {
  url: string;
  port: number;
  close(): Promise<void>;
  tasks: Map<string, SimTask>;
  requests: RequestRecord[];
  faults: SimFaults;
  /** Every notifyHook POST made, in the order sent (cleared by reset). */
  notifications: NotificationRecord[];
  /** Live switch for notifyHook pushes. */
  pushNotifications: boolean;
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
  const notifier = new Notifier({
    enabled: opts.pushNotifications ?? true,
    timeoutMs: opts.notifyTimeoutMs ?? 5000,
    log: opts.log ?? ((line) => console.warn(line)),
  });
  const engine = new TaskEngine({
    stepMs: opts.stepMs ?? 1000,
    steps: opts.steps ?? 4,
    baseUrl,
    onChange: (task) => notifier.taskChanged(task),
  });
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
    notifications: notifier.sent,
    get pushNotifications(): boolean {
      return notifier.enabled;
    },
    set pushNotifications(on: boolean) {
      notifier.enabled = on;
    },
    forget: (id) => engine.forget(id),
    reset: () => {
      engine.reset();
      notifier.reset();
      attachments.clear();
      requests.length = 0;
      clearObject(faults);
    },
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        engine.stopAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }).finally(() => notifier.close());
      return closing;
    },
  };
}
