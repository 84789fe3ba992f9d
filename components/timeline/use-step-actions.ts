"use client";

import type { LiveUpdate } from "@/lib/realtime/use-launch-live";
import { useCallback, useMemo } from "react";
import type { StepData } from "@/lib/audit/event-types";
import type { CreateStepInput, RunStepInput, StepAction, UpdateStepInput } from "@/lib/timeline/schemas";
import type { OpenPredecessor } from "@/lib/timeline/step-guards";
import { upsertSteps } from "@/lib/launches/apply-launch-event";
import { apiRequest } from "@/lib/api/client";

type Update = LiveUpdate;

export type StepResult =
  | { ok: true; step?: StepData }
  | {
      ok: false;
      error: string;
      fields: Record<string, string[]>;
      /** true: open linked items (confirmOpenItems); otherwise what else needs a decision. */
      needsConfirmation?: true | "predecessors" | "fixedStart" | "pointOfNoReturn";
      openItems?: string[];
      openRequiredItems?: string[];
      predecessors?: OpenPredecessor[];
      fixedStart?: string;
    };

/**
 * The timeline's writes. Each applies the server's answer at once (the socket event follows for
 * everyone else); a refusal comes back as the server's message, with the step's current state
 * applied when the server sent it (someone else got there first).
 */
export function useStepActions(launchId: string, update: Update) {
  const base = `/api/launches/${launchId}/steps`;

  const send = useCallback(
    async (method: "POST" | "PATCH", url: string, body: unknown): Promise<StepResult> => {
      const answer = await apiRequest<StepData>(method, url, body);
      if (answer.ok) {
        update((snapshot) => upsertSteps(snapshot, [answer.body]), answer.seq);
        return { ok: true, step: answer.body };
      }
      const current = answer.body.current as StepData | undefined;
      if (current?.id) update((snapshot) => upsertSteps(snapshot, [current]));
      return {
        ok: false,
        error: answer.error,
        fields: (answer.body.fields as Record<string, string[]> | undefined) ?? {},
        needsConfirmation: answer.body.needsConfirmation as Extract<StepResult, { ok: false }>["needsConfirmation"],
        openItems: Array.isArray(answer.body.openItems) ? (answer.body.openItems as string[]) : undefined,
        openRequiredItems: Array.isArray(answer.body.openRequiredItems)
          ? (answer.body.openRequiredItems as string[])
          : undefined,
        predecessors: Array.isArray(answer.body.predecessors)
          ? (answer.body.predecessors as OpenPredecessor[])
          : undefined,
        fixedStart: typeof answer.body.fixedStart === "string" ? answer.body.fixedStart : undefined,
      };
    },
    [update],
  );

  return useMemo(
    () => ({
      run: (stepId: string, action: StepAction, options: RunStepInput = {}) =>
        send("POST", `${base}/${stepId}/${action}`, options),
      create: (input: CreateStepInput) => send("POST", base, input),
      edit: (stepId: string, input: UpdateStepInput) => send("PATCH", `${base}/${stepId}`, input),
      correct: (stepId: string, input: { actualStart?: string | null; actualEnd?: string | null; reason: string }) =>
        send("POST", `${base}/${stepId}/correct`, input),
      remove: async (stepId: string): Promise<StepResult> => {
        const answer = await apiRequest("DELETE", `${base}/${stepId}`);
        if (!answer.ok) return { ok: false, error: answer.error, fields: {} };
        update((snapshot) => ({ ...snapshot, steps: snapshot.steps.filter((step) => step.id !== stepId) }));
        return { ok: true };
      },
    }),
    [base, send, update],
  );
}

export type StepActions = ReturnType<typeof useStepActions>;
