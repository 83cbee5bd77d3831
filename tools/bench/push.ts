// Switches the seeded channels to push (the upstream calls our callback URL on every
// change), when the product and the simulator both support it.
export async function enablePush(_gateway: string): Promise<{ ok: boolean; reason?: string }> {
  return { ok: false, reason: "the gateway has no push callback yet" };
}
