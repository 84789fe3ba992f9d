import { serve } from "@/lib/api/serve";
import { correctStepRoute } from "@/lib/api/routes/timeline";
import { correctStepTimes } from "@/lib/timeline/correct-step-times";

export const POST = serve(correctStepRoute, correctStepTimes);
