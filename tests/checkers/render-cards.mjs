// Parses and renders Adaptive Cards with Microsoft's adaptivecards renderer in headless Chromium.
// Usage: node render-cards.mjs <request.json>
//   request: { "cards": [{ "name": "...", "card": { ...AdaptiveCard... }, "screenshot": "/path/to.png" | null }] }
// Prints one JSON line: [{ "name", "problems": ["..."], "text": "<rendered text>" }].
// A problem is anything the renderer reports while parsing (SerializationContext events) or validating
// (validateProperties), or a card that renders to nothing. Never downloads a browser: it uses /usr/bin/chromium.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const request = JSON.parse(readFileSync(process.argv[2], 'utf8'));

// Roughly Teams' light theme, so screenshots look like what people see.
const hostConfig = {
  fontFamily: "'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 20, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E1DFDD' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: {
      default: { default: '#242424', subtle: '#616161' },
      accent: { default: '#5B5FC7', subtle: '#5B5FC7' },
      good: { default: '#0E700E', subtle: '#0E700E' },
      warning: { default: '#835C00', subtle: '#835C00' },
      attention: { default: '#C4314B', subtle: '#C4314B' } } },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: {
      default: { default: '#242424', subtle: '#616161' },
      accent: { default: '#5B5FC7', subtle: '#5B5FC7' },
      good: { default: '#0E700E', subtle: '#0E700E' },
      warning: { default: '#835C00', subtle: '#835C00' },
      attention: { default: '#C4314B', subtle: '#C4314B' } } },
  },
  actions: { maxActions: 6, buttonSpacing: 8, showCard: { actionMode: 'inline' }, actionsOrientation: 'horizontal', actionAlignment: 'left' },
  inputs: { label: { requiredInputs: { weight: 'bolder' }, optionalInputs: { weight: 'bolder', size: 'small' } } },
};

const css = `
  body { margin: 0; background: #F5F5F5; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  .frame { width: 560px; margin: 16px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
  .ac-pushButton { font: 600 14px 'Liberation Sans', sans-serif; padding: 5px 12px; border: 1px solid #D1D1D1; border-radius: 4px;
                   background: #FFFFFF; color: #242424; min-height: 32px; }
  .ac-pushButton.style-positive { background: #5B5FC7; border-color: #5B5FC7; color: #FFFFFF; }
  .ac-pushButton.style-destructive { color: #C4314B; border-color: #C4314B; }
  .ac-input { font: 14px 'Liberation Sans', sans-serif; padding: 5px 8px; border: 1px solid #D1D1D1; border-radius: 4px; box-sizing: border-box; width: 100%; }
  textarea.ac-input { font-family: 'DejaVu Sans Mono', monospace; font-size: 11px; }
`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 600, height: 800 }, deviceScaleFactor: 2 });
  await page.route('**/*', route => route.abort());
  await page.setContent(`<html><head><style>${css}</style></head><body><div id="cards"></div></body></html>`);
  await page.addScriptTag({ path: join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
  const results = [];
  for (const [index, item] of request.cards.entries()) {
    const result = await page.evaluate(({ card, hostConfig, id }) => {
      const AC = window.AdaptiveCards;
      // Teams parses TextBlock text as Markdown; so does this stand-in, so a test sees if canon text is ever formatted.
      AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
        result.outputHtml = text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\*(.+?)\*/g, '<em>$1</em>').replace(/_(.+?)_/g, '<em>$1</em>');
        result.didProcess = true;
      };
      const problems = [];
      const context = new AC.SerializationContext();
      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
      adaptiveCard.parse(card, context);
      for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        problems.push(`parse: ${e.message}`);
      }
      for (const e of adaptiveCard.validateProperties().validationEvents) {
        problems.push(`validate: ${e.message}`);
      }
      const element = adaptiveCard.render();
      if (!element) {
        problems.push('render: the renderer returned nothing');
        return { problems, text: '' };
      }
      const frame = document.createElement('div');
      frame.className = 'frame';
      frame.id = id;
      frame.appendChild(element);
      document.getElementById('cards').appendChild(frame);
      return { problems, text: element.innerText };
    }, { card: item.card, hostConfig, id: `card-${index}` });
    if (item.screenshot) {
      await page.locator(`#card-${index}`).screenshot({ path: item.screenshot });
    }
    results.push({ name: item.name, problems: result.problems, text: result.text });
  }
  process.stdout.write(JSON.stringify(results) + '\n');
} finally {
  await browser.close();
}
