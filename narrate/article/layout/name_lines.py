"""Lines that only name someone: a name card ("Medisch directeur Guy Hans"), a portrait's name and age ("Harm
Ligtenberg (21), CSF"), a name under the headline. They say who is pictured or who speaks below; none heads a
chapter of the text, save a page of portraits' names.
"""

from __future__ import annotations

import re

from ..firstnames import is_first_name
from ..letters import CAPITAL
from ..people import ROLE_NOUNS, is_full_name, is_role_word, name_runs
from ..furniture.signatures import OPENING_MARK
from ..furniture.vocab import BYLINE_START
from .header import is_byline
from .lines import HEADING, PARAGRAPH, Unit, comparable


def labels_headline(text: str, out: list[Unit]) -> bool:
    """A person's name alone right under the headline, or under a subhead that names them: the label of their
    picture or the author's name, not a chapter of the text (a subhead over a list of names heads each one).

    >>> labels_headline("Hanna Swaab", [Unit(HEADING, "Diesoratie Hanna Swaab: investeer in het kind", 0)])
    True
    >>> labels_headline("Niels Drost", [Unit(HEADING, "Genomineerden Beste Masterscriptie", 0)])
    False
    """
    if not is_full_name(text.strip()):
        return False
    return not out or out[-1].kind == HEADING and text.strip() in out[-1].text


def named_in_passing(text: str, following: Unit | None, series: bool) -> bool:
    """A page's one name line over a paragraph that names the person in passing, not as its subject ("Het is
    dinsdag en ik heb een afspraak met Lenny Verkooijen"): a picture's label or a card, no chapter. A portrait's
    subhead opens its text with the name ("Lenny Verkooijen is hoogleraar"), and a page of portraits heads each
    with a name (``series``: more name lines, or the markup sets it as a subhead). With no picture beside it, the
    name is read as text where the page has it, not cut.

    >>> below = Unit(PARAGRAPH, "Ik zie Anna de Vries in haar kamer.", 2)
    >>> named_in_passing("Anna de Vries", below, series=False), named_in_passing("Anna de Vries", below, series=True)
    (True, False)
    >>> named_in_passing("Anna de Vries", Unit(PARAGRAPH, "Anna de Vries is hoogleraar in Gent.", 2), series=False)
    False
    """
    if series or following is None or following.kind != PARAGRAPH or not is_full_name(text.strip()):
        return False
    name, below = comparable(text), comparable(following.text)
    return name in below and not below.startswith(name)


def only_names_and_roles(text: str) -> bool:
    """A card's words: names, roles and the words that join them; no number (an address: "Burgemeester Van
    Gansberghelaan 96") and no verb ("Hanne Goossens aangesteld als gemeenteraadslid" is news, a subhead).

    >>> only_names_and_roles("Eefje Cuppen, directeur Rathenau Instituut"), only_names_and_roles("Hanne Goossens aangesteld als gemeenteraadslid")
    (True, False)
    >>> only_names_and_roles("Jan Peeters – brandweerman kazerne Noord"), only_names_and_roles("Jan Peeters, nu in de kazerne")
    (True, False)
    """
    text = re.sub(r"\(\d{1,3}\)", "", text)
    lower = [w for w in re.findall(r"[^\W\d_][\w-]*", text) if w[:1].islower()]
    card = re.fullmatch(r"([^,–—|]+?)\s*[,–—|]\s*(\S+)[^,–—|]*", text)  # "Dennis Arts – postcoördinator kazerne X"
    if card and is_full_name(card.group(1)) and is_role_word(card.group(2)) and not re.search(r"\d", text):
        return True  # the role opens what stands after the name: where it is held follows, in any words
    return not re.search(r"\d", text) and all(w in _CARD_LINKS or is_role_word(w) for w in lower)


_CARD_LINKS = frozenset({"van", "de", "der", "den", "het", "bij", "voor", "en", "ter", "ten", "te"})
"""Words a name card joins names and roles with ("Jan Peeters, schepen van Mobiliteit")."""


def speaks_below(text: str) -> bool:
    """A paragraph a name card stands over as its speaker's label: quoted words, a colon label, or a question."""
    return bool(re.match(OPENING_MARK, text) or re.match(r"[^\s:]{1,30}(?: [^\s:]{1,30}){0,3}:\s", text)
                or text.rstrip().endswith("?") or "?" in text[:120])


def name_with_role(text: str) -> bool:
    """One person's full name and their role, nothing else: a name card or a speaker's label, not a chapter.

    >>> name_with_role("Medisch directeur Guy Hans"), name_with_role("Eefje Cuppen, directeur Rathenau Instituut")
    (True, True)
    >>> name_with_role("2. Secretaris-generaal: Peter Cabus"), name_with_role("Diesrede door Ingrid van Engelshoven")
    (False, False)
    >>> name_with_role("Hanne Goossens aangesteld als gemeenteraadslid"), name_with_role("Schepen Mia Claes neemt afscheid")
    (False, False)
    """
    names = [name for _at, name in name_runs(text) if is_full_name(name)]
    if len(names) != 1 or ":" in text or re.search(r"[.!?]\s*$", text):
        return False
    rest = re.findall(r"[^\W\d_][\w-]*", text.replace(names[0], " "))
    # A verb of taking or leaving office makes the line news about the person ("... benoemd tot ereburger",
    # "... neemt afscheid"): a subhead. A copula or an auxiliary does not ("Mia Claes is wethouder" describes her).
    if any(word in NEWS_OF_OFFICE for word in rest):
        return False
    return 1 <= len(rest) <= 3 and any(is_role_word(word.lower()) for word in rest)


NEWS_OF_OFFICE = frozenset(
    """benoemt benoemen benoemd herbenoemd aangesteld kiest kiezen gekozen verkiest verkozen herkozen beëdigt beëdigd
    installeert installeren geïnstalleerd treedt treden aangetreden afgetreden teruggetreden stapt opgestapt vertrekt
    vertrekken vertrokken stopt stoppen gestopt overlijdt overleden ontslaat ontslagen voorgedragen aangewezen
    nomineert genomineerd bekroond huldigt gehuldigd geridderd eert geëerd onderscheiden promoveert gepromoveerd
    verwelkomt verwelkomd afscheid""".split()
)
"""The present and past participle forms of the verbs that make news of someone's office (appoint, elect, swear in,
install, step up or down, leave, stop, die, dismiss, nominate, honour, welcome) and the farewell ("neemt afscheid"):
with one, a name and a role are a headline, not a name card. "Gepensioneerd" is left out, as it describes as often
as it reports ("gepensioneerd leraar")."""


def name_with_age(text: str) -> bool:
    """A person's name and their age in brackets, perhaps a comma and what they do: a portrait's name card.

    >>> name_with_age("Harm Ligtenberg (21), CSF (Christelijke Studenten Fractie)"), name_with_age("PETER (54)")
    (True, True)
    >>> name_with_age("Perscommuniqués (44)"), name_with_age("Groningen (2)")
    (False, False)
    """
    m = _AGED.match(text.strip())
    if m is None:
        return False
    name = m.group(1)
    return is_full_name(name) or (" " not in name and is_first_name(name.capitalize()))


_AGED = re.compile(r"([^\W\d_][\w'’-]*(?: [\w'’-]+){0,4}) \(\d{1,3}\)(?:,|$)")
"""Up to five words, then a number of one to three digits in brackets, then a comma or the end: a name and an age."""


def function_line(text: str) -> bool:
    """A role without its holder's name, and where it is held: the line under a byline or a name card ("Correspondent
    in Berlijn", "Manager Publieke Partnerschappen"), not a chapter. A role word alone ("Burgemeester" over the
    mayor's part of a council page) or one that opens a phrase ("Student centraal") may head a chapter.

    >>> [function_line(t) for t in ("Correspondent in Berlijn", "Schepen van mobiliteit", "Manager Publieke Partnerschappen")]
    [True, True, True]
    >>> [function_line(t) for t in ("Burgemeester", "Student centraal", "Verdachte proefschriften", "Directeur Van Eycklaan 12")]
    [False, False, False, False]
    """
    words = text.split()
    if not 2 <= len(words) <= FUNCTION_LINE_WORDS or words[0].lower() not in ROLE_NOUNS or re.search(r"[\d?!.:;]", text):
        return False
    rest = words[1:]
    return rest[0] in _HELD_AT or all(w[:1].isupper() for w in rest)


FUNCTION_LINE_WORDS = 6
"""Words a role and where it is held run to ("Secretaris van de raad van bestuur"); a longer line says more."""

_HELD_AT = frozenset({"in", "van", "bij", "voor", "te", "der", "des", "op"})
"""Words that join a role to where it is held ("correspondent in Berlijn", "schepen van mobiliteit")."""


def unsigned_byline(text: str) -> bool:
    """A byline that names the writer's post, not the writer: "Van onze redacteur", "Van onze correspondent in
    Berlijn", "Door een medewerker", the whole family by the words a paper signs with.

    >>> [unsigned_byline(t) for t in ("Van onze redacteur", "Van onze eigen correspondent in New York", "Door onze sportredactie")]
    [True, True, True]
    >>> unsigned_byline("Van onze redacteur tot hoofdredacteur"), unsigned_byline("Van onze leden")
    (False, False)
    """
    return _UNSIGNED_BYLINE.fullmatch(text.strip()) is not None


_UNSIGNED_BYLINE = re.compile(
    rf"(?i:van|door) (?i:onze?|een|de|het) (?i:(?:eigen|vaste|speciale|reizende) )?"
    r"(?i:\w*(?:redacteur|redacteuren|redactrice|redactie|correspondent|correspondente|correspondenten|verslaggever|"
    r"verslaggeefster|verslaggevers|medewerker|medewerkster|medewerkers|reporter|reporters|journalist|journaliste|"
    rf"journalisten|gezant|fotograaf|fotografe|fotografen))(?: (?i:in|te|bij|op|uit) [{CAPITAL}][\w'’.-]*(?: [{CAPITAL}][\w'’.-]*)?)?"
)
"""A post a paper signs with, perhaps the place it writes from ("in Berlijn", "te Brussel")."""


def dateline(text: str) -> bool:
    """A place and a dash that open a news report ("GENT –", "New York (Belga) -"), set on a line of its own: the
    report's first words, read with its paragraph, never a subhead (none ends in a dash).

    >>> [dateline(t) for t in ("GENT –", "New York (Belga) -", "Geen geld meer", "Gent - Antwerpen")]
    [True, True, False, False]
    """
    return _DATELINE.fullmatch(text.strip()) is not None


_DATELINE = re.compile(rf"[{CAPITAL}][\w'’.-]*(?: [\w'’.-]+){{0,3}}(?: \([^()]{{1,20}}\))?\s*[-–—]")
"""Up to four words of a place, perhaps its source in brackets, and the dash after it."""


def card_holder(text: str) -> bool:
    """A line that names who a card or a byline is about: a full name alone, or a byline ("Door Jan Peeters",
    "Van onze correspondent"); a role line right under it is the card's second line ("Correspondent in Berlijn").

    >>> card_holder("Jan Peeters"), card_holder("Van onze correspondent"), card_holder("De nieuwe brug")
    (True, True, False)
    """
    text = text.strip()
    return is_full_name(text) or unsigned_byline(text) or bool(BYLINE_START.match(text)) and is_byline(text)
