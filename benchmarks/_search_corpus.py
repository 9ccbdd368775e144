"""A big synthetic library for the search benchmark, built once and cached under /tmp.

Each of the N articles is about 800 words drawn from one vocabulary of
50,000 words with Zipf frequencies (exponent 1.1): the 3,350 words of the
development quote set first, in their own order of frequency ("the", "a",
"to", ... "said", "people"), then made-up words of two to four syllables,
so the most frequent words look real and the tail is rare (at 10,000
articles the last words of the vocabulary stand in a handful of articles).
Sentences of 8 to 30 words, paragraphs of 2 to 6 sentences. Besides:

- quotes: 0 to 5 per article (2.4 on average), each a paragraph of its own
  (``“Words,” said Name.`` or ``Name said: “Words.”``), from 300 speakers
  with Zipf popularity, named by their full name, their surname or a role
  ("the council leader"); stored as :class:`reader.model.Quote` objects with
  ``replace_quotes(db, id, quotes, EXTRACTOR_VERSION, text)``, so
  ``speaker_forms`` is filled as the library fills it;
- highlights on 3% of articles (1 to 5 each, 3 to 13 words), half with a
  note, through ``make_anchor`` and ``reader.store.highlights``;
- tags: 36 tags (a few of two words or with accents) on 20% of articles,
  1 to 3 each.

Every row goes through the store's own write path (``insert_article``,
``replace_quotes``, ``insert_highlight``, ``set_note``, ``link_tags``), so
the full-text triggers of migration m006 fill both indexes; one transaction
per 2,000 articles. After the build, the articles index's vocabulary (terms
and their document counts, read with ``fts5vocab``) gives the query words:
the most common words, the stop list, the rare words.

A library of N articles is cached in ``/tmp/reader-search-bench-<N>-<migrations>``
and reused while the schema and :data:`GENERATOR` are unchanged; ``info.json``
there holds the build figures and the word lists.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
import shutil
import time
from pathlib import Path

import _library

#: Bump when the generated library changes, so cached ones are rebuilt.
GENERATOR = 1
BATCH = 2000
VOCABULARY = 50_000
ZIPF_S = 1.1
SPEAKERS = 300
QUOTES_PER_ARTICLE = (0, 1, 1, 2, 2, 3, 3, 3, 4, 5)
HIGHLIGHTED = 0.03
TAGGED = 0.20
#: Query words: the most common (by articles they stand in) and the stop list users do not search.
COMMON_TOP, STOP_TOP = 300, 100

TAGS = [
    "politics", "housing", "climate", "science", "sport", "courts", "health", "economy", "technology",
    "long read", "to reread", "Café culture", "Économie", "education", "transport", "energy", "farming",
    "fisheries", "planning", "culture", "music", "books", "film", "crime", "weather", "local", "europe",
    "elections", "budget", "schools", "hospitals", "rail", "water", "wildlife", "history", "opinion",
]  # fmt: skip
FIRST_NAMES = [
    "Amara", "Ben", "Catrin", "Declan", "Eilidh", "Farah", "Gareth", "Hana", "Idris", "Jolene", "Kwame",
    "Lowri", "Magnus", "Niamh", "Osian", "Parveen", "Quentin", "Rhian", "Sione", "Tamsin", "Usman", "Valeria",
    "Wren", "Xavier", "Yusuf", "Zofia", "Aled", "Bronwen", "Cormac", "Delyth", "Emeka", "Fionnuala", "Gwilym",
    "Hamish", "Ingrid", "Jasper", "Keziah", "Lachlan", "Marisol", "Nkechi",
]  # fmt: skip
SURNAMES = [
    "Okafor", "Pritchard", "MacLeod", "Nowak", "Haddad", "Ferreira", "Lindqvist", "Adeyemi", "Costa",
    "Thorne", "Whitlock", "Rees", "Baptiste", "Kowalczyk", "Mensah", "Delacroix", "Fairbairn", "Gallagher",
    "Hughes", "Iqbal", "Jovanovic", "Kerr", "Llewellyn", "Morrison", "Nakamura", "O'Brien", "Pereira",
    "Quigley", "Rossi", "Sandoval", "Trevithick", "Uddin", "Vasquez", "Wainwright", "Yilmaz", "Zielinski",
    "Abernethy", "Blackwood", "Carmichael", "Dunmore", "Ellery", "Fenwick", "Gillespie", "Hartigan",
]  # fmt: skip
ROLES = [
    "the council leader", "the minister", "the mayor", "the chief executive", "the harbour master",
    "the head teacher", "the spokesperson", "the chair", "the professor", "the inspector", "the skipper",
    "the organiser", "the campaigner", "the director", "the warden",
]  # fmt: skip
_ONSETS = "b c d f g h j k l m n p r s t v w z br cr dr fl gr pl st tr sh ch th sk sl vr".split()
_VOWELS = "a e i o u a e i o ai ea ou io".split()
_CODAS = ["", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "ck", "rn"]


def cache_dir(n: int) -> Path:
    """Where the search library of ``n`` articles is cached for the current schema."""
    return _library.cache_dir(n, "search-bench")


def cached(n: int) -> dict | None:
    """The cached library's info (its ``dir`` included) if it is complete and current."""
    info = _library.cached(n, "search-bench", GENERATOR)
    return None if info is None else {**info, "built_now": False}


def library(n: int, log=print) -> dict:
    """The cached search library of ``n`` articles, built first if need be; returns its info."""
    info = cached(n)
    if info is not None:
        return info
    final = cache_dir(n)
    work = final.with_name(f"{final.name}.building-{random.randrange(1 << 30)}")
    shutil.rmtree(work, ignore_errors=True)
    log(f"building a {n:,}-article search library in {final} ...")
    t0 = time.perf_counter()
    info = _build(work, n, log)
    info["build_s"] = time.perf_counter() - t0
    info["db_mb"] = sum(f.stat().st_size for f in work.glob("library.db*")) / 1e6
    (work / "info.json").write_text(json.dumps(info))
    shutil.rmtree(final, ignore_errors=True)  # an incomplete or outdated one
    work.rename(final)
    log(
        f"built {n:,} articles in {info['build_s']:.1f} s ({n / info['build_s']:,.0f} articles/s overall; "
        f"{info['insert_rate']:,.0f} articles/s in the write transactions); database {info['db_mb']:.0f} MB"
    )
    return {**info, "dir": str(final), "built_now": True}


# -- text ----------------------------------------------------------------------------------


def vocabulary() -> list[str]:
    """The words, most frequent first: the quote set's words, then made-up ones."""
    real, _ = _library._vocabulary()
    words = list(real)
    seen = {w.lower() for w in words}
    rng = random.Random(1)
    while len(words) < VOCABULARY:
        w = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + (rng.choice(_CODAS) if k == 0 or rng.random() < 0.4 else "")
            for k in range(rng.choice((2, 2, 3, 3, 3, 4)))
        )
        if 4 <= len(w) <= 14 and w not in seen:
            seen.add(w)
            words.append(w)
    return words


class Corpus:
    """Articles with their quotes, highlights and tags, drawn from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary()
        self.cum = list(itertools.accumulate(1 / r**ZIPF_S for r in range(1, len(self.words) + 1)))
        names = [f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES]
        random.Random(2).shuffle(names)
        self.speakers = names[:SPEAKERS]
        self.speaker_roles = [random.Random(3 + i).choice(ROLES) for i in range(SPEAKERS)]
        self.speaker_cum = list(itertools.accumulate(1 / r for r in range(1, SPEAKERS + 1)))
        self.start = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
        self.span = (dt.datetime(2025, 1, 1, tzinfo=dt.UTC) - self.start).total_seconds()

    def draw(self, k: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=k)

    def _sentences(self, words: list[str]) -> list[str]:
        rng, out, i = self.rng, [], 0
        while i < len(words):
            n = rng.randint(8, 30)
            ws = words[i : i + n]
            i += n
            if len(ws) > 14 and rng.random() < 0.5:
                j = rng.randint(4, len(ws) - 5)
                ws[j] += ","
            ws[0] = ws[0][:1].upper() + ws[0][1:]
            out.append(" ".join(ws) + rng.choice("....?"))
        return out

    def _speaker(self) -> int:
        return bisect.bisect(self.speaker_cum, self.rng.random() * self.speaker_cum[-1])

    def article(self):
        """(Article, quotes, tag names, highlights as (start, end, note or None))."""
        from reader.model import Article, Quote
        from reader.text import BLOCK_SEPARATOR, join_blocks

        rng = self.rng
        title = " ".join(
            w[:1].upper() + w[1:] if i == 0 or len(w) > 3 else w for i, w in enumerate(self.draw(rng.randint(5, 14)))
        )
        sentences = self._sentences(self.draw(rng.randint(620, 900)))
        paras: list[str] = []
        i = 0
        while i < len(sentences):
            n = rng.randint(2, 6)
            paras.append(" ".join(sentences[i : i + n]))
            i += n
        # Quote paragraphs, each at a random place: (paragraph index, quote offsets within it).
        spoken: list[tuple[int, int, int, int, int, int]] = []
        for _ in range(rng.choice(QUOTES_PER_ARTICLE)):
            who = self._speaker()
            name = self.speakers[who]
            r = rng.random()
            mention = name if r < 0.55 else name.split(" ", 1)[1] if r < 0.85 else self.speaker_roles[who]
            words = self.draw(rng.randint(8, 25))
            said = " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
            if rng.random() < 0.6:
                para = f"“{said},” said {mention}."
                qs, ms = 1, len(said) + 9
            else:
                mention = mention[:1].upper() + mention[1:]
                para = f"{mention} said: “{said}.”"
                qs, ms = len(mention) + 8, 0
            at = rng.randint(0, len(paras))
            paras.insert(at, para)
            spoken = [(p + (p >= at), *rest) for p, *rest in spoken]
            spoken.append((at, qs, qs + len(said), ms, ms + len(mention), who))
        text, blocks = join_blocks(("paragraph", p) for p in paras)
        assert len(blocks) == len(paras) and BLOCK_SEPARATOR == "\n\n"
        quotes = []
        for p, qs, qe, ms, me, who in sorted(spoken):
            base = blocks[p].start
            quotes.append(
                Quote(
                    text=text[base + qs : base + qe],
                    start=base + qs,
                    end=base + qe,
                    speaker=self.speakers[who],
                    kind="direct",
                    cue="said",
                    speaker_start=base + ms,
                    speaker_end=base + me,
                    pieces=((base + qs, base + qe),),
                )
            )
        quoted = {p for p, *_ in spoken}
        highlights = []
        if rng.random() < HIGHLIGHTED:
            plain = [b for k, b in enumerate(blocks) if k not in quoted]
            for _ in range(rng.randint(1, 5)):
                b = rng.choice(plain)
                starts = [b.start] + [b.start + k + 1 for k, c in enumerate(text[b.start : b.end]) if c == " "]
                k = rng.randrange(max(1, len(starts) - 14))
                j = min(len(starts) - 1, k + rng.randint(3, 13))
                end = starts[j] - 1 if j > k else b.end
                note = None
                if rng.random() < 0.5:
                    note = " ".join(self.draw(rng.randint(6, 25)))
                    note = note[:1].upper() + note[1:] + "."
                highlights.append((starts[k], end, note))
        tags = rng.sample(TAGS, rng.randint(1, 3)) if rng.random() < TAGGED else []
        added = self.start + dt.timedelta(seconds=rng.random() * self.span)
        published = added - dt.timedelta(days=rng.expovariate(1 / 20))
        site = rng.choice(_library.SITES)
        slug = "-".join(title.lower().split()[:6])
        article = Article(
            title=title,
            text=text,
            blocks=blocks,
            source=f"https://{site.lower().replace(' ', '')}.example/{slug}",
            url=f"https://{site.lower().replace(' ', '')}.example/{slug}",
            author=rng.choice(_library.AUTHORS) if rng.random() < 0.7 else None,
            site=site,
            published=published.date().isoformat() if rng.random() < 0.9 else None,
            added=added.isoformat(timespec="seconds"),
            language="en",
        )
        return article, quotes, tags, highlights


# -- writing -------------------------------------------------------------------------------


def save(db, item, tag_ids: dict[str, int]) -> int:
    """Write one generated article with its quotes, tags, highlights and notes (the caller's transaction)."""
    from reader.anchoring import make_anchor
    from reader.model import Highlight
    from reader.quotes import EXTRACTOR_VERSION
    from reader.store import articles as rows
    from reader.store import highlights as annots
    from reader.text import text_hash

    article, quotes, tags, highlights = item
    digest = text_hash(article.text)
    aid = rows.insert_article(db, article, text_hash=digest, original=None, original_type=None, extractor="bench")
    rows.replace_quotes(db, aid, quotes, EXTRACTOR_VERSION, article.text)
    if tags:
        annots.link_tags(db, "article", aid, [tag_ids[t] for t in tags])
    for start, end, note in highlights:
        a = make_anchor(article.text, start, end)
        now = article.added
        h = Highlight(
            article_id=aid,
            start=a.start,
            end=a.end,
            exact=a.exact,
            prefix=a.prefix,
            suffix=a.suffix,
            text_hash=digest,
            created=now,
            updated=now,
        )
        hid = annots.insert_highlight(db, h)
        if note:
            annots.set_note(db, aid, hid, note, now)
    return aid


def tag_ids(db) -> dict[str, int]:
    """The benchmark's tags by name, made if missing."""
    from reader.store import highlights as annots
    from reader.text import tag_key

    return {t: annots.ensure_tag(db, t, tag_key(t)) for t in TAGS}


def _build(directory: Path, n: int, log) -> dict:
    from reader.library import Library

    corpus = Corpus(seed=n)
    lib = Library.open(directory)
    insert_s = 0.0
    try:
        with lib._write() as db:
            tags = tag_ids(db)
        t0 = time.perf_counter()
        for first in range(0, n, BATCH):
            items = [corpus.article() for _ in range(first, min(n, first + BATCH))]
            t1 = time.perf_counter()
            with lib._write() as db:
                for item in items:
                    save(db, item, tags)
            insert_s += time.perf_counter() - t1
            done = min(n, first + BATCH)
            if done % 10_000 == 0 or done == n:
                log(f"  {done:,} articles, {time.perf_counter() - t0:.0f} s ({insert_s:.0f} s writing)")
        words = _query_words(lib.conn, n)
        counts = {
            t: lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("quotes", "highlights", "notes", "article_tags", "speaker_forms")
        }
    finally:
        lib.close()  # the last connection: checkpoints and removes the WAL
    return {
        "articles": n,
        "generator": GENERATOR,
        "insert_s": insert_s,
        "insert_rate": n / insert_s,
        "counts": counts,
        **words,
    }


def rare_limit(n: int) -> int:
    """A rare word stands in at most this many articles (0.1% of them, at least 5)."""
    return max(5, n // 1000)


def _query_words(conn, n: int) -> dict:
    """Words to search for, from the index's own vocabulary: [term, articles] pairs."""
    conn.execute("CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, articles_fts, 'row')")
    try:
        terms = conn.execute("SELECT term, doc FROM temp.bench_vocab").fetchall()
    finally:
        conn.execute("DROP TABLE temp.bench_vocab")
    made_up = set(vocabulary()[len(_library._vocabulary()[0]) :])
    by_df = sorted(terms, key=lambda t: (-t[1], t[0]))
    common = [t for t in by_df if len(t[0]) >= 4 and t[0].isalpha()][:COMMON_TOP]
    rare = sorted(t for t in terms if t[0] in made_up and 1 <= t[1] <= rare_limit(n))
    rng = random.Random(n)
    return {
        "common": [list(t) for t in common],
        "stop": [t[0] for t in by_df[:STOP_TOP]],
        "rare": [list(t) for t in (rng.sample(rare, 3000) if len(rare) > 3000 else rare)],
        "rare_total": len(rare),
        "terms": len(terms),
    }
