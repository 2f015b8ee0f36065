// Bolt for JavaScript answering /goals with the same Block Kit bytes GoalFrames sends: the peer a Slack developer
// picks, verifying the same signature. usage: node bolt-app.js RESPONSE.json PORT (GF_SECRET is the signing secret).
const { App, LogLevel } = require('@slack/bolt');
const fs = require('fs');

const reply = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const app = new App({
  signingSecret: process.env.GF_SECRET,
  token: 'xoxb-load-benchmark',
  tokenVerificationEnabled: false,
  // Known ids, so Bolt never calls auth.test (there is no Slack here).
  botId: 'B0LOAD',
  botUserId: 'U0LOAD',
  endpoints: '/slack/commands',
  logLevel: LogLevel.ERROR,
});
app.command('/goals', async ({ ack }) => { await ack(reply); });
app.start(Number(process.argv[3]));
