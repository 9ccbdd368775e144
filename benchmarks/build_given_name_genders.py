"""Build resources/given_name_genders.json from the nomquamgender name data.

The quote engine reads a given name's usual sex from gender-guesser's
dictionary (about 40,000 names, see ``reader.quotes.lexicon``). Many names in
the news are not in it (Osric and Otso, for two), and a he or she
whose person's sex is unknown is often left unclear or given to someone
else. nomquamgender (Van Buskirk, Clauset and Larremore, "An open-source
cultural consensus approach to name-based gender classification", 2023;
MIT licence) pools 36 name-gender sources into p(female) for about 720,000
names. This script keeps only what gender-guesser lacks and the data is sure
of: names seen in at least ``MIN_SOURCES`` sources with p(female) at most
``SURE`` (male) or at least ``1 - SURE`` (female). The engine consults it only
for a name gender-guesser does not know, so gender-guesser's answers
(including "either sex") stand.

The package itself imports numpy and pandas; only its data file is needed,
so it is not a dependency:

    pip download --no-deps nomquamgender==0.1.4 -d /tmp/nqg
    unzip -o /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl -d /tmp/nqg/x
    python benchmarks/build_given_name_genders.py /tmp/nqg/x/nomquamgender/name_data.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "given_name_genders.json"
#: A name must be in this many of the data's sources ...
MIN_SOURCES = 5
#: ... and this sure of one sex (p(female) at most this, or at least 1 minus it).
SURE = 0.05


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from reader.quotes import lexicon as lx

    source = Path(sys.argv[1])
    data = json.loads(source.read_text(encoding="utf-8"))
    licence = next(source.parent.parent.glob("nomquamgender-*.dist-info/LICENSE")).read_text(encoding="utf-8")
    known = lx.FIRST_NAMES
    other_senses = set().union(
        lx.STOP_CAPS,
        lx.HONORIFICS,
        lx.ROLE_HEADS,
        lx.ROLE_MODIFIERS,
        lx.ORG_WORDS,
        lx.PLACE_WORDS,
        lx.STREET_WORDS,
        lx.DEMONYMS,
        lx.SPEECH_VERBS,
        lx.AUXILIARIES,
        lx.WORD_NAMES,
    )
    male, female = [], []
    for name, (sources, _count, p_female, *_rest) in data.items():
        if sources < MIN_SOURCES or not name.isalpha() or len(name) < 2 or name in known or name in other_senses:
            continue
        if p_female <= SURE:
            male.append(name)
        elif p_female >= 1 - SURE:
            female.append(name)
    out = {
        "source": "nomquamgender 0.1.4 name_data.json (MIT licence, Van Buskirk, Clauset and Larremore 2023)",
        "licence": licence,
        "rule": f"in at least {MIN_SOURCES} sources, p(female) <= {SURE} or >= {1 - SURE}; not in gender-guesser",
        "m": sorted(male),
        "f": sorted(female),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(male)} male and {len(female)} female given names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
