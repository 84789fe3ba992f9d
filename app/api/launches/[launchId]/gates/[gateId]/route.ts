import { serve } from "@/lib/api/serve";
import { deleteGateRoute, updateGateRoute } from "@/lib/api/routes/gates";
import { updateGate } from "@/lib/gates/update-gate";
import { deleteGate } from "@/lib/gates/delete-gate";

export const PATCH = serve(updateGateRoute, updateGate);
export const DELETE = serve(deleteGateRoute, deleteGate);
