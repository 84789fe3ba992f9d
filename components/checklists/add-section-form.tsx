"use client";

import { useChecklist } from "@/components/checklists/checklist-context";
import { PlusIcon } from "@/components/ui/icons";
import { InlineAdd } from "@/components/ui/inline-form";

export function AddSectionForm() {
  const { actions } = useChecklist();
  return (
    <InlineAdd
      opener={
        <>
          <PlusIcon /> Add section
        </>
      }
      openerTestId="add-section-button"
      openerClassName="flex w-full items-center justify-center gap-2 rounded-xl border border-dashed border-slate-300 px-4 py-3 text-sm font-medium text-slate-600 hover:border-indigo-400 hover:text-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700 dark:text-slate-400 dark:hover:border-indigo-500 dark:hover:text-indigo-300"
      closeOnSuccess
      className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
      input={{
        "data-testid": "add-section-input",
        "aria-label": "New section title",
        placeholder: "Section title, e.g. Rollback",
        maxLength: 300,
      }}
      submitLabel="Add section"
      submitTestId="add-section-confirm"
      onSubmit={(title) => actions.createSection(title)}
    />
  );
}
