"""Build the ZIP fixtures from the directories checked in beside this script.

    python tests/data/interop/make_zips.py

writes pocket.zip (from pocket_zip/), pocket_2024.zip (from pocket_2024_zip/) and
omnivore.zip (from omnivore_zip/) next to this file.  The output is byte-for-byte
reproducible: fixed timestamps, fixed member order, fixed permissions.

Tests that serve pages/ from a local server can build copies whose links point at
it instead of the placeholder host:

    python tests/data/interop/make_zips.py --base-url http://127.0.0.1:8123 --out-dir /tmp/x
    # or, from a test:  make_zips.build_all(tmp_path, base_url=server_url)

which replaces every "http://localhost.test" in the text members.

Member order copies what the real exporters produce:

* Pocket zips the S3 objects under the export prefix in listing order, i.e.
  lexicographically, so "annotations/part_000000.json" comes before
  "part_000000.csv".
* Omnivore writes, per batch, metadata_<from>_to_<to>.json first and then, for each
  item in metadata order, content/<slug>.html (or .pdf) and highlights/<slug>.md.
  Its export job appends the content file a second time when the cached copy did
  not exist yet, so a real export can hold two members with the same name; the
  item listed in DUPLICATED_CONTENT reproduces that (same bytes both times).
"""

import argparse
import json
import sys
import warnings
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# slug of the Omnivore item whose content/<slug>.html is written twice
DUPLICATED_CONTENT = "-18f62b23fc0"
PLACEHOLDER = "http://localhost.test"
TEXT_SUFFIXES = (".csv", ".json", ".md", ".html")


def _info(name, date_time):
    info = zipfile.ZipInfo(name, date_time=date_time)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # unix
    info.external_attr = 0o100644 << 16
    return info


def _write(zip_path, members, date_time, base_url=None):
    """members: list of (name inside the zip, source path)"""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = zip_path.with_suffix(".zip.tmp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name" is intended
        with zipfile.ZipFile(tmp, "w") as zf:
            for name, src in members:
                data = src.read_bytes()
                if base_url and name.endswith(TEXT_SUFFIXES):
                    data = data.decode("utf-8").replace(PLACEHOLDER, base_url.rstrip("/")).encode("utf-8")
                zf.writestr(_info(name, date_time), data)
    tmp.replace(zip_path)
    return zip_path


def _all_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def build_pocket(src_dir, zip_path, date_time, base_url=None):
    root = HERE / src_dir
    members = [(name, root / name) for name in _all_files(root)]  # S3 listing order
    return _write(zip_path, members, date_time, base_url)


def build_omnivore(zip_path, date_time=(2024, 11, 2, 14, 7, 31), base_url=None):
    root = HERE / "omnivore_zip"
    metas = sorted(root.glob("metadata_*_to_*.json"),
                   key=lambda p: int(p.stem.split("_")[1]))
    members = []
    for meta in metas:
        members.append((meta.name, meta))
        for item in json.loads(meta.read_text(encoding="utf-8")):
            slug = item["slug"]
            for ext in ("html", "pdf"):
                content = root / "content" / f"{slug}.{ext}"
                if content.exists():
                    members.append((f"content/{slug}.{ext}", content))
                    if slug == DUPLICATED_CONTENT:
                        members.append((f"content/{slug}.{ext}", content))
            highlights = root / "highlights" / f"{slug}.md"
            if highlights.exists():
                members.append((f"highlights/{slug}.md", highlights))
    listed = {name for name, _ in members}
    stray = set(_all_files(root)) - listed
    if stray:
        sys.exit(f"omnivore_zip/ has files no metadata item refers to: {sorted(stray)}")
    return _write(zip_path, members, date_time, base_url)


def build_all(out_dir=HERE, base_url=None):
    """Build the three zips into out_dir; returns their paths."""
    out_dir = Path(out_dir)
    return [
        build_pocket("pocket_zip", out_dir / "pocket.zip", (2025, 5, 20, 9, 12, 0), base_url),
        build_pocket("pocket_2024_zip", out_dir / "pocket_2024.zip", (2024, 10, 19, 17, 40, 0), base_url),
        build_omnivore(out_dir / "omnivore.zip", base_url=base_url),
    ]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default=str(HERE), help="where to write the zips (default: beside this file)")
    ap.add_argument("--base-url", default=None,
                    help=f"replace {PLACEHOLDER} with this in text members (default: leave as is)")
    args = ap.parse_args(argv)
    for path in build_all(args.out_dir, args.base_url):
        with zipfile.ZipFile(path) as zf:
            print(path.name, [i.filename for i in zf.infolist()])


if __name__ == "__main__":
    main()
