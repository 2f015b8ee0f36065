#!/usr/bin/env python3
"""Cold start: exec to the first answered signed POST /slack/commands, the median of N starts.

usage: coldstart.py RUNS PORT -- COMMAND...   (the signing secret and form body come from GF_SECRET and GF_BODY;
the literal word PORT in COMMAND is replaced by the port). Prints the median in milliseconds, then every run.
"""
import hashlib, hmac, http.client, os, signal, statistics, subprocess, sys, time

runs, port = int(sys.argv[1]), int(sys.argv[2])
command = [w.replace("PORT", str(port)) for w in sys.argv[sys.argv.index("--") + 1:]]
secret, body = os.environ["GF_SECRET"].encode(), os.environ["GF_BODY"].encode()


def answered():
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(secret, b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("POST", "/slack/commands", body, {
            "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature})
        response = connection.getresponse()
        ok = response.status == 200 and len(response.read()) > 0
        connection.close()
        return ok
    except OSError:
        return False


times = []
for _ in range(runs):
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not answered():
        if process.poll() is not None:
            sys.exit(f"{command[0]} exited with {process.returncode}")
        if time.monotonic() - start > 60:
            process.kill()
            sys.exit(f"{command[0]} did not answer a signed /slack/commands within 60 s")
        time.sleep(0.002)
    times.append((time.monotonic() - start) * 1000)
    process.send_signal(signal.SIGKILL)
    process.wait()
print(f"{statistics.median(times):.0f} " + " ".join(f"{t:.0f}" for t in times))
