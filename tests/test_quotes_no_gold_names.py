"""No name from an evaluation article may appear in the quote engine's source.

The engine must be fitted to classes of error, never to the words of the
articles it is scored on. This test collects every capitalised word of every
gold speaker in ``tests/data/quotes*`` (people, organisations, places) and
looks for it in ``src/reader/quotes/``: as a capitalised word anywhere (code,
strings, comments, docstrings). Given names are not in the code at all: they
come from gender-guesser's published name dictionary.

A word the engine knows as generic vocabulary (its organisation, role and
place words: "Council", "Festival") is not a name and is not searched for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from reader.quotes import lexicon as lx

ROOT = Path(__file__).resolve().parent
ENGINE = ROOT.parent / "src" / "reader" / "quotes"

#: Generic vocabulary of the engine: a gold speaker's word found here is a common word.
GENERIC = (
    set(lx.ORG_WORDS)
    | set(lx.ROLE_HEADS)
    | set(lx.ROLE_MODIFIERS)
    | set(lx.ORG_HEADS)
    | set(lx.COMPANY_HEADS)
    | set(lx.INSTITUTION_WORDS)
    | set(lx.SPOKES_HEADS)
    | set(lx.PLACE_WORDS)
    | set(lx.STREET_WORDS)
    | set(lx.STOP_CAPS)
    | set(lx.HONORIFICS)
    | set(lx.KEPT_HONORIFICS)
    | set(lx.DEMONYMS)
    | {"the", "of", "and", "for", "home", "walker", "sir", "dame"}
)

def _gold_words() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {}
    for f in sorted(ROOT.glob("data/quotes*/*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        quotes = data.get("quotes", []) if isinstance(data, dict) else data
        for q in quotes:
            for w in re.findall(r"[^\W\d_][\w'\u2019\-]*", q.get("speaker") or ""):
                if w[:1].isupper() and len(w) > 2 and w.lower() not in GENERIC:
                    words.setdefault(w, set()).add(f"{f.parent.name}/{f.name}")
    return words


def test_the_gold_sets_are_found():
    assert len(_gold_words()) > 200  # the check is looking at something


def test_no_gold_speaker_name_in_the_quote_engine():
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted(ENGINE.glob("*.py"))}
    found = []
    for word, where in sorted(_gold_words().items()):
        pattern = re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])")
        for name, text in sources.items():
            if pattern.search(text):
                found.append(f"{word} ({sorted(where)[0]}) in {name}")
    assert found == []



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
