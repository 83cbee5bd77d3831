// GET /api/notice — new-api's notice text (markdown or a URL); empty: the front-end shows its default
import { withApi } from "@/lib/http/api-handler";

export const GET = withApi({ role: "public" }, async () => "");
