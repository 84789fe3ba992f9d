import { json } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** The server's clock, so every screen can correct for its own clock's offset and count down alike. */
export function GET() {
  return json({ now: new Date().toISOString() });
}
