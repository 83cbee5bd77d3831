// A task's videos. Upstreams report videoUrls as [{url}] (trueai, new-api) or as plain
// strings; we store the URLs as a JSON array of strings and hand out [{url}] as they do.

export function normalizeVideoUrls(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((entry) => (typeof entry === "string" ? entry : entry && typeof entry === "object" && typeof (entry as { url?: unknown }).url === "string" ? (entry as { url: string }).url : ""))
    .filter((url) => /^https?:\/\//i.test(url));
}

/** The stored column (a JSON array, or "" when there are none) → the URLs. */
export function videoUrlsOf(stored: string): string[] {
  if (!stored) return [];
  try {
    return normalizeVideoUrls(JSON.parse(stored));
  } catch {
    return [];
  }
}
