"""Stage 2: articles become a script for the ear, with the text as it will be spoken."""

from .builder import INTRO, OUTRO, Chapter, Pauses, Role, Script, ScriptOptions, Segment, build_script
from .inputs import describe_article, load_script
from .lexicon import Lexicon
from .normalize import NORMALIZER_VERSION, normalize
from .sentences import split_sentences
from .speech import DEFAULT_LANGUAGE, LANGUAGES, Speech, load_speech
from .trim import FULL_ARTICLE, Trim, closing_line, full_cost, minimum_cost, trim_article
from .text_format import format_script, is_script_text, parse_script, script_from_json, script_to_json

__all__ = [
    "Chapter", "DEFAULT_LANGUAGE", "INTRO", "LANGUAGES", "Lexicon", "NORMALIZER_VERSION", "OUTRO", "Pauses", "Role", "Script", "ScriptOptions", "Segment", "Speech",
    "build_script", "describe_article", "format_script", "is_script_text", "load_script", "load_speech", "normalize",
    "parse_script", "script_from_json", "script_to_json", "split_sentences",
    "FULL_ARTICLE", "Trim", "closing_line", "full_cost", "minimum_cost", "trim_article",
]
