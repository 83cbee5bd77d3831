// Headers of every answer. Pages also get a nonce-based CSP from proxy.ts; API answers are
// data, never documents, so their CSP forbids everything.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
const API_CSP = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" };
// Browsers ignore HSTS over plain http; the reverse proxy that terminates TLS says https here.
const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

// The relay answers browsers on any origin, as new-api does (chatgpt-web-midjourney-proxy calls
// it straight from the page): keys travel in headers, never cookies, so no credentials mode.
const RELAY_CORS_HEADERS = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Access-Control-Allow-Methods", value: "GET, POST, PUT, DELETE, OPTIONS" },
  {
    key: "Access-Control-Allow-Headers",
    // X-Ptoken: chatgpt-web-midjourney-proxy sends its own login token when no mj-api-secret is set.
    value: "Authorization, Content-Type, mj-api-secret, Idempotency-Key, Accept, Accept-Language, X-Requested-With, New-Api-User, Cache-Control, X-Ptoken",
  },
  { key: "Access-Control-Expose-Headers", value: "Retry-After, Content-Length, Content-Type" },
  { key: "Access-Control-Max-Age", value: "86400" },
  // Lets a page on a public site reach a gateway on a private network (Chromium's PNA preflight).
  { key: "Access-Control-Allow-Private-Network", value: "true" },
];
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
