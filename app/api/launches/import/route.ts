import { serve } from "@/lib/api/serve";
import { importMarkdownRoute } from "@/lib/api/routes/launches";
import { importLaunchFromMarkdown } from "@/lib/launches/import-launch";

export const POST = serve(importMarkdownRoute, importLaunchFromMarkdown);
