import type { ChecklistItemData } from "@/lib/audit/event-types";
import { MarkdownText } from "@/components/ui/markdown-text";
import { LinkedText } from "@/components/checklists/linked-text";
import { LinkIcon } from "@/components/ui/icons";

/** Whether the item has anything for ItemDetails to show (the row leaves the space out otherwise). */
export const hasItemDetails = (item: ChecklistItemData) =>
  Boolean(
    (item.statusReason && (item.status === "blocked" || item.status === "not_applicable")) ||
    item.evidence.trim() ||
    item.details.trim() ||
    item.howToVerify.trim(),
  );

/** Why it is blocked / not applicable, its evidence, and (folded away) details and how to verify. */
export function ItemDetails({ item }: { item: ChecklistItemData }) {
  const hasMore = item.details.trim() !== "" || item.howToVerify.trim() !== "";
  return (
    <>
      {item.statusReason && (item.status === "blocked" || item.status === "not_applicable") && (
        <p
          data-testid="item-reason"
          className={`mt-1.5 rounded-md px-2 py-1 text-sm ${
            item.status === "blocked"
              ? "bg-red-100/80 text-red-900 dark:bg-red-950/70 dark:text-red-200"
              : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300"
          }`}
        >
          <span className="font-medium">{item.status === "blocked" ? "Blocked: " : "Not applicable: "}</span>
          {item.statusReason}
        </p>
      )}
      {item.evidence.trim() && (
        <p data-testid="item-evidence" className="mt-1 flex gap-1.5 text-sm text-slate-700 dark:text-slate-300">
          <LinkIcon className="mt-0.5 h-3.5 w-3.5 shrink-0 text-slate-400" />
          <span className="min-w-0">
            <span className="sr-only">Evidence: </span>
            <LinkedText text={item.evidence} />
          </span>
        </p>
      )}
      {hasMore && (
        <details className="group mt-1 text-sm">
          <summary className="inline-flex cursor-pointer select-none list-none items-center gap-1 rounded text-xs font-medium text-slate-500 hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:text-slate-400 dark:hover:text-slate-200 [&::-webkit-details-marker]:hidden">
            <span className="transition group-open:rotate-90">▸</span>
            {[item.details.trim() && "Details", item.howToVerify.trim() && "How to verify"].filter(Boolean).join(" · ")}
          </summary>
          <div className="mt-1.5 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-950/40">
            {item.details.trim() && <MarkdownText>{item.details}</MarkdownText>}
            {item.howToVerify.trim() && (
              <div>
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">How to verify</p>
                <MarkdownText>{item.howToVerify}</MarkdownText>
              </div>
            )}
          </div>
        </details>
      )}
    </>
  );
}
