// POST /mj/insight-face/swap — put the source's face on the target image
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("swap-face");
