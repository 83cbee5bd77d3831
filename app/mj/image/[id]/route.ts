// GET /mj/image/{id}?sig=… — image forwarding (public, signed link)
import { relayError } from "@/lib/http/relay-handler";
import { streamTaskImage } from "@/lib/relay/stream-image";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    return await streamTaskImage(id, new URL(request.url).searchParams.get("sig") ?? "");
  } catch (error) {
    return relayError(error);
  }
}
