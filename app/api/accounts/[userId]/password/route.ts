import { serve } from "@/lib/api/serve";
import { resetPasswordRoute } from "@/lib/api/routes/accounts";
import { currentOrigin } from "@/lib/auth/session";
import { resetPassword } from "@/lib/accounts/reset-password";

export const POST = serve(resetPasswordRoute, (input) => resetPassword({ ...input, origin: currentOrigin() }));
