import { handleRoute } from "@/lib/http/handle-route";
import { NextResponse } from "next/server";
import { getPublicStatus } from "@/lib/status-page/get-public-status";

// Public, no session. A few seconds of shared caching lets a CDN or proxy absorb thousands of viewers;
// live changes reach open pages over socket.io anyway.
export const GET = handleRoute<{ token: string }>(async (_request, { token }) => {
  const status = await getPublicStatus(token);
  return NextResponse.json(status, {
    headers: { "cache-control": "public, max-age=5, s-maxage=5, stale-while-revalidate=30", "x-robots-tag": "noindex" },
  });
});
