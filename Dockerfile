# Homeostat image. Runs the TypeScript sources directly through tsx (no build step), the
# same way `npx homeostat start` does from a checkout.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production

# Manifests first, so a source-only change reuses the dependency layer.
COPY package.json package-lock.json ./
# tsx is listed under "dependencies" (bin/homeostat.js compiles TypeScript on load), so
# dev tooling (vitest, typescript, protobufjs) can be left out. bookworm (glibc) is needed
# for the prebuilt chdb engine used when no ClickHouse server is configured.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
# Read at start-up: both stores are migrated before the receivers open.
COPY migrations ./migrations
# Listens on the container's interfaces with tokens from HOMEOSTAT_TOKEN / HOMEOSTAT_API_TOKEN
# (see the file); outside a container the default is 127.0.0.1.
COPY docker/container.yaml ./homeostat.yaml

# Embedded ClickHouse (chdb) and PostgreSQL (PGlite) keep their files under ./data when
# CLICKHOUSE_URL / DATABASE_URL are not set; the volume keeps them across restarts.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]

# 4317 OTLP/gRPC, 4318 OTLP/HTTP, 8080 API (/healthz, /readyz, /metrics).
EXPOSE 4317 4318 8080

# The slim image has no curl or wget; Node's fetch is enough for a readiness probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

ENTRYPOINT ["node", "bin/homeostat.js"]
CMD ["start"]
