/** A text file as a download: the browser saves it under `filename` instead of showing it. */
export function attachment(text: string, filename: string, contentType: "text/markdown" | "text/csv"): Response {
  return new Response(text, {
    headers: {
      "content-type": `${contentType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${filename.replace(/"/g, "")}"`,
      "cache-control": "no-store",
    },
  });
}
