// GET /api/user/aff — new-api's invitation code; this gateway has no referral programme, so it is empty
import { withApi } from "@/lib/http/api-handler";

export const GET = withApi({ role: "user" }, async () => "");
