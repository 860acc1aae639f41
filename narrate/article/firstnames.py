"""First names, by the pronoun they take.

A pronoun ("zegt ze") can only stand for someone it fits; a role often
does not tell ("minister"), a first name usually does.  The lists below are
the names most common in Dutch-language news (names given to both, such as
Kim, Robin, Sam, Noa, Jo, Dominique and Joan, are in neither); any other
name is looked up in gender-guesser's dictionary of some 45,000 first names
of every European country; the lists also hold the Flemish and Dutch names (and
short forms: "Staf", "Tuur", "Nand") that dictionary lacks or gives the other
gender ("Kato", "Noor" are women's names here).  Only the dictionary's lines for that name are
read into gender-guesser's detector, which answers as it would with all of
them: parsing the whole file took half a second, more than parsing the
article, in every new process that met a name the lists lack.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

FEMALE = frozenset(
    """Anna Anne Annelies Annemie Annick Anja Ann Anneke Annemarie Astrid Barbara Bea Beatrice Bianca
    Brigitte Carla Caroline Catherine Charlotte Chantal Christine Claudia Conny Daniëlle Diana Dorien Els Elke
    Ellen Elisabeth Elise Elke Emma Esther Eva Evelyn Femke Fien Frieda Gerda Greet Gwendolyn Hanne Hannah Heidi
    Hilde Ilse Inge Ingrid Irene Iris Jacqueline Jana Janine Jeanine Jessica Jolien Josée Julia Julie Karin Katja
    Kathleen Katrien Kristel Laura Lea Leen Lien Liesbeth Lies Linda Lisa Lotte Lucia Lynn Maaike Margriet Maria
    Marie Mariëtte Marijke Marleen Marloes Martine Mieke Mirjam Monique Myriam Nadia Nathalie Nicole Nina Petra
    Rita Ruth Sandra Sara Sarah Sabine Sofie Sophie Stefanie Suzanne Tine Tinne Ursula Valérie Vera Veerle
    Wendy Yasmine Zuhal Hadja Meryame Kamala Hillary Angela Theresa Giorgia Marine Ségolène Ilham Sihame
    Freya Gwendolyn Khadija Fatima Samira Hafsa Ingrid Mona Melania Nancy Olena Yulia
    Febe Lieze Nore Stien Chloë Bieke Jozefien Lutgart Lutgarde Wivina Kato Noor Floor Wies Riet Mien""".split()
)

MALE = frozenset(
    """Alexander Alain André Anton Arnold Bart Ben Benjamin Bert Bram Bruno Carl Christophe Daan Dan Daniel David
    Dennis Dirk Dries Edwin Elio Emmanuel Erik Filip Frank Frans Frederik Geert Gerard Gert Gerrit Gijs Guy Hans
    Hendrik Henk Herman Hugo Ivo Jaak Jacques Jakob Jan Jean Jef Jeroen Jesse Joachim Johan John Joost Joris
    Jos Joseph Jozef Jürgen Jurgen Karel Kees Klaas Koen Kris Kristof Lars Laurens Leo Lieven Louis Luc Lucas
    Lode Maarten Marc Marco Mark Martin Mathias Matthias Maxime Michel Michiel Mohamed Niels Nick Olivier
    Patrick Paul Peter Piet Pieter Raf Ralph Raymond Rik Rob Robert Roberto Rudi Rudy Ruud Sander Sebastiaan
    Simon Stefan Steven Stijn Sven Theo Thomas Tim Tom Ton Vincent Volodymyr Vladimir Walter Wim Willem
    Willem-Alexander Wouter Xavier Yves Bert-Jan Geert-Jan Emmanuel Donald Joe Barack Boris Olaf Viktor Recep
    Benjamin Jens Emile Conner Conner Sammy Sadiq Keir Rishi Emmanuel Jeremy Hubert Egbert Paul-Henri Georges
    Elio Didier Charles Leopold Albert Boudewijn Filip Frans-Jozef Pim Ad Dick Hugo Rob Jesse Gert-Jan
    Achiel Bavo Cyriel Ferre Ibe Jarne Jorben Jorre Korneel Mil Nand Robbe Sem Senne Seppe Staf Sus Thibo Tibo Tiebe
    Tuur Tygo Wannes Warre Yorben Dominiek Theofiel Elewout Fik Jul Lowie Teun Jurre Wietse Jelmer Jappe""".split()
)


_GUESSED = {"female": "f", "male": "m", "mostly_female": "?", "mostly_male": "?", "andy": "?"}


def first_name_gender(token: str) -> str | None:
    """ "f" or "m" for a first name that tells, "?" for one both bear, None for a word that is no first name.

    >>> first_name_gender("Annelies"), first_name_gender("Ankie"), first_name_gender("Kim"), first_name_gender("Milieu")
    ('f', 'f', '?', None)
    >>> first_name_gender("Gert-Jan"), first_name_gender("Anne-Marie"), first_name_gender("Provinciale")
    ('m', 'f', None)
    """
    if token in FEMALE or token in MALE:
        return "f" if token in FEMALE else "m"
    return _guessed(token)


def is_first_name(token: str) -> bool:
    return first_name_gender(token) is not None


@lru_cache(maxsize=8192)
def _guessed(token: str) -> str | None:
    parts = token.split("-")
    if len(token) < 2 or not all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts[:1] + parts[1:2]):
        return None  # "Anne-Marie" and "Gert-Jan" pass; "NAVO", "iPhone", "Ma" do not
    answer = _GUESSED.get(_detector_for(token).get_gender(token))
    if answer is None and "-" in token:
        answer = _guessed(token.split("-")[0])  # "Gert-Jan" goes by "Gert"
    return answer


def _detector_for(token: str):
    """gender-guesser's detector knowing ``token``'s lines of the dictionary (and so answering for it)."""
    from gender_guesser.detector import Detector

    detector = Detector.__new__(Detector)  # without __init__, which parses all 48,000 lines
    detector.case_sensitive, detector.names = True, {}
    for line in _dictionary_lines(token):
        detector._eat_name_line(line.strip())
    return detector


def _dictionary_lines(token: str) -> list[str]:
    """The dictionary's lines for ``token``; "Gert-Jan" may be written "Gert+Jan" there.

    Each line holds a sex code in its first two columns, a space, the name from column 3, and then the
    frequencies per country.
    """
    text, lines = _dictionary(), []
    for needle in dict.fromkeys((token + " ", token.replace("-", "+") + " ")):
        at = text.find(needle)
        while at >= 0:
            if at >= 4 and text[at - 4] == "\n" and text[at - 3] not in "#=":
                lines.append(text[at - 3 : text.find("\n", at)])
            at = text.find(needle, at + 1)
    return lines


@lru_cache(maxsize=1)
def _dictionary() -> str:
    spec = importlib.util.find_spec("gender_guesser")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "data" / "nam_dict.txt").read_text(encoding="utf-8")
