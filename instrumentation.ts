// When the Node server boots: registers the relay's fast lane with our HTTP server
// (scripts/next-server.mjs), and starts the in-process background driver, unless Inngest
// runs the background work (INNGEST_DEV or Inngest keys) or MJ_BACKGROUND=off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/relay/fast-lane")).registerFastLane();
  const { getEnv, inngestConfigured } = await import("./lib/env");
  const env = getEnv();
  // Say once, at start, when links in answers and callbacks cannot be absolute.
  const [{ getOptions }, { warnOnceWithoutPublicUrl }] = await Promise.all([import("./lib/options/options"), import("./lib/tasks/image-link")]);
  await getOptions().then(warnOnceWithoutPublicUrl, () => undefined);
  if (inngestConfigured(env)) {
    (await import("./inngest/client")).connectEventSender();
    return;
  }
  if (env.MJ_BACKGROUND === "off") return;
  const { startInProcessDriver } = await import("./lib/jobs/in-process-driver");
  startInProcessDriver();
  console.log("[background] in-process driver started (polling, timeouts, notify hooks)");
}
