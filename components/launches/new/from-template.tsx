"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/field";
import { sendJson } from "@/lib/http/send-json";
import { LaunchBasicsFields, basicsBody, defaultBasics } from "@/components/launches/new/launch-basics";
import type { TemplateSummary } from "@/lib/templates/builtin-templates";

export function FromTemplate() {
  const router = useRouter();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [basics, setBasics] = useState(defaultBasics);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    sendJson<{ templates: TemplateSummary[] }>("GET", "/api/templates").then((answer) =>
      answer.ok ? setTemplates(answer.body.templates) : setError(answer.body.error),
    );
  }, []);

  async function create() {
    if (!chosen) return;
    const answer = await sendJson<{ id: string }>("POST", `/api/templates/${chosen}/launch`, {
      ...basicsBody(basics),
      name: basics.name.trim(),
    });
    if (!answer.ok) return setError(answer.body.error);
    router.push(`/launches/${answer.body.id}`);
  }

  return (
    <div className="space-y-5">
      {!templates && !error && <p className="text-sm text-slate-500">Loading templates…</p>}
      <ul className="grid gap-3 sm:grid-cols-2">
        {templates?.map((template) => (
          <li key={template.id}>
            <button
              onClick={() => {
                setChosen(template.id);
                if (!basics.name) setBasics({ ...basics, name: template.name });
              }}
              className={`w-full rounded-xl border p-4 text-left transition ${chosen === template.id ? "border-indigo-500 ring-2 ring-indigo-500" : "border-slate-200 hover:border-indigo-400 dark:border-slate-800"} bg-white dark:bg-slate-900`}
              data-testid="template-option"
            >
              <span className="block font-semibold">{template.name}</span>
              <span className="block text-sm text-slate-500">
                {template.builtin ? "Built-in" : "Saved by your team"} · {template.items} items in {template.sections}{" "}
                sections
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && <LaunchBasicsFields value={basics} onChange={setBasics} />}
      <ErrorMessage message={error} />
      <Button onClick={create} disabled={!chosen || !basics.name.trim()}>
        Create launch from template
      </Button>
    </div>
  );
}
