// Runs axe-core (WCAG 2.x A and AA rules) on an HTML file in the system Chromium and prints
// the violations as JSON. Usage: node axe.mjs report.html [screenshot.png]
// Exit code: 0 without violations, 1 with violations, 2 when the check could not run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [file, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";

let browser;
try {
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const page = await browser.newPage();
  const violations = [];
  let passes = 0;
  // A desktop window, and the same window at 200 % zoom (half the CSS width).
  for (const [width, scale] of [[1280, 1], [640, 2]]) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: scale });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
    );
    passes += result.passes.length;
    for (const v of result.violations) {
      violations.push({
        width,
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      });
    }
    if (screenshot && width === 1280) {
      await page.screenshot({ path: screenshot, fullPage: false });
    }
  }
  console.log(JSON.stringify({ passes, violations }, null, 2));
  await browser.close();
  process.exit(violations.length === 0 ? 0 : 1);
} catch (e) {
  console.error(String(e && e.stack || e));
  if (browser) await browser.close();
  process.exit(2);
}
