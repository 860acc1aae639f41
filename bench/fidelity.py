"""Score the article parser on the keyed corpus: does the listener hear the article, all of it and nothing else?

    .venv/bin/python bench/fidelity.py [--show] [--corpus DIR ...]

Each corpus item is a folder ``<id>/`` with ``article.txt`` or ``article.html``
and ``key.json`` (title or null, headings, every full quote with its speaker
or null, furniture that must not be spoken, body sentences that must be).
The corpus is split once, by a hash of each item's id, into a **dev** half
(read and fixed against) and a **blind** half (only scored): the split
depends on nothing but the id, so items added later fall into a half by
themselves.  ``--show`` lists the dev half's misses; the blind half's are
never printed, and ``--dev-ids`` lists the only folders to open while tuning.

Per corpus and half it prints: title accuracy, heading precision and
recall, quote recall, attribution accuracy (right speaker, or nobody where
the key has nobody, over the quotes found), wrong names read aloud (quotes
whose named speaker is not theirs, over all quotes named), furniture leaks,
body sentences lost and articles refused; then how long the seed takes to parse.  Always exits 0: this is a score,
not a test (``tests/test_fidelity.py`` holds the floors).

The committed corpus is ``tests/data/corpus/articles``; a second corpus of
news pages that may not be committed is scored too when it sits in the
steering repository's ``shared/corpus/articles`` beside the checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrate.article import Article, byline_authors, load_article  # noqa: E402
from narrate.article.people import is_full_name  # noqa: E402
from narrate.article.quotes.words import SPEECH_VERBS  # noqa: E402  (after the path, so the checkout's narrate is scored)
from narrate.errors import NarrateError  # noqa: E402
from narrate.script import INTRO, OUTRO, Role, ScriptOptions, build_script  # noqa: E402

COMMITTED = ROOT / "tests" / "data" / "corpus" / "articles"
SHARED = ROOT.parent / "shared" / "corpus" / "articles"
SEED = ROOT / "seeds" / "poetin-noord-korea.txt"
HALVES = ("dev", "blind")


def half_of(item_id: str) -> str:
    """The half an item belongs to, from its id alone.

    >>> half_of("a-wikipedia-maas") in HALVES
    True
    """
    return HALVES[hashlib.sha256(item_id.encode("utf-8")).digest()[-1] % 2]


def flat(text: str | None) -> str:
    """Text compared loosely: one space, no quote marks, no end punctuation, NFC.

    >>> flat(" „Het  kan  niet.” ")
    'het kan niet'
    """
    text = unicodedata.normalize("NFC", text or "")
    text = re.sub(r"[\"'‘’‚“”„«»‹›`´]", "", text)
    return re.sub(r"\s+", " ", text).strip().strip(" .,:;!?…").lower()


def same_speaker(named: str, truth: str) -> bool:
    """A named speaker is right when one name's words are all in the other's.

    >>> same_speaker("Rutte", "Mark Rutte"), same_speaker("de bondscoach", "Roberto Martínez")
    (True, False)
    """
    said, true = set(re.findall(r"\w+", flat(named))), set(re.findall(r"\w+", flat(truth)))
    return bool(said & true) and (said <= true or true <= said)


def is_description(speaker: str | None) -> bool:
    """A speaker the narrator describes in the article's words ("een woordvoerder van de provincie", "de
    rechter"), as the golden cases have it, rather than names: no name is said, so none can be wrong.

    >>> is_description("een Derde Kamerlid"), is_description("De Wever"), is_description(None)
    (True, False, False)
    """
    return bool(speaker) and speaker.split()[0] in {"de", "het", "een", "die", "deze"}


def same_quote(parsed: str, key: str) -> bool:
    a, b = flat(parsed), flat(key)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return fuzz.ratio(a, b) >= 85 or (short in long and len(short) >= 0.6 * len(long))


@dataclass
class Tally:
    """Counts summed over the items of one half."""

    items: int = 0
    refused: int = 0
    titles_right: int = 0
    headings_found: int = 0
    headings_right: int = 0
    headings_recalled: int = 0
    """Keyed headings found, each as often as the key has it: a heading read twice is recalled once."""
    headings_key: int = 0
    quotes_key: int = 0
    quotes_found: int = 0
    speakers_right: int = 0
    named: int = 0
    wrong_names: int = 0
    leaks: int = 0
    furniture_key: int = 0
    body_lost: int = 0
    named_by: Counter = field(default_factory=Counter, repr=False)
    """Named speakers by the rule that named them (``Quote.attribution``), and of those the wrong ones."""
    wrong_by: Counter = field(default_factory=Counter, repr=False)
    misses: list[str] = field(default_factory=list, repr=False)  # never shown by a failing test: blind misses stay unread
    details: list[str] = field(default_factory=list, repr=False)
    """Finer kinds of some misses (which way a title is wrong, where an unnamed speaker's name stands), counted
    like the misses' kinds: a blind half's totals that say which general rule would pay."""

    def count_name(self, rule: str | None, right: bool) -> None:
        """A speaker said aloud, right or wrong, and the attribution rule that named it."""
        self.named += 1
        self.wrong_names += not right
        self.named_by[rule] += 1
        self.wrong_by[rule] += not right

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict[str, float | int]:
        def share(part: int, whole: int) -> float:
            return round(part / whole, 3) if whole else 1.0

        return {
            "items": self.items, "refused": self.refused,
            "title": share(self.titles_right, self.items),
            "heading_p": share(self.headings_right, self.headings_found),
            "heading_r": share(self.headings_recalled, self.headings_key),
            "quote_r": share(self.quotes_found, self.quotes_key),
            "attribution": share(self.speakers_right, self.quotes_found),
            "wrong_names": round(self.wrong_names / self.named, 3) if self.named else 0.0, "named": self.named,
            "leaks": self.leaks, "body_lost": self.body_lost,
        }


def spoken_text(article: Article, credits: bool = True) -> str:
    """Everything the listener hears of the article, as written, one line per segment (without the outro's
    credits: ``credits`` False)."""
    return "\n".join(text for chapter, text in spoken_segments(article) if credits or chapter != OUTRO)


def spoken_segments(article: Article) -> list[tuple[str, str]]:
    """Each segment the listener hears, as written, with the title of its chapter."""
    script = build_script([article], ScriptOptions(), lambda text, *_: text)
    segments: list[tuple[str, str]] = []

    def walk(chapters) -> None:
        for chapter in chapters:
            # The intro's narrator lines are narrate's own words ("Welkom bij narrate. Het is zondag 6 december."):
            # the date they say would make a keyed weekday or month leak on some days and not on others.
            segments.extend((chapter.title, segment.text) for segment in chapter.segments
                            if not (chapter.title == INTRO and segment.role is Role.NARRATOR))
            walk(chapter.chapters)

    walk(script.chapters)
    return segments


def score_item(folder: Path) -> Tally:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    tally = Tally(items=1, headings_key=len(key["headings"]), quotes_key=len(key["quotes"]),
                  furniture_key=len(key["furniture"]))
    source = next(folder.glob("article.*"))
    try:
        article = load_article(source)
    except NarrateError as error:
        tally.refused = 1
        tally.misses.append(f"refused: {error}")
        return tally
    _score_title(article, key, tally)
    _score_headings(article, key, tally)
    _score_quotes(article, key, tally)
    _score_speech(article, key, tally, source)
    return tally


def undated(title: str | None) -> str:
    """A title without the page's date after a dash, which keys keep or cut as the site sets it ("Opening
    gemeentehuis - Langemark - 07/05/2010"): either way the listener hears the headline.

    >>> undated("Opening gemeentehuis - Langemark - 07/05/2010"), undated("Raad van 30 – 31 mei")
    ('opening gemeentehuis - langemark', 'raad van 30 – 31 mei')
    """
    return flat(re.sub(r"\s+[-–—|]\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$", "", title or ""))


def _score_title(article: Article, key: dict, tally: Tally) -> None:
    if undated(article.title) == undated(key["title"]) and (article.title is None) == (key["title"] is None):
        tally.titles_right = 1
    else:
        tally.misses.append(f"title: {article.title!r}, key {key['title']!r}")
        tally.details.append(title_miss_kind(article.title, key["title"]))


def title_miss_kind(parsed: str | None, wanted: str | None) -> str:
    """Which way a title is wrong: none given, one given where the key has none, part of the key's (or the key's
    part of it: a kicker or a date glued on), or another line.

    >>> [title_miss_kind(*p) for p in ((None, "A b"), ("A b", None), ("Analyse | A b", "A b"), ("Sport", "A b"))]
    ['title_none', 'title_extra', 'title_part', 'title_other']
    """
    if parsed is None or wanted is None:
        return "title_none" if parsed is None else "title_extra"
    a, b = flat(parsed), flat(wanted)
    return "title_part" if a and b and (a in b or b in a) else "title_other"


def _score_headings(article: Article, key: dict, tally: Tally) -> None:
    raw = [s.heading for s in article.sections if s.heading]
    found = [flat(h) for h in raw]
    wanted = {flat(h) for h in key["headings"]}
    tally.headings_found = len(found)
    tally.headings_right = sum(1 for h in found if h in wanted)
    tally.headings_recalled = sum((Counter(flat(h) for h in key["headings"]) & Counter(found)).values())
    tally.misses += [f"heading not one ({heading_shape(r)}): {h!r}" for r, h in zip(raw, found) if h not in wanted]
    tally.misses += [f"heading missed: {h!r}" for h in sorted(wanted - set(found))]


def heading_shape(heading: str) -> str:
    """A false heading's shape, all the blind half shows of it: a question, one in quote marks, a short label,
    a long line, or a phrase.

    >>> [heading_shape(h) for h in ("wat nu?", "'nee'", "deel", "een lange zin van negen of meer woorden hier dus", "rol van china")]
    ['question', 'quoted', 'label', 'long', 'phrase']
    """
    if heading.rstrip().endswith("?"):
        return "question"
    if heading[:1] in "'\"‘“„«":
        return "quoted"
    words = len(heading.split())
    return "label" if words <= 2 else "long" if words >= 9 else "phrase"


def furniture_shape(line: str) -> str:
    """A leaked furniture string's shape, all the blind half shows of it: a short label, a line with separators, a
    sentence, one with figures, or a phrase.

    >>> [furniture_shape(t) for t in ("Deel", "Home | Nieuws | Sport", "Meer info op de site.", "Nu 3 reacties", "Foto van de brug")]
    ['label', 'separated', 'sentence', 'figures', 'phrase']
    """
    if len(line.split()) <= 2:
        return "label"
    if re.search(r"\s[|·•›>/]\s", line):
        return "separated"
    if re.search(r"[.!?…]['’\"”»)]?$", line.strip()):
        return "sentence"
    return "figures" if re.search(r"\d", line) else "phrase"


def _run_of_paragraphs(article: Article, wanted: str) -> list[int]:
    """A quote that runs over paragraphs, read as one quote per paragraph: the parsed quotes, in
    consecutive paragraphs of one part, that together are the key's quote (first index first)."""
    quotes = article.quotes
    for first in range(len(quotes)):
        run = [first]
        while len(run) < 8 and run[-1] + 1 < len(quotes):
            a, b = quotes[run[-1]], quotes[run[-1] + 1]
            if (b.part, b.section) != (a.part, a.section) or b.paragraph != a.paragraph + 1:
                break
            run.append(run[-1] + 1)
            if same_quote(" ".join(quotes[n].text for n in run), wanted):
                return run
    return []


def _score_quotes(article: Article, key: dict, tally: Tally) -> None:
    matched = set()
    for wanted in key["quotes"]:
        hits = [(fuzz.ratio(flat(q.text), flat(wanted["text"])), n) for n, q in enumerate(article.quotes)
                if same_quote(q.text, wanted["text"])]
        run = _run_of_paragraphs(article, wanted["text"])
        joined = fuzz.ratio(flat(" ".join(article.quotes[k].text for k in run)), flat(wanted["text"])) if run else 0
        if not hits and not run:
            tally.misses.append(f"quote missed: {wanted['text'][:60]!r}")
            continue
        if hits and max(hits)[0] >= joined:
            run = [max(hits)[1]]
        n = run[0]
        matched.update(run)
        tally.quotes_found += 1
        said, true = article.quotes[n].speaker, wanted["speaker"]
        if is_description(said):
            # The article's own words for someone it does not name ("een Kamerlid"): no name is said, and it is
            # right where the key has nobody, or the same description where the text never names them either.
            right = true is None or (is_description(true) and same_speaker(said, true))
            said_name = None
        else:
            right = said == true if said is None or true is None else same_speaker(said, true)
            said_name = said
        tally.speakers_right += right
        if said_name is not None:
            tally.count_name(article.quotes[n].attribution, right)
        if not right:
            kind = ("speaker unnamed" if said is None else "speaker described, key names" if said_name is None
                    else "speaker named, key none" if true is None else "speaker wrong")
            if said is not None:
                kind += f" by {article.quotes[n].attribution}"  # which rule named: the blind half's only clue
            tally.misses.append(f"{kind}: {said!r}, key {true!r}: {wanted['text'][:50]!r}")
            if said is None:
                tally.details.append(f"unnamed_{name_place(article, article.quotes[n], true)}")
                tally.details.append(f"unnamed_prev_{quote_before(article, n, true)}")
    for n, quote in enumerate(article.quotes):
        if n not in matched and quote.speaker is not None and not quote.inline and not is_description(quote.speaker):
            # A part of a key quote (its first paragraph, say) names its speaker rightly or wrongly; any other
            # quote the key lacks that gets a name is a name the article never gave.
            said = flat(quote.text)
            whole = next((w for w in key["quotes"] if len(said) >= 20 and said in flat(w["text"])), None)
            right = whole is not None and whole["speaker"] is not None and same_speaker(quote.speaker, whole["speaker"])
            tally.count_name(quote.attribution, right)
            if right:
                continue
            tally.misses.append(f"named a quote the key lacks by {quote.attribution}: {quote.speaker!r}: "
                                f"{quote.text[:50]!r}")


def name_place(article: Article, quote, speaker: str) -> str:
    """Where the text says the name of an unnamed quote's speaker: in the quote's paragraph, the one before, an
    earlier one (or the title), only later, or nowhere (the key names someone the text names otherwise)."""
    words = [w for w in re.findall(r"\w+", flat(speaker)) if len(w) > 2 and not w.isdigit()]
    if not words:
        return "nowhere"
    pattern = re.compile(r"\b" + re.escape(words[-1]) + r"\b")
    paragraphs = [("title", -2, 0, article.title or ""), ("lead", -1, 0, article.lead or "")]
    paragraphs += [("body", s, p, text) for s, section in enumerate(article.sections)
                   for p, text in enumerate(section.paragraphs)]
    here = next((i for i, (part, s, p, _t) in enumerate(paragraphs)
                 if (part, s, p) == (quote.part, quote.section, quote.paragraph)), None)
    hits = [i for i, (*_k, text) in enumerate(paragraphs) if pattern.search(flat(text))]
    if here is None or not hits:
        return "nowhere" if not hits else "unplaced"
    if here in hits:
        # Whether the parser knows a verb of saying outside the quote: its vocabulary or its reading of clauses fails.
        rest = paragraphs[here][3][: quote.start] + " " + paragraphs[here][3][quote.end :] if quote.end else ""
        return "here_verb" if any(w.lower() in SPEECH_VERBS for w in re.findall(r"\w+", rest)) else "here_noverb"
    if here - 1 in hits:
        return "before"
    return "earlier" if min(hits) < here else "later"


def quote_before(article: Article, n: int, speaker: str | None) -> str:
    """Who the parser named for the quote just before an unnamed one: the key's speaker (``same``: a continuation
    not read), someone else (``other``), nobody (``unnamed``), or there is none (``first``)."""
    if n == 0:
        return "first"
    said = article.quotes[n - 1].speaker
    if said is None or is_description(said):
        return "unnamed"
    return "same" if speaker is not None and same_speaker(said, speaker) else "other"


def _score_speech(article: Article, key: dict, tally: Tally, source: Path) -> None:
    segments = spoken_segments(article)
    heard = flat(" ".join(text for _chapter, text in segments))
    # The outro credits the authors ("U hoorde: ..., door Sanne Kooistra."): a byline heard there is narrate's
    # credit, not the page's line, whether the key has it as "Door Sanne Kooistra" or as the person's name alone;
    # any other furniture there (a ministry or a menu label taken for the author) still leaks.
    uncredited = flat(" ".join(text for chapter, text in segments if chapter != OUTRO))
    credited = (byline_authors(article.byline) or "").split(", ") if article.byline else []
    authors = {flat(name) for name in credited if is_full_name(name)}
    units, whole = _source_units(source)
    chrome = [flat(line) for line in key["furniture"]]
    furniture = frozenset(chrome)
    for line, wanted in zip(key["furniture"], chrome):
        said = occurrences(uncredited if _BYLINE.match(wanted) or wanted in authors else heard, wanted)
        if wanted and said > _said_elsewhere(wanted, units, whole, furniture):
            tally.leaks += 1
            tally.misses.append(f"furniture spoken from {source.suffix[1:]} ({furniture_shape(line)}): {line[:60]!r}")
    for sentence in key["body_snippets"]:
        if flat(sentence) not in heard:
            tally.body_lost += 1
            tally.misses.append(f"body lost: {sentence[:60]!r}")


def occurrences(text: str, wanted: str) -> int:
    """How often ``wanted`` stands in ``text`` as whole words: "facebook" is not heard in "onze facebookpagina".

    >>> occurrences("volg ons op facebook of op onze facebookpagina", "facebook")
    1
    """
    return len(re.findall(rf"(?<!\w){re.escape(wanted)}(?!\w)", text))


_BYLINE = re.compile(r"(?:door|by)\s")
"""A byline as the key has it, flattened ("door sanne kooistra")."""


def _source_units(source: Path) -> tuple[list[str], str]:
    """The page's lines (a paste) or elements (HTML, each counted where its text first stands whole), flattened,
    and all its text flattened."""
    raw = source.read_text(encoding="utf-8")
    if source.suffix != ".html":
        return [flat(line) for line in raw.splitlines()], flat(raw)
    import lxml.html

    root = lxml.html.fromstring(raw)
    for element in root.xpath("//script|//style|//head|//template|//noscript"):
        element.drop_tree()
    texts = {element: flat(element.text_content()) for element in root.iter() if isinstance(element.tag, str)}
    units = [text for element, text in texts.items() if text and texts.get(element.getparent()) != text]
    return units, flat(" ".join(root.itertext()))


def _said_elsewhere(wanted: str, units: list[str], whole: str, chrome: set[str]) -> int:
    """How often a furniture string may be heard without leaking: as often as the page has it outside its own
    lines and the other furniture's (a tag "academiejaar 2022-2023" that the body's first sentence says too);
    0 when it is only part of a line, which is then told by its place alone.

    >>> _said_elsewhere("deel dit artikel", ["deel dit artikel", "het nieuws"], "deel dit artikel het nieuws", set())
    0
    >>> units = ["hogeschool utrecht", "hij werkt aan de hogeschool utrecht", "over hogeschool utrecht"]
    >>> _said_elsewhere("hogeschool utrecht", units, " ".join(units), {"hogeschool utrecht", "over hogeschool utrecht"})
    1
    """
    own = sum(1 for unit in units if unit == wanted)
    if not own:
        return 0
    inside_chrome = sum(occurrences(unit, wanted) for unit in units if unit != wanted and unit in chrome)
    return max(0, occurrences(whole, wanted) - own - inside_chrome)


def score_corpus(articles: Path) -> dict[str, tuple[Tally, dict[str, Tally]]]:
    """Per half: the summed tally and each item's own."""
    result: dict[str, tuple[Tally, dict[str, Tally]]] = {half: (Tally(), {}) for half in HALVES}
    for folder in sorted(p for p in articles.iterdir() if (p / "key.json").is_file()):
        total, items = result[half_of(folder.name)]
        items[folder.name] = score_item(folder)
        total.add(items[folder.name])
    return result


def _label(corpus: Path) -> str:
    return {COMMITTED: "committed", SHARED: "shared"}.get(corpus.resolve(), str(corpus))


def miss_kinds(items: dict[str, Tally]) -> str:
    """How many misses of each kind, without what they are: all one may see of the blind half.

    >>> miss_kinds({"x": Tally(misses=["title: 'A', key 'B'", "body lost: 'C'", "body lost: 'D'"])})
    'body_lost=2 title=1'
    """
    kinds: dict[str, int] = {}
    for tally in items.values():
        for miss in tally.misses:
            kind = miss.split(":", 1)[0].replace(",", "").replace(" ", "_")
            kinds[kind] = kinds.get(kind, 0) + 1
    return " ".join(f"{k}={n}" for k, n in sorted(kinds.items()))


def detail_kinds(total: Tally) -> str:
    """How many of the finer kinds, like ``miss_kinds``.

    >>> detail_kinds(Tally(details=["title_none", "unnamed_here", "title_none"]))
    'title_none=2 unnamed_here=1'
    """
    return " ".join(f"{k}={n}" for k, n in sorted(Counter(total.details).items()))


def rule_record(total: Tally) -> str:
    """Wrong names over names said, per attribution rule: which rules to trust.

    >>> rule_record(Tally(named_by=Counter(clause=9, context=2), wrong_by=Counter(context=1)))
    'clause=0/9 context=1/2'
    """
    return " ".join(f"{rule}={total.wrong_by[rule]}/{n}" for rule, n in sorted(total.named_by.items(), key=str))


def _summary(label: str, half: str, total: Tally) -> str:
    figures = " ".join(f"{k}={v}" for k, v in total.figures().items())
    return f"fidelity: corpus={label} half={half} {figures}"


def seed_parse_seconds(rounds: int = 5) -> float:
    """The fastest of a few parses of the seed: the parser must stay well under half a second on it."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        load_article(SEED)
        best = min(best, time.perf_counter() - start)
    return round(best, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list the dev half's misses, item by item")
    parser.add_argument("--corpus", type=Path, action="append", help="an articles folder (default: both corpora)")
    parser.add_argument("--dev-ids", action="store_true", help="print the dev half's folders (the only ones to open) and stop")
    args = parser.parse_args(argv)
    corpora = args.corpus or [c for c in (COMMITTED, SHARED) if c.is_dir()]
    if args.dev_ids:
        for corpus in corpora:
            print("\n".join(str(p) for p in sorted(corpus.iterdir()) if half_of(p.name) == "dev"))
        return 0
    overall = {half: Tally() for half in HALVES}
    for corpus in corpora:
        for half, (total, items) in score_corpus(corpus).items():
            overall[half].add(total)
            print(_summary(_label(corpus), half, total))
            print(f"fidelity: corpus={_label(corpus)} half={half} misses: {miss_kinds(items)}")
            print(f"fidelity: corpus={_label(corpus)} half={half} wrong/named by rule: {rule_record(total)}")
            print(f"fidelity: corpus={_label(corpus)} half={half} finer kinds: {detail_kinds(total)}")
            if args.show and half == "dev":
                for item_id, tally in items.items():
                    for miss in tally.misses:
                        print(f"  {item_id}: {miss}")
    if len(corpora) > 1:
        for half, total in overall.items():
            print(_summary("all", half, total))
    print(f"fidelity: seed_parse_s={seed_parse_seconds()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
