import type { PlanItem, Plan } from "@/lib/plans/plan";
import { ImportPreviewFacts } from "@/components/launches/new/import-preview-facts";

export type Preview = {
  title: string | null;
  meta: { system?: string; goLive?: string; timezone?: string; window?: string };
  goLiveAt?: string | null;
  plan: Plan;
  counts: { sections: number; items: number; steps: number; ignoredLines: number };
  lines: { line: number; text: string; kind: string; note?: string }[];
  warnings: string[];
};

const kindStyle: Record<string, string> = {
  item: "text-emerald-700 dark:text-emerald-400",
  section: "text-indigo-700 dark:text-indigo-300 font-semibold",
  title: "text-indigo-700 dark:text-indigo-300 font-semibold",
  meta: "text-sky-700 dark:text-sky-300",
  step: "text-violet-700 dark:text-violet-300 font-semibold",
  ignored: "text-amber-700 dark:text-amber-400",
  blank: "text-slate-400",
};

const kindLabel: Record<string, string> = { meta: "fact", ignored: "not used", blank: "not used" };

/** What the document will become: the plan's tree beside every line and what happened to it. */
export function ImportPreview({ preview }: { preview: Preview }) {
  return (
    <div className="space-y-4" data-testid="import-preview">
      <p className="text-sm" data-testid="import-summary">
        <strong>{preview.counts.items}</strong> items in <strong>{preview.counts.sections}</strong> sections
        {preview.counts.steps > 0 && (
          <>
            {" "}
            · <strong>{preview.counts.steps}</strong> timeline steps
          </>
        )}
        {preview.counts.ignoredLines > 0 && <> · {preview.counts.ignoredLines} lines not used (marked below)</>}
        {preview.meta.system && <> · system: {preview.meta.system}</>}
        {preview.meta.timezone && <> · time zone: {preview.meta.timezone}</>}
      </p>
      {preview.warnings.map((warning) => (
        <p key={warning} className="text-sm text-amber-700 dark:text-amber-400">
          {warning}
        </p>
      ))}
      <ImportPreviewFacts plan={preview.plan} goLive={preview.meta.goLive} goLiveAt={preview.goLiveAt} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="mb-2 font-semibold">The plan</h3>
          {preview.plan.sections.map((section) => (
            <div key={section.title} className="mb-3">
              <h4 className="text-sm font-semibold">{section.title}</h4>
              <PlanItems items={section.items} />
            </div>
          ))}
        </div>
        <LineByLine lines={preview.lines} />
      </div>
    </div>
  );
}

/**
 * Every line of the document with what it became or why it was not used, blank lines included, so a
 * reader can check that nothing was dropped. Collapsible: a long runbook has hundreds of lines.
 */
function LineByLine({ lines }: { lines: Preview["lines"] }) {
  const notUsed = lines.filter((line) => line.kind === "ignored").length;
  return (
    <details
      className="max-h-[32rem] overflow-auto rounded-xl border border-slate-200 bg-white p-4 font-mono text-xs dark:border-slate-800 dark:bg-slate-900"
      data-testid="import-line-map"
      open={lines.length <= 300}
    >
      <summary className="mb-2 cursor-pointer font-sans text-base font-semibold">
        Line by line{" "}
        <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
          ({lines.length} lines{notUsed > 0 ? `, ${notUsed} not used` : ""})
        </span>
      </summary>
      <table className="w-full">
        <tbody>
          {lines.map((line) => (
            <tr key={line.line} className="align-top" data-kind={line.kind} data-line={line.line}>
              <td className="pr-2 text-right text-slate-400">{line.line}</td>
              <td className={`pr-2 whitespace-nowrap ${kindStyle[line.kind] ?? ""}`}>
                {kindLabel[line.kind] ?? line.kind}
              </td>
              <td className="break-all">
                {line.kind === "blank" ? <span className="text-slate-400">(blank line)</span> : line.text}
                {line.note && <span className="block text-slate-500 dark:text-slate-400">→ {line.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function PlanItems({ items }: { items: PlanItem[] }) {
  return (
    <ul className="ml-4 list-disc text-sm">
      {items.map((item, index) => (
        <li key={`${item.title}-${index}`}>
          {item.status === "done" ? <s>{item.title}</s> : item.title}
          {item.children && item.children.length > 0 && <PlanItems items={item.children} />}
        </li>
      ))}
    </ul>
  );
}
