"""One person is one speaker across articles, whatever name each used; two people sharing a surname stay two."""

from __future__ import annotations

import json

from reader.importers.plaintext import parse
from reader.speakers import group_people, person_key


def test_group_people():
    names = [
        "Sir Keir Starmer",
        "Keir Starmer",
        "Starmer",
        "Edi Rama",
        "Mr Rama",
        "Jane Brennan",
        "Tom Brennan",
        "Brennan",
    ]
    g = group_people(names)
    assert g["Keir Starmer"] == g["Sir Keir Starmer"] == g["Starmer"] == "Sir Keir Starmer"
    assert g["Mr Rama"] == g["Edi Rama"] == "Edi Rama"
    assert g["Jane Brennan"] != g["Tom Brennan"]
    assert g["Brennan"] == "Brennan"  # two Brennans: a bare surname is not guessed
    assert person_key("Sir Keir Starmer") == person_key("keir  starmer") == "keir starmer"


def save(library, title: str, body: str) -> int:
    return library.save(parse(f"{title}\n\n{body}".encode(), source=f"/{title}.txt")).id


def test_speakers_view_and_cli_merge_one_person(library, run_cli, data_dir):
    a = save(library, "Budget row deepens", "“We will not raise taxes,” said Sir Keir Starmer on Monday.")
    b = save(library, "Migration talks go on", "“The talks continue,” said Keir Starmer in Rome on Tuesday.")
    c = save(library, "Hospital wait grows", "“The wards are full,” said Victoria Starmer, a nurse in Leeds.")
    assert {q.speaker for aid in (a, b, c) for q in library.quotes(aid)} == {
        "Sir Keir Starmer",
        "Keir Starmer",
        "Victoria Starmer",
    }
    people = {s.name: (s.quotes, s.articles, s.names) for s in library.speakers()}
    assert people == {
        "Sir Keir Starmer": (2, 2, ("Keir Starmer", "Sir Keir Starmer")),
        "Victoria Starmer": (1, 1, ("Victoria Starmer",)),
    }
    # speaker: finds the person under either name, and not the other Starmer
    for form in ("Keir Starmer", "Sir Keir Starmer", "sir keir"):
        assert {h.article_id for h in library.search(f'speaker:"{form}"')} == {a, b}, form
    library.close()
    out = json.loads(run_cli("quotes", "--speaker", "Keir Starmer", "--json", check=True).stdout_text)
    assert sorted(h["article_id"] for h in out) == [a, b] and all(h["kind"] == "quote" for h in out)
    assert [h["article_id"] for h in out] == [b, a]  # newest first
    r = run_cli("quotes")
    assert r.returncode == 1 and r.stderr_text.startswith("Error: give an article ID")
