import { serve } from "@/lib/api/serve";
import { rotateMetricsTokenRoute } from "@/lib/api/routes/monitoring";
import { rotateMetricsToken } from "@/lib/checkpoints/rotate-metrics-token";

export const POST = serve(rotateMetricsTokenRoute, rotateMetricsToken);
