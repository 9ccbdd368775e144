"""Qt models checked with qtmodeltester, empty and filled."""

from PySide6.QtCore import Qt

from reader.model import Quote
from reader.ui.models import ArticleListModel, QuoteListModel, Roles


def test_article_list_model(qtmodeltester, library, tmp_path):
    model = ArticleListModel(library.summaries)
    qtmodeltester.check(model)  # empty
    ids = []
    for i in range(3):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"Headline number {i}\n\nBody text {i}.", encoding="utf-8")
        ids.append(library.add(p).id)
    model.reset(library.article_ids())
    qtmodeltester.check(model)
    assert [model.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(3)] == [
        "Headline number 2",
        "Headline number 1",
        "Headline number 0",
    ]
    assert model.index(0).data(Roles.ID) == ids[2]
    assert model.row_of(ids[0]) == 2
    assert model.index(5).data() is None  # out of range never raises


def test_article_list_model_survives_a_failing_fetch(qtmodeltester):
    def broken(_ids):
        raise RuntimeError("disk gone")

    model = ArticleListModel(broken)
    model.reset([1, 2])
    qtmodeltester.check(model)
    assert model.index(0).data() is None


def test_quote_list_model(qtmodeltester):
    model = QuoteListModel()
    qtmodeltester.check(model)
    quotes = [
        Quote("one", 0, 3, "Ann Lee", "direct"),
        Quote("two", 10, 13, "Bo Chan", "partial"),
        Quote("three", 20, 25, "Ann Lee", "direct"),
        Quote("four", 30, 34, None, "direct"),
    ]
    model.set_quotes(quotes)
    qtmodeltester.check(model)
    model.set_quotes(quotes, grouped=True)
    qtmodeltester.check(model)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows == ["Ann Lee  ·  2", "“one”", "“three”", "Bo Chan  ·  1", "“two”", "Speaker unclear  ·  1", "“four”"]
    assert model.index(4).data(Roles.TAG) == "partial"
    assert model.row_in_view(11, 40) == 4  # "two" is the first visible
    assert model.row_in_view(50, 60) == 6  # past the last: the last one above


def test_quote_list_model_adds_quotes_after_those_shown(qtmodeltester):
    quotes = [
        Quote("one", 0, 3, "Ann Lee", "direct"),
        Quote("two", 10, 13, "Bo Chan", "partial"),
        Quote("three", 20, 25, "Ann Lee", "direct"),
        Quote("four", 30, 34, None, "direct"),
    ]
    model = QuoteListModel()
    model.add_quotes(quotes[:1])
    qtmodeltester.check(model)
    model.add_quotes(quotes[1:3])
    model.add_quotes([])
    model.add_quotes(quotes[3:])
    qtmodeltester.check(model)
    assert model.quotes() == quotes and model.quote_count() == 4
    assert [model.index(r).data() for r in range(4)] == ["“one”", "“two”", "“three”", "“four”"]
    # Grouped, the groups are made again from all the quotes (a speaker's count and place change).
    model.set_quotes(quotes[:2], grouped=True)
    model.add_quotes(quotes[2:])
    qtmodeltester.check(model)
    whole = QuoteListModel()
    whole.set_quotes(quotes, grouped=True)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows == [whole.index(r).data() for r in range(whole.rowCount())]
    assert rows[0] == "Ann Lee  ·  2"


def test_library_row_says_added_when_there_is_no_publication_date(library, tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Notes headline\n\nBody.", encoding="utf-8")
    aid = library.add(p).id
    model = ArticleListModel(library.summaries)
    model.reset([aid])
    assert model.index(0).data(Roles.SUBTITLE).startswith("added 20")


def test_highlight_list_model_lists_detached_apart(qtmodeltester):
    from reader.model import Highlight
    from reader.ui.models import DETACHED_HEADER, HighlightListModel

    model = HighlightListModel()
    qtmodeltester.check(model)  # empty
    hs = [
        Highlight(article_id=1, start=50, end=60, exact="later words", id=2, tags=["b"]),
        Highlight(article_id=1, start=5, end=9, exact="lost", status="detached", id=3, note="kept"),
        Highlight(article_id=1, start=10, end=20, exact="first word", id=1, status="moved", color="green"),
    ]
    model.set_highlights(hs)
    qtmodeltester.check(model)
    shown = [model.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert shown == ["first word", "later words", f"{DETACHED_HEADER}  ·  1", "lost"]
    assert model.index(2).data(Roles.HEADER) is True and model.index(2).data(Roles.ITEM) is None
    assert [model.index(0).data(r) for r in (Roles.TAG, Roles.COLOR)] == ["moved", "green"]
    assert model.index(1).data(Roles.TAGS) == ["b"] and model.index(3).data(Roles.SUBTITLE) == "kept"
    assert model.row_of(3) == 3 and model.row_of(99) is None


def test_quotes_of_people_the_article_does_not_name_group_together_each_saying_who():
    from reader.model import Quote
    from reader.ui.models import QuoteListModel, Roles

    model = QuoteListModel()
    quotes = [
        Quote("one", 0, 3, None, speaker_description="a resident"),
        Quote("two", 10, 13, "Ann Lee"),
        Quote("three", 20, 25, None, speaker_description="a resident"),
    ]
    model.set_quotes(quotes, grouped=True)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    # two residents need not be one: no "A resident · 2" as if one person said both
    assert rows == ["Not named  ·  2", "“one”", "“three”", "Ann Lee  ·  1", "“two”"]
    assert model.index(1).data(Roles.SUBTITLE) == "A resident"  # each card says whom the article means
    assert model.index(4).data(Roles.SUBTITLE) is None  # a named speaker's header says it
    assert model.index(1).data(Roles.TAG) == ""  # (the group's header says "Not named")
    model.set_quotes(quotes)
    assert model.index(0).data(Roles.TAG) == "not named"
