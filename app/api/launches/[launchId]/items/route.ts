import { serve } from "@/lib/api/serve";
import { createItemRoute } from "@/lib/api/routes/checklist";
import { createItem } from "@/lib/checklists/create-item";

export const POST = serve(createItemRoute, createItem);
