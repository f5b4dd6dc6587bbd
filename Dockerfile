# The county-graph API (used by docker-compose.yml; Neo4j runs in its own container).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 4000
CMD ["node", "bin/county-graph.js", "start"]
