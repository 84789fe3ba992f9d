import { serve } from "@/lib/api/serve";
import { addMemberRoute } from "@/lib/api/routes/team";
import { addMember } from "@/lib/team/add-member";

export const POST = serve(addMemberRoute, addMember);
