# The team proxy: `satchel agent` in proxy mode, for phones and tablets that cannot run the local
# agent (README, "The local agent and the team proxy"). Put it behind your TLS terminator.
#
#   docker build -t satchel-proxy .
#   docker run -p 8080:8080 -v "$PWD/tokens:/run/secrets/satchel-tokens:ro" satchel-proxy \
#     --allow-host api.example.com --allow-origin https://satchel.example.com
#
# The tokens file holds one bearer token a line (`openssl rand -base64 32`). Arguments after the
# image name are added to the command below; --allow-host is required.

# Build the command line bundle (and the sandbox's libraries) with the dev dependencies.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
RUN node scripts/build-cli.mjs

# Run it with the runtime dependencies only, as an unprivileged user.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist-cli ./dist-cli
USER node
EXPOSE 8080
ENTRYPOINT ["node", "--max-semi-space-size=1", "bin/satchel.mjs", "agent", "--listen", "0.0.0.0:8080", "--token-file", "/run/secrets/satchel-tokens"]
CMD []
