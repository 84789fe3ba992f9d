"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextInput } from "@/components/ui/field";
import { sendJson } from "@/lib/http/send-json";
import { LaunchBasicsFields, basicsBody, defaultBasics } from "@/components/launches/new/launch-basics";

export function BlankLaunch() {
  const router = useRouter();
  const [basics, setBasics] = useState(defaultBasics);
  const [system, setSystem] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});

  async function create() {
    const answer = await sendJson<{ id: string }>("POST", "/api/launches", {
      ...basicsBody(basics),
      name: basics.name.trim(),
      system,
    });
    if (!answer.ok) {
      setFields(answer.body.fields ?? {});
      return setError(answer.body.error);
    }
    router.push(`/launches/${answer.body.id}`);
  }

  return (
    <div className="space-y-5">
      <LaunchBasicsFields value={basics} onChange={setBasics} fieldErrors={fields} />
      <Field label="System being launched">
        <TextInput value={system} onChange={(e) => setSystem(e.target.value)} placeholder="Payments API v3" />
      </Field>
      <ErrorMessage message={error} />
      <Button onClick={create} disabled={!basics.name.trim()}>
        Create launch
      </Button>
    </div>
  );
}
