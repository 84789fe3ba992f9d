import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { currentOrigin, requireSessionActor } from "@/lib/auth/session";
import { createToken } from "@/lib/tokens/create-token";
import { listTokens } from "@/lib/tokens/list-tokens";
import { createTokenInput } from "@/lib/tokens/schemas";

export const GET = handleRoute(async (request) => {
  const actor = await requireSessionActor();
  const userId = request.nextUrl.searchParams.get("userId") ?? undefined;
  return json({ tokens: await listTokens({ actor, userId }) });
});

export const POST = handleRoute(async (request) => {
  const actor = await requireSessionActor();
  const input = createTokenInput.parse(await readJson(request));
  return json(await createToken({ actor, origin: currentOrigin(), ...input }), 201);
});
