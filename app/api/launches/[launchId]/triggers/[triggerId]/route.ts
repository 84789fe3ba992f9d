import { serve } from "@/lib/api/serve";
import { deleteTriggerRoute } from "@/lib/api/routes/monitoring";
import { deleteTrigger } from "@/lib/checkpoints/delete-trigger";

export const DELETE = serve(deleteTriggerRoute, deleteTrigger);
