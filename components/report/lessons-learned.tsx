"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, inputClass } from "@/components/ui/field";
import { MarkdownText } from "@/components/ui/markdown-text";
import { ReportSection } from "@/components/report/report-section";

/**
 * Lessons learned: the lead writes them (Markdown), everyone reads them. A draft is kept while the lead
 * types; otherwise the text follows the live launch (someone else's save shows up at once).
 */
export function LessonsLearned({
  text,
  canEdit,
  onSave,
}: {
  text: string;
  canEdit: boolean;
  onSave: (text: string) => Promise<{ ok: true } | { ok: false; error: string }>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<string | null>(null);
  const value = draft ?? text;
  const dirty = draft !== null && draft !== text;

  const save = async () => {
    if (draft === null) return;
    setState("saving");
    setError(null);
    const answer = await onSave(draft);
    if (answer.ok) {
      setDraft(null);
      setState("saved");
      window.setTimeout(() => setState("idle"), 2500);
    } else {
      setState("idle");
      setError(answer.error);
    }
  };

  return (
    <ReportSection
      id="lessons"
      title="Lessons learned"
      description={
        canEdit ? (
          <span className="print:hidden">What went well, what to change next time. Markdown works.</span>
        ) : undefined
      }
    >
      {canEdit ? (
        <div className="print:hidden">
          <textarea
            data-testid="lessons-learned"
            aria-label="Lessons learned"
            rows={Math.max(8, value.split("\n").length + 2)}
            value={value}
            onChange={(event) => setDraft(event.target.value)}
            placeholder={"- Warm the cache before switching traffic\n- Rehearse the DNS change"}
            className={`${inputClass} mt-0 font-mono text-[13px] leading-5`}
          />
          <div className="mt-2 flex items-center justify-end gap-3">
            <span className="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
              {state === "saved" ? "Saved ✓" : dirty ? "Unsaved changes" : ""}
            </span>
            {dirty && (
              <Button variant="ghost" onClick={() => setDraft(null)}>
                Discard
              </Button>
            )}
            <Button onClick={() => void save()} disabled={!dirty || state === "saving"} data-testid="lessons-save">
              {state === "saving" ? "Saving…" : "Save lessons"}
            </Button>
          </div>
          <ErrorMessage message={error} />
        </div>
      ) : null}
      <div className={canEdit ? "hidden print:block" : ""} data-testid={canEdit ? undefined : "lessons-learned"}>
        {text.trim() ? (
          <MarkdownText>{text}</MarkdownText>
        ) : (
          <p className="text-sm italic text-slate-500">None recorded yet.</p>
        )}
      </div>
    </ReportSection>
  );
}
