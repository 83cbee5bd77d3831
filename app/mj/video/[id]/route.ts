// GET /mj/video/{id}?sig=…&n=0 — video forwarding (public, signed link; n picks one of videoUrls)
import { relayError } from "@/lib/http/relay-handler";
import { streamTaskVideo } from "@/lib/relay/stream-image";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const query = new URL(request.url).searchParams;
    const index = Number.parseInt(query.get("n") ?? "0", 10);
    return await streamTaskVideo(id, query.get("sig") ?? "", Number.isSafeInteger(index) && index >= 0 ? index : 0, request.headers.get("range"));
  } catch (error) {
    return relayError(error);
  }
}
