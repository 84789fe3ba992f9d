// Moved: the one browser client is lib/api/client.ts. Kept only so branches written before the move still
// build; delete once no import names this path.
export { apiRequest, type ApiAnswer } from "@/lib/api/client";
