import { serve } from "@/lib/api/serve";
import { moveSectionRoute } from "@/lib/api/routes/checklist";
import { moveSection } from "@/lib/checklists/move-section";

export const POST = serve(moveSectionRoute, moveSection);
