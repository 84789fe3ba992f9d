import { serve } from "@/lib/api/serve";
import { listDeletedRoute } from "@/lib/api/routes/checklist";
import { listDeleted } from "@/lib/checklists/list-deleted-items";

export const GET = serve(listDeletedRoute, listDeleted);
