/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // new-api clients call /api/channel/, /api/user/ … with a trailing slash; a 308 would
  // break the ones that do not follow redirects for PUT/POST, so serve both spellings.
  skipTrailingSlashRedirect: true,
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
