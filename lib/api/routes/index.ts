import type { AnyRoute } from "@/lib/api/define-route";
import * as accounts from "@/lib/api/routes/accounts";
import * as activity from "@/lib/api/routes/activity";
import { authRoutes } from "@/lib/api/routes/auth";
import * as checklist from "@/lib/api/routes/checklist";
import * as gates from "@/lib/api/routes/gates";
import * as incidents from "@/lib/api/routes/incidents";
import * as integrations from "@/lib/api/routes/integrations";
import * as launches from "@/lib/api/routes/launches";
import * as monitoring from "@/lib/api/routes/monitoring";
import * as reports from "@/lib/api/routes/reports";
import * as system from "@/lib/api/routes/system";
import * as team from "@/lib/api/routes/team";
import * as templates from "@/lib/api/routes/templates";
import * as timeline from "@/lib/api/routes/timeline";
import * as tokens from "@/lib/api/routes/tokens";

const { runStepRoutes, ...timelineRoutes } = timeline;

/** Every door of the API, in the order the document lists them. A new definition file is added here. */
export const allRoutes: AnyRoute[] = [
  ...Object.values(system),
  ...authRoutes,
  ...Object.values(launches),
  ...Object.values(team),
  ...Object.values(checklist),
  ...Object.values(timelineRoutes),
  ...Object.values(runStepRoutes),
  ...Object.values(gates),
  ...Object.values(monitoring),
  ...Object.values(incidents),
  ...Object.values(integrations),
  ...Object.values(reports),
  ...Object.values(activity),
  ...Object.values(templates),
  ...Object.values(accounts),
  ...Object.values(tokens),
];
