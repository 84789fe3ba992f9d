import { serve } from "@/lib/api/serve";
import { submitCheckpointRoute } from "@/lib/api/routes/monitoring";
import { submitCheckpoint } from "@/lib/checkpoints/submit-checkpoint";

export const POST = serve(submitCheckpointRoute, submitCheckpoint);
