import { serve } from "@/lib/api/serve";
import { restoreSectionRoute } from "@/lib/api/routes/checklist";
import { restoreSection } from "@/lib/checklists/restore-section";

export const POST = serve(restoreSectionRoute, restoreSection);
