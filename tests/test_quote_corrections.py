"""The reader's corrections of quotes: kept apart, applied, surviving re-extraction and undo of a removal."""

from __future__ import annotations

import json

import pytest

from reader.errors import ReaderError

TEXT = (
    "Harbour plan approved\n\n"
    "\u201cThe harbour will reopen in May,\u201d said Nell Ashby, the council leader.\n\n"
    "\u201cWe are ready,\u201d she said.\n\n"
    "Residents carried signs reading \u201cSave Our Pier\u201d outside the hall."
)


@pytest.fixture
def article(library, tmp_path):
    p = tmp_path / "harbour.txt"
    p.write_text(TEXT, encoding="utf-8")
    return library.add(p).id


def _seq(quotes, words):
    return next(i for i, q in enumerate(quotes, 1) if q.text.startswith(words))


def test_set_speaker_survives_re_extraction(library, article):
    qs = library.quotes(article)
    n = _seq(qs, "We are ready")
    after = library.correct_quote(article, n, speaker="  Ivo   Pennant ")
    fixed = after[n - 1]
    assert (fixed.speaker, fixed.cue) == ("Ivo Pennant", "reader")
    assert [q.speaker for q in after if q.cue != "reader"] == [q.speaker for q in qs if not q.text.startswith("We")]
    library.refresh_quotes(force=True)  # a newer extractor runs over the article
    again = library.quotes(article)
    assert [(q.text, q.speaker) for q in again] == [(q.text, q.speaker) for q in after]
    # search and the Speakers view see the corrected name
    assert [h.article_id for h in library.search('speaker:"Ivo Pennant"')] == [article]
    assert library.quote_corrections(article)[0]["speaker"] == "Ivo Pennant"


def test_not_a_quote_and_unclear_and_reset(library, article):
    qs = library.quotes(article)
    assert len(qs) >= 2
    word = qs[-1].text.split()[-1].strip(",.")
    assert any(h.kind == "quote" for h in library.search(word))
    left = library.correct_quote(article, len(qs), not_quote=True)
    assert [q.text for q in left] == [q.text for q in qs[:-1]]
    assert all(h.kind != "quote" for h in library.search(word))  # gone from search too
    first = library.correct_quote(article, 1, speaker="")
    assert first[0].speaker is None and first[0].cue == "reader"
    assert library.reset_quote_corrections(article) >= 1
    assert [(q.text, q.speaker, q.cue) for q in library.quotes(article)] == [(q.text, q.speaker, q.cue) for q in qs]
    assert library.quote_corrections(article) == []


def test_a_bad_number_changes_nothing(library, article):
    before = library.quotes(article)
    with pytest.raises(ReaderError, match="has no quote 99"):
        library.correct_quote(article, 99, speaker="X")
    assert library.quotes(article) == before and library.quote_corrections(article) == []


def test_undo_of_a_removal_brings_the_corrections_back(library, article):
    library.correct_quote(article, 1, speaker="Ivo Pennant")
    removed = library.remove(article)
    assert library.restore(removed.saved) == article
    assert library.quotes(article)[0].speaker == "Ivo Pennant"
    assert len(library.quote_corrections(article)) == 1


def test_cli_set_speaker_not_quote_and_reset(run_cli, tmp_path):
    p = tmp_path / "harbour.txt"
    p.write_text(TEXT, encoding="utf-8")
    aid = json.loads(run_cli("add", str(p), "--json", check=True).stdout_text)["added"][0]["id"]
    out = run_cli("quotes", str(aid), "--set-speaker", "2", "Ivo Pennant", check=True).stdout_text
    assert "2. Ivo Pennant [corrected]: \u201cWe are ready,\u201d" in out
    listed = json.loads(run_cli("quotes", str(aid), "--json", check=True).stdout_text)
    assert listed[1]["speaker"] == "Ivo Pennant" and listed[1]["cue"] == "reader"
    bad = run_cli("quotes", str(aid), "--set-speaker", "9", "X")
    assert bad.returncode != 0 and "has no quote 9" in bad.stderr_text and bad.stderr_text.count("\n") == 1
    out = run_cli("quotes", str(aid), "--reset", check=True)
    assert "forgot 1 correction(s)" in out.stdout_text and "[corrected]" not in out.stdout_text


def test_json_backup_carries_corrections_into_a_new_library(library, article, tmp_path):
    from reader.export import backup_document
    from reader.library import Library

    library.correct_quote(article, 2, speaker="Ivo Pennant")
    library.correct_quote(article, 1, not_quote=True)
    doc = json.loads(json.dumps(backup_document(library.bundles(), exported="2026-11-30T00:00:00Z")))
    assert len(doc["articles"][0]["quote_corrections"]) == 2
    with Library.open(tmp_path / "other") as other:
        (aid,) = other.import_backup(doc).ids
        # (the words on the residents' signs are a quote too, that nobody in particular said)
        assert [(q.text, q.speaker) for q in other.quotes(aid)] == [
            ("We are ready,", "Ivo Pennant"),
            ("Save Our Pier", None),
        ]
        assert len(other.quote_corrections(aid)) == 2
        other.refresh_quotes(force=True)
        assert [(q.text, q.speaker) for q in other.quotes(aid)] == [
            ("We are ready,", "Ivo Pennant"),
            ("Save Our Pier", None),
        ]
