# Concord's image: the server, the workers and `concord migrate` all run it (see compose.yaml).
# Built here with `npm ci` and `npm run build`; the running container starts the compiled
# JavaScript in dist/ through bin/concord.js (the build stamp is newer than the sources, so the
# bin never falls back to tsx, which the pruned image does not have).
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    CONCORD_LOG=json \
    HOST=0.0.0.0 \
    PORT=8080
# Whole tree, modification times kept: dist/ stays newer than src/, so it is what runs.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/concord.js"]
CMD ["serve"]
