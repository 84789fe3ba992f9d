import { serve } from "@/lib/api/serve";
import { removeMemberRoute, updateMemberRoute } from "@/lib/api/routes/team";
import { updateMember } from "@/lib/team/update-member";
import { removeMember } from "@/lib/team/remove-member";

export const PATCH = serve(updateMemberRoute, updateMember);
export const DELETE = serve(removeMemberRoute, removeMember);
