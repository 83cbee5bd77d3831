// Starts the in-process background driver when the Node server boots, unless Inngest
// runs the background work (INNGEST_DEV or Inngest keys) or MJ_BACKGROUND=off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv, inngestConfigured } = await import("./lib/env");
  const env = getEnv();
  if (inngestConfigured(env)) {
    (await import("./inngest/client")).connectEventSender();
    return;
  }
  if (env.MJ_BACKGROUND === "off") return;
  const { startInProcessDriver } = await import("./lib/jobs/in-process-driver");
  startInProcessDriver();
  console.log("[background] in-process driver started (polling, timeouts, notify hooks)");
}
