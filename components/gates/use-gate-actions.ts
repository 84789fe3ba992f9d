"use client";

import type { LiveUpdate } from "@/lib/realtime/use-launch-live";
import { useMemo } from "react";
import type { AckRequestData, GateData } from "@/lib/audit/event-types";
import type { CreateGateInput, DecideGateInput, UpdateGateInput } from "@/lib/gates/schemas";
import { sendJson, type ApiError } from "@/lib/http/send-json";

type Update = LiveUpdate;

export type GateResult = { ok: true } | { ok: false; error: string; fields: Record<string, string[]> };

const failed = (body: ApiError): GateResult => ({ ok: false, error: body.error, fields: body.fields ?? {} });

// Gates carry no version; rounds, sign-offs and decisions only ever grow, so an answer that arrives
// after a newer event (someone else signed meanwhile) is recognised as older and not put back.
const progress = (gate: GateData) => {
  const round = gate.rounds.at(-1);
  return [gate.rounds.length, round?.signOffs.length ?? 0, round?.decision ? 1 : 0];
};
const notOlder = (incoming: GateData, current: GateData | undefined) => {
  if (!current) return true;
  const [a, b] = [progress(incoming), progress(current)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
};

export function upsertGate(gates: GateData[], gate: GateData): GateData[] {
  if (
    !notOlder(
      gate,
      gates.find((g) => g.id === gate.id),
    )
  )
    return gates;
  return [...gates.filter((g) => g.id !== gate.id), gate].sort((a, b) => a.position - b.position);
}

export function upsertAckRequest(requests: AckRequestData[], request: AckRequestData): AckRequestData[] {
  const current = requests.find((r) => r.id === request.id);
  if (current && current.acks.length > request.acks.length) return requests;
  return [...requests.filter((r) => r.id !== request.id), request].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
}

/**
 * The gate page's writes. Each applies the server's answer at once (the socket event follows for
 * everyone else); a refusal comes back as the server's own message.
 */
export function useGateActions(launchId: string, update: Update) {
  return useMemo(() => {
    const base = `/api/launches/${launchId}`;
    const gateCall = async (method: string, url: string, body?: unknown): Promise<GateResult> => {
      const answer = await sendJson<GateData>(method, url, body);
      if (!answer.ok) return failed(answer.body);
      update((snapshot) => ({ ...snapshot, gates: upsertGate(snapshot.gates, answer.body) }), answer.seq);
      return { ok: true };
    };
    const ackCall = async (url: string, body?: unknown): Promise<GateResult> => {
      const answer = await sendJson<AckRequestData>("POST", url, body);
      if (!answer.ok) return failed(answer.body);
      update(
        (snapshot) => ({ ...snapshot, ackRequests: upsertAckRequest(snapshot.ackRequests, answer.body) }),
        answer.seq,
      );
      return { ok: true };
    };
    return {
      create: (input: CreateGateInput) => gateCall("POST", `${base}/gates`, input),
      edit: (gateId: string, input: UpdateGateInput) => gateCall("PATCH", `${base}/gates/${gateId}`, input),
      async remove(gateId: string): Promise<GateResult> {
        const answer = await sendJson<{ deleted: string }>("DELETE", `${base}/gates/${gateId}`);
        if (!answer.ok) return failed(answer.body);
        update((snapshot) => ({ ...snapshot, gates: snapshot.gates.filter((gate) => gate.id !== gateId) }));
        return { ok: true };
      },
      open: (gateId: string) => gateCall("POST", `${base}/gates/${gateId}/open`),
      sign: (gateId: string, verdict: "go" | "no_go", comment: string) =>
        gateCall("POST", `${base}/gates/${gateId}/sign`, { verdict, comment }),
      decide: (gateId: string, input: DecideGateInput) => gateCall("POST", `${base}/gates/${gateId}/decide`, input),
      requestAck: (message: string) => ackCall(`${base}/acks`, { message }),
      acknowledge: (requestId: string) => ackCall(`${base}/acks/${requestId}/acknowledge`),
    };
  }, [launchId, update]);
}

export type GateActions = ReturnType<typeof useGateActions>;
