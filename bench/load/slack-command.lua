-- wrk script: a signed Slack slash command. The body, timestamp and signature come from the environment
-- (run.sh signs once; Slack accepts a signature for 300 s, longer than one run).
wrk.method = "POST"
wrk.body = os.getenv("GF_BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("GF_TS")
wrk.headers["X-Slack-Signature"] = os.getenv("GF_SIG")
