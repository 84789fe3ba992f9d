import { json } from "@/lib/http/handle-route";
import { serverNow } from "@/lib/realtime/database-clock";

export const dynamic = "force-dynamic";

/**
 * The server's clock, so every screen can correct for its own clock's offset and count down alike.
 * Anchored to PostgreSQL's clock, so every instance behind a load balancer gives the same answer.
 */
export function GET() {
  return json({ now: serverNow().toISOString() });
}
