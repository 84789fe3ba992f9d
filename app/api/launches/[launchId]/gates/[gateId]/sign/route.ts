import { serve } from "@/lib/api/serve";
import { signGateRoute } from "@/lib/api/routes/gates";
import { signGate } from "@/lib/gates/sign-gate";

export const POST = serve(signGateRoute, signGate);
