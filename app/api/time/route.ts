import { serve } from "@/lib/api/serve";
import { serverTimeRoute } from "@/lib/api/routes/system";

export const dynamic = "force-dynamic";

/** The server's clock, so every screen can correct for its own clock's offset and count down alike. */
export const GET = serve(serverTimeRoute, () => ({ now: new Date().toISOString() }));
