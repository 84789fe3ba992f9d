export const tokenSelect = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  userId: true,
} as const;
