"""Cover art: drawn per episode with the bundled Inter font, or the user's own, checked.

Podcast directories reject artwork that is not square, not 1400–3000 px,
not RGB, or not a JPEG/PNG whose extension matches its content (Apple
Podcasts' rules); ``check_cover`` applies exactly those rules.

Inter (``narrate/fonts``) is under the SIL Open Font License 1.1, see
``narrate/fonts/OFL.txt``.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from ..errors import InputError

FONTS = Path(__file__).parent / "fonts"
COVER_SIZE = 1400
"""Apple's minimum; large enough for every app, small enough to embed."""

CHAPTER_IMAGE_SIZE = 640
"""Chapter images are shown smaller than the cover and repeat per chapter, so they stay small."""

MIN_SIZE, MAX_SIZE = 1400, 3000
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class CoverImage:
    """An encoded cover, ready to write and embed."""

    data: bytes
    """The JPEG or PNG file's bytes."""

    mime: str
    """``image/jpeg`` or ``image/png``."""

    @property
    def extension(self) -> str:
        return ".png" if self.mime == "image/png" else ".jpg"


def dutch_date(date: dt.date) -> str:
    """The date as a Flemish or Dutch reader writes it.

    >>> dutch_date(dt.date(2026, 11, 28))
    'zaterdag 28 november 2026'
    """
    return f"{WEEKDAYS[date.weekday()]} {date.day} {MONTHS[date.month - 1]} {date.year}"


def programme_colours(programme: str) -> tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]:
    """Two deep background colours and an accent, fixed per programme name.

    The same programme always gets the same colours, so its episodes look
    like a series; the hue comes from a hash of the name.

    >>> programme_colours("narrate") == programme_colours("narrate")
    True
    """
    hue = int(hashlib.sha256(programme.encode()).hexdigest()[:4], 16) / 0xFFFF

    def rgb(h: float, lightness: float, saturation: float) -> tuple[int, int, int]:
        r, g, b = colorsys.hls_to_rgb(h % 1.0, lightness, saturation)
        return round(r * 255), round(g * 255), round(b * 255)

    return rgb(hue, 0.14, 0.60), rgb(hue + 0.06, 0.30, 0.55), rgb(hue + 0.10, 0.74, 0.90)


def draw_cover(programme: str, title: str | None, date: dt.date | None, size: int = COVER_SIZE,
               label: str | None = None) -> Image.Image:
    """Programme name on top, the title large, the date at the foot, on the programme's colours.

    ``label`` replaces the date line (chapter images say "Hoofdstuk 3").
    """
    dark, light, accent = programme_colours(programme)
    image = _gradient(size, dark, light)
    draw = ImageDraw.Draw(image)
    margin = round(size * 0.09)
    width = size - 2 * margin
    _sound_bars(draw, size, margin, accent)

    name_font = _fitting_font("Inter-Bold.otf", programme.upper(), width, round(size * 0.065), draw)
    draw.text((margin, margin), programme.upper(), font=name_font, fill=accent)
    rule_y = margin + round(size * 0.105)
    draw.rectangle([margin, rule_y, margin + round(size * 0.16), rule_y + max(2, size // 180)], fill=accent)

    if title:
        top = rule_y + round(size * 0.06)
        bottom = size - margin - round(size * 0.16)
        font, lines = _wrap_to_fit(title, "Inter-Bold.otf", width, bottom - top, round(size * 0.105), draw)
        line_height = round(font.size * 1.16)
        for number, line in enumerate(lines):
            draw.text((margin, top + number * line_height), line, font=font, fill=(255, 255, 255))

    footer = label or (dutch_date(date) if date else None)
    if footer:
        foot_font = _fitting_font("Inter-Regular.otf", footer, width, round(size * 0.042), draw)
        draw.text((margin, size - margin - foot_font.size), footer, font=foot_font, fill=(225, 232, 240))
    return image


def episode_cover(programme: str, title: str, date: dt.date) -> CoverImage:
    return encode_image(draw_cover(programme, title, date))


def chapter_image(programme: str, chapter_title: str, number: int, cover: CoverImage | None = None,
                  generated: bool = True) -> CoverImage:
    """A small image for one chapter: the programme's design with the chapter title.

    For a user's own cover, the cover itself with the title on a band at
    the foot, so their artwork stays recognisable.
    """
    if generated or cover is None:
        image = draw_cover(programme, chapter_title, None, CHAPTER_IMAGE_SIZE, label=f"Hoofdstuk {number}")
        return encode_image(image, quality=82)
    base = Image.open(io.BytesIO(cover.data)).convert("RGB").resize((CHAPTER_IMAGE_SIZE, CHAPTER_IMAGE_SIZE),
                                                                     Image.LANCZOS)
    draw = ImageDraw.Draw(base, "RGBA")
    band = round(CHAPTER_IMAGE_SIZE * 0.26)
    draw.rectangle([0, CHAPTER_IMAGE_SIZE - band, CHAPTER_IMAGE_SIZE, CHAPTER_IMAGE_SIZE], fill=(0, 0, 0, 170))
    margin = round(CHAPTER_IMAGE_SIZE * 0.05)
    font, lines = _wrap_to_fit(chapter_title, "Inter-Bold.otf", CHAPTER_IMAGE_SIZE - 2 * margin,
                               band - 2 * margin, round(CHAPTER_IMAGE_SIZE * 0.06), draw, max_lines=2)
    for index, line in enumerate(lines):
        draw.text((margin, CHAPTER_IMAGE_SIZE - band + margin + index * round(font.size * 1.15)), line,
                  font=font, fill=(255, 255, 255))
    return encode_image(base, quality=82)


def encode_image(image: Image.Image, quality: int = 90) -> CoverImage:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True, progressive=False)
    return CoverImage(buffer.getvalue(), "image/jpeg")


def load_cover(path: Path) -> CoverImage:
    """The user's cover, as is, once it passes ``check_cover``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read cover image {path} ({exc.strerror}); check the path given to --cover") from None
    mime = check_cover(data, str(path))
    return CoverImage(data, mime)


def check_cover(data: bytes, name: str = "cover") -> str:
    """The image's MIME type if podcast directories accept it as artwork; else InputError saying what to fix."""
    try:
        image = Image.open(io.BytesIO(data))
        image.verify()
        image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise InputError(f"cover {name} is not an image narrate can read; give a JPEG or PNG file") from None
    kinds = {"JPEG": "image/jpeg", "PNG": "image/png"}
    if image.format not in kinds:
        raise InputError(f"cover {name} is {image.format}; podcast apps need JPEG or PNG, so convert it")
    width, height = image.size
    if width != height:
        raise InputError(f"cover {name} is {width}×{height}; podcast apps need a square image, so crop it")
    if not MIN_SIZE <= width <= MAX_SIZE:
        raise InputError(f"cover {name} is {width}×{height} px; podcast apps need {MIN_SIZE}–{MAX_SIZE} px, so resize it")
    if image.mode != "RGB":
        raise InputError(f"cover {name} is in {image.mode} colour mode; podcast apps need RGB without transparency, "
                         "so convert it")
    return kinds[image.format]


def _gradient(size: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    """A diagonal blend from ``top`` (upper left) to ``bottom`` (lower right)."""
    ramp = np.linspace(0.0, 1.0, size, dtype=np.float32)
    weight = (ramp[None, :] + ramp[:, None]) / 2
    pixels = np.array(top, np.float32) * (1 - weight[..., None]) + np.array(bottom, np.float32) * weight[..., None]
    return Image.fromarray(pixels.round().astype(np.uint8), "RGB")


def _sound_bars(draw: ImageDraw.ImageDraw, size: int, margin: int, colour: tuple[int, int, int]) -> None:
    """A row of rounded level bars along the foot: says 'audio' at a glance."""
    heights = (0.30, 0.55, 0.85, 0.45, 1.0, 0.65, 0.35, 0.75, 0.5, 0.25)
    bar = max(2, size // 70)
    gap = bar
    base = size - margin - round(size * 0.075)
    left = size - margin - len(heights) * (bar + gap) + gap
    muted = tuple(round(c * 0.55 + 40) for c in colour)
    for index, height in enumerate(heights):
        x = left + index * (bar + gap)
        top = base - round(height * size * 0.09)
        draw.rounded_rectangle([x, top, x + bar, base], radius=bar // 2, fill=muted)


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def _fitting_font(name: str, text: str, width: int, size: int, draw: ImageDraw.ImageDraw) -> ImageFont.FreeTypeFont:
    font = _font(name, size)
    while size > 8 and draw.textlength(text, font=font) > width:
        size = int(size * 0.92)
        font = _font(name, size)
    return font


def _wrap_to_fit(text: str, font_name: str, width: int, height: int, size: int, draw: ImageDraw.ImageDraw,
                 max_lines: int = 6) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest font (from ``size`` down) at which ``text`` wraps into the box; an ellipsis if it never does."""
    while True:
        font = _font(font_name, size)
        lines = _wrap(text, font, width, draw)
        fits = len(lines) <= max_lines and len(lines) * size * 1.16 <= height
        if fits or size <= 14:
            break
        size = int(size * 0.92)
    if not fits:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" ,.;:") + "…"
    return font, lines


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, draw: ImageDraw.ImageDraw) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(lines[-1] + " " + word, font=font) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]
