// narrate's listening page: the programme's episodes, one shared player,
// chapters that seek, and the transcript following along.
// Plain JavaScript, no build step; every text from the episodes goes in via
// textContent, never innerHTML.
"use strict";

const audio = document.getElementById("audio");
const nowPlaying = document.getElementById("now-playing");
let current = null; // the episode loaded in the player: {data, element, cues}

function clock(seconds) {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${String(m).padStart(2, "0")}:${ss}`;
}

function longDate(iso) {
  // Noon avoids the date shifting a day in time zones west of UTC.
  return new Date(`${iso}T12:00:00`).toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" });
}

// WebVTT cues as {start, end, text}; enough of the format for narrate's own transcripts.
function parseVtt(text) {
  const seconds = (stamp) => stamp.trim().split(":").reduce((total, part) => total * 60 + parseFloat(part), 0);
  const cues = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = block.split("\n");
    const timing = lines.findIndex((line) => line.includes("-->"));
    if (timing < 0) continue;
    const [from, to] = lines[timing].split("-->");
    const words = lines.slice(timing + 1).join(" ").replace(/<[^>]*>/g, "").trim();
    if (words) cues.push({ start: seconds(from), end: seconds(to.trim().split(/\s+/)[0]), text: words });
  }
  return cues;
}

async function loadTranscript(episode) {
  const vtt = episode.data.transcripts.find((t) => t.type === "text/vtt");
  if (!vtt || episode.cues) return;
  const response = await fetch(vtt.url);
  if (!response.ok) return;
  episode.cues = parseVtt(await response.text());
  const box = episode.element.querySelector(".transcript");
  box.replaceChildren(...episode.cues.map((cue) => {
    const span = document.createElement("span");
    span.className = "cue";
    span.textContent = cue.text + " ";
    span.addEventListener("click", () => playFrom(episode, cue.start));
    cue.element = span;
    return span;
  }));
}

function playFrom(episode, start) {
  if (current !== episode) {
    if (current) current.element.classList.remove("playing");
    current = episode;
    episode.element.classList.add("playing");
    nowPlaying.textContent = episode.data.title;
    // A media fragment makes the browser start there as soon as it can seek.
    audio.src = `${episode.data.audio}#t=${start}`;
    loadTranscript(episode);
  } else {
    audio.currentTime = start;
  }
  // Called within the click, so browsers allow playback with sound.
  audio.play().catch(() => {});
}

// Scroll the transcript box only, never the page, so the listener's place on the page stays put.
function keepInView(element) {
  const box = element.closest(".transcript");
  if (!box || !box.closest("details").open) return;
  const top = element.offsetTop - box.offsetTop;
  if (top < box.scrollTop || top + element.offsetHeight > box.scrollTop + box.clientHeight) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}

function highlight() {
  if (!current) return;
  const t = audio.currentTime;
  for (const [i, chapter] of current.data.chapters.entries()) {
    const next = current.data.chapters[i + 1];
    const on = t >= chapter.start && (!next || t < next.start);
    current.chapterItems[i].classList.toggle("current", on);
  }
  for (const cue of current.cues || []) {
    const on = t >= cue.start && t < cue.end;
    if (on && !cue.element.classList.contains("current")) {
      cue.element.classList.add("current");
      keepInView(cue.element);
    } else if (!on) {
      cue.element.classList.remove("current");
    }
  }
}

function renderEpisode(data, programmeTitle) {
  const element = document.getElementById("episode-template").content.firstElementChild.cloneNode(true);
  const episode = { data, element, cues: null, chapterItems: [] };
  element.id = data.id;
  element.dataset.guid = data.guid;
  element.querySelector(".title").textContent = data.title;
  const date = element.querySelector(".date");
  date.dateTime = data.date;
  date.textContent = longDate(data.date);
  element.querySelector(".duration").textContent = clock(data.duration_s);
  const cover = element.querySelector("img.cover");
  const placeholder = element.querySelector(".cover.placeholder");
  if (data.image) {
    cover.src = data.image;
    placeholder.remove();
  } else {
    cover.remove();
    placeholder.textContent = programmeTitle.slice(0, 1).toUpperCase();
  }
  element.querySelector(".play").addEventListener("click", () => playFrom(episode, 0));

  const list = element.querySelector(".chapters");
  for (const chapter of data.chapters) {
    const item = document.getElementById("chapter-template").content.firstElementChild.cloneNode(true);
    const button = item.querySelector(".chapter-play");
    button.textContent = chapter.title;
    button.dataset.start = chapter.start;
    button.addEventListener("click", () => playFrom(episode, chapter.start));
    const link = item.querySelector(".chapter-link");
    link.href = `${data.audio}#t=${chapter.start}`;
    link.textContent = clock(chapter.start);
    list.append(item);
    episode.chapterItems.push(item);
  }
  if (!data.chapters.length) element.querySelector(".chapters-box").remove();

  const transcriptBox = element.querySelector(".transcript-box");
  if (data.transcripts.some((t) => t.type === "text/vtt")) {
    transcriptBox.addEventListener("toggle", async () => {
      if (!transcriptBox.open) return;
      await loadTranscript(episode);
      const spoken = element.querySelector(".cue.current");
      if (spoken) keepInView(spoken);
    });
  } else {
    transcriptBox.remove();
  }
  return { episode, element };
}

function setUpCopy(feedUrl) {
  const input = document.getElementById("feed-url");
  const status = document.getElementById("copy-status");
  input.value = feedUrl;
  document.getElementById("copy-feed").addEventListener("click", async () => {
    try {
      // The clipboard API needs a secure context; a phone on http://<LAN address> is not one.
      await navigator.clipboard.writeText(feedUrl);
    } catch {
      input.select();
      document.execCommand("copy");
    }
    status.textContent = "Gekopieerd.";
  });
}

async function main() {
  const status = document.getElementById("status");
  let data;
  try {
    const response = await fetch("web/episodes.json", { cache: "no-cache" });
    data = await response.json();
  } catch (error) {
    status.textContent = `De afleveringen konden niet geladen worden (${error}).`;
    return;
  }
  document.title = data.programme.title;
  document.getElementById("programme-title").textContent = data.programme.title;
  document.getElementById("programme-description").textContent = data.programme.description;
  setUpCopy(data.feed_url);
  const list = document.getElementById("episodes");
  for (const entry of data.episodes) list.append(renderEpisode(entry, data.programme.title).element);
  status.textContent = data.episodes.length ? "" : "Nog geen afleveringen: maak er een met 'narrate render'.";
  status.hidden = data.episodes.length > 0;
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  document.body.dataset.ready = "true";
}

audio.addEventListener("timeupdate", highlight);
audio.addEventListener("seeked", highlight);
main();
