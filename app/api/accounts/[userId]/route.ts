import { serve } from "@/lib/api/serve";
import { setAccountActiveRoute } from "@/lib/api/routes/accounts";
import { currentOrigin } from "@/lib/auth/session";
import { setAccountActive } from "@/lib/accounts/set-account-active";

export const PATCH = serve(setAccountActiveRoute, (input) => setAccountActive({ ...input, origin: currentOrigin() }));
