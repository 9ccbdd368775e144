"""Highlights, notes and tags from the command line, driven through a subprocess as a user would."""

import json

import pytest

STORY = """Floods close the bakery on Mill Street

The river rose in the night and the bakery on Mill Street closed its doors before dawn.

Économie locale: the market traders counted their losses by the afternoon, and the council promised help \
within a week.

By Friday the river rose again, and the bakery stayed shut for a second week.

Residents said the flood barrier had never been finished, despite three promises since 2019.
"""

# The second version of the story, as a later download of the page would have it: a paragraph added at the
# top, one word added to the traders' sentence, the Friday paragraph gone.
STORY_V2 = """Floods close the bakery on Mill Street

Updated at 9am: the fire brigade has pumped out the cellars on Mill Street.

The river rose in the night and the bakery on Mill Street closed its doors before dawn.

Économie locale: the market traders counted their heavy losses by the afternoon, and the council promised \
help within a week.

Residents said the flood barrier had never been finished, despite three promises since 2019.
"""


@pytest.fixture
def story(tmp_path):
    p = tmp_path / "floods.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


@pytest.fixture
def aid(run_cli, story):
    """The id of the saved story."""
    out = run_cli("add", str(story), check=True).stdout_text
    return out.split("\t")[0]


def _json(run_cli, *args):
    return json.loads(run_cli(*args, "--json", check=True).stdout_text)


def _text(run_cli, aid):
    return run_cli("show", aid, "--text", check=True).stdout_text


def _highlight(run_cli, aid, *args):
    """Highlight and return the new id, checking the plain output is just that id."""
    out = run_cli("highlight", aid, *args, check=True).stdout_text
    assert out.strip().isdigit(), out
    return int(out)


def _by_id(run_cli, aid=None):
    return {h["id"]: h for h in _json(run_cli, "highlights", *([aid] if aid else []))}


def _tags(run_cli):
    return {t["name"]: (t["articles"], t["highlights"]) for t in _json(run_cli, "tags")}


def _article_tags(run_cli, aid):
    return next(a["tags"] for a in _json(run_cli, "list") if a["id"] == int(aid))


def _one_line_error(proc, needle=""):
    assert proc.returncode == 1, (proc.returncode, proc.stderr_text)
    lines = proc.stderr_text.splitlines()
    assert len(lines) == 1, proc.stderr_text
    assert lines[0].startswith("Error: "), lines[0]
    assert needle in lines[0], lines[0]
    assert "Traceback" not in proc.stderr_text
    return lines[0]


# -- making highlights ---------------------------------------------------------------------------


def test_highlight_by_words_with_note_colour_and_tags(run_cli, aid):
    words = "Économie locale: the market traders"
    hid = _highlight(
        run_cli, aid, "--text", words, "--note", "  ask the council  ", "--color", "Green", "--tag", "  markets "
    )
    text = _text(run_cli, aid)
    [h] = _json(run_cli, "highlights", aid)
    assert h["id"] == hid and h["article_id"] == int(aid)
    assert text[h["start"] : h["end"]] == words == h["exact"]
    assert h["start"] == text.index(words)
    assert (h["status"], h["color"], h["note"], h["tags"]) == ("attached", "green", "ask the council", ["markets"])

    # The plain listing shows the same highlight on one line.
    [line] = run_cli("highlights", aid, check=True).stdout_text.splitlines()
    assert line == f"{hid}\t{aid}\t{h['start']}-{h['end']}\tgreen\t“{words}”  #markets  note: ask the council"
    # ... and the article list counts it.
    assert next(a["highlights"] for a in _json(run_cli, "list") if a["id"] == int(aid)) == 1


def test_highlight_json_prints_the_new_highlight(run_cli, aid):
    out = _json(run_cli, "highlight", aid, "--text", "three promises since 2019")
    assert out == _json(run_cli, "highlights", aid)[0]
    assert (out["color"], out["note"], out["tags"]) == ("yellow", None, [])


def test_occurrence_picks_the_nth_place(run_cli, aid):
    text = _text(run_cli, aid)
    first = text.index("river rose")
    second = text.index("river rose", first + 1)
    h1 = _highlight(run_cli, aid, "--text", "river rose", "--occurrence", "1")
    h2 = _highlight(run_cli, aid, "--text", "river rose", "--occurrence", "2", "--color", "blue")
    found = _by_id(run_cli, aid)
    assert (found[h1]["start"], found[h1]["end"]) == (first, first + len("river rose"))
    assert (found[h2]["start"], found[h2]["end"]) == (second, second + len("river rose"))
    assert text[found[h2]["start"] - len("Friday the ") : found[h2]["end"]] == "Friday the river rose"
    # In article order.
    assert [h["id"] for h in _json(run_cli, "highlights", aid)] == [h1, h2]


def test_highlight_by_offsets_trims_the_spaces_a_selection_takes(run_cli, aid):
    text = _text(run_cli, aid)
    s = text.index("the flood barrier")
    e = s + len("the flood barrier")
    hid = _highlight(run_cli, aid, "--start", str(s - 1), "--end", str(e + 1), "--tag", "日本 経済")
    h = _by_id(run_cli, aid)[hid]
    assert (h["start"], h["end"]) == (s, e)
    assert text[h["start"] : h["end"]] == "the flood barrier" == h["exact"]
    assert h["tags"] == ["日本 経済"]


def test_words_are_found_whatever_their_spacing(run_cli, aid):
    # The user pastes words with a line break in them; the text has one space.
    hid = _highlight(run_cli, aid, "--text", "counted  their\nlosses")
    h = _by_id(run_cli, aid)[hid]
    assert _text(run_cli, aid)[h["start"] : h["end"]] == "counted their losses"


def test_unhighlight_recolor_and_place(run_cli, aid):
    a = _highlight(run_cli, aid, "--text", "before dawn", "--note", "early", "--tag", "time")
    b = _highlight(run_cli, aid, "--text", "second week")

    assert "\tpurple\t" in run_cli("recolor", str(a), "purple", check=True).stdout_text
    assert _by_id(run_cli, aid)[a]["color"] == "purple"

    run_cli("place", str(a), "--text", "in the night", check=True)
    h = _by_id(run_cli, aid)[a]
    assert _text(run_cli, aid)[h["start"] : h["end"]] == "in the night" == h["exact"]
    assert (h["status"], h["note"], h["tags"], h["color"]) == ("attached", "early", ["time"], "purple")

    assert run_cli("unhighlight", str(a), str(b), check=True).stdout_text.splitlines() == [
        f"deleted highlight {a}",
        f"deleted highlight {b}",
    ]
    assert _json(run_cli, "highlights", aid) == []
    assert run_cli("highlights", check=True).stdout_text.strip() == "no highlights"
    # Its tag is still a tag, carried by nothing now.
    assert _tags(run_cli) == {"time": (0, 0)}


# -- notes ---------------------------------------------------------------------------------------


def test_note_on_a_highlight_and_removing_it(run_cli, aid):
    hid = _highlight(run_cli, aid, "--text", "the council promised help")
    assert run_cli("note", str(hid), "Check: did help arrive?", check=True).stdout_text.strip() == (
        f"noted highlight {hid}"
    )
    assert _by_id(run_cli, aid)[hid]["note"] == "Check: did help arrive?"
    assert _json(run_cli, "note", str(hid), "Réponse : non") == {
        "highlight_id": hid,
        "article_id": int(aid),
        "body": "Réponse : non",
    }
    assert _by_id(run_cli, aid)[hid]["note"] == "Réponse : non"

    out = run_cli("note", str(hid), "", check=True).stdout_text.strip()
    assert out == f"removed the note on highlight {hid}"
    assert _by_id(run_cli, aid)[hid]["note"] is None
    assert "note:" not in run_cli("highlights", aid, check=True).stdout_text


def test_note_on_an_article_and_removing_it(run_cli, aid, data_dir):
    from reader.library import Library

    out = run_cli("note", "--article", aid, "Follow up with the bakery", check=True).stdout_text.strip()
    assert out == f"noted article {aid}"
    shown = _json(run_cli, "note", "--article", aid, "Follow up with the bakery on Monday")
    assert (shown["article_id"], shown["highlight_id"], shown["body"]) == (
        int(aid),
        None,
        "Follow up with the bakery on Monday",
    )
    with Library.open(data_dir) as lib:
        assert lib.article_note(int(aid)).body == "Follow up with the bakery on Monday"
    # The article's note is not a highlight's note.
    assert _json(run_cli, "highlights", aid) == []

    assert _json(run_cli, "note", "--article", aid, "  ") == {"article_id": int(aid), "body": None}
    with Library.open(data_dir) as lib:
        assert lib.article_note(int(aid)) is None
    out = run_cli("note", "--article", aid, "", check=True).stdout_text.strip()
    assert out == f"removed the note on article {aid}"


# -- tags ----------------------------------------------------------------------------------------


def test_tag_and_untag_an_article(run_cli, aid):
    out = run_cli("tag", aid, "floods", "  long   reads  ", check=True).stdout_text.strip()
    assert out == f"article {aid}: floods, long reads"
    assert _article_tags(run_cli, aid) == ["floods", "long reads"]
    # Tagging again with another case changes nothing.
    assert _json(run_cli, "tag", aid, "FLOODS") == {"id": int(aid), "kind": "article", "tags": ["floods", "long reads"]}

    assert run_cli("untag", aid, "Long Reads", check=True).stdout_text.strip() == f"article {aid}: floods"
    assert _json(run_cli, "untag", aid, "floods") == {"id": int(aid), "kind": "article", "tags": []}
    assert run_cli("untag", aid, "floods").stderr_text.strip() == f"Error: article {aid} is not tagged “floods”"
    assert _article_tags(run_cli, aid) == []


def test_tag_and_untag_a_highlight(run_cli, aid):
    hid = _highlight(run_cli, aid, "--text", "the flood barrier", "--tag", "barrier")
    out = run_cli("tag", "--highlight", str(hid), "日本 経済", "Politics", check=True).stdout_text.strip()
    assert out == f"highlight {hid}: barrier, Politics, 日本 経済"
    assert _by_id(run_cli, aid)[hid]["tags"] == ["barrier", "Politics", "日本 経済"]
    # A highlight's tags are not its article's.
    assert _article_tags(run_cli, aid) == []

    assert _json(run_cli, "untag", "--highlight", str(hid), "politics", "barrier") == {
        "id": hid,
        "kind": "highlight",
        "tags": ["日本 経済"],
    }
    assert _by_id(run_cli, aid)[hid]["tags"] == ["日本 経済"]
    assert run_cli("untag", "--highlight", str(hid), "日本 経済", check=True).stdout_text.strip() == (
        f"highlight {hid}: no tags"
    )


def test_tags_are_trimmed_caseless_and_keep_any_script(run_cli, aid):
    hid = _highlight(run_cli, aid, "--text", "Économie locale", "--tag", "  Économie  ")
    run_cli("tag", aid, "ÉCONOMIE", "日本 経済", "  日本   経済 ", "Ελλάδα", check=True)
    run_cli("tag", "--highlight", str(hid), "économie", "ΕΛΛΆΔΑ", check=True)
    assert _tags(run_cli) == {"Économie": (1, 1), "Ελλάδα": (1, 1), "日本 経済": (1, 0)}
    assert _article_tags(run_cli, aid) == ["Économie", "Ελλάδα", "日本 経済"]
    assert _by_id(run_cli, aid)[hid]["tags"] == ["Économie", "Ελλάδα"]
    assert run_cli("tags", check=True).stdout_text.splitlines() == [
        "Économie\t1 article(s)\t1 highlight(s)",
        "Ελλάδα\t1 article(s)\t1 highlight(s)",
        "日本 経済\t1 article(s)\t0 highlight(s)",
    ]


def test_tags_json_counts(run_cli, aid, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Council meets\n\nThe council met on Tuesday to discuss the flood barrier.", encoding="utf-8")
    bid = run_cli("add", str(other), check=True).stdout_text.split("\t")[0]
    assert run_cli("tags", check=True).stdout_text.strip() == "no tags"
    assert _json(run_cli, "tags") == []

    run_cli("tag", aid, "floods", "council", check=True)
    run_cli("tag", bid, "Council", check=True)
    _highlight(run_cli, aid, "--text", "the council promised help", "--tag", "council", "--tag", "promises")
    _highlight(run_cli, bid, "--text", "flood barrier", "--tag", "floods")
    _highlight(run_cli, bid, "--text", "on Tuesday", "--tag", "COUNCIL")

    tags = _json(run_cli, "tags")
    assert [t["name"] for t in tags] == ["council", "floods", "promises"]
    assert {t["name"]: (t["articles"], t["highlights"]) for t in tags} == {
        "council": (2, 2),
        "floods": (1, 1),
        "promises": (0, 1),
    }
    assert all(isinstance(t["id"], int) for t in tags)

    # Deleting a highlight takes its tag links with it; removing an article takes its own.
    run_cli("remove", bid, check=True)
    assert _tags(run_cli) == {"council": (1, 1), "floods": (1, 0), "promises": (0, 1)}


def test_rename_merge_and_delete_tags(run_cli, aid):
    hid = _highlight(run_cli, aid, "--text", "before dawn", "--tag", "econ", "--tag", "flooding")
    run_cli("tag", aid, "econ", "floods", "weather", check=True)

    # Rename: everywhere at once, looked up without case.
    assert run_cli("tag", "--rename", "ECON", "Économie", check=True).stdout_text.strip() == (
        "renamed “ECON” to “Économie”"
    )
    assert _article_tags(run_cli, aid) == ["Économie", "floods", "weather"]
    assert _by_id(run_cli, aid)[hid]["tags"] == ["Économie", "flooding"]
    # A tag may be renamed to another case of its own name.
    assert _json(run_cli, "tag", "--rename", "économie", "ÉCONOMIE")["name"] == "ÉCONOMIE"
    assert _article_tags(run_cli, aid) == ["ÉCONOMIE", "floods", "weather"]

    # Merge: what carried both keeps one; the source tag is gone.
    out = _json(run_cli, "tag", "--merge", "flooding", "Floods")
    assert (out["name"], out["articles"], out["highlights"]) == ("floods", 1, 1)
    assert _by_id(run_cli, aid)[hid]["tags"] == ["ÉCONOMIE", "floods"]
    assert _tags(run_cli) == {"ÉCONOMIE": (1, 1), "floods": (1, 1), "weather": (1, 0)}

    # Delete: from every article and highlight, with the counts it had.
    out = run_cli("tag", "--delete", "  FLOODS ", check=True).stdout_text.strip()
    assert out == "deleted “floods” from 1 article(s) and 1 highlight(s)"
    assert _tags(run_cli) == {"ÉCONOMIE": (1, 1), "weather": (1, 0)}
    assert _article_tags(run_cli, aid) == ["ÉCONOMIE", "weather"]
    assert _by_id(run_cli, aid)[hid]["tags"] == ["ÉCONOMIE"]


# -- errors: one line, exit 1, nothing changed ---------------------------------------------------


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory):
    """A library made once per module: the story with two highlights (notes, tags), article tags, an article note.

    Returns its directory, what ``reader highlights --json`` and ``reader tags --json`` print for it, and its ids.
    """
    import os
    import subprocess
    import sys

    base = tmp_path_factory.mktemp("filled")
    story = base / "floods.txt"
    story.write_text(STORY, encoding="utf-8")
    env = {**os.environ, "READER_DATA_DIR": str(base / "data")}

    def cli(*args):
        proc = subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.decode("utf-8")

    aid = cli("add", str(story)).split("\t")[0]
    hid = cli("highlight", aid, "--text", "the bakery stayed shut", "--note", "a week", "--tag", "bakery").strip()
    cli("tag", aid, "floods", "bakery", "Économie")
    cli("note", "--article", aid, "Follow up")
    cli("highlight", aid, "--text", "flood barrier", "--tag", "floods", "--color", "pink")
    return {
        "dir": base / "data",
        "aid": aid,
        "hid": hid,
        "highlights": cli("highlights", "--json"),
        "tags": cli("tags", "--json"),
        "article": _article_state(base / "data", int(aid)),
    }


def _article_state(data_dir, aid):
    from reader.library import Library

    with Library.open(data_dir) as lib:
        a, note = lib.article(aid), lib.article_note(aid)
        return (lib.count(), a.title, a.text, lib.article_tags(aid), note.body if note else None)


@pytest.fixture
def filled(filled_template, data_dir):
    """A copy of the filled library in this test's data directory."""
    import shutil

    shutil.copytree(filled_template["dir"], data_dir)
    return filled_template


ERRORS = {
    "words not in the article": (("highlight", "{aid}", "--text", "volcano"), "does not contain the words “volcano”"),
    "ambiguous words": (("highlight", "{aid}", "--text", "river rose", "--note", "x"), "--occurrence"),
    "occurrence past the last": (("highlight", "{aid}", "--text", "river rose", "--occurrence", "3"), "not 3"),
    "empty words": (("highlight", "{aid}", "--text", "   "), "give the words"),
    "span outside the text": (("highlight", "{aid}", "--start", "5", "--end", "100000"), "not inside"),
    "span of spaces": (("highlight", "{aid}", "--start", "{gap}", "--end", "{gap_end}"), "no words"),
    "highlight unknown article": (("highlight", "99", "--text", "river"), "no article with id 99"),
    "highlights unknown article": (("highlights", "99"), "no article with id 99"),
    "tag unknown article": (("tag", "99", "floods"), "no article with id 99"),
    "untag unknown article": (("untag", "99", "floods"), "no article with id 99"),
    "note unknown article": (("note", "--article", "99", "hello"), "no article with id 99"),
    "note unknown highlight": (("note", "99", "hello"), "no highlight with id 99"),
    "recolor unknown highlight": (("recolor", "99", "blue"), "no highlight with id 99"),
    "place unknown highlight": (("place", "99", "--text", "river"), "no highlight with id 99"),
    "tag unknown highlight": (("tag", "--highlight", "99", "x"), "no highlight with id 99"),
    "unhighlight unknown": (("unhighlight", "99"), "no highlight with id 99"),
    "unhighlight known and unknown": (("unhighlight", "{hid}", "99"), "no highlight with id 99"),
    "empty tag on article": (("tag", "{aid}", "new", "  "), "a tag needs a name"),
    "empty tag on highlight": (("tag", "--highlight", "{hid}", "\t "), "a tag needs a name"),
    "empty tag on new highlight": (
        ("highlight", "{aid}", "--text", "before dawn", "--tag", "  "),
        "a tag needs a name",
    ),
    "untag a tag not carried": (("untag", "{aid}", "bakery", "weather"), "is not tagged “weather”"),
    "unknown colour": (("highlight", "{aid}", "--text", "before dawn", "--color", "red"), "unknown colour “red”"),
    "recolor unknown colour": (("recolor", "{hid}", "chartreuse"), "unknown colour “chartreuse”"),
    "rename onto an existing tag": (("tag", "--rename", "floods", "BAKERY"), "already exists; merge"),
    "rename unknown tag": (("tag", "--rename", "weather", "climate"), "no tag “weather”"),
    "rename to empty": (("tag", "--rename", "floods", " "), "a tag needs a name"),
    "merge unknown tag": (("tag", "--merge", "weather", "floods"), "no tag “weather”"),
    "merge a tag into itself": (("tag", "--merge", "Floods", "FLOODS"), "are the same tag"),
    "delete unknown tag": (("tag", "--delete", "weather"), "no tag “weather”"),
    "text together with start": (
        ("highlight", "{aid}", "--text", "river", "--start", "0", "--end", "5"),
        "--text",
    ),
}


@pytest.mark.parametrize(("args", "needle"), [pytest.param(*value, id=key) for key, value in ERRORS.items()])
def test_errors_are_one_line_and_change_nothing(run_cli, filled, data_dir, args, needle):
    aid = filled["aid"]
    gap = STORY.index("\n\n", STORY.index("before dawn"))  # between the first two paragraphs ...
    gap -= STORY.index("The river rose")  # ... counted in the text, which starts after the title
    assert _article_state(data_dir, int(aid))[2][gap : gap + 2] == "\n\n"
    fill = {"aid": aid, "hid": filled["hid"], "gap": str(gap), "gap_end": str(gap + 2)}
    _one_line_error(run_cli(*(a.format(**fill) for a in args)), needle)
    assert run_cli("highlights", "--json", check=True).stdout_text == filled["highlights"]
    assert run_cli("tags", "--json", check=True).stdout_text == filled["tags"]
    assert _article_state(data_dir, int(aid)) == filled["article"]


def test_ambiguous_words_message_says_how_many_and_what_to_do(run_cli, aid):
    line = _one_line_error(run_cli("highlight", aid, "--text", "river rose"))
    assert line == f"Error: “river rose” occurs 2 times in article {aid}; say which with --occurrence N"


# -- refresh re-places highlights -------------------------------------------------------------------


def test_refresh_replaces_highlights_on_the_new_text(run_cli, aid, data_dir):
    from reader.library import Library
    from reader.store import articles as rows

    kept = _highlight(
        run_cli, aid, "--text", "the bakery on Mill Street closed its doors", "--note", "kept", "--tag", "bakery"
    )
    edited = _highlight(
        run_cli,
        aid,
        "--text",
        "the market traders counted their losses by the afternoon",
        "--note",
        "edited",
        "--tag",
        "Économie",
        "--color",
        "blue",
    )
    gone = _highlight(
        run_cli, aid, "--text", "the bakery stayed shut for a second week", "--note", "gone", "--tag", "日本 経済"
    )
    old_text = _text(run_cli, aid)
    tags_before = _tags(run_cli)

    # A new version of the page replaces the kept original (what `reader refresh --fetch` would store).
    with Library.open(data_dir) as lib:
        _data, kind = rows.get_original(lib.conn, int(aid))
        assert kind == "text/plain"
        with lib._write() as db:
            rows.replace_original(db, int(aid), STORY_V2.encode("utf-8"), kind)

    out = run_cli("refresh", aid, check=True).stdout_text.strip()
    assert out == f"refreshed {aid}\tFloods close the bakery on Mill Street"
    text = _text(run_cli, aid)
    assert text != old_text and "the fire brigade" in text and "second week" not in text

    found = _by_id(run_cli, aid)
    assert set(found) == {kept, edited, gone}, "no highlight is ever dropped"

    # Same words, further down: attached at its new place.
    h = found[kept]
    assert h["status"] == "attached"
    assert text[h["start"] : h["end"]] == "the bakery on Mill Street closed its doors"
    assert h["start"] > old_text.index("the bakery on Mill Street closed its doors")
    assert (h["note"], h["tags"]) == ("kept", ["bakery"])

    # One word added: placed on the new wording, marked moved, its own words kept.
    h = found[edited]
    assert h["status"] == "moved"
    assert text[h["start"] : h["end"]] == "the market traders counted their heavy losses by the afternoon"
    assert h["exact"] == "the market traders counted their losses by the afternoon"
    assert (h["note"], h["tags"], h["color"]) == ("edited", ["Économie"], "blue")

    # Its paragraph is gone: detached, with its words, note and tags.
    h = found[gone]
    assert h["status"] == "detached"
    assert h["exact"] == "the bakery stayed shut for a second week"
    assert (h["note"], h["tags"]) == ("gone", ["日本 経済"])
    assert [x["id"] for x in _json(run_cli, "highlights", aid)][-1] == gone, "detached ones are listed last"
    assert f"{gone}\t{aid}\tdetached" in run_cli("highlights", aid, check=True).stdout_text

    assert _tags(run_cli) == tags_before

    # A detached highlight can be put on the words that replaced it.
    run_cli("place", str(gone), "--text", "the fire brigade has pumped out the cellars", check=True)
    h = _by_id(run_cli, aid)[gone]
    assert h["status"] == "attached"
    assert text[h["start"] : h["end"]] == "the fire brigade has pumped out the cellars"
    assert (h["note"], h["tags"]) == ("gone", ["日本 経済"])

    # Refreshing again with the same original changes nothing.
    again = _json(run_cli, "highlights", aid)
    run_cli("refresh", aid, check=True)
    assert _json(run_cli, "highlights", aid) == again
