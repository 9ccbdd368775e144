"""The database schema as an append-only list of migrations.

Each migration is a function applied once, in its own transaction, recorded in
sqlite-utils' ``_sqlite_migrations`` table. A shipped migration is never
edited: a change to the schema is a new function at the end of this file.
tests/test_store.py upgrades a database made by every older step.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from reader.store import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    """Articles with their canonical text, and what readers attach to them."""
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,              -- the canonical text: every offset points into it
            text_hash TEXT NOT NULL,         -- sha256 of text
            blocks TEXT NOT NULL DEFAULT '[]', -- JSON [{kind, start, end, level}]
            source TEXT,                     -- file path or URL it was added from
            url TEXT,                        -- canonical URL, when known
            author TEXT,
            site TEXT,
            published TEXT,
            added TEXT NOT NULL,
            language TEXT,
            description TEXT,
            word_count INTEGER NOT NULL DEFAULT 0,
            original BLOB,                   -- zlib-compressed source bytes
            original_type TEXT,              -- MIME type of original
            extractor TEXT,                  -- which importer made text, and its version
            quotes_version INTEGER           -- extractor version the stored quotes came from
        );
        CREATE INDEX articles_text_hash ON articles(text_hash);
        CREATE INDEX articles_url ON articles(url);

        CREATE TABLE highlights (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,             -- text-quote anchor
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            text_hash TEXT NOT NULL,         -- hash of the text the anchor was made on
            status TEXT NOT NULL DEFAULT 'attached', -- attached | moved | detached
            color TEXT NOT NULL DEFAULT 'yellow',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX highlights_article ON highlights(article_id, start);

        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            highlight_id INTEGER REFERENCES highlights(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX notes_article ON notes(article_id);
        CREATE INDEX notes_highlight ON notes(highlight_id);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        );
        CREATE TABLE highlight_tags (
            highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (highlight_id, tag_id)
        );

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,            -- order in the article
            text TEXT NOT NULL,
            speaker TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            cue TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            pieces TEXT NOT NULL DEFAULT '[]' -- JSON [[start, end], ...]
        );
        CREATE INDEX quotes_article ON quotes(article_id, seq);
        """
    )


@migrations(name="m002_search_index")
def m002_search_index(db: Database) -> None:
    """Full-text index over articles, kept in step by triggers."""
    articles = db.table("articles")
    articles.enable_fts(
        ["title", "text", "author", "site"],
        fts_version="FTS5",
        tokenize="unicode61 remove_diacritics 2",
        create_triggers=True,
        replace=True,
    )
    # Articles saved before this step are indexed now.
    articles.rebuild_fts()


@migrations(name="m003_source_index")
def m003_source_index(db: Database) -> None:
    """Index the source path/URL: duplicate checks look articles up by it."""
    db.execute("CREATE INDEX IF NOT EXISTS articles_source ON articles(source)")


@migrations(name="m004_annotations")
def m004_annotations(db: Database) -> None:
    """Highlights, notes and tags become writable: tag keys, one note per thing.

    - ``tags.key``: the name as compared (NFC, spaces folded, casefolded), so
      "Café" and "CAFÉ" are one tag in any script (``COLLATE NOCASE`` only
      folds ASCII). Names that fold to one key are merged, keeping every link.
    - At most one note per highlight and one whole-article note per article;
      bodies of any duplicates are joined, never dropped.
    - Indexes for counting a tag's uses.
    """
    from reader.text import tag_key

    db.execute("ALTER TABLE tags ADD COLUMN key TEXT")
    keep: dict[str, int] = {}
    for tag_id, name in db.execute("SELECT id, name FROM tags ORDER BY id").fetchall():
        key = tag_key(name)
        if key in keep:
            for table, column in (("article_tags", "article_id"), ("highlight_tags", "highlight_id")):
                db.execute(
                    f"INSERT OR IGNORE INTO {table} ({column}, tag_id) "
                    f"SELECT {column}, ? FROM {table} WHERE tag_id = ?",
                    [keep[key], tag_id],
                )
            db.execute("DELETE FROM tags WHERE id = ?", [tag_id])
        else:
            keep[key] = tag_id
            db.execute("UPDATE tags SET key = ? WHERE id = ?", [key, tag_id])
    for where, group in (("highlight_id IS NOT NULL", "highlight_id"), ("highlight_id IS NULL", "article_id")):
        dupes = db.execute(
            f"SELECT {group}, group_concat(id) FROM notes WHERE {where} GROUP BY {group} HAVING count(*) > 1"
        ).fetchall()
        for _owner, ids in dupes:
            ordered = sorted(int(i) for i in ids.split(","))
            bodies = [db.execute("SELECT body FROM notes WHERE id = ?", [i]).fetchone()[0] for i in ordered]
            db.execute("UPDATE notes SET body = ? WHERE id = ?", ["\n\n".join(bodies), ordered[0]])
            db.execute(f"DELETE FROM notes WHERE id IN ({','.join('?' * (len(ordered) - 1))})", ordered[1:])
    db.executescript(
        """
        CREATE UNIQUE INDEX tags_key ON tags(key);
        CREATE INDEX article_tags_tag ON article_tags(tag_id);
        CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);
        CREATE UNIQUE INDEX notes_one_per_highlight ON notes(highlight_id) WHERE highlight_id IS NOT NULL;
        CREATE UNIQUE INDEX notes_one_per_article ON notes(article_id) WHERE highlight_id IS NULL;
        """
    )


@migrations(name="m005_reading_state")
def m005_reading_state(db: Database) -> None:
    """Reading state (read, favourite, archived, progress) and indexes the library list can answer from.

    An article's text sits in the middle of its row, so a query that needs a
    column after it (every column added here, ``added``, ``published``) has
    to walk the text's overflow pages: listing 20,000 articles read every
    body. The list's queries (ids in each view and order, and the counts) now
    read only covering indexes.
    """
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN read_at TEXT;           -- NULL while unread
        ALTER TABLE articles ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN progress REAL NOT NULL DEFAULT 0;  -- 0..1, how far read
        ALTER TABLE articles ADD COLUMN position INTEGER NOT NULL DEFAULT 0; -- canonical offset at the top of the view
        CREATE INDEX articles_list_added ON articles(archived, added, id, read_at, favourite);
        CREATE INDEX articles_list_published ON articles(archived, published, id, read_at, favourite);
        CREATE INDEX articles_list_title ON articles(archived, title COLLATE NOCASE, id, read_at, favourite);
        """
    )


@migrations(name="m006_search_index")
def m006_search_index(db: Database) -> None:
    """One search over articles, highlights, notes and quotes.

    - ``articles_fts`` again (external content: the text is not stored twice),
      now with prefix indexes for search-as-you-type, and triggers that fire
      only when an indexed column changes: m002's update trigger fired on
      every column, so marking an article read re-tokenised its whole text.
    - ``annotations_fts``: highlight words, note bodies, quote text with the
      speaker, kept by triggers. Its rowid says what a row is (id * 4 + 1 a
      highlight, + 2 a note, + 3 a quote) so a row is found without a scan.
    - ``speaker_forms``: every form an article used for a speaker ("Sir
      Keir", "Starmer", "the prime minister"), so ``speaker:`` finds a person
      under any of them. Filled by the library as it stores quotes; articles
      already saved are filled here.
    Both indexes fold case and diacritics (unicode61, remove_diacritics 2).
    """
    db.executescript(
        """
        DROP TRIGGER IF EXISTS articles_ai;
        DROP TRIGGER IF EXISTS articles_ad;
        DROP TRIGGER IF EXISTS articles_au;
        DROP TABLE IF EXISTS articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, author, site,
            content='articles', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', prefix='2 3'
        );
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text, author, site)
            VALUES (new.id, new.title, new.text, new.author, new.site);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, author, site)
            VALUES ('delete', old.id, old.title, old.text, old.author, old.site);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text, author, site ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text, author, site)
            VALUES ('delete', old.id, old.title, old.text, old.author, old.site);
            INSERT INTO articles_fts(rowid, title, text, author, site)
            VALUES (new.id, new.title, new.text, new.author, new.site);
        END;
        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

        CREATE VIRTUAL TABLE annotations_fts USING fts5(
            body, speaker, kind UNINDEXED, article_id UNINDEXED, ref_id UNINDEXED,
            tokenize='unicode61 remove_diacritics 2', prefix='2 3'
        );
        CREATE TRIGGER highlights_fts_ai AFTER INSERT ON highlights BEGIN
            INSERT INTO annotations_fts(rowid, body, speaker, kind, article_id, ref_id)
            VALUES (new.id * 4 + 1, new.exact, '', 'highlight', new.article_id, new.id);
        END;
        CREATE TRIGGER highlights_fts_ad AFTER DELETE ON highlights BEGIN
            DELETE FROM annotations_fts WHERE rowid = old.id * 4 + 1;
        END;
        CREATE TRIGGER highlights_fts_au AFTER UPDATE OF exact ON highlights BEGIN
            UPDATE annotations_fts SET body = new.exact WHERE rowid = new.id * 4 + 1;
        END;
        CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
            INSERT INTO annotations_fts(rowid, body, speaker, kind, article_id, ref_id)
            VALUES (new.id * 4 + 2, new.body, '', 'note', new.article_id, new.id);
        END;
        CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
            DELETE FROM annotations_fts WHERE rowid = old.id * 4 + 2;
        END;
        CREATE TRIGGER notes_fts_au AFTER UPDATE OF body ON notes BEGIN
            UPDATE annotations_fts SET body = new.body WHERE rowid = new.id * 4 + 2;
        END;
        CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO annotations_fts(rowid, body, speaker, kind, article_id, ref_id)
            VALUES (new.id * 4 + 3, new.text, coalesce(new.speaker, ''), 'quote', new.article_id, new.id);
        END;
        CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
            DELETE FROM annotations_fts WHERE rowid = old.id * 4 + 3;
        END;
        INSERT INTO annotations_fts(rowid, body, speaker, kind, article_id, ref_id)
            SELECT id * 4 + 1, exact, '', 'highlight', article_id, id FROM highlights;
        INSERT INTO annotations_fts(rowid, body, speaker, kind, article_id, ref_id)
            SELECT id * 4 + 2, body, '', 'note', article_id, id FROM notes;
        INSERT INTO annotations_fts(rowid, body, speaker, kind, article_id, ref_id)
            SELECT id * 4 + 3, text, coalesce(speaker, ''), 'quote', article_id, id FROM quotes;

        CREATE TABLE speaker_forms (
            speaker TEXT NOT NULL,
            form TEXT NOT NULL,        -- as the article wrote it
            key TEXT NOT NULL,         -- folded for comparison
            PRIMARY KEY (speaker, key)
        );  -- not WITHOUT ROWID: SQLite 3.40's integrity_check wrongly reports NULLs in such a table's columns
        CREATE INDEX speaker_forms_key ON speaker_forms(key);
        CREATE INDEX quotes_speaker ON quotes(speaker, article_id, id);  -- speaker: without words
        CREATE INDEX highlights_status ON highlights(article_id, status);
        -- before:/after: filter on the day an article counts as from, without reading its row
        CREATE INDEX articles_day ON articles(coalesce(published, substr(added, 1, 10)), id);
        """
    )
    from reader.speakers import speaker_forms_of

    for aid, text in db.execute(
        "SELECT id, text FROM articles WHERE id IN (SELECT DISTINCT article_id FROM quotes)"
    ).fetchall():
        quotes = db.execute(
            "SELECT speaker, speaker_start, speaker_end FROM quotes WHERE article_id = ? AND speaker IS NOT NULL",
            [aid],
        ).fetchall()
        for speaker, form, key in speaker_forms_of(text, quotes):
            db.execute(
                "INSERT OR IGNORE INTO speaker_forms (speaker, form, key) VALUES (?, ?, ?)", [speaker, form, key]
            )


@migrations(name="m007_images")
def m007_images(db: Database) -> None:
    """Images of articles the reader chose to load, kept so they are never fetched twice."""
    db.executescript(
        """
        CREATE TABLE images (
            url TEXT PRIMARY KEY,
            data BLOB NOT NULL,
            type TEXT NOT NULL,
            fetched TEXT NOT NULL
        );
        """
    )


@migrations(name="m008_quote_corrections")
def m008_quote_corrections(db: Database) -> None:
    """The reader's corrections of quotes, kept apart from the extractor's output.

    A correction names its quote by the quoted words and where they started,
    so it finds the quote again after re-extraction (a newer extractor, a
    refreshed text); one whose quote is gone is kept, not dropped.
    """
    db.executescript(
        """
        CREATE TABLE quote_corrections (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quote_text TEXT NOT NULL,
            start INTEGER NOT NULL,
            speaker TEXT,                     -- NULL: the speaker is unclear
            not_quote INTEGER NOT NULL DEFAULT 0,
            made TEXT NOT NULL,
            UNIQUE (article_id, quote_text, start)
        );
        """
    )


@migrations(name="m009_quotes_version_index")
def m009_quotes_version_index(db: Database) -> None:
    """Find the articles an older quote extractor worked on without reading every row (the window checks at start)."""
    db.execute("CREATE INDEX articles_quotes_version ON articles(quotes_version)")


@migrations(name="m010_fetch_status")
def m010_fetch_status(db: Database) -> None:
    """Items saved as links (imported from another service) whose text is still to be fetched.

    ``fetch_status`` is NULL for an article with its text, ``waiting`` for a
    link whose page has not been fetched yet, ``failed`` when the last fetch
    failed (``fetch_error`` says why), and ``missing`` for an item with no
    address to fetch from (a highlight export that names only a title); such
    items keep their highlights, detached, until the text arrives.
    """
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN fetch_status TEXT;
        ALTER TABLE articles ADD COLUMN fetch_error TEXT;
        CREATE INDEX articles_fetch ON articles(fetch_status) WHERE fetch_status IS NOT NULL;
        """
    )


@migrations(name="m011_quote_method")
def m011_quote_method(db: Database) -> None:
    """How each quote's speaker was found (a name beside it, a pronoun, a role...) and how often that way is right."""
    db.executescript(
        """
        ALTER TABLE quotes ADD COLUMN method TEXT;
        ALTER TABLE quotes ADD COLUMN confidence REAL;
        """
    )


@migrations(name="m012_quote_speaker_description")
def m012_quote_speaker_description(db: Database) -> None:
    """How the article describes a speaker it does not name ("a person familiar with the talks").

    Quotes stored before it have none until the library re-extracts them (their engine version is older).
    """
    db.execute("ALTER TABLE quotes ADD COLUMN speaker_description TEXT")


#: Names of all migrations, oldest first (tests build old schemas from it).
MIGRATION_NAMES = [m.name for m in migrations._migrations]


def apply(db: Database, *, stop_before: str | None = None) -> None:
    migrations.apply(db, stop_before=stop_before)
