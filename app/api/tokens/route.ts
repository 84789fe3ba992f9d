import { serve } from "@/lib/api/serve";
import { createTokenRoute, listTokensRoute } from "@/lib/api/routes/tokens";
import { currentOrigin } from "@/lib/auth/session";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";

export const GET = serve(listTokensRoute, async (input) => ({ tokens: await listTokens(input) }));
export const POST = serve(createTokenRoute, (input) => createToken({ ...input, origin: currentOrigin() }));
