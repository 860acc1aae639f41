"""What earlier briefings took, kept in the episodes folder, and the lock that keeps two runs apart.

Every item a briefing considered counts as done (read in full, trimmed,
left out for time or a duplicate), so the next run takes only newer items.
The file is replaced atomically, so a run cut short leaves the old state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import NarrateError
from ...files import write_text_atomic

STATE_FILE = ".briefing-state"
"""In the episodes folder, hidden (the feed and the server pass over dot files), JSON but not named .json: nothing takes it for a manifest."""

KEEP_DAYS = 30
"""Items older than this are forgotten: no feed offers them again within the window."""

LOCK_WAIT_S = 10 * 60
"""How long a second run waits for the first before giving up."""


@dataclass
class BriefingState:
    """The items earlier briefings took, by feed and key, with when they were taken."""

    done: dict[str, str] = field(default_factory=dict)
    """``feed URL + " " + item key`` → when it was taken (ISO 8601, UTC)."""

    chars_per_second: float | None = None
    """The narrator's speaking rate the last briefing measured, for the next one's first estimate."""

    def has(self, feed_url: str, key: str) -> bool:
        return f"{feed_url} {key}" in self.done

    def add(self, feed_url: str, key: str, now: dt.datetime) -> None:
        self.done[f"{feed_url} {key}"] = now.isoformat(timespec="seconds")


def state_path(episodes_dir: Path) -> Path:
    return Path(episodes_dir) / STATE_FILE


def load_state(episodes_dir: Path) -> BriefingState:
    """The state file, or an empty state on the first run; a damaged file is an error, not a fresh start."""
    path = state_path(episodes_dir)
    if not path.exists():
        return BriefingState()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return BriefingState(done=dict(data.get("done", {})), chars_per_second=data.get("chars_per_second"))
    except (ValueError, AttributeError, TypeError) as exc:
        raise NarrateError(f"the briefing state {path} is damaged ({exc}); delete it to start afresh (the next "
                           "briefing may then repeat stories)") from None


def save_state(episodes_dir: Path, state: BriefingState, now: dt.datetime) -> None:
    """Write the state atomically, forgetting items taken more than ``KEEP_DAYS`` ago."""
    horizon = now - dt.timedelta(days=KEEP_DAYS)
    done = {key: when for key, when in state.done.items() if dt.datetime.fromisoformat(when) >= horizon}
    data = {"done": done, "chars_per_second": state.chars_per_second}
    Path(episodes_dir).mkdir(parents=True, exist_ok=True)
    write_text_atomic(state_path(episodes_dir), json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def briefing_lock(episodes_dir: Path, wait_s: float = LOCK_WAIT_S):
    """A lock on the episodes folder's briefing; the second run waits, then gives up with a clear message."""
    from filelock import FileLock, Timeout

    class _Lock(FileLock):
        def __enter__(self):
            try:
                return super().__enter__()
            except Timeout:
                raise NarrateError(f"another briefing is still running in {episodes_dir} (waited {wait_s:g} s); "
                                   "try again when it has finished") from None

    # The lock lives in the temp folder, so a run that makes nothing leaves nothing in the episodes folder.
    name = hashlib.sha256(str(Path(episodes_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return _Lock(str(Path(tempfile.gettempdir()) / f"narrate-briefing-{name}.lock"), timeout=wait_s)
