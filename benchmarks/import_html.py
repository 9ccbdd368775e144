"""Pages per second importing N HTML files into a fresh library.

Beside it, in the same run and on the same files, bare ``trafilatura.extract``
(read the file, extract the text) with the extraction options reader uses
(metadata on, precision mode). The ratio says what reader adds on top of
extraction: decoding, blocks, quotes and the SQLite transaction; the loader
and the quote engine are also timed alone on the same pages, so the ratio is
printed taken apart (loader, quotes, SQLite and the rest). Target ratio <= 1.3.

    python benchmarks/import_html.py [-n 200] [--quick]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import finish, machine, median  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p for p in (ROOT / "tests" / "data" / "html").glob("*.html") if not p.name.startswith("99_"))


def make_corpus(directory: Path, n: int) -> list[Path]:
    """N distinct pages: each copy of a test page gets a unique paragraph and URL (no duplicates)."""
    files = []
    for i in range(n):
        src = PAGES[i % len(PAGES)].read_bytes()
        extra = f"<p>Copy {i}: this paragraph makes the page unique so it is saved, not skipped as a duplicate.</p>"
        ends = [m.end() for m in re.finditer(rb"</p>|<br\s*/?>\s*<br\s*/?>", src, re.IGNORECASE)]
        at = ends[len(ends) // 2]  # the middle of the page is article body
        out = src[:at] + extra.encode() + src[at:]
        out = out.replace(b".example/", f".example/copy{i}/".encode())
        f = directory / f"{i:04d}.html"
        f.write_bytes(out)
        files.append(f)
    return files


def bare_trafilatura(files: list[Path]) -> float:
    import trafilatura

    from reader.importers.html import EXTRACT_OPTIONS

    t0 = time.perf_counter()
    for f in files:
        trafilatura.extract(f.read_bytes(), **EXTRACT_OPTIONS)
    return time.perf_counter() - t0


def reader_import(files: list[Path], data_dir: Path) -> float:
    from reader.library import Library

    with Library.open(data_dir) as lib:
        t0 = time.perf_counter()
        result = lib.add_many([str(f) for f in files])
        elapsed = time.perf_counter() - t0
    assert len(result.added) == len(files), result.summary()
    return elapsed


def parts(files: list[Path]) -> tuple[float, float]:
    """Seconds for reader's loader alone (trafilatura, decoding, blocks) and for the quote engine alone."""
    from reader.importers import load_path
    from reader.quotes import extract_quotes

    t0 = time.perf_counter()
    articles = [load_path(str(f)).article for f in files]
    t1 = time.perf_counter()
    for a in articles:
        extract_quotes(a.text, a.blocks)
    return t1 - t0, time.perf_counter() - t1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="pages per run")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="60 pages, 2 rounds")
    args = ap.parse_args()
    n, rounds = (60, 2) if args.quick else (args.n, args.rounds)

    import trafilatura  # noqa: F401  (import cost is not part of either figure)

    import reader.importers.html  # noqa: F401
    from reader.quotes import extract_quotes  # noqa: F401  (the engine loads on first use)

    ours, floor, loader, quotes, store = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        files = make_corpus(Path(tmp), n)
        # Warm-up, the same for both: the first pages pay for imports, lazily compiled patterns
        # and the name lists, which a session pays once.
        bare_trafilatura(files[:5])
        reader_import(files[:5], Path(tmp) / "warm")
        for r in range(rounds):
            bare = bare_trafilatura(files)
            # (where reader's time goes, in units of the same round's bare time; the parts and the whole import take
            # turns going first, so neither always finds the caches warm)
            if r % 2:
                load_s, quotes_s = parts(files)
                ours_s = reader_import(files, Path(tmp) / f"lib{r}")
            else:
                ours_s = reader_import(files, Path(tmp) / f"lib{r}")
                load_s, quotes_s = parts(files)
            floor.append(n / bare)
            ours.append(n / ours_s)
            loader.append(load_s / bare)
            quotes.append(quotes_s / bare)
            store.append((ours_s - load_s - quotes_s) / bare)
    m_ours, m_floor = median(ours), median(floor)
    print(f"machine: {machine()}")
    print(f"{n} pages x {rounds} rounds (the {len(PAGES)} test pages, each copy made unique)")
    print(f"reader add (extract + blocks + quotes + SQLite): median {m_ours:6.1f} pages/s")
    print(f"bare trafilatura.extract, same options:          median {m_floor:6.1f} pages/s")
    ratio = m_floor / m_ours
    print(f"ratio (time per page, reader / bare): {ratio:.2f} (target <= 1.3)")
    share_loader, share_quotes, share_store = median(loader), median(quotes), median(store)
    print(
        f"where reader's time goes, in units of bare trafilatura's: loader {share_loader:.2f}, "
        f"quotes {share_quotes:.2f}, SQLite and the rest {share_store:.2f}"
    )
    finish(
        {
            "pages_per_s": m_ours,
            "floor_pages_per_s": m_floor,
            "ratio": ratio,
            "pages": n,
            "share_loader": round(share_loader, 3),
            "share_quotes": round(share_quotes, 3),
            "share_store": round(share_store, 3),
        }
    )


if __name__ == "__main__":
    main()
