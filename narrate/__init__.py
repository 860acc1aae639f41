"""narrate: offline Dutch news-briefing podcasts, narrated by Piper voices.

The pipeline runs in stages, one module each, with a typed dataclass at
every hand-off::

    article.py    file          -> Article
    script.py     Article       -> Script
    synthesis.py  Script        -> list[Clip]
    assembly.py   list[Clip]    -> Track
    encoding.py   Track         -> MP3 bytes, tagged
    render.py     all of it     -> Episode (MP3 + manifest)
    feed.py       Episodes      -> feed.xml
"""

__version__ = "0.1.0"
