// GET/POST /api/user/self/webhook — the secret that signs your notify-hook callbacks: read, rotate
import { withApi } from "@/lib/http/api-handler";
import { getWebhookSecret, rotateWebhookSecret } from "@/lib/users/update-self";

export const GET = withApi({ role: "user" }, async ({ user }) => ({ secret: await getWebhookSecret(user.id) }));

export const POST = withApi({ role: "user" }, async ({ user }) => ({ secret: await rotateWebhookSecret(user.id) }));
