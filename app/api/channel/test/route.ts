// GET /api/channel/test — test every channel (admin); data lists each one's outcome and latency
import { withApi } from "@/lib/http/api-handler";
import { testAllChannels } from "@/lib/channels/test-channel";

export const GET = withApi({ role: "admin" }, async () => testAllChannels());
