import { serve } from "@/lib/api/serve";
import { deleteMetricRoute } from "@/lib/api/routes/monitoring";
import { deleteMetric } from "@/lib/checkpoints/delete-metric";

export const DELETE = serve(deleteMetricRoute, deleteMetric);
