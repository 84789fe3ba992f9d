import { serve } from "@/lib/api/serve";
import { deleteStepRoute, updateStepRoute } from "@/lib/api/routes/timeline";
import { updateStep } from "@/lib/timeline/update-step";
import { deleteStep } from "@/lib/timeline/delete-step";

export const PATCH = serve(updateStepRoute, updateStep);
export const DELETE = serve(deleteStepRoute, deleteStep);
