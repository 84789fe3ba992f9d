# Production image: builds the Next app and runs server.ts (Next + socket.io on one port).
# Needs an external PostgreSQL (DATABASE_URL) and NEXTAUTH_SECRET; see docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install rather than npm ci: see .ci/run for why the lock file may miss other platforms' binaries.
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0
# The built app, its dependencies (tsx runs server.ts), the generated client and the migrations
# that server.ts applies at start-up.
COPY --from=build /app /app
RUN npm prune --omit=dev --no-audit --no-fund && chown -R node:node /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npm", "start"]
