"use client";

import { useState, type ReactNode } from "react";
import type { MemberData } from "@/lib/audit/event-types";
import type { ItemDraft } from "@/components/checklists/item-draft";
import { MarkdownText } from "@/components/ui/markdown-text";
import { needsReason, statusLook, statusOrder, type ItemStatus } from "@/components/checklists/status-look";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 disabled:bg-slate-50 disabled:text-slate-500 dark:border-slate-700 dark:bg-slate-950 dark:disabled:bg-slate-900";

export function Field({
  label,
  hint,
  errors,
  children,
}: {
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <label className="block text-sm font-medium">
      {label}
      {children}
      {hint && <span className="mt-1 block text-xs font-normal text-slate-500 dark:text-slate-400">{hint}</span>}
      {errors?.map((error) => (
        <span key={error} className="mt-1 block text-xs font-normal text-red-700 dark:text-red-400">
          {error}
        </span>
      ))}
    </label>
  );
}

type Set = <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => void;
type Errors = Record<string, string[] | undefined>;

export function PlanFields({
  draft,
  set,
  members,
  timeZone,
  errors,
}: {
  draft: ItemDraft;
  set: Set;
  members: MemberData[];
  timeZone: string;
  errors: Errors;
}) {
  const [preview, setPreview] = useState(false);
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Plan</legend>
      <Field label="Title" errors={errors.title}>
        <input
          data-testid="editor-title"
          required
          maxLength={1000}
          value={draft.title}
          onChange={(e) => set("title", e.target.value)}
          className={inputClass}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Owner" errors={errors.ownerId}>
          <select
            data-testid="editor-owner"
            value={draft.ownerId}
            onChange={(e) => set("ownerId", e.target.value)}
            className={inputClass}
          >
            <option value="">Unassigned</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.name}
                {member.function ? ` (${member.function})` : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Due" hint={`In the launch's time zone (${timeZone})`} errors={errors.dueAt}>
          <input
            data-testid="editor-due"
            type="datetime-local"
            value={draft.due}
            onChange={(e) => set("due", e.target.value)}
            className={inputClass}
          />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          data-testid="editor-required"
          type="checkbox"
          checked={draft.required}
          onChange={(e) => set("required", e.target.checked)}
          className="h-4 w-4 accent-amber-600"
        />
        Required for go
      </label>
      <div>
        <div className="flex items-center justify-between text-sm font-medium">
          <span id="details-label">Details</span>
          <button
            type="button"
            onClick={() => setPreview((value) => !value)}
            className="text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            {preview ? "Edit" : "Preview"}
          </button>
        </div>
        {preview ? (
          <div className="mt-1 min-h-24 rounded-md border border-slate-200 p-3 dark:border-slate-700">
            {draft.details.trim() ? (
              <MarkdownText>{draft.details}</MarkdownText>
            ) : (
              <p className="text-sm text-slate-500">Nothing to preview.</p>
            )}
          </div>
        ) : (
          <textarea
            aria-labelledby="details-label"
            data-testid="editor-details"
            rows={5}
            maxLength={20000}
            value={draft.details}
            onChange={(e) => set("details", e.target.value)}
            className={`${inputClass} font-mono`}
          />
        )}
        <span className="mt-1 block text-xs text-slate-500 dark:text-slate-400">
          Markdown: **bold**, lists, `code`, [links](https://…)
        </span>
      </div>
      <Field label="How to verify" errors={errors.howToVerify}>
        <textarea
          data-testid="editor-how-to-verify"
          rows={2}
          maxLength={5000}
          value={draft.howToVerify}
          onChange={(e) => set("howToVerify", e.target.value)}
          className={inputClass}
        />
      </Field>
    </fieldset>
  );
}

export function ProgressFields({
  draft,
  set,
  statusLocked,
  errors,
}: {
  draft: ItemDraft;
  set: Set;
  statusLocked: boolean;
  errors: Errors;
}) {
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Progress</legend>
      <Field label="Status" hint={statusLocked ? "Follows its sub-items." : undefined} errors={errors.status}>
        <select
          data-testid="editor-status"
          disabled={statusLocked}
          value={draft.status}
          onChange={(e) => set("status", e.target.value as ItemStatus)}
          className={inputClass}
        >
          {statusOrder.map((status) => (
            <option key={status} value={status}>
              {statusLook[status].label}
            </option>
          ))}
        </select>
      </Field>
      {needsReason(draft.status) && (
        <Field
          label={draft.status === "blocked" ? "What is blocking it? (required)" : "Why does it not apply? (required)"}
          errors={errors.statusReason}
        >
          <textarea
            data-testid="editor-reason"
            required
            rows={2}
            maxLength={2000}
            value={draft.statusReason}
            onChange={(e) => set("statusReason", e.target.value)}
            className={inputClass}
          />
        </Field>
      )}
      <Field label="Evidence" hint="A note or a link (ticket, dashboard, log)." errors={errors.evidence}>
        <textarea
          data-testid="editor-evidence"
          rows={2}
          maxLength={5000}
          value={draft.evidence}
          onChange={(e) => set("evidence", e.target.value)}
          className={inputClass}
        />
      </Field>
    </fieldset>
  );
}
