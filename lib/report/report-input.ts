import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";

/** What a post-launch report is built from: the parts of a launch snapshot it reads. */
export type ReportInput = Pick<
  LaunchSnapshot,
  | "id"
  | "name"
  | "system"
  | "timezone"
  | "status"
  | "isRehearsal"
  | "goLiveAt"
  | "windowStart"
  | "windowEnd"
  | "steps"
  | "sections"
  | "gates"
  | "metrics"
  | "checkpoints"
  | "incidents"
  | "communications"
  | "lessonsLearned"
>;
