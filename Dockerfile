# GoalFrames: the Native AOT binary (scripts/publish-aot.sh) on the minimal runtime-deps image, no shell inside.
#   docker build -t goalframes .
#   docker run -p 3978:3978 -v goalframes-data:/data \
#     -e Slack__SigningSecret=… -e Slack__BotToken=xoxb-… \
#     -e Teams__AppId=… -e Teams__AppPassword=… -e Teams__TenantId=… goalframes
# The sample canon ships beside the binary; mount yours read-only and point Canon__Path at it
# (-v /srv/canon:/canon:ro -e Canon__Path=/canon). Drafts live in the SQLite file on the /data volume unless
# Storage__Provider=postgres. docs/deploy.md has the rest.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
COPY . .
# Installs clang and zlib1g-dev (Native AOT links with them), then publishes exactly as test.sh does. tzdata gives the
# IANA time zones the final stage copies (reminders go out in each manager's working hours).
RUN scripts/publish-aot.sh /app && mkdir -p /data \
    && (test -f /usr/share/zoneinfo/Europe/Paris || (apt-get update && apt-get install -y --no-install-recommends tzdata))

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
WORKDIR /app
COPY --from=build /app .
# The chiseled image has no tzdata: without these files every zone but UTC is unknown, and Reminders:TimeZone or a
# manager's Slack time zone could not be used.
COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
# The volume's mount point belongs to the app user (1654 in the .NET images), so a fresh volume is writable by it.
COPY --from=build --chown=1654:1654 /data /data
ENV Urls=http://0.0.0.0:3978 \
    Storage__ConnectionString="Data Source=/data/goalframes.db" \
    Logging__Console__FormatterName=json
VOLUME ["/data"]
EXPOSE 3978
USER 1654
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["/app/goalframes", "healthcheck"]
ENTRYPOINT ["/app/goalframes", "serve"]
