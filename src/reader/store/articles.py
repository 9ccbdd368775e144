"""Rows <-> models for articles and their quotes."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator, Sequence

from reader.model import Article, ArticleSummary, Block, Quote

_SUMMARY_COLUMNS = (
    "id, title, site, author, published, added, word_count, source, "
    "read_at IS NOT NULL AS read, favourite, archived, progress, fetch_status"
)

#: The library's views: which articles each shows.
VIEWS = {
    "all": "archived = 0",
    "unread": "archived = 0 AND read_at IS NULL",
    "favourites": "archived IN (0, 1) AND favourite = 1",
    "archive": "archived = 1",
}
#: The library's orders (each read from a covering index, see migration m005).
SORTS = {
    "added": "added DESC, id DESC",
    "published": "published DESC, id DESC",
    "title": "title COLLATE NOCASE, id",
}


def _dicts(cur: sqlite3.Cursor) -> Iterator[dict]:
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def insert_article(
    db: sqlite3.Connection,
    article: Article,
    *,
    text_hash: str,
    original: bytes | None,
    original_type: str | None,
    extractor: str | None,
    article_id: int | None = None,
) -> int:
    """Insert an article; ``article_id`` keeps a given id (restoring a backup), else SQLite picks one."""
    cur = db.execute(
        """
        INSERT INTO articles (id, title, text, text_hash, blocks, source, url, author, site,
            published, added, language, description, word_count, original, original_type,
            extractor)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [
            article_id,
            article.title,
            article.text,
            text_hash,
            json.dumps([b.to_dict() for b in article.blocks]),
            article.source,
            article.url,
            article.author,
            article.site,
            article.published,
            article.added,
            article.language,
            article.description,
            article.word_count,
            zlib.compress(original, 6) if original is not None else None,
            original_type,
            extractor,
        ],
    )
    assert cur.lastrowid is not None  # an INSERT always sets it
    return cur.lastrowid


def update_article(
    db: sqlite3.Connection, article_id: int, article: Article, *, text_hash: str, extractor: str | None
) -> None:
    db.execute(
        """
        UPDATE articles SET title = ?, text = ?, text_hash = ?, blocks = ?, url = ?, author = ?,
            site = ?, published = ?, language = ?, description = ?, word_count = ?, extractor = ?
        WHERE id = ?
        """,
        [
            article.title,
            article.text,
            text_hash,
            json.dumps([b.to_dict() for b in article.blocks]),
            article.url,
            article.author,
            article.site,
            article.published,
            article.language,
            article.description,
            article.word_count,
            extractor,
            article_id,
        ],
    )


def _block(d: dict) -> Block:
    # Block.from_dict without its int() checks: stored blocks were written by Block.to_dict.
    return Block(d["kind"], d["start"], d["end"], d.get("level", 0), d.get("src"))


def _row_to_article(row: dict) -> Article:
    article = Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        blocks=json.loads(row["blocks"] or "[]", object_hook=_block),
        source=row["source"],
        url=row["url"],
        author=row["author"],
        site=row["site"],
        published=row["published"],
        added=row["added"],
        language=row["language"],
        description=row["description"],
    )
    if row.get("word_count"):  # counted when it was saved: a long text takes ~30 ms to count again
        article._words = (article.text, row["word_count"])
    return article


def replace_original(db: sqlite3.Connection, article_id: int, original: bytes, original_type: str) -> None:
    db.execute(
        "UPDATE articles SET original = ?, original_type = ? WHERE id = ?",
        [zlib.compress(original, 6), original_type, article_id],
    )


def ids_with_old_quotes(db: sqlite3.Connection, version: int | None) -> list[int]:
    """Articles whose quotes predate ``version`` (every article when None)."""
    if version is None:
        return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    # No ORDER BY: with it SQLite scans the table; without, it searches the quotes_version index twice.
    return sorted(
        r[0]
        for r in db.execute("SELECT id FROM articles WHERE quotes_version IS NULL OR quotes_version < ?", [version])
    )


def get_article(db: sqlite3.Connection, article_id: int) -> Article | None:
    rows = list(
        _dicts(
            db.execute(
                "SELECT id, title, text, blocks, source, url, author, site, published, added, "
                "language, description, word_count FROM articles WHERE id = ?",
                [article_id],
            )
        )
    )
    return _row_to_article(rows[0]) if rows else None


def get_text(db: sqlite3.Connection, article_id: int) -> tuple[str, str] | None:
    """An article's text and its stored hash, without its blocks (~0.1 s to decode for a 50,000-paragraph one)."""
    row = db.execute("SELECT text, text_hash FROM articles WHERE id = ?", [article_id]).fetchone()
    return (row[0], row[1]) if row is not None else None


def get_original(db: sqlite3.Connection, article_id: int) -> tuple[bytes, str] | None:
    row = db.execute("SELECT original, original_type FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None or row[0] is None:
        return None
    return zlib.decompress(row[0]), row[1]


def _summary(row: dict) -> ArticleSummary:
    for key in ("read", "favourite", "archived"):
        row[key] = bool(row[key])
    return ArticleSummary(**row)


def list_summaries(db: sqlite3.Connection, ids: Sequence[int] | None = None) -> list[ArticleSummary]:
    if ids is None:
        rows = _dicts(db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM articles ORDER BY added DESC, id DESC"))
    else:
        marks = ",".join("?" * len(ids))
        rows = _dicts(db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM articles WHERE id IN ({marks})", list(ids)))
    return [_summary(row) for row in rows]


def list_ids(
    db: sqlite3.Connection, view: str = "all", sort: str = "added", tag_id: int | None = None, limit: int = -1
) -> list[int]:
    """Article ids in a view and order (the first ``limit``); with ``tag_id``, only those with that tag."""
    where, args = VIEWS[view], []
    if tag_id is not None:
        where += " AND id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)"
        args.append(tag_id)
    sql = f"SELECT id FROM articles WHERE {where} ORDER BY {SORTS[sort]} LIMIT ?"
    return [r[0] for r in db.execute(sql, [*args, limit])]


def all_ids(db: sqlite3.Connection) -> list[int]:
    """Every article id, archived or not, newest first."""
    return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY added DESC, id DESC")]


def view_counts(db: sqlite3.Connection) -> dict[str, int]:
    """How many articles each view shows: one pass over a covering index."""
    sums = ", ".join(f"coalesce(sum({where}), 0)" for where in VIEWS.values())
    row = db.execute(f"SELECT {sums} FROM articles INDEXED BY articles_list_added").fetchone()
    return {view: int(n) for view, n in zip(VIEWS, row, strict=True)}


def set_state(
    db: sqlite3.Connection,
    ids: Sequence[int],
    *,
    read_at: str | None | bool = False,
    favourite: bool | None = None,
    archived: bool | None = None,
) -> None:
    """Set reading state on articles (``read_at``: a timestamp, None for unread, False to leave it)."""
    sets: list[str] = []
    args: list[object] = []
    if read_at is not False:
        sets.append("read_at = ?")
        args.append(read_at)
    if favourite is not None:
        sets.append("favourite = ?")
        args.append(int(favourite))
    if archived is not None:
        sets.append("archived = ?")
        args.append(int(archived))
    if not sets or not ids:
        return
    marks = ",".join("?" * len(ids))
    db.execute(f"UPDATE articles SET {', '.join(sets)} WHERE id IN ({marks})", [*args, *ids])


def get_state(db: sqlite3.Connection, article_id: int) -> dict | None:
    found = list(
        _dicts(
            db.execute(
                "SELECT read_at, favourite, archived, progress, position FROM articles WHERE id = ?", [article_id]
            )
        )
    )
    return found[0] if found else None


def set_progress(db: sqlite3.Connection, article_id: int, position: int, progress: float) -> None:
    db.execute("UPDATE articles SET position = ?, progress = ? WHERE id = ?", [position, progress, article_id])


def exists(db: sqlite3.Connection, article_id: int) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None


def count(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def find_by_hash(db: sqlite3.Connection, text_hash: str) -> int | None:
    """The article with this text; never a link still waiting for its text (they all share the empty one)."""
    if text_hash == _EMPTY_HASH:
        return None
    row = db.execute("SELECT id FROM articles WHERE text_hash = ? LIMIT 1", [text_hash]).fetchone()
    return int(row[0]) if row else None


_EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of the empty text


def find_by_title(db: sqlite3.Connection, title: str) -> list[tuple[int, str | None]]:
    """Articles with this title (compared without case), with their authors."""
    return [
        (int(r[0]), r[1]) for r in db.execute("SELECT id, author FROM articles WHERE title = ? COLLATE NOCASE", [title])
    ]


def set_fetch_status(db: sqlite3.Connection, article_id: int, status: str | None, error: str | None = None) -> None:
    """Whether an article waits for its text (see schema m010); None once it has it."""
    db.execute("UPDATE articles SET fetch_status = ?, fetch_error = ? WHERE id = ?", [status, error, article_id])


def fetch_status(db: sqlite3.Connection, article_id: int) -> tuple[str | None, str | None]:
    row = db.execute("SELECT fetch_status, fetch_error FROM articles WHERE id = ?", [article_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def ids_to_fetch(db: sqlite3.Connection, *, failed: bool = True) -> list[int]:
    """Links still without their text (waiting, and failed ones too when ``failed``), oldest first."""
    wanted = ("waiting", "failed") if failed else ("waiting",)
    marks = ", ".join("?" for _ in wanted)
    return sorted(r[0] for r in db.execute(f"SELECT id FROM articles WHERE fetch_status IN ({marks})", wanted))


def find_by_url(db: sqlite3.Connection, url: str) -> int | None:
    # Two indexed lookups: "url = ? OR source = ?" would scan the whole table.
    row = (
        db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchone()
        or db.execute("SELECT id FROM articles WHERE source = ? LIMIT 1", [url]).fetchone()
    )
    return int(row[0]) if row else None


def dependents(db: sqlite3.Connection, article_id: int) -> dict[str, int]:
    """How many highlights, notes and quotes hang on an article."""
    out = {}
    for table in ("highlights", "notes", "quotes"):
        out[table] = int(db.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]).fetchone()[0])
    return out


def delete_article(db: sqlite3.Connection, article_id: int) -> bool:
    cur = db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    return cur.rowcount > 0


def replace_quotes(
    db: sqlite3.Connection, article_id: int, quotes: Sequence[Quote], version: int, text: str | None = None
) -> None:
    """Store an article's quotes (replacing any); with its ``text``, also the forms its speakers were named by."""
    db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    if text is not None:
        _add_speaker_forms(db, text, ((q.speaker, q.speaker_start, q.speaker_end) for q in quotes))
    db.executemany(
        'INSERT INTO quotes (article_id, seq, text, speaker, start, "end", kind, cue, '
        "speaker_start, speaker_end, pieces, method, confidence, speaker_description) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                i,
                q.text,
                q.speaker,
                q.start,
                q.end,
                q.kind,
                q.cue,
                q.speaker_start,
                q.speaker_end,
                json.dumps([list(p) for p in (q.pieces or ((q.start, q.end),))]),
                q.method,
                q.confidence,
                q.speaker_description,
            )
            for i, q in enumerate(quotes)
        ],
    )
    db.execute("UPDATE articles SET quotes_version = ? WHERE id = ?", [version, article_id])
    apply_quote_corrections(db, article_id, text)


#: The ``cue`` of a quote whose speaker the reader set.
CORRECTED_CUE = "reader"


def set_quote_correction(
    db: sqlite3.Connection, article_id: int, quote: Quote, speaker: str | None, not_quote: bool, made: str
) -> None:
    """Record the reader's correction of ``quote`` (replacing an earlier one) and apply it."""
    db.execute(
        "INSERT INTO quote_corrections (article_id, quote_text, start, speaker, not_quote, made) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, quote_text, start) "
        "DO UPDATE SET speaker = excluded.speaker, not_quote = excluded.not_quote, made = excluded.made",
        [article_id, quote.text, quote.start, speaker, int(not_quote), made],
    )
    apply_quote_corrections(db, article_id)


def get_quote_corrections(db: sqlite3.Connection, article_id: int) -> list[dict]:
    return list(
        _dicts(
            db.execute(
                "SELECT quote_text, start, speaker, not_quote, made FROM quote_corrections "
                "WHERE article_id = ? ORDER BY id",
                [article_id],
            )
        )
    )


def put_quote_corrections(
    db: sqlite3.Connection, article_id: int, corrections: Sequence[dict], *, replace: bool = True
) -> None:
    """Store corrections as they were (undo, a backup); applied by the next :func:`replace_quotes`.

    With ``replace`` False, a correction of a quote the article already has one for is skipped.
    """
    db.executemany(
        f"INSERT OR {'REPLACE' if replace else 'IGNORE'} INTO quote_corrections "
        "(article_id, quote_text, start, speaker, not_quote, made) VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, c["quote_text"], c["start"], c["speaker"], int(c["not_quote"]), c["made"]) for c in corrections],
    )


def clear_quote_corrections(db: sqlite3.Connection, article_id: int) -> int:
    return db.execute("DELETE FROM quote_corrections WHERE article_id = ?", [article_id]).rowcount


def apply_quote_corrections(db: sqlite3.Connection, article_id: int, text: str | None = None) -> None:
    """Put the reader's corrections onto the stored quotes: each finds its quote by its words, nearest its start.

    A corrected quote is stored again (so the search index follows) with the
    reader's speaker and the cue ``reader``; a quote marked "not a quote" is
    taken out. A correction whose words are no longer quoted waits, kept.
    """
    for c in get_quote_corrections(db, article_id):
        row = db.execute(
            'SELECT id, seq, text, start, "end", kind, pieces, speaker, cue FROM quotes '
            "WHERE article_id = ? AND text = ? ORDER BY abs(start - ?) LIMIT 1",
            [article_id, c["quote_text"], c["start"]],
        ).fetchone()
        if row is None:
            continue
        qid, seq, qtext, start, end, kind, pieces, speaker, cue = row
        if not c["not_quote"] and speaker == c["speaker"] and cue == CORRECTED_CUE:
            continue
        db.execute("DELETE FROM quotes WHERE id = ?", [qid])
        if c["not_quote"]:
            continue
        method, confidence = ("reader", 1.0) if c["speaker"] else (None, None)
        db.execute(
            'INSERT INTO quotes (article_id, seq, text, speaker, start, "end", kind, cue, pieces, method, confidence) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article_id, seq, qtext, c["speaker"], start, end, kind, CORRECTED_CUE, pieces, method, confidence],
        )
        if c["speaker"]:
            _add_speaker_forms(db, text or "", [(c["speaker"], None, None)])


def _add_speaker_forms(db: sqlite3.Connection, text: str, speakers) -> None:  # noqa: ANN001
    """Record the forms each speaker was named by ((speaker, mention start, end) triples)."""
    from reader.speakers import speaker_forms_of

    db.executemany(
        "INSERT OR IGNORE INTO speaker_forms (speaker, form, key) VALUES (?, ?, ?)",
        list(speaker_forms_of(text, speakers)),
    )


def get_quotes_version(db: sqlite3.Connection, article_id: int) -> int | None:
    row = db.execute("SELECT quotes_version FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def id_taken(db: sqlite3.Connection, table: str, row_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None


def get_quotes(db: sqlite3.Connection, article_id: int, offset: int = 0, limit: int | None = None) -> list[Quote]:
    """The article's quotes in article order; with ``offset``/``limit``, only that slice of the list."""
    rows = db.execute(
        'SELECT text, speaker, start, "end", kind, cue, speaker_start, speaker_end, pieces, method, confidence, '
        "speaker_description FROM quotes WHERE article_id = ? ORDER BY seq LIMIT ? OFFSET ?",
        [article_id, -1 if limit is None else limit, offset],
    ).fetchall()
    # The pieces of 1,000 quotes per JSON document: far fewer decodes than one per quote
    # (a 50,000-paragraph article has ~20,000 quotes), and none so long that a worker
    # reading them holds the GIL away from the UI thread for more than a moment.
    pieces = []
    for i in range(0, len(rows), 1000):
        pieces += json.loads("[" + ",".join(r[8] or "[]" for r in rows[i : i + 1000]) + "]")
    return [
        Quote(
            text=r[0],
            start=r[2],
            end=r[3],
            speaker=r[1],
            kind=r[4],
            cue=r[5],
            speaker_start=r[6],
            speaker_end=r[7],
            pieces=tuple(tuple(p) for p in ps),
            method=r[9],
            confidence=r[10],
            speaker_description=r[11],
        )
        for r, ps in zip(rows, pieces, strict=True)
    ]
