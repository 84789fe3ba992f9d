import { serve } from "@/lib/api/serve";
import { deleteItemRoute, updateItemRoute } from "@/lib/api/routes/checklist";
import { updateItem } from "@/lib/checklists/update-item";
import { deleteItem } from "@/lib/checklists/delete-item";

export const PATCH = serve(updateItemRoute, updateItem);
export const DELETE = serve(deleteItemRoute, deleteItem);
