"use client";

import { useId } from "react";
import type { MemberData } from "@/lib/audit/event-types";
import { qualifies } from "@/lib/gates/evaluate-gate";
import { Select, TextInput } from "@/components/ui/field";
import { PlusIcon, TrashIcon } from "@/components/ui/icons";

export type RequirementDraft = { by: "role" | "function"; value: string; rule: "all" | "atLeast"; count: number };

const roles = [
  { value: "sponsor", label: "Sponsor" },
  { value: "lead", label: "Lead" },
  { value: "member", label: "Team member" },
];

/** Who must sign GO: by role or function, all of them or at least N, with who that is today. */
export function RequirementEditor({
  value,
  members,
  onChange,
  errors,
}: {
  value: RequirementDraft[];
  members: MemberData[];
  onChange: (next: RequirementDraft[]) => void;
  errors: Record<string, string[]>;
}) {
  const functionsId = useId();
  const functions = [...new Set(members.map((m) => m.function.trim()).filter(Boolean))].sort();
  const set = (index: number, patch: Partial<RequirementDraft>) =>
    onChange(value.map((req, i) => (i === index ? { ...req, ...patch } : req)));

  return (
    <fieldset className="min-w-0 space-y-3" data-testid="gate-requirements">
      <legend className="text-sm font-medium">Sign-offs required before GO</legend>
      <datalist id={functionsId}>
        {functions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {value.length === 0 && (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          None: only the checklist items count. Add who must sign GO, e.g. all of QA.
        </p>
      )}
      {value.map((req, index) => {
        const who = req.value.trim() ? members.filter((m) => qualifies(m, { ...req, value: req.value.trim() })) : [];
        const error = errors[`criteria.signoffs.${index}.value`]?.[0] ?? errors[`criteria.signoffs.${index}`]?.[0];
        return (
          <div
            key={index}
            className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
            data-testid="requirement-row"
          >
            <div className="mb-2 flex items-center justify-between">
              <p className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
                Requirement {index + 1}
              </p>
              <button
                type="button"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={`Remove requirement ${index + 1}`}
                className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-xs text-slate-500 hover:bg-red-50 hover:text-red-700 dark:text-slate-400 dark:hover:bg-red-950/50 dark:hover:text-red-300"
                data-testid="requirement-remove"
              >
                <TrashIcon className="h-3.5 w-3.5" /> Remove
              </button>
            </div>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-[7.5rem_minmax(0,1fr)_8.5rem_4.5rem] sm:items-end">
              <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
                By
                <Select
                  value={req.by}
                  onChange={(e) =>
                    set(index, {
                      by: e.target.value as RequirementDraft["by"],
                      value: e.target.value === "role" ? "sponsor" : "",
                    })
                  }
                  data-testid="requirement-by"
                >
                  <option value="function">Function</option>
                  <option value="role">Role</option>
                </Select>
              </label>
              <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
                {req.by === "role" ? "Role" : "Function"}
                {req.by === "role" ? (
                  <Select
                    value={req.value}
                    onChange={(e) => set(index, { value: e.target.value })}
                    data-testid="requirement-value"
                  >
                    {roles.map((role) => (
                      <option key={role.value} value={role.value}>
                        {role.label}
                      </option>
                    ))}
                  </Select>
                ) : (
                  <TextInput
                    value={req.value}
                    list={functionsId}
                    onChange={(e) => set(index, { value: e.target.value })}
                    placeholder="e.g. QA"
                    data-testid="requirement-value"
                  />
                )}
              </label>
              <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
                How many
                <Select
                  value={req.rule}
                  onChange={(e) => set(index, { rule: e.target.value as RequirementDraft["rule"] })}
                  data-testid="requirement-rule"
                >
                  <option value="all">All of them</option>
                  <option value="atLeast">At least…</option>
                </Select>
              </label>
              {req.rule === "atLeast" ? (
                <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
                  Count
                  <TextInput
                    type="number"
                    min={1}
                    value={req.count}
                    onChange={(e) => set(index, { count: Math.max(1, Math.floor(Number(e.target.value) || 1)) })}
                    data-testid="requirement-count"
                  />
                </label>
              ) : (
                <span aria-hidden className="hidden sm:block" />
              )}
            </div>
            <p
              className={`mt-2 text-xs ${who.length ? "text-slate-600 dark:text-slate-400" : "text-amber-700 dark:text-amber-300"}`}
            >
              {!req.value.trim()
                ? "Name the function that signs."
                : who.length
                  ? `Today: ${who.map((m) => m.name).join(", ")}`
                  : "Nobody on the team has this today."}
            </p>
            {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...value, { by: "function", value: "", rule: "all", count: 1 }])}
        className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-950/50"
        data-testid="requirement-add"
      >
        <PlusIcon /> Add a sign-off requirement
      </button>
    </fieldset>
  );
}
