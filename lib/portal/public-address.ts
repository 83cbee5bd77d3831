import "server-only";
import { headers } from "next/headers";
import type { Options } from "../options/options";
import { publicBaseUrl } from "../tasks/image-link";

/**
 * The address to show in examples: the configured public address, else the one this page was
 * reached at (as the browser sees it, behind a proxy too), never a placeholder.
 */
export async function publicAddress(options: Options): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  // Shown in examples only: links handed to clients never take the Host header (see publicBaseUrl).
  return publicBaseUrl(options) || `${proto}://${host}`;
}
