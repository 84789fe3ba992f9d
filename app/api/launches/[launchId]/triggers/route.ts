import { serve } from "@/lib/api/serve";
import { saveTriggerRoute } from "@/lib/api/routes/monitoring";
import { saveTrigger } from "@/lib/checkpoints/save-trigger";

export const POST = serve(saveTriggerRoute, saveTrigger);
