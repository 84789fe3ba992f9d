"use client";

import { useState } from "react";
import type { MemberData } from "@/lib/audit/event-types";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Select, TextInput } from "@/components/ui/field";
import { SettingsCard } from "@/components/launches/settings/card";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

const roles = ["lead", "sponsor", "member", "viewer"] as const;
const functions = ["Release Manager", "DevOps", "DBA", "QA", "Support", "Monitoring", "SRE", "Security", "Product"];

export function TeamManager({
  launchId,
  members,
  canEdit,
  myId,
}: {
  launchId: string;
  members: MemberData[];
  canEdit: boolean;
  myId: string;
}) {
  const { send, error, busy } = useLaunchRequest();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<(typeof roles)[number]>("member");
  const [fn, setFn] = useState("");
  const base = `/api/launches/${launchId}/members`;

  return (
    <SettingsCard
      title="Team"
      description="Roles: lead runs the plan, sponsor decides go / no-go, member does their items, viewer reads."
      testId="team-manager"
    >
      <datalist id="functions">
        {functions.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {members.map((member) => (
          <li key={member.userId} className="flex flex-wrap items-center gap-3 py-2" data-testid="team-member">
            <div className="min-w-40 flex-1">
              <span className="font-medium">{member.name}</span>
              {member.userId === myId && <span className="text-slate-500"> (you)</span>}
              <span className="block text-xs text-slate-500">{member.email}</span>
            </div>
            {canEdit ? (
              <>
                <Select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  className="w-32"
                  disabled={busy}
                  onChange={(e) =>
                    send("PATCH", `${base}/${member.userId}`, { role: e.target.value, version: member.version })
                  }
                >
                  {roles.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </Select>
                <TextInput
                  aria-label={`Function of ${member.name}`}
                  list="functions"
                  defaultValue={member.function}
                  className="w-40"
                  placeholder="Function"
                  onBlur={(e) =>
                    e.target.value !== member.function &&
                    send("PATCH", `${base}/${member.userId}`, { function: e.target.value, version: member.version })
                  }
                />
                <Button
                  variant="ghost"
                  disabled={busy}
                  onClick={() =>
                    confirm(`Remove ${member.name} from this launch?`) && send("DELETE", `${base}/${member.userId}`)
                  }
                >
                  Remove
                </Button>
              </>
            ) : (
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {member.role}
                {member.function && ` · ${member.function}`}
              </span>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form
          className="mt-4 flex flex-wrap items-end gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await send("POST", base, { email, role, function: fn })) {
              setEmail("");
              setFn("");
            }
          }}
        >
          <label className="min-w-52 flex-1 text-sm font-medium">
            Add by email
            <TextInput
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="dba@example.com"
            />
          </label>
          <label className="text-sm font-medium">
            Role
            <Select value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
              {roles.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </Select>
          </label>
          <label className="text-sm font-medium">
            Function
            <TextInput list="functions" value={fn} onChange={(e) => setFn(e.target.value)} placeholder="DBA" />
          </label>
          <Button type="submit" disabled={busy}>
            Add
          </Button>
        </form>
      )}
      <div className="mt-3">
        <ErrorMessage message={error?.error ?? null} />
      </div>
    </SettingsCard>
  );
}
