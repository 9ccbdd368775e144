"""Speakers across the library: the forms each was named by, and matching a name a reader types.

A quote is stored with the full name its speaker was resolved to ("Sir Keir
Starmer") and the span of the mention it was resolved from ("the prime
minister", "Sir Keir", "he"). The forms an article really used, pronouns
aside, are kept (``speaker_forms``), so that ``speaker:"the prime minister"``
finds the person an article meant by it, and ``speaker:Starmer`` finds him by
the words of his name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

#: Mentions that are no name for anyone out of their sentence.
PRONOUNS = frozenset("he she they it him her them we i you his hers their its who which one".split())
#: Words before a name that a reader may leave out ("Sir Keir Starmer" is "Keir Starmer").
HONORIFICS = frozenset(
    "sir dame lord lady mr mrs ms miss dr prof professor rev the cllr councillor "
    "president prime minister senator sen rep gov governor judge justice".split()
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def fold(text: str) -> str:
    """Case and diacritics folded, spaces collapsed: how forms and names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").split())


def form_key(form: str) -> str:
    """A form as compared: folded, without a leading "the" ("the mayor" and "mayor" are one form)."""
    key = fold(form)
    return key[4:] if key.startswith("the ") else key


def name_words(name: str) -> list[str]:
    return _WORD.findall(fold(name))


def speaker_forms_of(
    text: str, quotes: Iterable[tuple[str | None, int | None, int | None]]
) -> Iterator[tuple[str, str, str]]:
    """(speaker, form, key) for each named speaker: the name itself and each mention the article used.

    ``quotes`` are (speaker, speaker_start, speaker_end) with offsets into ``text``.
    """
    seen: set[tuple[str, str]] = set()
    for speaker, start, end in quotes:
        if not speaker:
            continue
        # The name, each word of it a reader may type alone ("Starmer"), and the mention.
        forms = [speaker, *(w for w in name_words(speaker) if w not in HONORIFICS and len(w) > 1)]
        if start is not None and end is not None and 0 <= start < end <= len(text):
            mention = " ".join(text[start:end].split())
            if mention and fold(mention) not in PRONOUNS and len(mention) <= 80:
                forms.append(mention)
        for form in forms:
            key = form_key(form)
            if key and (speaker, key) not in seen:
                seen.add((speaker, key))
                yield speaker, form, key


def name_matches(query: str, speaker: str) -> bool:
    """Whether the words a reader typed are words of a speaker's name ("Starmer", "Keir Starmer").

    Every word typed must be a word of the name, honorifics aside, and at
    least one must be more than an honorific.
    """
    typed = [w for w in name_words(query)]
    if not typed:
        return False
    words = set(name_words(speaker))
    if not all(w in words for w in typed):
        return False
    return any(w not in HONORIFICS for w in typed)
