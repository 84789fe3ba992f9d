"use client";

import type { LiveUpdate } from "@/lib/realtime/use-launch-live";
import { useMemo } from "react";
import type { z } from "zod";
import { byDueAt } from "@/lib/comms/message-time";
import type { saveCommunicationInput } from "@/lib/comms/schemas";
import type {
  CheckpointData,
  CommunicationData,
  IncidentData,
  LaunchFieldsData,
  MetricData,
  TriggerData,
} from "@/lib/audit/event-types";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { SaveMetricInput, SaveTriggerInput, SubmitCheckpointInput } from "@/lib/checkpoints/schemas";
import { sendJson, type ApiAnswer } from "@/lib/http/send-json";

type Update = LiveUpdate;
const upsert = <T extends { id: string }>(list: T[], entry: T) => [...list.filter((x) => x.id !== entry.id), entry];

export type IncidentInput = {
  title: string;
  severity: IncidentData["severity"];
  ownerId: string | null;
  impact: string;
  notes: string;
};
export type MessageInput = z.input<typeof saveCommunicationInput>;
export type ScheduleInput = {
  checkpointEveryMinutes: number | null;
  checkpointsFrom: string | null;
  checkpointsUntil: string | null;
  version: number;
};

/**
 * The checkpoint page's changes, one API call each. A successful answer is shown at once (the event
 * that follows finds it already in place); a refusal comes back with the server's message.
 */
export function useCheckpointActions(launchId: string, update: Update) {
  return useMemo(() => {
    const base = `/api/launches/${launchId}`;
    async function call<T>(
      method: string,
      url: string,
      body: unknown,
      apply?: (current: LaunchSnapshot, result: T) => LaunchSnapshot,
    ): Promise<ApiAnswer<T>> {
      const answer = await sendJson<T>(method, url, body);
      if (answer.ok && apply) update((current) => apply(current, answer.body), answer.seq);
      return answer;
    }
    const withLaunch = (current: LaunchSnapshot, launch: LaunchFieldsData) => ({ ...current, ...launch });
    return {
      submitCheckpoint: (input: SubmitCheckpointInput) =>
        call<CheckpointData>("POST", `${base}/checkpoints`, input, (s, checkpoint) => ({
          ...s,
          checkpoints: upsert(s.checkpoints, checkpoint),
        })),
      saveMetric: (input: SaveMetricInput) =>
        call<MetricData>("POST", `${base}/metrics`, input, (s, metric) => ({
          ...s,
          metrics: upsert(s.metrics, metric).sort((a, b) => a.position - b.position),
        })),
      deleteMetric: (metricId: string) =>
        call<MetricData>("DELETE", `${base}/metrics/${metricId}`, undefined, (s) => ({
          ...s,
          metrics: s.metrics.filter((m) => m.id !== metricId),
        })),
      saveTrigger: (input: SaveTriggerInput) =>
        call<TriggerData>("POST", `${base}/triggers`, input, (s, trigger) => ({
          ...s,
          triggers: upsert(s.triggers, trigger),
        })),
      deleteTrigger: (triggerId: string) =>
        call<TriggerData>("DELETE", `${base}/triggers/${triggerId}`, undefined, (s) => ({
          ...s,
          triggers: s.triggers.filter((t) => t.id !== triggerId),
        })),
      saveSchedule: (input: ScheduleInput) => call<LaunchFieldsData>("PATCH", base, input, withLaunch),
      saveLessons: (lessonsLearned: string, version: number) =>
        call<LaunchFieldsData>("PATCH", base, { lessonsLearned, version }, withLaunch),
      rotateToken: () =>
        call<{ token: string }>("POST", `${base}/metrics-token`, undefined, (s) => ({ ...s, hasMetricsToken: true })),
      openIncident: (input: IncidentInput) =>
        call<IncidentData>("POST", `${base}/incidents`, input, (s, incident) => ({
          ...s,
          incidents: upsert(s.incidents, incident).sort((a, b) => a.openedAt.localeCompare(b.openedAt)),
        })),
      updateIncident: (
        incidentId: string,
        input: Partial<IncidentInput> & { status?: IncidentData["status"]; version?: number },
      ) =>
        call<IncidentData>("PATCH", `${base}/incidents/${incidentId}`, input, (s, incident) => ({
          ...s,
          incidents: upsert(s.incidents, incident).sort((a, b) => a.openedAt.localeCompare(b.openedAt)),
        })),
      saveMessage: (input: MessageInput) =>
        call<CommunicationData>("POST", `${base}/communications`, input, (s, message) => ({
          ...s,
          communications: upsert(s.communications, message).sort(byDueAt),
        })),
      markSent: (messageId: string) =>
        call<CommunicationData>("POST", `${base}/communications/${messageId}/sent`, undefined, (s, message) => ({
          ...s,
          communications: upsert(s.communications, message).sort(byDueAt),
        })),
    };
  }, [launchId, update]);
}

export type CheckpointActions = ReturnType<typeof useCheckpointActions>;
