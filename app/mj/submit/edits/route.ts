// POST /mj/submit/edits — edit an image with a prompt
import { submitRoute } from "@/lib/relay/submit-route";

export const POST = submitRoute("edits");
