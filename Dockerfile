# GoalFrames: self-contained, ReadyToRun build on a small runtime-deps image.
#   docker build -t goalframes .
#   docker run -p 3978:3978 -e Urls=http://0.0.0.0:3978 -e Slack__SigningSecret=… -v /srv/canon:/canon -e Canon__Path=/canon goalframes
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/GoalFrames.Host -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
WORKDIR /app
COPY --from=build /app .
# The sample canon ships beside the binary; mount your own and set Canon__Path. Drafts go to /data unless PostgreSQL is set.
ENV Urls=http://0.0.0.0:3978 \
    DOTNET_gcServer=0
VOLUME ["/data"]
EXPOSE 3978
USER app
HEALTHCHECK --interval=30s --timeout=3s CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/3978 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ok <&3"]
ENTRYPOINT ["./goalframes", "serve"]
