import { serve } from "@/lib/api/serve";
import { pushMetricsRoute } from "@/lib/api/routes/monitoring";
import { pushMetrics } from "@/lib/checkpoints/push-metrics";
import { enforceLimit } from "@/lib/rate-limits/limiters";

export const POST = serve(pushMetricsRoute, async (input) => {
  await enforceLimit("metricsPush", input.launchId, "metrics pushes for this launch");
  return pushMetrics(input);
});
