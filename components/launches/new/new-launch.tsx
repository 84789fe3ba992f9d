"use client";

import { useState } from "react";
import { ImportPlan } from "@/components/launches/new/import-plan";
import { FromTemplate } from "@/components/launches/new/from-template";
import { BlankLaunch } from "@/components/launches/new/blank-launch";

const tabs = [
  { id: "import", label: "Import a plan" },
  { id: "template", label: "From a template" },
  { id: "blank", label: "Blank" },
] as const;

export function NewLaunch() {
  const [tab, setTab] = useState<(typeof tabs)[number]["id"]>("import");
  return (
    <div>
      <div role="tablist" className="mb-6 flex gap-1 border-b border-slate-200 dark:border-slate-800">
        {tabs.map((entry) => (
          <button
            key={entry.id}
            role="tab"
            aria-selected={tab === entry.id}
            onClick={() => setTab(entry.id)}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${
              tab === entry.id
                ? "border-indigo-600 text-indigo-700 dark:text-indigo-300"
                : "border-transparent text-slate-500 hover:text-slate-800 dark:hover:text-slate-200"
            }`}
          >
            {entry.label}
          </button>
        ))}
      </div>
      {tab === "import" && <ImportPlan />}
      {tab === "template" && <FromTemplate />}
      {tab === "blank" && <BlankLaunch />}
    </div>
  );
}
