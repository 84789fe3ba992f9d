import { serve } from "@/lib/api/serve";
import { pushMetricsRoute } from "@/lib/api/routes/monitoring";
import { pushMetrics } from "@/lib/checkpoints/push-metrics";

export const POST = serve(pushMetricsRoute, pushMetrics);
