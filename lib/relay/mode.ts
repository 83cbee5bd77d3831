// Speed modes: /mj-fast/mj/…, /mj-relax/mj/…, /mj-turbo/mj/… (next.config rewrites the
// prefix into the __mode query parameter, so one set of handlers serves all).
export type Mode = "" | "fast" | "relax" | "turbo";

export function requestMode(request: { url: string }): Mode {
  return asMode(new URL(request.url).searchParams.get("__mode"));
}

export function asMode(value: unknown): Mode {
  return value === "fast" || value === "relax" || value === "turbo" ? value : "";
}
