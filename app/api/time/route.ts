import { serve } from "@/lib/api/serve";
import { serverTimeRoute } from "@/lib/api/routes/system";
import { serverNow } from "@/lib/realtime/database-clock";

export const dynamic = "force-dynamic";

/**
 * The server's clock, so every screen can correct for its own clock's offset and count down alike.
 * Anchored to PostgreSQL's clock, so every instance behind a load balancer gives the same answer.
 */
export const GET = serve(serverTimeRoute, () => ({ now: serverNow().toISOString() }));
