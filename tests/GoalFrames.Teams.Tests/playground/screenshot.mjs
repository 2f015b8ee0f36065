// Opens the Agents Playground's own web UI in headless Chromium, chats with the bot there as a person would, and takes
// a screenshot of the page once the bot's Adaptive Card is on screen. Used by PlaygroundScreenshotTests.
// Usage: node screenshot.mjs <request.json>
//   request: { "url": "http://127.0.0.1:<port>/", "greeting": "text the welcome starts with", "send": "what to type",
//              "cardTexts": ["text that must be visible in the card", ...], "screenshot": "/path/to.png" }
// Prints one JSON line: { "visible": { "<text>": true|false, ... }, "width", "height", "ms": { "greeting", "card", "total" } }
// ("visible": on screen, inside the viewport and not covered; the typed message is checked as well as cardTexts).
// Exits 1 with the reason on stderr (and a screenshot of what the page showed) when the greeting or the card never shows.
//
// The Playground's UI keeps no history: it shows only what its conversation stream sends while the page is connected
// (the server buffers messages only while no client at all is connected). So the page must be open before the bot
// answers; it installs the app itself on load, which makes the bot greet. Only requests to the Playground itself are
// allowed (its Segoe UI fonts and animations come from a CDN: the page falls back to local fonts). So that the
// screenshot is the same from run to run, the page runs in UTC at a fixed time, the timestamps of the stream and of
// sent messages are pinned to it, the log panel (it shows the bot's random port) is hidden, and the viewport is made
// tall enough for the whole conversation.
// Never downloads a browser: it uses /usr/bin/chromium and the playwright-core of tests/checkers.
import { readFileSync } from 'node:fs';
import { chromium } from '../../checkers/node_modules/playwright-core/index.mjs';

const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pinnedTime = Date.parse('2026-01-05T09:30:00Z');
const timeout = 60_000;
const started = Date.now();
const ms = {};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let page;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC', locale: 'en-US' });
  page = await context.newPage();
  page.setDefaultTimeout(timeout);
  await page.clock.setFixedTime(pinnedTime);
  const origin = new URL(request.url);
  await page.route(url => url.host !== origin.host, route => route.abort());
  await page.route(/\/_conversation\/v1\/conversations\/[^/]+\/messages$/, async route => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), timestamp: pinnedTime } });
  });
  await page.routeWebSocket(/\/_ws_conversation\/v1\/conversations\/stream$/, ws => {
    const server = ws.connectToServer();
    server.onMessage(data => {
      const event = JSON.parse(data);
      if (event.message && typeof event.message.timestamp === 'number') {
        event.message.timestamp = pinnedTime;
      }
      ws.send(JSON.stringify(event));
    });
  });

  await page.goto(request.url);
  await page.getByText(request.greeting).first().waitFor({ state: 'visible' });
  ms.greeting = Date.now() - started;

  await page.getByTitle('Hide log panel').click();
  const compose = page.locator('[contenteditable="true"][role="textbox"]');
  await compose.click();
  await page.keyboard.type(request.send);
  await page.keyboard.press('Enter');

  const card = page.locator('.ac-adaptiveCard').last();
  await card.getByText(literal(request.cardTexts[0])).first().waitFor({ state: 'visible' });
  ms.card = Date.now() - started;

  // Nothing focused or hovered, then a viewport as tall as the conversation, scrolled to its top.
  await page.evaluate(() => document.activeElement?.blur());
  await page.mouse.move(0, 0);
  for (let i = 0; i < 5; i++) {
    const extra = await card.evaluate(element => {
      for (let at = element.parentElement; at; at = at.parentElement) {
        const overflow = getComputedStyle(at).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight) {
          return at.scrollHeight - at.clientHeight;
        }
      }
      return 0;
    });
    if (extra === 0) {
      break;
    }

    const size = page.viewportSize();
    await page.setViewportSize({ width: size.width, height: Math.min(size.height + extra + 24, 8000) });
    await page.waitForTimeout(250);
  }

  const visible = {};
  for (const text of [request.send, ...request.cardTexts]) {
    const scope = text === request.send ? page : card;
    visible[text] = await onScreen(scope.getByText(literal(text)).first());
  }

  await page.screenshot({ path: request.screenshot, animations: 'disabled', caret: 'hide' });
  const { width, height } = page.viewportSize();
  ms.total = Date.now() - started;
  process.stdout.write(JSON.stringify({ visible, width, height, ms }) + '\n');
} catch (error) {
  process.stderr.write(`screenshot.mjs: ${error.message}\n`);
  process.exitCode = 1;
  await page?.screenshot({ path: request.screenshot }).catch(() => {}); // what the page showed instead
} finally {
  await browser.close();
}

function literal(text) {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

// Visible to a person: rendered, and every line of it inside the viewport with nothing else on top of it.
async function onScreen(locator) {
  if (!(await locator.isVisible())) {
    return false;
  }

  return locator.evaluate(element => {
    // One rectangle per line box: text that wraps has a bounding box larger than its lines.
    const lines = [...element.getClientRects()].filter(box => box.width > 0 && box.height > 0);
    return lines.length > 0 && lines.every(box => {
      if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
        return false;
      }

      const hit = document.elementFromPoint(box.left + (box.width / 2), box.top + (box.height / 2));
      return hit !== null && (element === hit || element.contains(hit));
    });
  });
}
