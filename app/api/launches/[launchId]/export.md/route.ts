import { serve } from "@/lib/api/serve";
import { exportLaunchMarkdownRoute } from "@/lib/api/routes/reports";
import { exportLaunchMarkdown } from "@/lib/launches/export-launch-markdown";
import { attachment } from "@/lib/report/attachment";

export const GET = serve(exportLaunchMarkdownRoute, async (input) => {
  const { filename, markdown } = await exportLaunchMarkdown(input);
  return attachment(markdown, filename, "text/markdown");
});
