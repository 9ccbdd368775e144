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
    named: set[str] = set()  # speakers whose name forms are out already (a long article repeats them)
    for speaker, start, end in quotes:
        if not speaker:
            continue
        # The name, the name without honorifics (how one person is known across
        # articles), each word of it a reader may type alone ("Starmer"), and the mention.
        forms = []
        if speaker not in named:
            named.add(speaker)
            forms = [speaker, person_key(speaker)]
            forms += [w for w in name_words(speaker) if w not in HONORIFICS and len(w) > 1]
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


def person_key(name: str) -> str:
    """What identifies a person across articles: the words of the name, honorifics aside.

    "Sir Keir Starmer" and "Keir Starmer" are one person; "Keir Starmer" and
    "Victoria Starmer" are two.
    """
    words = [w for w in name_words(name) if w not in HONORIFICS]
    return " ".join(words) or fold(name)


def group_people(names: Iterable[str]) -> dict[str, str]:
    """Each stored speaker name -> the name of the person it is (one name per person).

    Names with the same :func:`person_key` are one person. A name of one word
    ("Starmer") joins the one person whose name ends in it, if there is
    exactly one; shared by two, it stays apart rather than guess. The person
    is shown under the longest of its names.
    """
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(person_key(name), []).append(name)
    single = {k for k in by_key if " " not in k}
    for key in list(single):
        owners = [k for k in by_key if k != key and k.split(" ")[-1] == key]
        if len(owners) == 1:
            by_key[owners[0]] += by_key.pop(key)
    out: dict[str, str] = {}
    for group in by_key.values():
        shown = max(group, key=lambda n: (len(name_words(n)), len(n), n))
        for name in group:
            out[name] = shown
    return out
