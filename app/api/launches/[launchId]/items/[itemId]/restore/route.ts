import { serve } from "@/lib/api/serve";
import { restoreItemRoute } from "@/lib/api/routes/checklist";
import { restoreItem } from "@/lib/checklists/restore-item";

export const POST = serve(restoreItemRoute, restoreItem);
