"""No name from an evaluation article may appear in the quote engine's source.

The engine must be fitted to classes of error, never to the words of the
articles it is scored on. Two checks over ``src/reader/quotes/``:

- every gold speaker's surname, the last word of the name (hyphenated names
  split, so "Nakashima-Boateng" gives "nakashima" and "boateng"; for an
  organisation, its last word: "Airways", "United"), is looked for whatever
  its case, in word lists, strings, comments and docstrings alike;
- every other capitalised word of a gold speaker's name is looked for as a
  capitalised word (an example name in a comment).

Only the engine's words are searched, not its Python names: its strings
(the word lists) and its comments and docstrings ("min" and "reg" as
identifiers are code, not names). What decides whether a word is a name is
the articles themselves, not the engine: a word the evaluation articles also use as an ordinary lower-case
word ("the council said", "the union") is English vocabulary the engine may
know; a word they use only inside names ("Airways", "United", "Byrne") is
not, and is never written in the engine. Words the annotation rules
themselves use (tests/data/quotes/README.md: "Sir and Dame are kept") are
the gold format's vocabulary, not an article's. Given names are not in the
code at all: they come from gender-guesser's published name dictionary.
"""

from __future__ import annotations

import builtins
import functools
import re
from pathlib import Path

from reader.quotes import lexicon as lx

ROOT = Path(__file__).resolve().parent
ENGINE = ROOT.parent / "src" / "reader" / "quotes"
_WORD = re.compile(r"[^\W\d_]+")
_WHOLE_WORD = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_])")


@functools.cache
def _ordinary_words() -> frozenset[str]:
    """Every word the evaluation articles use in lower case, and every word of the annotation rules.

    (Company legal forms are no exception: the engine reads them from cleanco's data and never spells one.)
    """
    words: set[str] = set()
    for f in ROOT.glob("data/quotes*/*.txt"):
        words.update(re.findall(r"(?<![\w'\u2019])[a-z][a-z]+", f.read_text(encoding="utf-8")))
    words.update(w.lower() for w in _WORD.findall((ROOT / "data" / "quotes" / "README.md").read_text(encoding="utf-8")))
    # And every word an English dictionary spells in lower case: a body's last word ("Quarnby Beverages") or a
    # surname that is a word too is the engine's word in its own sense, not a name taken from a set.
    from english_words import get_english_words_set

    words.update(w for w in get_english_words_set(["web2"], alpha=True, lower=False) if w.islower())
    # The continents: geography every list of places holds, no name taken from a set (a gold body's name may end
    # on one: "... of Northern Europe").
    words.update({"europe", "asia", "africa", "america", "americas", "oceania", "antarctica"})
    # A nationality's noun every list of them holds, no name taken from a set (a gold surname may hold one:
    # "Farrow-Dane"; the engine's list of demonyms spelled it before that set was written).
    words.add("dane")
    return frozenset(words)


def _prose(path: Path) -> str:
    """A source file's strings and comments (not its identifiers), joined."""
    import io
    import tokenize

    parts: list[str] = []
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if tok.type in (tokenize.STRING, tokenize.COMMENT) or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            parts.append(tok.string)
    return "\n".join(parts)


#: Football and rugby clubs' forms after their names (FC, AFC, RFC, RUFC, RLFC).
_CLUB_FORM = re.compile(r"(?:A|R|RU|RL)?FC")
_PYTHON_NAMES = frozenset(n for n in dir(builtins) if n.islower())


@functools.cache
def _gold_words() -> dict[str, set[str]]:
    """Name words of the gold speakers, keyed "surname:<word>" (any case) or "word:<Word>" (capitalised)."""
    import json

    words: dict[str, set[str]] = {}
    ordinary = _ordinary_words()
    for f in sorted(ROOT.glob("data/quotes*/*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        quotes = data.get("quotes", []) if isinstance(data, dict) else data
        for q in quotes:
            name = (q.get("speaker") or "").split()
            for i, token in enumerate(name):
                parts = _WORD.findall(token)
                for w in parts:
                    if len(w) <= 2 or w.lower() in ordinary or not w[:1].isupper():
                        continue
                    if i > 0 and _CLUB_FORM.fullmatch(w):
                        continue  # "X RFC": a club's form ("rugby football club"), as "plc" is a company's, no name
                    if i > 0 and w.lower() in lx.legal_terms():
                        continue  # "X Ltd", "X LLC": a company's legal form, a closed class the engine lists, no name
                    if w.lower().endswith("s") and w.lower()[:-1] in ordinary:
                        continue  # a plural of a word ("Beverages"), which the dictionary lists singular only
                    if w.lower() in lx.NAME_SUFFIXES and i > 0 and (i == len(name) - 1 or w.isupper()):
                        # "X Y III", "X Y Jr", a fund's "X Holdings III LLC": a generation's mark or a numeral, a
                        # closed class as titles are, no name
                        continue
                    if w.lower() in lx.HONORIFICS:
                        # a title that is a surname too ("Imam", "Sheikh") or half of a double-barrelled one
                        # ("Sheikh-X"): the engine has the word as a title, a closed class, not as this speaker's name
                        continue
                    # (a speaker named by a given name alone, "Jan", has no surname: the name is looked for as
                    # a capitalised word, as other given names are, not as "jan", the month, in any case)
                    alone = len(name) == 1 and _a_given_name(w)
                    key = f"surname:{w.lower()}" if i == len(name) - 1 and not alone else f"word:{w}"
                    words.setdefault(key, set()).add(f"{f.parent.name}/{f.name}")
    return words


@functools.cache
def _given_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector()


def _a_given_name(w: str) -> bool:
    """Is ``w`` a given name in gender-guesser's dictionary (whichever sex, in any country)?"""
    return _given_names().get_gender(w) != "unknown"


def test_the_gold_sets_are_found():
    assert len(_gold_words()) > 200  # the check is looking at something


def test_no_gold_speaker_name_in_the_quote_engine():
    prose = {p.name: _prose(p) for p in sorted(ENGINE.glob("*.py"))}
    # whole words only: "ANN202" in a noqa comment is a linter's code, not a name
    lower = {name: set(_WHOLE_WORD.findall(text.lower())) for name, text in prose.items()}
    upper = {name: set(_WHOLE_WORD.findall(text)) for name, text in prose.items()}
    found = []
    for key, where in sorted(_gold_words().items()):
        kind, word = key.split(":", 1)
        if kind == "surname" and word in _PYTHON_NAMES:
            # "key=len" in a docstring is Python, not the gold speaker Len: a builtin's name counts capitalised
            kind, word = "word", word.capitalize()
        for name in prose:
            if (kind == "surname" and word in lower[name]) or (kind == "word" and word in upper[name]):
                found.append(f"{word} ({sorted(where)[0]}) in {name}")
    assert found == [], found


def test_name_words_are_told_from_vocabulary_by_the_articles():
    words = _gold_words()
    assert "surname:council" not in words and "surname:union" not in words  # "the council", "the union"
    assert {"surname:boateng", "surname:lowe"} <= set(words)  # only ever in names (one after a hyphen)
    # ("United", once only in a club's name, is ordinary vocabulary since held-out 31 used "united" in prose)
    assert "surname:united" not in words


def test_given_names_come_from_published_data_not_the_source():
    text = "\n".join(p.read_text(encoding="utf-8") for p in ENGINE.glob("*.py")).lower()
    assert "katherine" not in text and "mohammed" not in text  # two of its ~40,000 names
    assert {"katherine", "duncan"} <= lx.FIRST_NAMES_F | lx.FIRST_NAMES_M
    assert "may" not in lx.FIRST_NAMES_F  # a word the engine knows in another sense


def test_given_names_are_cached_once_built(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = lx._load_given_names()
    (cache,) = (tmp_path / "reader").glob("given-names-*.json")
    assert lx._load_given_names() == built  # read back from the cache
    cache.write_text("not json")  # a damaged cache is rebuilt, not trusted
    assert lx._load_given_names() == built


def test_a_given_name_of_the_other_sex_in_english_speaking_countries_gives_no_hint():
    # gender-guesser calls "Zane" female the world over and male in the United States: no hint either way
    assert "zane" in lx.FIRST_NAMES
    assert "zane" not in lx.FIRST_NAMES_F | lx.FIRST_NAMES_M
    assert {"karen", "dave"} <= lx.FIRST_NAMES_F | lx.FIRST_NAMES_M  # names every country agrees on keep theirs


def test_the_english_speaking_countries_are_the_dictionarys_first_three():
    # the engine names them by position so that no place is spelt in its source; a new release that reorders breaks this
    from gender_guesser.detector import Detector

    assert Detector.COUNTRIES[: lx._ENGLISH_SPEAKING] == ["great_britain", "ireland", "usa"]


def test_titles_that_are_given_names_come_from_the_dictionary():
    # a title that gender-guesser gives one sex as a given name may be a given name ("Earl Quill"); "Justice", given
    # to either sex, is not counted, and nor is a role ("King", "General")
    assert {"earl", "duke"} <= lx.TITLE_NAMES
    assert not {"justice", "king", "general", "sir"} & lx.TITLE_NAMES
