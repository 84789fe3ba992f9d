import { serve } from "@/lib/api/serve";
import { changePasswordRoute } from "@/lib/api/routes/accounts";
import { currentOrigin } from "@/lib/auth/session";
import { changePassword } from "@/lib/accounts/change-password";

export const POST = serve(changePasswordRoute, (input) => changePassword({ ...input, origin: currentOrigin() }));
