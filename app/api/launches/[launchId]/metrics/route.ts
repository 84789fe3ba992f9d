import { serve } from "@/lib/api/serve";
import { saveMetricRoute } from "@/lib/api/routes/monitoring";
import { saveMetric } from "@/lib/checkpoints/save-metric";

export const POST = serve(saveMetricRoute, saveMetric);
