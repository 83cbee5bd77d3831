export const E2E_ADMIN = { username: "e2e-admin", password: "e2e-password-123" };
export const E2E_SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 3199);
export const E2E_SIMULATOR_SECRET = "e2e-sim-secret";
