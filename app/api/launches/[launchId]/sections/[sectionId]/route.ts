import { serve } from "@/lib/api/serve";
import { deleteSectionRoute, renameSectionRoute } from "@/lib/api/routes/checklist";
import { renameSection } from "@/lib/checklists/rename-section";
import { deleteSection } from "@/lib/checklists/delete-section";

export const PATCH = serve(renameSectionRoute, renameSection);
export const DELETE = serve(deleteSectionRoute, deleteSection);
