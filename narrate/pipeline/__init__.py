"""The pipeline: one episode (``render``) or several at once (``render_many``), from options built in one place."""

from .briefing import BriefingOptions, BriefingResult, briefing, briefing_options
from .inputs import describe_input, resolve_inputs
from .options import DEFAULT_EPISODES_DIR, Flags, RenderOptions, episodes_dir, programme_options, render_options
from .publishing import Published, publish
from .render import RenderResult, ScriptText, prepare_script, print_script, render
from .render_many import ManyResult, render_many
from .report import SILENT, Reporter, SilentReporter
from .voicing import download_voices, voices_dir_or_default

__all__ = [
    "BriefingOptions", "BriefingResult", "briefing", "briefing_options", "DEFAULT_EPISODES_DIR", "Flags", "describe_input", "resolve_inputs", "ManyResult", "Published", "RenderOptions", "RenderResult", "Reporter", "SILENT",
    "SilentReporter", "download_voices", "episodes_dir", "prepare_script", "publish", "print_script", "ScriptText", "programme_options", "render",
    "render_many", "render_options", "voices_dir_or_default",
]
