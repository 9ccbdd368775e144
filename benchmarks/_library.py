"""Big generated libraries for the benchmarks, built once and cached under /tmp.

A library of N articles is N - 2 generated articles of about 800 words (drawn
from the words of the development quote set with their real frequencies, so
the vocabulary is Zipf-like), with distinct titles, sites, authors, publication
and saved dates spread over six years, and a few tags on a quarter of them;
then two 5,000-word articles of real news prose saved through
``Library.save`` (so they have their quotes), the second with 100 highlights.
The generated rows go through the store's own insert (and so its full-text
triggers) in one transaction per 5,000 rows; quote extraction is skipped
for them.

The library is cached in ``/tmp/reader-bench-<N>-<migrations>`` and reused
while the schema (the tuple of applied migrations) and this generator are
unchanged. ``info.json`` in that directory names the two long articles.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import itertools
import json
import random
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTES_DIR = ROOT / "tests" / "data" / "quotes"
#: Bump when the generated articles change, so cached libraries are rebuilt.
GENERATOR = 1
BATCH = 5000
LONG_WORDS = 5000
LONG_HIGHLIGHTS = 100

SITES = [
    "BBC News", "The Guardian", "Reuters", "Associated Press", "Financial Times", "The Economist",
    "Sky News", "Al Jazeera", "The Atlantic", "Wired", "Ars Technica", "The Verge", "Le Monde",
    "Der Spiegel", "El País", "NPR", "ProPublica", "The New Yorker", "Bloomberg", "Nature News",
    "The Irish Times", "ABC News (Australia)", "CBC News", "The Hindu", "Quanta Magazine",
]  # fmt: skip
AUTHORS = [
    "Angela Brierley", "Derek Ansah", "Maria Okafor", "Tom Lindqvist", "Priya Raman", "Samuel Hart",
    "Lucía Fernández", "Jonas Weber", "Hannah Cole", "Kenji Sato", "Aisha Bello", "Oliver Grant",
]  # fmt: skip
TAGS = [
    "politics", "housing", "climate", "science", "sport", "courts", "health", "economy",
    "technology", "long read", "to reread", "Café culture", "Économie",
]  # fmt: skip


def cache_dir(n: int, kind: str = "bench") -> Path:
    """Where a benchmark library of ``n`` articles is cached for the current schema."""
    from reader.store import MIGRATIONS

    return Path(f"/tmp/reader-{kind}-{n}-{'-'.join(MIGRATIONS)}")


def cached(n: int, kind: str = "bench", generator: int = GENERATOR) -> dict | None:
    """The cached library's info (its ``dir`` included) if it is complete and made by ``generator``."""
    d = cache_dir(n, kind)
    try:
        info = json.loads((d / "info.json").read_text())
    except (OSError, ValueError):
        return None
    return {**info, "dir": str(d)} if info.get("generator") == generator else None


def library(n: int, log=print) -> dict:
    """The cached library of ``n`` articles, built first if need be.

    Returns its info: ``dir``, ``long_ids`` (the plain long article, then the
    one with highlights: the newest, which the window opens first), and the
    build figures.
    """
    info = cached(n)
    if info is not None:
        return info
    final = cache_dir(n)
    work = final.with_name(f"{final.name}.building-{random.randrange(1 << 30)}")
    shutil.rmtree(work, ignore_errors=True)
    log(f"building a {n:,}-article library in {final} ...")
    t0 = time.perf_counter()
    info = _build(work, n, log)
    info["build_s"] = time.perf_counter() - t0
    info["db_mb"] = sum(f.stat().st_size for f in work.glob("library.db*")) / 1e6
    (work / "info.json").write_text(json.dumps(info))
    shutil.rmtree(final, ignore_errors=True)  # an incomplete or outdated one
    work.rename(final)
    log(f"built {n:,} articles in {info['build_s']:.1f} s; database {info['db_mb']:.0f} MB")
    return {**info, "dir": str(final)}


def forget_window_state(directory: str | Path) -> None:
    """Remove the window's saved state (size, last article) that a run left in a library's folder."""
    from reader import paths

    paths.settings_path(Path(directory)).unlink(missing_ok=True)


# -- text ----------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")


def _vocabulary() -> tuple[list[str], list[int]]:
    """The words of the quote set with their counts, lower-cased unless always capitalised."""
    counts: collections.Counter[str] = collections.Counter()
    lower_seen: set[str] = set()
    for f in sorted(QUOTES_DIR.glob("*.txt")):
        for w in _WORD.findall(f.read_text(encoding="utf-8")):
            counts[w] += 1
            if w.islower():
                lower_seen.add(w)
    merged: collections.Counter[str] = collections.Counter()
    for w, c in counts.items():
        merged[w.lower() if w.lower() in lower_seen else w] += c
    words = sorted(merged, key=lambda w: (-merged[w], w))
    return words, list(itertools.accumulate(merged[w] for w in words))


class _Prose:
    """Sentences of Zipf-distributed words; articles are drawn from a pool of them."""

    def __init__(self, rng: random.Random, pool: int = 60_000) -> None:
        self.rng = rng
        self.words, self.cum = _vocabulary()
        self.sentences = [self._sentence() for _ in range(pool)]
        self.sentence_words = [s.count(" ") + 1 for s in self.sentences]

    def _draw(self, k: int) -> list[str]:
        total, cum, words, r = self.cum[-1], self.cum, self.words, self.rng.random
        return [words[bisect.bisect(cum, r() * total)] for _ in range(k)]

    def _sentence(self) -> str:
        ws = self._draw(self.rng.randint(8, 30))
        if len(ws) > 14 and self.rng.random() < 0.5:
            ws[self.rng.randint(4, len(ws) - 5)] += ","
        ws[0] = ws[0][:1].upper() + ws[0][1:]
        return " ".join(ws) + self.rng.choice("....?")

    def title(self) -> str:
        ws = self._draw(self.rng.randint(5, 16))
        return " ".join(w[:1].upper() + w[1:] if i == 0 or len(w) > 3 else w for i, w in enumerate(ws))

    def paragraphs(self, words: int) -> list[str]:
        rng, out, count = self.rng, [], 0
        while count < words:
            idx = [rng.randrange(len(self.sentences)) for _ in range(rng.randint(2, 6))]
            out.append(" ".join(self.sentences[i] for i in idx))
            count += sum(self.sentence_words[i] for i in idx)
        return out


def long_text(words: int, *, reverse: bool = False) -> str:
    """About ``words`` words of real news prose from the quote set (from its end if ``reverse``)."""
    files = sorted(QUOTES_DIR.glob("*.txt"), reverse=reverse)
    paras: list[str] = []
    count = 0
    for f in itertools.cycle(files):
        for p in f.read_text(encoding="utf-8").split("\n\n")[1:]:
            p = " ".join(p.split())
            if p:
                paras.append(p)
                count += len(p.split())
            if count >= words:
                return "\n\n".join(paras)
    raise AssertionError("unreachable")


# -- building ------------------------------------------------------------------------------


def _build(directory: Path, n: int, log) -> dict:
    from reader.importers.plaintext import parse
    from reader.library import Library
    from reader.model import Article
    from reader.store import articles as rows
    from reader.text import join_blocks, tag_key, text_hash

    rng = random.Random(n)
    prose = _Prose(rng)
    start = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    span = (dt.datetime(2025, 1, 1, tzinfo=dt.UTC) - start).total_seconds()
    bulk = max(0, n - 2)
    titles: set[str] = set()
    lib = Library.open(directory)
    try:
        with lib._write() as db:
            db.executemany("INSERT INTO tags (name, key) VALUES (?, ?)", [(t, tag_key(t)) for t in TAGS])
            tag_ids = [r[0] for r in db.execute("SELECT id FROM tags ORDER BY id")]
        t0 = time.perf_counter()
        for first in range(0, bulk, BATCH):
            with lib._write() as db:
                links = []
                for _ in range(first, min(bulk, first + BATCH)):
                    title = prose.title()
                    while title in titles:
                        title = prose.title()
                    titles.add(title)
                    text, blocks = join_blocks(("paragraph", p) for p in prose.paragraphs(rng.randint(650, 950)))
                    added = start + dt.timedelta(seconds=rng.random() * span)
                    published = added - dt.timedelta(days=rng.expovariate(1 / 20))
                    site = rng.choice(SITES)
                    slug = "-".join(title.lower().split()[:6])
                    article = Article(
                        title=title,
                        text=text,
                        blocks=blocks,
                        source=f"https://{site.lower().replace(' ', '')}.example/{slug}",
                        url=f"https://{site.lower().replace(' ', '')}.example/{slug}",
                        author=rng.choice(AUTHORS) if rng.random() < 0.7 else None,
                        site=site,
                        published=published.date().isoformat() if rng.random() < 0.9 else None,
                        added=added.isoformat(timespec="seconds"),
                        language="en",
                    )
                    aid = rows.insert_article(
                        db, article, text_hash=text_hash(text), original=None, original_type=None, extractor="bench"
                    )
                    if rng.random() < 0.25:
                        links += [(aid, t) for t in rng.sample(tag_ids, rng.randint(1, 3))]
                db.executemany("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", links)
            done = min(bulk, first + BATCH)
            if done % 20_000 == 0 or done == bulk:
                log(f"  {done:,} articles, {time.perf_counter() - t0:.0f} s")
        long_ids = []
        for i, reverse in enumerate((False, True)):
            body = long_text(LONG_WORDS, reverse=reverse)
            title = ("A long read on councils and courts", "A long read with highlights")[i]
            long_ids.append(lib.save(parse(f"{title}\n\n{body}".encode(), source=f"bench-long-{i}.txt")).id)
        marked = long_ids[1]
        text = lib.article(marked).text
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        for k in range(LONG_HIGHLIGHTS):
            i = k * (len(words) - 20) // LONG_HIGHLIGHTS + rng.randrange(5)
            j = i + rng.randint(1, 10)
            s, e = words[i][0], words[j][1]
            if "\n" in text[s:e]:
                e = s + text[s:e].index("\n")
            lib.add_highlight(marked, s, e, color=rng.choice(["yellow", "green", "blue", "pink", "purple"]))
        quotes = [len(lib.quotes(a)) for a in long_ids]
    finally:
        lib.close()  # the last connection: checkpoints and removes the WAL
    return {"articles": n, "generator": GENERATOR, "long_ids": long_ids, "long_quotes": quotes}


if __name__ == "__main__":  # python benchmarks/_library.py N: build (or show) one
    print(library(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
