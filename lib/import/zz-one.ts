import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { parsePlanCsv, planToCsv } from "@/lib/import/plan-csv";
const doc = "**Estimated time**: 3h\nOwner: # \n1. ├─   [ ] **System**: [ ]          | [a](b)**System**: é\n- text [x]     ðŸš€é```---  │   ## ~~**:__**/**_ completed    Owner: ";
const r = parsePlanMarkdown(doc);
const back = parsePlanCsv(planToCsv(r.plan)).plan;
const a = JSON.stringify(r.plan, null, 1).split("\n"), b = JSON.stringify(back, null, 1).split("\n");
a.forEach((l, i) => { if (l !== b[i]) console.log(i, JSON.stringify(l), JSON.stringify(b[i])); });
