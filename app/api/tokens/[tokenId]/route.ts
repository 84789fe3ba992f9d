import { serve } from "@/lib/api/serve";
import { revokeTokenRoute } from "@/lib/api/routes/tokens";
import { currentOrigin } from "@/lib/auth/session";
import { revokeToken } from "@/lib/tokens/revoke-token";

export const DELETE = serve(revokeTokenRoute, (input) => revokeToken({ ...input, origin: currentOrigin() }));
