// Headless Chromium (Debian's) opens narrate's page, clicks a chapter and
// reports what the audio element did, as JSON on stdout.
// Usage: node play_chapter.mjs PAGE_URL CHAPTER_NUMBER
// Every request to anything but the page's own loopback server is aborted.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [pageUrl, chapterNumber] = process.argv.slice(2);
const origin = new URL(pageUrl).origin;
const profile = mkdtempSync(join(tmpdir(), "narrate-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--autoplay-policy=user-gesture-required",
    "--disable-domain-reliability", "--no-pings", "--disable-features=MediaRouter,OptimizationHints,Translate",
    // Belt and braces: no host name resolves, so nothing but the loopback address can be reached.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ],
  viewport: { width: 390, height: 844 }, // a phone
  permissions: ["clipboard-read", "clipboard-write"],
});
const offsite = [];
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(origin + "/")) return route.continue();
  offsite.push(url);
  return route.abort();
});

const result = { offsite, consoleErrors: [] };
try {
  const page = context.pages()[0] || (await context.newPage());
  page.on("console", (message) => { if (message.type() === "error") result.consoleErrors.push(message.text()); });
  page.on("pageerror", (error) => result.consoleErrors.push(String(error)));
  await page.goto(pageUrl);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });

  const episode = page.locator(".episode").first();
  // The page is ready before its pictures have loaded: wait for the cover (a missing one still fails below).
  await page.waitForFunction(
    () => [...document.querySelectorAll(".episode img.cover")].every((img) => img.complete && img.naturalWidth > 0),
    null, { timeout: 15000 }).catch(() => {});
  result.title = await episode.locator(".title").textContent();
  result.duration = await episode.locator(".duration").textContent();
  result.date = await episode.locator(".date").textContent();
  result.cover = await episode.locator("img.cover").evaluateAll(
    (images) => images.map((img) => ({ src: img.currentSrc, width: img.naturalWidth })));
  result.chapters = await episode.locator(".chapter-play").evaluateAll(
    (buttons) => buttons.map((b) => ({ title: b.textContent, start: Number(b.dataset.start) })));
  result.links = await episode.locator(".chapter-link").evaluateAll((links) => links.map((a) => a.href));
  result.layoutWidth = await page.evaluate(() => document.documentElement.scrollWidth);

  // The copy button puts the feed URL on the clipboard.
  await page.click("#copy-feed");
  result.feedUrlShown = await page.inputValue("#feed-url");
  result.clipboard = await page.evaluate(() => navigator.clipboard.readText());

  // Click the chapter as a person would, then watch the audio element.
  await episode.locator(".chapter-play").nth(Number(chapterNumber) - 1).click();
  await page.waitForFunction(() => {
    const audio = document.getElementById("audio");
    return !audio.paused && audio.readyState >= 3 && !audio.seeking;
  }, null, { timeout: 15000 });
  result.landed = await page.evaluate(() => document.getElementById("audio").currentTime);
  await page.waitForTimeout(1500);
  result.after = await page.evaluate(() => {
    const audio = document.getElementById("audio");
    const cue = document.querySelector(".cue.current");
    return {
      currentTime: audio.currentTime,
      paused: audio.paused,
      error: audio.error && audio.error.code,
      src: audio.currentSrc,
      currentChapter: document.querySelector(".chapter.current .chapter-play")?.textContent ?? null,
      currentCue: cue ? cue.textContent.trim() : null,
      cues: document.querySelectorAll(".cue").length,
    };
  });
} catch (error) {
  result.error = String(error);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
