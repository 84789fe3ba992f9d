// Public viewers connect to their own socket.io namespace (no session; the root namespace requires
// one) and join the room of the token they hold, so rotating the token can drop exactly them.
export const statusNamespace = "/status";
export const statusRoom = (token: string) => `status:${token}`;
export const statusEventName = "status:update" as const;
