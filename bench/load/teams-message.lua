-- wrk script: a Teams message activity in local development mode (no auth), each with a new activity id so the
-- de-duplication does not short-circuit it. The bot answers 200 at once and replies through the connector at
-- serviceUrl (run.sh points that at the baseline app, which accepts any POST). GF_CONVERSATIONS (default 50)
-- spreads the activities over that many conversations (and as many users).
local counter = 0
local service = os.getenv("GF_SERVICE_URL")
local conversations = tonumber(os.getenv("GF_CONVERSATIONS") or "50")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  local id = string.format("load-%d-%d", math.random(1, 1000000000), counter)
  local body = '{"type":"message","id":"' .. id .. '","channelId":"msteams","serviceUrl":"' .. service .. '",' ..
    '"from":{"id":"29:user-' .. (counter % conversations) .. '","name":"Load"},"recipient":{"id":"28:bot","name":"GoalFrames"},' ..
    '"conversation":{"id":"a:conv-' .. (counter % conversations) .. '","conversationType":"personal","tenantId":"t1"},' ..
    '"channelData":{"tenant":{"id":"t1"}},"text":"goals clinops M5 smart","textFormat":"plain"}'
  return wrk.format(nil, nil, nil, body)
end
