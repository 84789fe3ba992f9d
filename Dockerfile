# Production image: builds the Next app and runs server.ts (Next + socket.io on one port).
# Needs an external PostgreSQL (DATABASE_URL) and NEXTAUTH_SECRET; see docker-compose.yml.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Reproducible: exactly the lock file (it lists every platform's optional binaries).
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build \
  # Production talks to an external PostgreSQL: the embedded one (a beta, dev dependency) stays out.
  && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS run
# tini as PID 1: forwards SIGTERM to node and reaps zombies, so `docker stop` shuts down cleanly.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
# The built app, its production dependencies (tsx runs server.ts), the generated client and the
# migrations that server.ts applies at start-up — owned by `node` as they are copied, not re-chowned.
COPY --from=build --chown=node:node /app/package.json /app/server.ts /app/tsconfig.json /app/next.config.ts ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/lib ./lib
COPY --from=build --chown=node:node /app/app ./app
COPY --from=build --chown=node:node /app/components ./components
COPY --from=build --chown=node:node /app/prisma ./prisma
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--expose-gc", "--import", "tsx", "server.ts"]
