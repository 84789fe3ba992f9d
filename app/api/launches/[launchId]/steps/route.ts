import { serve } from "@/lib/api/serve";
import { createStepRoute } from "@/lib/api/routes/timeline";
import { createStep } from "@/lib/timeline/create-step";

export const POST = serve(createStepRoute, createStep);
