import { serve } from "@/lib/api/serve";
import { createSectionRoute } from "@/lib/api/routes/checklist";
import { createSection } from "@/lib/checklists/create-section";

export const POST = serve(createSectionRoute, createSection);
