"""The search index stays in step with every write: notes edited, highlights moved, articles removed."""

from __future__ import annotations

from reader.importers.plaintext import parse
from reader.store import articles as rows


def kinds(library, query):
    return sorted((h.kind, h.article_id) for h in library.search(query))


def test_index_follows_every_write(library):
    a = library.save(
        parse("Harbour wall story\n\n“We will rebuild it,” said Jane Doe. The wall fell.".encode(), source="/x.txt")
    ).id
    s, e = library.find_words(a, "The wall fell")
    h = library.add_highlight(a, s, e, note="ask the engineers")
    assert kinds(library, "engineers") == [("note", a)]
    library.set_highlight_note(h.id, "ask the council")
    assert kinds(library, "engineers") == [] and kinds(library, "council") == [("note", a)]
    s2, e2 = library.find_words(a, "We will rebuild it")
    library.move_highlight(h.id, s2, e2)
    assert ("highlight", a) in kinds(library, "rebuild")
    library.set_state([a], read=True, favourite=True)  # state changes leave the index alone
    assert kinds(library, "harbour") == [("article", a)]
    # the article's text changes: the index follows
    with library._write() as db:
        rows.replace_original(db, a, b"Harbour wall story\n\nThe sea wall was rebuilt in spring.", "text/plain")
    library.refresh(a)
    assert kinds(library, "spring") == [("article", a)] and kinds(library, "fell") == []
    library.remove(a)
    assert library.search("harbour") == [] and library.search("council") == []
    assert library.conn.execute("SELECT count(*) FROM annotations_fts").fetchone()[0] == 0
    # FTS5 raises "database disk image is malformed" here if the index and the articles disagree
    library.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
