import { serve } from "@/lib/api/serve";
import { previewImportRoute } from "@/lib/api/routes/launches";
import { previewMarkdownImport } from "@/lib/launches/preview-markdown-import";

export const POST = serve(previewImportRoute, ({ markdown }) => previewMarkdownImport(markdown));
