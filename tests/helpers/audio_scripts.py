"""Scripts built directly for the audio tests, independent of the parser and script builder.

A briefing with nested chapters and quotes in a second voice, made of short
texts so the tiny test voice speaks them in seconds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from narrate.script.builder import Chapter, Role, Script, Segment
from narrate.synthesis.synthesize import Clip

from ..conftest import MULTI_VOICE

DATE = dt.date(2026, 11, 28)


def narration(text: str, pause_ms: int = 500, role: Role = Role.NARRATOR) -> Segment:
    return Segment(role=role, text=text, spoken=text, pause_ms=pause_ms)


def quote(text: str, speaker: str, pause_ms: int = 400) -> Segment:
    return Segment(role=Role.QUOTE, text=text, spoken=text, voice="quote-1", speaker=speaker, pause_ms=pause_ms)


ARTICLES = [
    ("Poetin zet Noord-Koreaanse soldaten in", "https://example.be/poetin",
     [("Kanonnenvlees", [narration("Duizenden soldaten trekken naar Koersk. Ze zijn slecht uitgerust."),
                         quote("De wereld ziet er vandaag helemaal anders uit.", "Jamie Shea"),
                         narration("Dat zei hij gisteren.")]),
      ("Reactie van het Westen", [narration("De NAVO spreekt van een gevaarlijke escalatie."),
                                   quote("Dit is een keerpunt. Wij moeten reageren.", "Mark Rutte")])]),
    ("Brussel krijgt nieuwe tramlijn", "https://example.be/tram",
     [("De plannen", [narration("Tram tien rijdt vanaf volgend jaar naar Neder-Over-Heembeek.")]),
      ("De kosten", [narration("Het project kost zowat driehonderd miljoen euro."),
                     quote("Het is elke euro waard.", "Elke Van den Brandt")])]),
    ("Storm teistert de kust", "https://example.be/storm",
     [("Schade", [narration("In Oostende waaiden daken weg. Niemand raakte gewond.")]),
      ("Vooruitzichten", [narration("Morgen gaat de wind liggen.")])]),
]


def briefing_script() -> Script:
    """Intro, three articles each with two sections (nested), outro; quotes in voice slot quote-1."""
    intro = Chapter("Intro", [narration("Welkom bij de briefing.", 600),
                              narration("Vandaag drie verhalen.", 1200, Role.HEADING)])
    articles = []
    for title, url, sections in ARTICLES:
        subs = [Chapter(heading, [narration(heading, 700, Role.HEADING), *segments]) for heading, segments in sections]
        for sub in subs:
            sub.segments[-1].pause_ms = 1200
        chapter = Chapter(title, [narration(title, 800, Role.HEADING)], subs)
        chapter.url = url  # tolerated by assembly until Chapter has its own field
        articles.append(chapter)
    outro = Chapter("Outro", [narration("Dat was de briefing. Tot morgen.", 800)])
    return Script(title="De briefing van zaterdag", date=DATE, chapters=[intro, *articles, outro],
                  programme="De Ochtendbriefing", source="https://example.be/poetin")


def two_voice_clips(script: Script, quote_gain_db: float = -12.0, quote_speaker: int = 2,
                    narrator_speaker: int = 0) -> list[Clip]:
    """Clips spoken by the 3-speaker test voice: narrator and quotes as different speakers.

    The quotes are also turned down by ``quote_gain_db``, as a quieter voice model would be.
    """
    import numpy as np

    from piper import PiperVoice, SynthesisConfig

    voice = PiperVoice.load(str(MULTI_VOICE), config_path=str(MULTI_VOICE) + ".json")
    clips = []
    for segment in script.segments():
        speaker = quote_speaker if segment.voice.startswith("quote") else narrator_speaker
        config = SynthesisConfig(speaker_id=speaker, noise_scale=0.0, noise_w_scale=0.0)
        chunks = list(voice.synthesize(segment.spoken, syn_config=config))
        gain = 10 ** (quote_gain_db / 20) if segment.voice.startswith("quote") else 1.0
        arrays = [(c.audio_int16_array.astype(np.float32) * gain).astype(np.int16) for c in chunks]
        clips.append(make_clip(arrays, voice.config.sample_rate,
                               [getattr(c, "text", None) for c in chunks]))
    return clips


def make_clip(sentences, sample_rate: int, texts=None) -> Clip:
    """A Clip from per-sentence arrays, whichever shape synthesis.Clip has today."""
    import numpy as np

    samples = np.concatenate(sentences) if sentences else np.zeros(0, np.int16)
    names = {f.name for f in dataclasses.fields(Clip)}
    if "sentence_samples" in names:
        return Clip(samples=samples, sample_rate=sample_rate, sentence_samples=[len(s) for s in sentences])
    from narrate.synthesis import synthesize as synthesis

    sentence_type = getattr(synthesis, "SentenceAudio")
    fields = {f.name for f in dataclasses.fields(sentence_type)}
    made = []
    for index, array in enumerate(sentences):
        text = (texts or [None] * len(sentences))[index] or ""
        values = {}
        for name in fields:
            if name in ("text", "spoken"):
                values[name] = text
            elif name in ("num_samples", "samples", "length"):
                values[name] = len(array)
        made.append(sentence_type(**values))
    return Clip(samples=samples, sample_rate=sample_rate, sentences=made)

