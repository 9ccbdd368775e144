import pytest

from reader.errors import ImportFailed, NotFound
from reader.library import Library


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_add_then_duplicate_is_reported_not_saved(library, tmp_path):
    p = write(tmp_path, "a.txt", "Floods hit the valley\n\nRain fell all night.")
    first = library.add(p)
    assert first.created and first.title == "Floods hit the valley"
    again = library.add(write(tmp_path, "copy.txt", "Floods hit the valley\n\nRain fell all night."))
    assert (again.id, again.created) == (first.id, False)
    assert library.count() == 1


def test_failed_import_changes_nothing(library, tmp_path):
    library.add(write(tmp_path, "a.txt", "Headline\n\nBody."))
    before = library.summaries()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01binary")
    with pytest.raises(ImportFailed):
        library.add(bad)
    assert library.summaries() == before


def test_unknown_id(library):
    with pytest.raises(NotFound, match="no article with id 42"):
        library.article(42)
    with pytest.raises(NotFound):
        library.remove(42)


def test_sample_imported_only_into_an_empty_library(library):
    sid = library.ensure_sample()
    assert sid is not None
    a = library.article(sid)
    assert a.site == "Sky News"
    assert a.text.startswith("The UK is in talks")
    assert library.ensure_sample() is None
    assert library.count() == 1


def test_summaries_keep_requested_order(library, tmp_path):
    ids = [library.add(write(tmp_path, f"{i}.txt", f"Headline {i}\n\nBody {i}.")).id for i in range(3)]
    assert [s.id for s in library.summaries(list(reversed(ids)))] == list(reversed(ids))
    assert library.article_ids() == sorted(ids, reverse=True)


def test_two_connections_share_the_file(data_dir, tmp_path):
    a = Library.open(data_dir)
    b = Library.open(data_dir)
    aid = a.add(write(tmp_path, "x.txt", "Headline\n\nBody.")).id
    assert b.article(aid).title == "Headline"
    a.close()
    b.close()


def test_another_connection_can_write_while_an_articles_quotes_are_extracted(library, tmp_path, monkeypatch):
    """The quote engine (a second or more on a long article) runs before the write lock is taken."""
    import sqlite3

    import reader.quotes

    real = reader.quotes.extract_quotes
    writes: list[str] = []

    def extract_while_someone_writes(text, blocks=None, **kw):
        other = sqlite3.connect(library.path, timeout=0.05)
        try:
            other.execute("BEGIN IMMEDIATE")  # the write lock, as a highlight saved from the window takes it
            other.rollback()
            writes.append("done")
        except sqlite3.OperationalError as exc:
            writes.append(str(exc))
        finally:
            other.close()
        return real(text, blocks, **kw)

    monkeypatch.setattr(reader.quotes, "extract_quotes", extract_while_someone_writes)
    aid = library.add(write(tmp_path, "a.txt", 'Floods\n\n"The river rose all night," said Aurek Vexley.')).id
    assert writes == ["done"]
    assert [(q.text, q.speaker) for q in library.quotes(aid)] == [("The river rose all night,", "Aurek Vexley")]
    library.refresh_quotes(force=True)
    assert writes == ["done", "done"]
    assert [(q.text, q.speaker) for q in library.quotes(aid)] == [("The river rose all night,", "Aurek Vexley")]
