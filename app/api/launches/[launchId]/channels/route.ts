import { serve } from "@/lib/api/serve";
import { listChannelsRoute, saveChannelRoute } from "@/lib/api/routes/integrations";
import { listChannels } from "@/lib/outbound/list-channels";
import { saveChannel } from "@/lib/outbound/save-channel";

export const GET = serve(listChannelsRoute, async (input) => ({ channels: await listChannels(input) }));
// A new channel answers 201, a change (with id) 200: the definition's "upsert".
export const POST = serve(saveChannelRoute, saveChannel);
