import { createHash, randomBytes } from "node:crypto";

// API tokens start with `lcu_` (a user's), so a request's Bearer says at a glance which kind it is;
// the launch metrics tokens start with `lc_`. 32 random bytes: a plain SHA-256 is enough to store them.
export const API_TOKEN_PREFIX = "lcu_";
export const newApiTokenSecret = () => `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
export const hashApiToken = (secret: string) => createHash("sha256").update(secret).digest("hex");
export const isApiTokenSecret = (secret: string) => secret.startsWith(API_TOKEN_PREFIX);
