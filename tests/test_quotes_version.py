"""EXTRACTOR_VERSION changes whenever the extractor's output does.

A library re-extracts the quotes of articles stored under an older
EXTRACTOR_VERSION; if the engine changes what it finds and the version
stays, readers keep the old quotes for ever (for 26 engine changes this
happened: the version stood at 33 while commit messages spoke of 59).  So
the quotes found in every gold set (text, span, speaker, how found, and the
confidence) are fingerprinted, and the fingerprints are kept beside the
version they were taken at, in tests/data/quotes-fingerprints.json.  When
the output changes, bump EXTRACTOR_VERSION and record them anew:

    READER_RECORD_FINGERPRINTS=1 python -m pytest tests/test_quotes_version.py
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from reader.quotes import EXTRACTOR_VERSION, extract_quotes
from reader.text import join_blocks, split_paragraphs

DATA = Path(__file__).parent / "data"
RECORD = DATA / "quotes-fingerprints.json"

sys.path.insert(0, str(DATA / "quotes"))
from gold import load_gold  # noqa: E402


def _fingerprint(set_dir: Path) -> str:
    h = hashlib.sha256()
    for item in load_gold(set_dir):
        text, blocks = join_blocks(("paragraph", p) for p in split_paragraphs(item["text"]))
        for q in extract_quotes(text, blocks):
            row = [item["name"], q.start, q.end, q.text, q.speaker, q.kind, q.method, q.confidence, q.pieces]
            row += [q.speaker_description] if q.speaker_description else []  # (the rows before it had no such field)
            h.update(json.dumps(row, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def _sets() -> list[Path]:
    return sorted(p for p in DATA.glob("quotes*") if p.is_dir() and any(p.glob("*.json")))


def test_the_version_changes_whenever_the_quotes_found_do():
    now = {p.name: _fingerprint(p) for p in _sets()}
    if os.environ.get("READER_RECORD_FINGERPRINTS"):
        RECORD.write_text(json.dumps({"version": EXTRACTOR_VERSION, "sets": now}, indent=1) + "\n", encoding="utf-8")
    kept = json.loads(RECORD.read_text(encoding="utf-8"))
    changed = sorted(s for s, fp in kept["sets"].items() if now.get(s) != fp)
    assert kept["version"] == EXTRACTOR_VERSION, (
        f"EXTRACTOR_VERSION is {EXTRACTOR_VERSION} but the fingerprints were taken at {kept['version']}: "
        "record them anew (see this module's docstring)"
    )
    assert not changed, (
        f"the quotes found in {', '.join(changed)} changed while EXTRACTOR_VERSION stayed {EXTRACTOR_VERSION}: "
        "bump it and record the fingerprints anew (see this module's docstring)"
    )
