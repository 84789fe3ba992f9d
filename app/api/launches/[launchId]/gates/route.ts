import { serve } from "@/lib/api/serve";
import { createGateRoute } from "@/lib/api/routes/gates";
import { createGate } from "@/lib/gates/create-gate";

export const POST = serve(createGateRoute, createGate);
