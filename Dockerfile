# syntax=docker/dockerfile:1
# Reciprocity.Host with the web app in its wwwroot. Three stages: the web app (Node), the .NET publish (SDK),
# the runtime (ASP.NET). Build from the repository root: docker build -t reciprocity .

# --- web app: vite builds web/ into ../src/Reciprocity.Host/wwwroot (see web/vite.config.ts)
FROM node:22-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

# --- .NET: restore on the project files alone first, so a code change does not re-download packages
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The image's platform picks the runtime identifier: ReadyToRun code is compiled for one architecture.
ARG TARGETARCH=amd64
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Reciprocity.Abstractions/Reciprocity.Abstractions.csproj src/Reciprocity.Abstractions/
COPY src/Reciprocity.Grains/Reciprocity.Grains.csproj src/Reciprocity.Grains/
COPY src/Reciprocity.Storage/Reciprocity.Storage.csproj src/Reciprocity.Storage/
COPY src/Reciprocity.Host/Reciprocity.Host.csproj src/Reciprocity.Host/WebApp.targets src/Reciprocity.Host/
RUN echo "linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)" > /tmp/rid \
 && dotnet restore src/Reciprocity.Host/Reciprocity.Host.csproj -r "$(cat /tmp/rid)" -p:PublishReadyToRun=true
COPY src/ src/
# The method's words, embedded in the host (one file with the web app).
COPY web/src/words/ web/src/words/
COPY --from=web /src/src/Reciprocity.Host/wwwroot/ src/Reciprocity.Host/wwwroot/
# SkipWebBuild: the web stage built wwwroot already; this stage has no Node. ReadyToRun: most code is compiled
# ahead of time, so the host is ready sooner after a start (docs/benchmarks.md, cold start).
RUN dotnet publish src/Reciprocity.Host/Reciprocity.Host.csproj -c Release -o /app --no-restore -p:SkipWebBuild=true \
    -r "$(cat /tmp/rid)" --self-contained false -p:PublishReadyToRun=true

# --- runtime
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The default SQLite file's folder, writable by the app user (a single container without PostgreSQL).
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
COPY deploy/docker-entrypoint.sh /usr/local/bin/reciprocity-entrypoint
RUN chmod 0755 /usr/local/bin/reciprocity-entrypoint
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
# 8080 HTTP (API, hub, web app; a Silo answers only /health/*); 11111 silo-to-silo, for the other hosts of the cluster
# only. A Combined host opens no Orleans gateway; a Silo (Host__Role=Silo) opens one on 30000, mutual TLS only.
EXPOSE 8080 11111
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready >/dev/null || exit 1
ENTRYPOINT ["reciprocity-entrypoint"]
