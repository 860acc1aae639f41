"""The other words Dutch news uses for a role already named, so as not to repeat it ("het staatshoofd" for a
president, "de raadsman" for an advocaat), and the generic (masculine) noun for the holder of its feminine form
("de woordvoerder" for a woordvoerster).

>>> ROLE_EPITHETS["trainer"] >= {"coach", "trainster"}, "woordvoerder" in ROLE_EPITHETS.get("woordvoerster", ())
(True, False)
"""

from __future__ import annotations

import re

_EPITHETS = """
    burgervader: burgemeester | burgermoeder: burgemeester burgemeesteres | staatshoofd: president koning koningin
    regeringsleider: premier minister-president president | premier: minister-president | minister-president: premier
    vorst: koning | vorstin: koningin | monarch: koning koningin | korpschef: politiechef | politiechef: korpschef
    bewindsman: minister staatssecretaris | bewindsvrouw: minister staatssecretaris
    hoogleraar: professor prof | professor: hoogleraar | prof: hoogleraar professor
    topman: ceo | topvrouw: ceo | ceo: topman topvrouw | trainer: coach trainster | coach: trainer | trainster: coach
    aanvoerder: kapitein aanvoerster | kapitein: aanvoerder | doelman: keeper | keeper: doelman | renner: wielrenner
    dokter: arts | arts: dokter chirurg psychiater specialist
    woordvoerder: woordvoerster | directeur: directrice | voorzitter: voorzitster
    advocaat: advocate raadsman raadsvrouw | raadsman: advocaat | raadsvrouw: advocate advocaat | advocate: raadsvrouw
    aanklager: officier procureur | officier: aanklager | procureur: aanklager
    leraar: lerares leerkracht onderwijzer | lerares: leerkracht onderwijzeres | leerkracht: leraar lerares juf meester
    docent: docente | zanger: zangeres | acteur: actrice | schrijver: schrijfster auteur | auteur: schrijver schrijfster
    dichter: dichteres | kunstenaar: kunstenares | presentator: presentatrice | eigenaar: eigenares
    oprichter: oprichtster | agent: agente | inspecteur: inspectrice | coördinator: coördinatrice
    organisator: organisatrice | ondernemer: ondernemster | medewerker: medewerkster
    verpleegkundige: verpleger verpleegster | student: studente | speler: speelster | atleet: atlete
    rechercheur: speurder | speurder: rechercheur | priester: pastoor pater kapelaan | pastoor: priester
    dominee: predikant | predikant: dominee
    wetenschapper: onderzoeker onderzoekster hoogleraar professor prof promovendus promovenda postdoc lector
    onderzoeker: onderzoekster wetenschapper hoogleraar professor prof promovendus promovenda postdoc lector
    onderzoekster: hoogleraar professor prof promovenda postdoc lector | promovendus: promovenda
"""
ROLE_EPITHETS: dict[str, frozenset[str]] = {
    word.strip(): frozenset(roles.split())
    for word, roles in (group.split(":") for group in re.split(r"[|\n]", _EPITHETS) if group.strip())
}
"""The words Dutch news uses for a role already named, so as not to repeat it: "President Santokhi ...", then
"aldus het staatshoofd"; "burgemeester Peeters ...", then "zegt de burgervader"; and the pairs of one function's
two names ("hoogleraar" and "professor", "topman" and "CEO", "coach" and "trainer", "doelman" and "keeper", "advocaat"
and "raadsman"), by families; the family of research ("de onderzoeker" for a hoogleraar, a promovenda, a postdoc or
a lector, whose work is research); and the generic noun for a role's feminine form ("de woordvoerder" for a woordvoerster),
never the feminine noun for a man's role."""

HONOUR_NOUNS = frozenset(
    """winnaar winnares prijswinnaar prijswinnares laureaat laureate kampioen kampioene titelhouder titelhoudster
    titelverdediger titelverdedigster finalist finaliste genomineerde gelauwerde jubilaris eredoctor""".split()
)
"""Nouns for someone by a prize, title or honour they won, not by a function: "de winnaar" of a prize the text gave to
a docent is that docent, whatever role the register holds for them."""
