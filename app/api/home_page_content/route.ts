// GET /api/home_page_content — new-api's home_page_content text (markdown or a URL); empty: the front-end shows its default
import { withApi } from "@/lib/http/api-handler";

export const GET = withApi({ role: "public" }, async () => "");
