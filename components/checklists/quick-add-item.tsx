"use client";

import { useChecklist } from "@/components/checklists/checklist-context";
import { PlusIcon } from "@/components/ui/icons";
import { InlineAdd } from "@/components/ui/inline-form";

/** "Add item" at the end of a section: type a title, Enter, type the next one. */
export function QuickAddItem({ sectionId, sectionTitle }: { sectionId: string; sectionTitle: string }) {
  const { actions } = useChecklist();
  return (
    <InlineAdd
      opener={
        <>
          <PlusIcon /> Add item
        </>
      }
      openerTestId="add-item-button"
      openerClassName="flex w-full items-center gap-2 px-4 py-2 text-left text-sm text-slate-500 hover:bg-slate-50 hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 dark:text-slate-400 dark:hover:bg-slate-800/50 dark:hover:text-slate-200"
      className="px-4 py-2"
      input={{
        "data-testid": "add-item-input",
        "aria-label": `New item in "${sectionTitle}"`,
        placeholder: "New item title, then Enter",
        maxLength: 1000,
      }}
      submitLabel="Add"
      submitTestId="add-item-confirm"
      cancelLabel="Done"
      onSubmit={async (title) => {
        const result = await actions.createItem({ sectionId, title });
        if (!result.ok) return result.error;
      }}
    />
  );
}
