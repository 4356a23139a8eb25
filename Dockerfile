# syntax=docker/dockerfile:1
# One image for the api (with the built PWA) and the video job; compose and Cloud Run pick the command.
# Stages: deps (every dependency, for the build) → build → prod-deps (runtime dependencies only) → runtime.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# Only the manifests first, so the dependency layer is reused until a package.json or the lock changes.
COPY package.json package-lock.json .npmrc ./
COPY core/package.json core/
COPY api/package.json api/
COPY job/package.json job/
COPY pwa/package.json pwa/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

# Development only (compose profile "dev"): Vite's dev server, unprivileged, writing only its cache.
FROM build AS dev
RUN mkdir -p pwa/node_modules/.vite && chown -R node:node pwa
USER node

FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY core/package.json core/
COPY api/package.json api/
COPY job/package.json job/
COPY pwa/package.json pwa/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
# ffmpeg/ffprobe render and probe the videos; tini forwards SIGTERM (a cancelled job stops ffmpeg).
RUN apt-get update \
  && apt-get install -y --no-install-recommends ffmpeg tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data SECRETS_DIR=/secrets
COPY --from=prod-deps --chown=root:root /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/core/package.json core/
COPY --from=build /app/core/dist core/dist
COPY --from=build /app/api/package.json api/
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/job/package.json job/
COPY --from=build /app/job/dist job/dist
COPY --from=build /app/job/LICENSE job/
COPY --from=build /app/pwa/package.json pwa/
COPY --from=build /app/pwa/dist pwa/dist
COPY scripts/docker scripts/docker
# Writable state only under /data and /secrets, owned by the unprivileged user the processes run as;
# named volumes mounted there take this ownership on first use.
RUN mkdir -p /data /secrets && chown node:node /data /secrets && chmod 700 /secrets
USER node
EXPOSE 4000
ENTRYPOINT ["/usr/bin/tini", "--", "/app/scripts/docker/entrypoint.sh"]
CMD ["node", "api/dist/main.js"]
