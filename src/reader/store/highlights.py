"""Rows <-> models for what readers attach to articles: highlights, notes, tags.

Plain functions over a connection; the caller (``reader.library``) holds the
transaction. A highlight's note is the ``notes`` row with its ``highlight_id``;
an article's own note is the row with ``highlight_id`` NULL (one of each at
most, see migration m004).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from reader.model import Highlight, Note, Tag
from reader.text import tag_sort_key

_HIGHLIGHT_SELECT = """
    SELECT h.id, h.article_id, h.start, h."end", h.exact, h.prefix, h.suffix, h.text_hash, h.status,
           h.color, h.created, h.updated, n.body AS note,
           (SELECT json_group_array(t.name) FROM (
                SELECT tags.name FROM highlight_tags JOIN tags ON tags.id = highlight_tags.tag_id
                WHERE highlight_tags.highlight_id = h.id ORDER BY tags.key) AS t) AS tags
    FROM highlights h LEFT JOIN notes n ON n.highlight_id = h.id
"""


def _highlight(row: sqlite3.Row | tuple) -> Highlight:
    import json

    (hid, aid, start, end, exact, prefix, suffix, digest, status, color, created, updated, note, tags) = row
    return Highlight(
        id=hid,
        article_id=aid,
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        text_hash=digest,
        status=status,
        color=color,
        created=created,
        updated=updated,
        note=note,
        tags=sorted(json.loads(tags), key=tag_sort_key) if tags else [],
    )


# -- highlights ----------------------------------------------------------------------


def get_highlights(db: sqlite3.Connection, article_id: int | None = None) -> list[Highlight]:
    """One article's highlights in article order (detached last), or every highlight."""
    if article_id is None:
        cur = db.execute(_HIGHLIGHT_SELECT + " ORDER BY h.article_id, h.status = 'detached', h.start, h.id")
    else:
        cur = db.execute(
            _HIGHLIGHT_SELECT + " WHERE h.article_id = ? ORDER BY h.status = 'detached', h.start, h.id", [article_id]
        )
    return [_highlight(r) for r in cur]


def get_highlight(db: sqlite3.Connection, highlight_id: int) -> Highlight | None:
    row = db.execute(_HIGHLIGHT_SELECT + " WHERE h.id = ?", [highlight_id]).fetchone()
    return _highlight(row) if row else None


def insert_highlight(db: sqlite3.Connection, h: Highlight) -> int:
    """Insert ``h`` (keeping ``h.id`` when set: undoing a delete brings back the same id)."""
    cur = db.execute(
        'INSERT INTO highlights (id, article_id, start, "end", exact, prefix, suffix, text_hash, status, color, '
        "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            h.id,
            h.article_id,
            h.start,
            h.end,
            h.exact,
            h.prefix,
            h.suffix,
            h.text_hash,
            h.status,
            h.color,
            h.created,
            h.updated,
        ],
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_highlight_place(
    db: sqlite3.Connection, highlight_id: int, start: int, end: int, status: str, text_hash: str, updated: str | None
) -> None:
    """Where a highlight now stands (after its article's text changed)."""
    if updated is None:
        db.execute(
            'UPDATE highlights SET start = ?, "end" = ?, status = ?, text_hash = ? WHERE id = ?',
            [start, end, status, text_hash, highlight_id],
        )
    else:
        db.execute(
            'UPDATE highlights SET start = ?, "end" = ?, status = ?, text_hash = ?, updated = ? WHERE id = ?',
            [start, end, status, text_hash, updated, highlight_id],
        )


def update_highlight_anchor(db: sqlite3.Connection, h: Highlight) -> None:
    """A new anchor for a highlight (re-placed on new words by the reader)."""
    db.execute(
        'UPDATE highlights SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, text_hash = ?, status = ?, '
        "updated = ? WHERE id = ?",
        [h.start, h.end, h.exact, h.prefix, h.suffix, h.text_hash, h.status, h.updated, h.id],
    )


def set_highlight_color(db: sqlite3.Connection, highlight_id: int, color: str, updated: str) -> None:
    db.execute("UPDATE highlights SET color = ?, updated = ? WHERE id = ?", [color, updated, highlight_id])


def delete_highlight(db: sqlite3.Connection, highlight_id: int) -> None:
    # Its note and tag links go with it (ON DELETE CASCADE).
    db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])


def highlight_counts(db: sqlite3.Connection, article_ids: Sequence[int]) -> dict[int, int]:
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    return {
        aid: n
        for aid, n in db.execute(
            f"SELECT article_id, count(*) FROM highlights WHERE article_id IN ({marks}) GROUP BY article_id",
            list(article_ids),
        )
    }


# -- notes --------------------------------------------------------------------------


def get_article_note(db: sqlite3.Connection, article_id: int) -> Note | None:
    row = db.execute(
        "SELECT id, article_id, highlight_id, body, created, updated FROM notes "
        "WHERE article_id = ? AND highlight_id IS NULL",
        [article_id],
    ).fetchone()
    return (
        Note(id=row[0], article_id=row[1], highlight_id=row[2], body=row[3], created=row[4], updated=row[5])
        if row
        else None
    )


def set_note(
    db: sqlite3.Connection,
    article_id: int,
    highlight_id: int | None,
    body: str,
    now: str,
    *,
    note_id: int | None = None,
    created: str | None = None,
) -> None:
    """Write the note of a highlight (or of the article, with ``highlight_id`` None); "" deletes it.

    A new note takes ``note_id`` and ``created`` when given and free (restoring a backup).
    """
    where, args = (
        ("highlight_id = ?", [highlight_id])
        if highlight_id is not None
        else (
            "article_id = ? AND highlight_id IS NULL",
            [article_id],
        )
    )
    if not body:
        db.execute(f"DELETE FROM notes WHERE {where}", args)
        return
    cur = db.execute(f"UPDATE notes SET body = ?, updated = ? WHERE {where}", [body, now, *args])
    if cur.rowcount == 0:
        if note_id is not None and db.execute("SELECT 1 FROM notes WHERE id = ?", [note_id]).fetchone():
            note_id = None
        db.execute(
            "INSERT INTO notes (id, article_id, highlight_id, body, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
            [note_id, article_id, highlight_id, body, created or now, now],
        )


# -- tags ---------------------------------------------------------------------------

_LINKS = {"article": ("article_tags", "article_id"), "highlight": ("highlight_tags", "highlight_id")}


def tag_id(db: sqlite3.Connection, key: str) -> int | None:
    row = db.execute("SELECT id FROM tags WHERE key = ?", [key]).fetchone()
    return int(row[0]) if row else None


def ensure_tag(db: sqlite3.Connection, name: str, key: str) -> int:
    """The id of the tag with ``key``, made (named ``name``) if it does not exist yet."""
    found = tag_id(db, key)
    if found is not None:
        return found
    cur = db.execute("INSERT INTO tags (name, key) VALUES (?, ?)", [name, key])
    assert cur.lastrowid is not None
    return cur.lastrowid


def link_tags(db: sqlite3.Connection, kind: str, owner_id: int, tag_ids: Iterable[int]) -> int:
    """Link tags to an article or highlight; returns how many links are new."""
    table, column = _LINKS[kind]
    added = 0
    for tid in tag_ids:
        cur = db.execute(f"INSERT OR IGNORE INTO {table} ({column}, tag_id) VALUES (?, ?)", [owner_id, tid])
        added += cur.rowcount
    return added


def unlink_tags(db: sqlite3.Connection, kind: str, owner_id: int, tag_ids: Iterable[int]) -> int:
    table, column = _LINKS[kind]
    removed = 0
    for tid in tag_ids:
        removed += db.execute(f"DELETE FROM {table} WHERE {column} = ? AND tag_id = ?", [owner_id, tid]).rowcount
    return removed


def get_article_tags(db: sqlite3.Connection, article_id: int) -> list[str]:
    names = [
        r[0]
        for r in db.execute(
            "SELECT tags.name FROM article_tags JOIN tags ON tags.id = article_tags.tag_id "
            "WHERE article_tags.article_id = ?",
            [article_id],
        )
    ]
    return sorted(names, key=tag_sort_key)


def tags_of_articles(db: sqlite3.Connection, article_ids: Sequence[int]) -> dict[int, list[str]]:
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    out: dict[int, list[str]] = {}
    for aid, name in db.execute(
        f"SELECT article_tags.article_id, tags.name FROM article_tags JOIN tags ON tags.id = article_tags.tag_id "
        f"WHERE article_tags.article_id IN ({marks}) ORDER BY tags.key",
        list(article_ids),
    ):
        out.setdefault(aid, []).append(name)
    for names in out.values():
        names.sort(key=tag_sort_key)
    return out


def list_tags(db: sqlite3.Connection) -> list[Tag]:
    found = [
        Tag(id=r[0], name=r[1], articles=r[2], highlights=r[3])
        for r in db.execute(
            "SELECT t.id, t.name, "
            "(SELECT count(*) FROM article_tags a WHERE a.tag_id = t.id), "
            "(SELECT count(*) FROM highlight_tags h WHERE h.tag_id = t.id) "
            "FROM tags t"
        )
    ]
    return sorted(found, key=lambda t: tag_sort_key(t.name))


def rename_tag(db: sqlite3.Connection, tid: int, name: str, key: str) -> None:
    db.execute("UPDATE tags SET name = ?, key = ? WHERE id = ?", [name, key, tid])


def merge_tags(db: sqlite3.Connection, source: int, target: int) -> None:
    """Move every use of tag ``source`` to ``target`` and delete ``source``."""
    for table, column in _LINKS.values():
        db.execute(
            f"INSERT OR IGNORE INTO {table} ({column}, tag_id) SELECT {column}, ? FROM {table} WHERE tag_id = ?",
            [target, source],
        )
    db.execute("DELETE FROM tags WHERE id = ?", [source])


def delete_tag(db: sqlite3.Connection, tid: int) -> tuple[int, int]:
    """Delete a tag everywhere; returns how many articles and highlights lost it."""
    articles = db.execute("SELECT count(*) FROM article_tags WHERE tag_id = ?", [tid]).fetchone()[0]
    highlights = db.execute("SELECT count(*) FROM highlight_tags WHERE tag_id = ?", [tid]).fetchone()[0]
    db.execute("DELETE FROM tags WHERE id = ?", [tid])  # links cascade
    return int(articles), int(highlights)


def article_ids_with_tag(db: sqlite3.Connection, tid: int) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT a.id FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE t.tag_id = ? "
            "ORDER BY a.added DESC, a.id DESC",
            [tid],
        )
    ]
