"""Reading state: views, orders, read/favourite/archive, progress, and removal that can be undone."""

from __future__ import annotations

import json

import pytest

from reader.errors import NotFound, ReaderError
from reader.importers.plaintext import parse
from reader.library import Library


@pytest.fixture
def three(library: Library) -> list[int]:
    ids = []
    for title, published in (
        ("Banana prices fall", "2024-05-01"),
        ("apple harvest early", "2023-01-09"),
        ("Cherry blossom late", None),
    ):
        imp = parse(f"{title}\n\nA paragraph about {title.lower()}.".encode(), source=f"/tmp/{title}.txt")
        imp.article.published = published
        ids.append(library.save(imp).id)
    return ids  # added in this order: the last is the newest


def test_views_and_orders(library, three):
    banana, apple, cherry = three
    assert library.article_ids() == [cherry, apple, banana]
    assert library.article_ids(sort="published") == [banana, apple, cherry]  # undated last
    assert library.article_ids(sort="title") == [apple, banana, cherry]  # case does not matter
    library.set_state([apple], read=True)
    library.set_state([banana], favourite=True, archived=True)
    assert library.article_ids(view="unread") == [cherry]
    assert library.article_ids(view="all") == [cherry, apple]
    assert library.article_ids(view="archive") == [banana]
    assert library.article_ids(view="favourites") == [banana]
    assert library.view_counts() == {"all": 2, "unread": 1, "favourites": 1, "archive": 1}
    library.tag("article", banana, ["fruit"])
    library.tag("article", cherry, ["fruit"])
    assert library.article_ids(tag="FRUIT") == [cherry]  # the archived one is not in "all"
    assert library.article_ids(view="archive", tag="fruit") == [banana]
    with pytest.raises(ReaderError, match="unknown view"):
        library.article_ids(view="later")


def test_summaries_carry_state(library, three):
    banana = three[0]
    library.set_state([banana], read=True, favourite=True)
    library.set_progress(banana, 40, 0.4)
    (s,) = library.summaries([banana])
    assert (s.read, s.favourite, s.archived, s.progress) == (True, True, False, 0.4)
    library.set_state([banana], read=False)
    assert library.reading_state(banana)["read"] is False


def test_reaching_the_end_marks_read_once(library, three):
    a = three[0]
    assert library.set_progress(a, 10, 0.5) is False
    assert library.reading_state(a) | {"read_at": None} == {
        "read": False,
        "read_at": None,
        "favourite": False,
        "archived": False,
        "progress": 0.5,
        "position": 10,
    }
    assert library.set_progress(a, 30, 0.97, finished=True) is True
    st = library.reading_state(a)
    assert st["read"] and st["progress"] == 1.0 and st["position"] == 30
    assert library.set_progress(a, 0, 0.0, finished=True) is False  # already read


def test_unknown_ids_change_nothing(library, three):
    with pytest.raises(NotFound):
        library.set_state([three[0], 999], read=True)
    assert library.view_counts()["unread"] == 3


def test_remove_and_restore_bring_back_everything(library, three):
    a = three[0]
    s, e = library.find_words(a, "paragraph")
    h = library.add_highlight(a, s, e, note="n", tags=["t"], color="pink")
    library.tag("article", a, ["fruit"])
    library.set_article_note(a, "whole note")
    library.set_state([a], read=True, favourite=True)
    library.set_progress(a, 5, 0.3)
    before = (library.bundles([a]), library.reading_state(a), library.tags())
    saved = library.remove(a).saved
    assert library.count() == 2
    assert library.restore(saved) == a
    assert (library.bundles([a]), library.reading_state(a), library.tags()) == before
    assert library.highlight(h.id).to_dict() == h.to_dict()
    library.refresh(a)  # the kept original came back too


def test_cli_list_views_and_mark(run_cli, tmp_path):
    ids = []
    for name in ("one", "two"):
        p = tmp_path / f"{name}.txt"
        p.write_text(f"Headline {name}\n\nBody {name}.", encoding="utf-8")
        ids.append(run_cli("add", str(p), check=True).stdout_text.split("\t")[0])
    out = json.loads(run_cli("mark", ids[0], "--read", "--favourite", "--json", check=True).stdout_text)
    assert (out[0]["read"], out[0]["favourite"], out[0]["archived"]) == (True, True, False)
    listed = json.loads(run_cli("list", "--view", "unread", "--json", check=True).stdout_text)
    assert [a["id"] for a in listed] == [int(ids[1])]
    run_cli("mark", ids[1], "--archive", check=True)
    assert run_cli("list", "--view", "archive", check=True).stdout_text.startswith(f"{ids[1]}\tHeadline two")
    r = run_cli("mark", ids[0])
    assert r.returncode == 1 and r.stderr_text.startswith("Error: say what to mark")
    r = run_cli("mark", "999", "--read")
    assert r.returncode == 1 and "no article with id 999" in r.stderr_text
