import { serve } from "@/lib/api/serve";
import { healthRoute } from "@/lib/api/routes/system";
import { checkHealth } from "@/lib/health/check-health";
import { json } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = serve(healthRoute, async () => {
  const health = await checkHealth();
  return json(health, health.status === "ok" ? 200 : 503);
});
