"""Search everything saved: articles, highlights, notes and quotes, with a query a person can guess.

The reader's text is parsed here into a query of our own (:class:`Query`) and
only then written out as an FTS5 expression in which every word is a quoted
string, so no input can reach FTS5's own syntax: unbalanced quotes, a lone
``-``, ``AND``, ``NEAR(``, ``col:umn``, emoji or 10,000 characters give
results or a one-line :class:`QueryError`, never an SQL error.

The language: words (all must match), ``"exact phrases"``, ``prefix*``,
``a OR b``, ``-excluded`` (words or phrases), and filters ``tag:``,
``speaker:``, ``site:``, ``is:unread|read|favourite|archived|highlighted|
noted``, ``before:``/``after:`` (YYYY, YYYY-MM, YYYY-MM-DD, on the published
date or else the date saved; both exclusive), ``in:articles|highlights|
notes|quotes``. A filter's value may be quoted (``tag:"long reads"``). An
unknown filter name is searched as words. ``site:`` matches any word of the
site's name from its start ("lake" finds "Lakeside Post"); ``tag:`` finds
articles with the tag and highlights that carry it; filters alone list
articles (and, with ``tag:``, tagged highlights). ``limit`` caps the hits in
all, dealt fairly round the kinds.

Two FTS5 indexes answer (migration m006): ``articles_fts`` (title, text,
author, site; BM25 with the title weighted 10, author 3, site 2, text 1) and
``annotations_fts`` (highlight words, notes, quote text with the speaker).
Both fold case and diacritics. Only this module and :mod:`reader.store` hold SQL.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field

from reader.errors import ReaderError

FILTERS = ("tag", "speaker", "site", "is", "before", "after", "in")
STATES = ("unread", "read", "favourite", "favorite", "archived", "highlighted", "noted")
KINDS = {"articles": "article", "highlights": "highlight", "notes": "note", "quotes": "quote"}
MAX_TERMS = 64
#: Title, text, author, site.
ARTICLE_WEIGHTS = (10.0, 1.0, 3.0, 2.0)
SNIPPET_TOKENS = 18
_OPEN, _CLOSE = "\x02", "\x03"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class QueryError(ReaderError):
    """A query that cannot be searched, with what to change.

    Always one line: what the reader typed is echoed with its line breaks
    and tabs folded to spaces.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # the words, as typed (a phrase may hold several)
    prefix: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted

    def words(self) -> list[str]:
        return _WORD.findall(self.text)


@dataclass(slots=True)
class Query:
    """A parsed query: groups of alternatives (all groups must match), exclusions, filters."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    before: str | None = None
    after: str | None = None
    kinds: set[str] = field(default_factory=set)

    @property
    def has_words(self) -> bool:
        return bool(self.groups)

    @property
    def empty(self) -> bool:
        return not (
            self.groups
            or self.excluded
            or self.tags
            or self.speakers
            or self.sites
            or self.states
            or self.before
            or self.after
            or self.kinds
        )

    def match(self) -> str | None:
        """The FTS5 expression for the words, or None when there are none."""
        if not self.groups:
            return None
        parts = []
        for group in self.groups:
            alts = [t.fts() for t in group]
            parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
        expr = " AND ".join(parts)
        for t in self.excluded:
            expr = f"({expr}) NOT {t.fts()}"
        return expr

    def excluded_match(self) -> str | None:
        if not self.excluded:
            return None
        return " OR ".join(t.fts() for t in self.excluded)

    def words(self) -> list[str]:
        """Every word looked for (to mark it in snippets and find it in the text)."""
        return [w for group in self.groups for t in group for w in t.words()]


# -- parsing ---------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[str, str, bool]]:
    """Split the query into (kind, value, negated): kind is "word", "phrase", "or" or "filter:NAME"."""
    out: list[tuple[str, str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace() or c in "()":
            i += 1
            continue
        negated = False
        if c == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            c = text[i]
        if c == '"':
            j = text.find('"', i + 1)
            j = n if j == -1 else j  # an unclosed quote runs to the end
            out.append(("phrase", text[i + 1 : j], negated))
            i = j + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] not in '()"':
            j += 1
        word = text[i:j]
        name, colon, value = word.partition(":")
        if colon and name.lower() in FILTERS and not negated:
            if not value and j < n and text[j] == '"':  # tag:"two words"
                k = text.find('"', j + 1)
                k = n if k == -1 else k
                value, j = text[j + 1 : k], k + 1
            out.append((f"filter:{name.lower()}", value, False))
        elif word == "OR" and not negated:
            out.append(("or", word, False))
        else:
            out.append(("word", word, negated))
        i = j
    return out


def _date_bound(value: str, name: str) -> str:
    m = _DATE.match(value.strip())
    if not m:
        raise QueryError(f"{name}: takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not “{value}”")
    year, month, day = m.groups()
    import datetime as _dt

    try:
        _dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(f"{name}: “{value}” is not a date") from None
    return value.strip()


def parse_query(text: str) -> Query:
    """The reader's query as a :class:`Query`; :class:`QueryError` for what cannot be searched."""
    text = "".join(c for c in text if c == "\t" or c == "\n" or unicodedata.category(c)[0] != "C")
    q = Query()
    pending_or = False
    for kind, value, negated in _tokens(text):
        if kind == "or":
            pending_or = bool(q.groups)
            continue
        if kind.startswith("filter:"):
            _add_filter(q, kind[7:], value)
            pending_or = False
            continue
        prefix = kind == "word" and value.endswith("*")
        words = value.rstrip("*") if prefix else value
        if not _WORD.search(words):
            pending_or = False
            continue  # punctuation or emoji alone: nothing an index can find
        term = Term(" ".join(_WORD.findall(words)) if kind == "word" else words.strip(), prefix)
        if negated:
            q.excluded.append(term)
        elif pending_or:
            q.groups[-1].append(term)
        else:
            q.groups.append([term])
        pending_or = False
    if sum(len(g) for g in q.groups) + len(q.excluded) > MAX_TERMS:
        raise QueryError(f"a query can look for at most {MAX_TERMS} words or phrases")
    return q


def _add_filter(q: Query, name: str, value: str) -> None:
    value = value.strip()
    if not value:
        raise QueryError(f"{name}: needs a value, e.g. {name}:{_EXAMPLES[name]}")
    if name == "tag":
        q.tags.append(value)
    elif name == "speaker":
        q.speakers.append(value)
    elif name == "site":
        q.sites.append(value)
    elif name == "is":
        state = value.lower()
        if state not in STATES:
            raise QueryError(
                f"is:{value} is not a state; use one of unread, read, favourite, archived, highlighted, noted"
            )
        q.states.append("favourite" if state == "favorite" else state)
    elif name == "before":
        q.before = _date_bound(value, "before")
    elif name == "after":
        q.after = _date_bound(value, "after")
    elif name == "in":
        for part in value.lower().split(","):
            kind = KINDS.get(part) or KINDS.get(part + "s")
            if kind is None:
                raise QueryError(f"in:{part} is not a kind; use articles, highlights, notes or quotes")
            q.kinds.add(kind)


_EXAMPLES = {
    "tag": "climate",
    "speaker": '"Keir Starmer"',
    "site": "bbc",
    "is": "unread",
    "before": "2024-06",
    "after": "2023",
    "in": "highlights",
}


# -- results ----------------------------------------------------------------------------------


@dataclass(slots=True)
class SearchHit:
    """One thing found: an article, a highlight, a note or a quote."""

    kind: str
    article_id: int
    title: str
    snippet: str
    marks: list[tuple[int, int]]
    start: int | None = None
    end: int | None = None
    ref_id: int | None = None
    speaker: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "article_id": self.article_id,
            "title": self.title,
            "snippet": self.snippet,
            "marks": [list(m) for m in self.marks],
            "start": self.start,
            "end": self.end,
            "ref_id": self.ref_id,
            "speaker": self.speaker,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """One person (or organisation) quoted across the library, under every name the articles used."""

    name: str
    quotes: int
    articles: int
    names: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"name": self.name, "quotes": self.quotes, "articles": self.articles, "names": list(self.names)}


def _unmark(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet from FTS5 with its marker characters taken out, and where they were."""
    parts = snippet.split(_OPEN)
    out, marks, pos = [parts[0]], [], len(parts[0])
    for part in parts[1:]:
        inner, closed, rest = part.partition(_CLOSE)
        if closed and inner:
            marks.append((pos, pos + len(inner)))
        out += (inner, rest)
        pos += len(inner) + len(rest)
    return "".join(out).replace("\n", " "), marks


# -- running a query ---------------------------------------------------------------------------


def _article_filter(q: Query, column: str, highlight_column: str | None = None) -> tuple[str, list]:
    """SQL conditions on an article id column for the tag, site, state and date filters.

    Each is written ``+column IN (...)``: the unary plus keeps SQLite from
    driving the query from the filter's list of ids (asking FTS5 about every
    tagged article, 8x slower) instead of from the full-text match.

    With ``highlight_column`` (the id of a highlight hit), a tag on the
    highlight itself counts as well as one on its article.
    """
    from reader.text import tag_key

    conds: list[str] = []
    args: list = []
    for tag in q.tags:
        on_article = (
            f"+{column} IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.key = ?)"
        )
        args.append(tag_key(tag))
        if highlight_column is None:
            conds.append(on_article)
        else:
            conds.append(
                f"({on_article} OR (f.kind = 'highlight' AND {highlight_column} IN (SELECT ht.highlight_id "
                "FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE t.key = ?)))"
            )
            args.append(tag_key(tag))
    for site in q.sites:
        conds.append(f"+{column} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        args.append("site : " + " ".join(Term(w, prefix=True).fts() for w in _WORD.findall(site)))
    state_sql = {
        "unread": "read_at IS NULL",
        "read": "read_at IS NOT NULL",
        "favourite": "favourite = 1",
        "archived": "archived = 1",
    }
    for state in q.states:
        if state in state_sql:
            conds.append(
                f"+{column} IN (SELECT id FROM articles INDEXED BY articles_list_added WHERE "
                f"archived IN (0, 1) AND {state_sql[state]})"
            )
        elif state == "highlighted":
            conds.append(f"+{column} IN (SELECT article_id FROM highlights)")
        elif state == "noted":
            conds.append(f"+{column} IN (SELECT article_id FROM notes)")
    if q.before:
        conds.append(f"+{column} IN (SELECT id FROM articles WHERE {_DAY} < ?)")
        args.append(q.before)
    if q.after:
        conds.append(f"+{column} IN (SELECT id FROM articles WHERE {_DAY} > ?)")
        args.append(q.after + "\x7f")  # after:2024 -> 2025 onwards
    if any(not _WORD.search(s) for s in q.sites):
        conds.append("0")  # a site filter with no letters finds nothing
    return (" AND ".join(conds) or "1"), args


#: The day an article counts as from: published, else saved (an expression index, migration m006).
_DAY = "coalesce(published, substr(added, 1, 10))"


def speakers_matching(db: sqlite3.Connection, value: str) -> list[str]:
    """The speakers a typed name or form can mean: a form an article used for them, or words of their name.

    Every word of a speaker's name is one of their forms, so the candidates
    for "Keir Starmer" are the speakers with a form "starmer"; those whose
    name holds every word typed are the answer. Indexed look-ups only.
    """
    from reader.speakers import HONORIFICS, form_key, name_matches, name_words

    found = [r[0] for r in db.execute("SELECT DISTINCT speaker FROM speaker_forms WHERE key = ?", [form_key(value)])]
    words = [w for w in name_words(value) if w not in HONORIFICS]
    if words:
        rarest = max(words, key=len)
        for (name,) in db.execute("SELECT DISTINCT speaker FROM speaker_forms WHERE key = ?", [rarest]):
            if name not in found and name_matches(value, name):
                found.append(name)
    return found


def run(db: sqlite3.Connection, q: Query, *, limit: int = 50) -> list[SearchHit]:
    """At most ``limit`` hits for a parsed query: articles, highlights, notes, quotes, each best first."""
    if q.empty:
        raise QueryError("type words to find, or a filter such as tag:climate or is:unread")
    if q.kinds:
        kinds = set(q.kinds)
    elif q.has_words or q.excluded or q.speakers:
        kinds = {"article", "highlight", "note", "quote"}
    else:  # filters alone: the articles they describe (and, for tag:, the highlights that carry the tag)
        kinds = {"article", "highlight"} if q.tags else {"article"}
    speakers: list[str] | None = None
    if q.speakers:
        kinds &= {"quote"}
        speakers = []
        for value in q.speakers:
            names = same_person(db, speakers_matching(db, value))
            speakers = names if not speakers else [s for s in speakers if s in names]
            if not names:
                return []
        if not speakers:
            return []
    found: list[SearchHit] = []
    try:
        if "article" in kinds:
            found += _articles(db, q, limit)
        ann: list[str] = [k for k in ("highlight", "note", "quote") if k in kinds]
        if ann:
            found += _annotations(db, q, ann, speakers, limit)
    except sqlite3.OperationalError as exc:  # a query our parser let through that FTS5 refused: say so, plainly
        raise QueryError(f"cannot search for that ({exc}); try fewer or simpler words") from exc
    hits = _fair_share(found, limit)
    _place_hits(db, q, hits)
    return hits


def _fair_share(hits: list[SearchHit], limit: int) -> list[SearchHit]:
    """At most ``limit`` hits, each kind getting its turn (best first), listed kind by kind.

    Ranks of different indexes do not compare, so no kind may crowd the
    others out: the places are dealt round the kinds, each its next best.
    """
    if len(hits) <= limit:
        return hits
    by_kind: dict[str, list[SearchHit]] = {}
    for h in hits:
        by_kind.setdefault(h.kind, []).append(h)
    taken: dict[str, int] = dict.fromkeys(by_kind, 0)
    left = limit
    while left > 0:
        moved = False
        for kind, items in by_kind.items():
            if left and taken[kind] < len(items):
                taken[kind] += 1
                left -= 1
                moved = True
        if not moved:
            break
    return [h for kind, items in by_kind.items() for h in items[: taken[kind]]]


def _articles(db: sqlite3.Connection, q: Query, limit: int) -> list[SearchHit]:
    expr = q.match()
    if expr is not None:
        where, args = _article_filter(q, "articles_fts.rowid")
        weights = ", ".join(str(w) for w in ARTICLE_WEIGHTS)
        # highlight() marks the matches in the whole text with the index's own
        # tokenizer (case and diacritics folded as the search was): the first
        # mark is where the hit is, found in C rather than by folding in Python.
        # ORDER BY rank lets FTS5 hand the rows over already sorted, so the
        # snippet and highlight are made for the rows returned only; ordering
        # by a bm25() column made SQLite compute them for every match first
        # (a common word: 11.6 -> 5.7 ms at 10,000 articles). The title is read
        # for the rows returned only, not joined for every match.
        # With a filter, most matches are dropped before anything is computed for
        # them, and ranking the few left (a bm25() column) beats having FTS5 rank
        # every match first.
        order = (
            f"rank MATCH 'bm25({weights})' AND {where} ORDER BY rank"
            if where == "1"
            else f"{where} ORDER BY bm25(articles_fts, {weights})"
        )
        sql = (
            "SELECT articles_fts.rowid, (SELECT title FROM articles WHERE id = articles_fts.rowid), "
            f"snippet(articles_fts, 1, ?, ?, '…', {SNIPPET_TOKENS}), "
            f"bm25(articles_fts, {weights}), highlight(articles_fts, 1, ?, ?) "
            f"FROM articles_fts WHERE articles_fts MATCH ? AND {order} LIMIT ?"
        )
        rows = db.execute(sql, [_OPEN, _CLOSE, _OPEN, _CLOSE, expr, *args, limit]).fetchall()
        out = []
        for aid, title, snippet, rank, marked in rows:
            text, marks = _unmark(snippet)
            hit = SearchHit("article", aid, title, text, marks, score=-rank)
            first = marked.find(_OPEN)
            if first != -1:  # no earlier marker: the offset in the canonical text is the same
                hit.start, hit.end = first, marked.find(_CLOSE, first) - 1
            out.append(hit)
        if len(out) < limit:
            out += _tagged(db, q, {h.article_id for h in out}, limit - len(out))
        return out
    # Filters alone (or only exclusions): what matches them, newest first.
    where, args = _article_filter(q, "a.id")
    neg = q.excluded_match()
    if neg is not None:
        where += " AND a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        args.append(neg)
    sql = (
        f"SELECT a.id, a.title, substr(a.text, 1, 200) FROM articles a WHERE {where} "
        "ORDER BY a.added DESC, a.id DESC LIMIT ?"
    )
    return [
        SearchHit("article", aid, title, " ".join(lead.split()) + ("…" if len(lead) >= 200 else ""), [])
        for aid, title, lead in db.execute(sql, [*args, limit])
    ]


def _tagged(db: sqlite3.Connection, q: Query, seen: set[int], limit: int) -> list[SearchHit]:
    """Articles whose tags hold the words looked for (every group), when their text does not.

    Tags are few: each group's words are looked for in tag names (folded,
    from the start of a word), then the articles carrying such tags.
    """
    from reader.text import tag_key

    if q.excluded or not q.groups:
        return []
    names = [(tid, name, tag_key(name)) for tid, name in db.execute("SELECT id, name FROM tags")]
    if not names:
        return []
    chosen: list[set[int]] = []
    labels: dict[int, str] = {}
    for group in q.groups:
        ids = set()
        for term in group:
            words = [_fold_word(w) for w in term.words()]
            for tid, name, key in names:
                tag_words = [_fold_word(w) for w in _WORD.findall(key)]
                if words and all(any(t == w or (term.prefix and t.startswith(w)) for t in tag_words) for w in words):
                    ids.add(tid)
                    labels[tid] = name
        if not ids:
            return []
        chosen.append(ids)
    where, args = _article_filter(q, "a.id")
    conds = " AND ".join(
        f"a.id IN (SELECT article_id FROM article_tags WHERE tag_id IN ({','.join(str(t) for t in ids)}))"
        for ids in chosen
    )
    rows = db.execute(
        f"SELECT a.id, a.title FROM articles a WHERE {conds} AND {where} ORDER BY a.added DESC, a.id DESC LIMIT ?",
        [*args, limit + len(seen)],
    ).fetchall()
    out = []
    wanted = ",".join(str(t) for ids in chosen for t in ids)
    for aid, title in rows:
        if aid in seen:
            continue
        carried = [
            labels[t]
            for (t,) in db.execute(
                f"SELECT tag_id FROM article_tags WHERE article_id = ? AND tag_id IN ({wanted})", [aid]
            )
        ]
        shown = " ".join(f"#{t}" for t in sorted(carried, key=str.casefold))
        out.append(SearchHit("article", aid, title, f"Tagged {shown}", [(7, 7 + len(shown))], score=0.0))
        if len(out) >= limit:
            break
    return out


def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _annotations(
    db: sqlite3.Connection, q: Query, kinds: list[str], speakers: list[str] | None, limit: int
) -> list[SearchHit]:
    expr = q.match()
    if speakers is not None and expr is None and not q.excluded:
        return _speaker_quotes(db, q, speakers, limit)
    where, args = _article_filter(q, "f.article_id", "f.ref_id")
    if len(kinds) < 3:  # the rowid says the kind (id * 4 + 1, 2, 3): no look-up of an unindexed column
        where += f" AND f.rowid % 4 IN ({','.join(str(_KIND_CODES[k]) for k in kinds)})"
    if speakers is not None:
        where += f" AND f.speaker IN ({','.join('?' * len(speakers))})"
        args += speakers
    if expr is not None:
        sql = (
            f"SELECT f.kind, f.article_id, f.ref_id, f.speaker, snippet(annotations_fts, 0, ?, ?, '…', "
            f"{SNIPPET_TOKENS}), bm25(annotations_fts, 1.0, 0.5) FROM annotations_fts f "
            f"WHERE annotations_fts MATCH ? AND "
            + (
                f"rank MATCH 'bm25(1.0, 0.5)' AND {where} ORDER BY rank"
                if where == "1"
                else f"{where} ORDER BY bm25(annotations_fts, 1.0, 0.5)"
            )
            + " LIMIT ?"
        )
        rows = db.execute(sql, [_OPEN, _CLOSE, expr, *args, limit]).fetchall()
    else:
        neg = q.excluded_match()
        if neg is not None:
            where += " AND f.rowid NOT IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)"
            args.append(neg)
        sql = (
            f"SELECT f.kind, f.article_id, f.ref_id, f.speaker, f.body, 0 FROM annotations_fts f "
            f"WHERE {where} ORDER BY f.article_id DESC, f.rowid LIMIT ?"
        )
        rows = db.execute(sql, [*args, limit]).fetchall()
    out = []
    for kind, aid, ref, speaker, snippet, rank in rows:
        text, marks = _unmark(snippet)
        out.append(SearchHit(kind, int(aid), "", text, marks, ref_id=int(ref), speaker=speaker or None, score=-rank))
    return out


_KIND_CODES = {"highlight": 1, "note": 2, "quote": 3}


def _speaker_quotes(db: sqlite3.Connection, q: Query, speakers: list[str], limit: int) -> list[SearchHit]:
    """A speaker's quotes with no words to match: from the quotes table's (speaker, article, id) index."""
    where, args = _article_filter(q, "qt.article_id")
    marks = ",".join("?" * len(speakers))
    sql = (
        f'SELECT qt.id, qt.article_id, qt.text, qt.speaker, qt.start, qt."end" FROM quotes qt '
        f"WHERE qt.speaker IN ({marks}) AND {where} ORDER BY qt.article_id DESC, qt.id LIMIT ?"
    )
    return [
        SearchHit("quote", aid, "", text, [], start=start, end=end, ref_id=qid, speaker=speaker)
        for qid, aid, text, speaker, start, end in db.execute(sql, [*speakers, *args, limit])
    ]


def _lookup(db: sqlite3.Connection, sql: str, ids: set[int]) -> dict[int, tuple]:
    """``{id: rest of row}`` for ``sql`` (whose first column is the id) over ``ids``, in one query."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {row[0]: row[1:] for row in db.execute(sql.format(marks=marks), list(ids))}


def _place_hits(db: sqlite3.Connection, q: Query, hits: list[SearchHit]) -> None:
    """Titles for annotation hits, and where each one stands in its article's text (a query per kind)."""
    want: dict[str, set[int]] = {"quote": set(), "highlight": set(), "note": set()}
    for h in hits:
        if h.kind in want and h.start is None and h.ref_id is not None:
            want[h.kind].add(h.ref_id)
    spans = {
        "quote": _lookup(db, "SELECT id, start, \"end\", '' FROM quotes WHERE id IN ({marks})", want["quote"]),
        "highlight": _lookup(
            db, 'SELECT id, start, "end", status FROM highlights WHERE id IN ({marks})', want["highlight"]
        ),
        "note": _lookup(
            db,
            'SELECT n.id, h.start, h."end", h.status FROM notes n JOIN highlights h ON h.id = n.highlight_id '
            "WHERE n.id IN ({marks})",
            want["note"],
        ),
    }
    titles = _lookup(
        db, "SELECT id, title FROM articles WHERE id IN ({marks})", {h.article_id for h in hits if not h.title}
    )
    for h in hits:
        row = spans.get(h.kind, {}).get(h.ref_id) if h.ref_id is not None else None
        if row is not None and row[2] != "detached":
            h.start, h.end = row[0], row[1]
        if not h.title:
            h.title = titles.get(h.article_id, ("",))[0]


def speakers(db: sqlite3.Connection) -> list[Speaker]:
    """Everyone quoted across the library, one entry per person, with quotes and articles; most quoted first."""
    from reader.speakers import group_people

    rows = db.execute(
        "SELECT speaker, article_id, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker, article_id"
    ).fetchall()
    person = group_people({name for name, _a, _n in rows})
    quotes: dict[str, int] = {}
    articles: dict[str, set[int]] = {}
    names: dict[str, set[str]] = {}
    for name, aid, n in rows:
        who = person[name]
        quotes[who] = quotes.get(who, 0) + n
        articles.setdefault(who, set()).add(aid)
        names.setdefault(who, set()).add(name)
    out = [Speaker(who, quotes[who], len(articles[who]), tuple(sorted(names[who]))) for who in quotes]
    return sorted(out, key=lambda s: (-s.quotes, s.name))


def same_person(db: sqlite3.Connection, names: list[str]) -> list[str]:
    """``names`` and every other name the same people were quoted under ("Keir Starmer" for "Sir Keir Starmer")."""
    from reader.speakers import person_key

    out = list(names)
    for name in names:
        for (other,) in db.execute("SELECT DISTINCT speaker FROM speaker_forms WHERE key = ?", [person_key(name)]):
            if other not in out and person_key(other) == person_key(name):
                out.append(other)
    return out
