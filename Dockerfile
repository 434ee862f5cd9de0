# The Entente API for docker-compose (Neo4j runs in its own container).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY ingest ./ingest
USER node
EXPOSE 4000
# start = migrate, ingest the shipped sample corpus (idempotent), serve the API; a 32 MB young
# generation means fewer scavenges under load (bench:api runs the server with the same flag)
CMD ["node", "--max-semi-space-size=32", "bin/entente.mjs", "start"]
