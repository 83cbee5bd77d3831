// Headers of every answer, shared with the relay's fast lane (lib/relay/fast-lane.ts), which
// answers its hot paths without Next: the reasons for each are kept beside them.
import { readFileSync } from "node:fs";

const HEADERS = JSON.parse(readFileSync(new URL("./lib/http/answer-headers.json", import.meta.url), "utf8"));
const SECURITY_HEADERS = HEADERS.security;
const API_CSP = HEADERS.apiCsp;
const HSTS = HEADERS.hsts;
const RELAY_CORS_HEADERS = HEADERS.relayCors;
const RELAY_PATHS = ["/mj/:path*", "/mj-:mode(fast|relax|turbo)/mj/:path*"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // new-api clients call /api/channel/, /api/user/ … with a trailing slash; a 308 would
  // break the ones that do not follow redirects for PUT/POST, so serve both spellings.
  skipTrailingSlashRedirect: true,
  // The portal submits through server actions; reference images travel as data URLs, as on the relay (10 MB there too).
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      { source: "/api/:path*", headers: [API_CSP] },
      ...RELAY_PATHS.map((source) => ({ source, headers: [API_CSP, ...RELAY_CORS_HEADERS] })),
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/api/:path+/", destination: "/api/:path+" },
        { source: "/mj/:path+/", destination: "/mj/:path+" },
      ],
      // midjourney-proxy clients may call /mj-fast/mj/…, /mj-relax/mj/…, /mj-turbo/mj/…:
      // one set of handlers serves all, told the mode through a query parameter.
      afterFiles: [{ source: "/mj-:mode(fast|relax|turbo)/mj/:path*", destination: "/mj/:path*?__mode=:mode" }],
    };
  },
};

export default nextConfig;
