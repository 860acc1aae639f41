"""Direct quotes and who said them.

Three steps, each over the whole article:

1. find quotes in every Dutch quote style and tell a full quote (a
   sentence someone said) from an inline fragment inside narration;
2. read the attribution clause next to each full quote (``zegt Shea``,
   ``merkt Shea op``, ``aldus ...``, ``Shea: '...'``) and collect everyone
   the article names, with roles ("Oekraïens president Volodymyr Zelensky",
   "Jamie Shea, een gewezen ...");
3. give each quote a speaker: the clause's subject resolved to a full
   name, else the speaker of the quote it continues, else the person the
   sentence before it is about, else the name under a matching pull quote.

A later mention resolves to the register by reference, never by position
alone (``resolve``): a role noun names the one person holding the role, a
pronoun the one person it can stand for; when two could be meant, nobody
is named, and every name passes a last check before it is said.  Transcripts,
debates and written interviews (``turns``, ``answers``) give whole paragraphs to the
speaker their label or question names; headline lines and repeated quotes
keep their voice without a name (``teasers``).
"""

from .attribution import find_quotes
from .registry import introduced_in_title
from .resolve import role_as_title
from .clauses import passage_list
from .running import runs_into_body
from .colon import colon_subject
from .phrases import subject_after_verb
from .spans import find_spans, sentence_starts
from .turns import speaker_headings

__all__ = [
    "find_quotes",
    "introduced_in_title",
    "passage_list",
    "runs_into_body",
    "role_as_title",
    "colon_subject",
    "subject_after_verb",
    "find_spans",
    "sentence_starts",
    "speaker_headings",
]
