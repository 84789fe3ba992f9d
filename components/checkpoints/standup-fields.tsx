"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";

/** The stand-up: one status line per function of the team, plus any function someone adds. */
export function StandupFields({
  functions,
  values,
  onChange,
  onAdd,
}: {
  functions: string[];
  values: Record<string, string>;
  onChange: (name: string, status: string) => void;
  onAdd: (name: string) => void;
}) {
  const [adding, setAdding] = useState("");
  const id = useId();
  const add = () => {
    const name = adding.trim();
    if (!name) return;
    onAdd(name);
    setAdding("");
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        Stand-up
      </h3>
      <p className="text-xs text-slate-500 dark:text-slate-400">One line per function; empty lines are left out.</p>
      <div className="mt-2 space-y-2">
        {functions.map((name) => (
          <label
            key={name}
            className="grid items-center gap-1 text-sm sm:grid-cols-[9rem_minmax(0,1fr)] sm:gap-3"
            data-testid="standup-row"
          >
            <span className="font-medium">{name}</span>
            <input
              className={`${inputClass} mt-0`}
              value={values[name] ?? ""}
              onChange={(event) => onChange(name, event.target.value)}
              placeholder={`Status from ${name}`}
            />
          </label>
        ))}
      </div>
      <div className="mt-2 flex gap-2">
        <input
          aria-label="Add a function"
          className={`${inputClass} mt-0`}
          value={adding}
          onChange={(event) => setAdding(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              add();
            }
          }}
          placeholder="Add a function, e.g. Security"
          data-testid="standup-add-input"
        />
        <Button type="button" variant="secondary" onClick={add} disabled={!adding.trim()} data-testid="standup-add">
          <PlusIcon /> Add
        </Button>
      </div>
    </section>
  );
}
