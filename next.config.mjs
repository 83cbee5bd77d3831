/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  async rewrites() {
    // midjourney-proxy clients may call /mj-fast/mj/…, /mj-relax/mj/…, /mj-turbo/mj/…:
    // one set of handlers serves all, told the mode through a query parameter.
    return [{ source: "/mj-:mode(fast|relax|turbo)/mj/:path*", destination: "/mj/:path*?__mode=:mode" }];
  },
};

export default nextConfig;
