import { randomBytes } from "node:crypto";

// 24 random bytes: unguessable, and short enough to read out in a war-room call.
export const newStatusToken = () => randomBytes(24).toString("base64url");
