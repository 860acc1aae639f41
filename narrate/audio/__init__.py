"""Stage 4: clips become a mastered, chaptered, tagged MP3 with its transcripts and cover.

``assemble`` lays the script's clips out into a ``Track``; ``write_mp3``
masters and encodes it; ``tag_mp3`` writes its ID3 tags and chapter frames;
the chapters, transcript and cover modules make what goes beside it.
``read_chapters``, ``extract_chapter`` and ``play`` work on any finished MP3.
"""

from .assembly import Layout, Track, assemble
from .chapters import chapters_as_json, find_chapter, flatten, format_chapters, json_chapters, read_chapters, timestamps
from .cover import CoverImage, chapter_image, episode_cover, load_cover
from .encoding import DEFAULT_BITRATE_KBPS, Picture, Tags, engine, tag_mp3
from .extract import extract_chapter, play
from .mastering import AudioSettings, Mastering, audio_settings, write_mp3
from .timeline import ChapterMark, Cue, clock
from .transcript import SRT_TYPE, TEXT_TYPE, VTT_TYPE, to_srt, to_text, to_vtt

__all__ = [
    "AudioSettings", "ChapterMark", "CoverImage", "Cue", "DEFAULT_BITRATE_KBPS", "Layout", "Mastering",
    "Picture", "SRT_TYPE", "TEXT_TYPE", "Tags", "Track", "VTT_TYPE", "assemble", "audio_settings",
    "chapter_image", "chapters_as_json", "clock", "engine", "episode_cover", "extract_chapter", "find_chapter",
    "flatten", "format_chapters", "json_chapters", "load_cover", "play", "read_chapters", "tag_mp3",
    "timestamps", "to_srt", "to_text", "to_vtt", "write_mp3",
]
