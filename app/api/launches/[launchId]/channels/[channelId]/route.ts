import { serve } from "@/lib/api/serve";
import { deleteChannelRoute } from "@/lib/api/routes/integrations";
import { deleteChannel } from "@/lib/outbound/delete-channel";

export const DELETE = serve(deleteChannelRoute, deleteChannel);
