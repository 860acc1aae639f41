"""The chrome of a public body's page in a text copy: the widget under the article that asks the reader whether the
page helped, and the page's print and share buttons; each a closed family of Dutch forms, with ``u`` and ``je``,
complete by the language. Only a whole line of one is cut, never a sentence that says the same words.
"""

from __future__ import annotations

import re

from ..model import RemovalReason

_YOU = r"(?:u|je|jij)"
_FEEDBACK = re.compile(
    rf"(?:vond {_YOU} wat {_YOU} zocht|heeft u gevonden wat u zocht|heb je gevonden wat je zocht"
    rf"|(?:vond|vindt|vind) {_YOU} (?:deze|dit) (?:informatie|pagina|artikel) (?:nuttig|handig|duidelijk)"
    rf"|(?:is|was) (?:deze|dit) (?:informatie|pagina|artikel) (?:nuttig|handig|duidelijk)(?: voor {_YOU})?"
    r"|(?:bent u|ben je) tevreden over (?:deze|dit) (?:pagina|informatie|artikel))"
    r"\s*\??(?:\s*(?:ja|nee|ja\s*/\s*nee|ja\s+nee))?"
)
"""The widget under a public page that asks if it helped, each form with ``u`` and ``je``: "Vond u wat u zocht?
Ja Nee", "Is deze informatie nuttig voor je?", "Bent u tevreden over deze pagina?"."""

_PAGE_BUTTONS = re.compile(
    r"(?:deze )?pagina (?:delen|printen|afdrukken|mailen|doorsturen)|(?:deel|print|mail|stuur) deze pagina(?: door)?"
    r"|druk deze pagina af"
)
"""The page's own print and share buttons, in either order of verb and object: "Deze pagina delen", "Druk deze pagina
af", "Pagina printen"."""


def chrome_reason(text: str, words: int) -> RemovalReason | None:
    """The reason a whole line is a public site's feedback widget or page button, or None.

    >>> chrome_reason("Heb je gevonden wat je zocht? Ja Nee", 8), chrome_reason("Druk deze pagina af", 4)
    ('navigation', 'navigation')
    >>> chrome_reason("Vond je wat je zocht in het archief? Dan kun je het plan nu inkijken.", 14)
    """
    if words > 12:
        return None
    line = _as_button(text)
    if _FEEDBACK.fullmatch(line) or _PAGE_BUTTONS.fullmatch(line):
        return "navigation"
    return None


def _as_button(text: str, closing: str = "") -> str:
    """The line as a button's words read, lower-cased: without the glyphs before it, the arrows, stops and colons
    after it (and the ``closing`` signs given), with one apostrophe.

    >>> _as_button("» Stuur ons een bericht."), _as_button("Zet meldingen aan!", "!")
    ('stuur ons een bericht', 'zet meldingen aan')
    """
    return re.sub(rf"^[\W_]+|[\s›»→>.:{closing}]+$", "", text.strip()).replace("’", "'").lower()


_ASKED = r"(?:een|je|jouw|uw) (?:bericht|e-?mail|mail|vraag|vragen)"
_CONTACT_BUTTON = re.compile(
    rf"(?:stuur|mail|e-?mail|bel|schrijf|contacteer|app|whatsapp|sms) ons(?: {_ASKED})?(?: online)?"
    rf"|chat met (?:ons|een medewerker)|stuur {_ASKED}(?: online)?|stel {_ASKED}(?: online)?"
    r"|contact opnemen|neem (?:met ons )?contact (?:met ons )?op|(?:naar (?:het|ons) )?contactformulier"
)
"""A public site's buttons that turn the reader to its desk, each form with ``u``, ``je`` and none: "Stuur ons een
bericht", "Mail ons je vraag", "Stel uw vraag online", "Chat met een medewerker"."""


def is_contact_button(text: str) -> bool:
    """A whole line that is a contact button; a sentence with the same words is none.

    >>> is_contact_button("Stuur ons een bericht"), is_contact_button("Stel uw vraag online"), is_contact_button("Mail ons je vraag")
    (True, True, True)
    >>> is_contact_button("Bel ons als het misgaat."), is_contact_button("Stuur ons een bericht over de brug en de werken daar")
    (False, False)
    """
    line = _as_button(text)
    return len(line.split()) <= 8 and bool(_CONTACT_BUTTON.fullmatch(line))


_ALERTS = r"(?:een )?(?:melding|meldingen|pushbericht|pushberichten|notificatie|notificaties|pushmelding|pushmeldingen)"
_PUSH_BUTTON = re.compile(
    rf"(?:ontvang|krijg) {_ALERTS}(?: (?:bij|over|van|voor) (?:nieuws (?:over|van|uit) )?(?:dit|deze|het|de|ons|onze) [\w-]+(?: [\w-]+){{0,2}})?"
    rf"|zet {_ALERTS} aan(?: (?:voor|bij|over) (?:dit|deze) [\w-]+)?|{_ALERTS} (?:aanzetten|inschakelen|aan)"
    r"|volg (?:dit|deze) (?:onderwerp|dossier|thema|auteur|rubriek|tag)"
)
"""A news site's push buttons, every form of the offer of alerts: "Ontvang een melding bij nieuws over dit onderwerp",
"Zet meldingen aan", "Volg dit onderwerp"."""


def is_push_button(text: str) -> bool:
    """A whole line that offers the reader alerts; a sentence with the same words is none.

    >>> is_push_button("Ontvang een melding bij nieuws over dit onderwerp"), is_push_button("Zet meldingen aan")
    (True, True)
    >>> is_push_button("Volg dit onderwerp"), is_push_button("Zet meldingen aan als je op reis gaat, raadt de politie aan.")
    (True, False)
    """
    line = _as_button(text, "!")
    return len(line.split()) <= 10 and bool(_PUSH_BUTTON.fullmatch(line))
