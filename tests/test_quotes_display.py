"""A split quote is shown and copied as its pieces with an ellipsis between them, never as a run-on."""

from reader.model import Quote


def test_split_quote_display():
    q = Quote(text="It was a hard week, We will recover.", start=1, end=60, pieces=((1, 20), (44, 60)))
    assert q.piece_texts() == ["It was a hard week,", "We will recover."]
    assert q.display() == "“It was a hard week,” … “We will recover.”"
    one = Quote(text="Just one piece.", start=5, end=20)
    assert one.display() == "“Just one piece.”"
    odd = Quote(text="lengths that do not add up", start=0, end=9, pieces=((0, 3), (5, 9)))
    assert odd.display() == "“lengths that do not add up”"  # never cut wrongly


def test_split_quote_in_the_panel_and_the_citation(qtbot, library, tmp_path):
    from reader.ui.app import build_window
    from reader.ui.models import Roles
    from reader.ui.side_panel import citation

    p = tmp_path / "s.txt"
    p.write_text(
        "Storm hits harbour\n\n“It was a hard week,” said Jane Doe, the harbour master. “We will recover.”",
        encoding="utf-8",
    )
    aid = library.add(p).id
    (q,) = library.quotes(aid)
    assert len(q.pieces) == 2
    w = build_window(library, str(aid))
    qtbot.addWidget(w)
    shown = w.side_panel.model.index(0).data(0)
    assert shown == "“It was a hard week,” … “We will recover.”"
    assert w.side_panel.model.index(0).data(Roles.ITEM) == q
    assert citation(q, library.article(aid)).startswith("“It was a hard week,” … “We will recover.”\n— Jane Doe")
