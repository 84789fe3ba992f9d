import { serve } from "@/lib/api/serve";
import { moveItemRoute } from "@/lib/api/routes/checklist";
import { moveItem } from "@/lib/checklists/move-item";

export const POST = serve(moveItemRoute, moveItem);
