"use client";

import { useEffect, useState } from "react";
import { localDateTime } from "@/lib/report/format";

/** A CSS string literal: the launch's name is the user's text, so quotes, backslashes and newlines are escaped. */
const cssString = (text: string) =>
  `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\n\r]+/g, " ")}"`;

/**
 * The printed report's running header and footer, in the page margins (CSS @page margin boxes):
 * the launch's name, "page n of m", and when it was printed — stamped again as the print dialog opens.
 */
export function PrintPageFrame({
  title,
  timeZone,
  renderedAt,
}: {
  title: string;
  timeZone: string;
  renderedAt: number;
}) {
  const [printedAt, setPrintedAt] = useState(renderedAt);
  useEffect(() => {
    const stamp = () => setPrintedAt(Date.now());
    window.addEventListener("beforeprint", stamp);
    return () => window.removeEventListener("beforeprint", stamp);
  }, []);
  const printed = `Printed ${localDateTime(new Date(printedAt).toISOString(), timeZone)} (${timeZone})`;
  const css = `@media print { @page {
  @top-left { content: ${cssString(title)}; font: 8pt system-ui, sans-serif; color: #444; }
  @top-right { content: "Post-launch report"; font: 8pt system-ui, sans-serif; color: #444; }
  @bottom-left { content: ${cssString(printed)}; font: 8pt system-ui, sans-serif; color: #444; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }
} }`;
  return <style data-testid="print-page-frame" dangerouslySetInnerHTML={{ __html: css.replace(/</g, "\\3c ") }} />;
}
