"""Re-anchoring highlights on a news article as it changes, one kind of change per test."""

from __future__ import annotations

import pytest

from reader.anchoring import Placement, make_anchor, place, place_all
from reader.model import Anchor

# A made-up local news report, written for these tests: curly quotes, an em
# dash, a pound sign, a repeated sentence and many short common words.
ARTICLE = "\n\n".join(
    [
        "Harbour town votes to rebuild its sea wall after winter storms",
        "Councillors in Port Ellery voted on Tuesday night to spend £4.2m rebuilding the sea wall that "
        "collapsed during the January storms, ending months of argument over whether the town could afford it.",
        "The decision followed a four-hour meeting at the town hall, where more than 200 residents queued "
        "in the rain to speak. Many said the wall was the only thing standing between the harbour and the "
        "homes behind it.",
        "\u201cWe have waited long enough,\u201d said Margaret Okafor, who has run the bakery on Quay Street "
        "for thirty years. \u201cEvery tide that comes in, we wonder whether this is the one.\u201d",
        "The council\u2019s finance officer, Daniel Reyes, warned that the money would have to come from the "
        "reserves \u2014 and that the town would have to borrow if the cost rose again. He said the reserves "
        "were already lower than at any time in the past decade.",
        "Work is expected to begin in the spring and to last about eighteen months. The harbour will stay "
        "open to fishing boats throughout, although the slipway will close for part of the summer.",
        "Residents who spoke at the meeting said the vote was a relief. \u201cIt is the right decision,\u201d "
        "one said. Others were less sure. \u201cIt is the right decision, but it is a year too late,\u201d "
        "said a fisherman who did not want to be named.",
    ]
)

WALL = "Many said the wall was the only thing standing between the harbour and the homes behind it."


def anchor_on(text: str, words: str, occurrence: int = 0) -> Anchor:
    """The anchor of the n-th occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return make_anchor(text, start, start + len(words))


def edit(text: str, old: str, new: str) -> str:
    """``text`` with its one occurrence of ``old`` replaced by ``new``."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


def check(placement: Placement, text: str, start: int, end: int, status: str, words: str) -> None:
    assert (placement.start, placement.end, placement.status) == (start, end, status)
    assert text[placement.start : placement.end] == words


# -- make_anchor ---------------------------------------------------------------


def test_make_anchor_keeps_words_and_context():
    a = anchor_on(ARTICLE, "rebuilding the sea wall")
    assert (a.start, a.end) == (ARTICLE.index("rebuilding"), ARTICLE.index("rebuilding") + 23)
    assert a.exact == "rebuilding the sea wall"
    assert a.prefix == "on Tuesday night to spend £4.2m "
    assert a.suffix == " that collapsed during the Janua"


def test_make_anchor_context_is_32_characters_or_up_to_the_edge():
    a = anchor_on(ARTICLE, "Okafor")
    assert a.prefix == ARTICLE[a.start - 32 : a.start] and len(a.prefix) == 32
    assert a.suffix == ARTICLE[a.end : a.end + 32] and len(a.suffix) == 32
    first = make_anchor(ARTICLE, 0, 7)
    assert (first.exact, first.prefix) == ("Harbour", "")
    last = make_anchor(ARTICLE, len(ARTICLE) - 6, len(ARTICLE))
    assert (last.exact, last.suffix) == ("named.", "")


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, len(ARTICLE) + 1)])
def test_make_anchor_rejects_empty_or_outside_spans(start, end):
    with pytest.raises(ValueError):
        make_anchor(ARTICLE, start, end)


# -- one test per way the text can change ---------------------------------------


def test_unchanged_text_keeps_the_highlight_where_it_was():
    a = anchor_on(ARTICLE, "rebuilding the sea wall that collapsed during the January storms")
    p = place(a, ARTICLE)
    check(p, ARTICLE, a.start, a.end, "attached", a.exact)
    assert p.score == 1.0


def test_words_inserted_before_shift_the_highlight():
    a = anchor_on(ARTICLE, "Every tide that comes in, we wonder whether this is the one.")
    byline = "By Helen Marsh, coastal affairs correspondent"
    new = edit(ARTICLE, "storms\n\nCouncillors", f"storms\n\n{byline}\n\nCouncillors")
    p = place(a, new)
    shift = len(byline) + 2
    check(p, new, a.start + shift, a.end + shift, "attached", a.exact)
    assert p.score == 1.0


def test_words_inserted_after_leave_the_highlight_in_place():
    a = anchor_on(ARTICLE, "warned that the money would have to come from the reserves")
    new = edit(ARTICLE, "past decade.", "past decade. The council will publish the full costs next week.")
    check(place(a, new), new, a.start, a.end, "attached", a.exact)


def test_words_inserted_right_after_still_attach_by_the_prefix():
    a = anchor_on(ARTICLE, "Margaret Okafor")
    new = edit(ARTICLE, "Okafor, who has run", "Okafor, 61, a widow who has run")
    check(place(a, new), new, a.start, a.end, "attached", a.exact)


@pytest.mark.parametrize(
    "old,new",
    [
        ("the only thing", "the only real thing"),
        # Near an end, the inserted words cost more than leaving the end out;
        # the cut still takes back the quote's own first (or last) words.
        ("Many said the wall", "Many said the crumbling Victorian wall"),
        ("the homes behind it", "the homes, built in 1890, behind it"),
    ],
    ids=["middle", "near-start", "near-end"],
)
def test_words_inserted_inside_the_highlight_move_it_over_the_whole_passage(old, new):
    a = anchor_on(ARTICLE, WALL)
    text = edit(ARTICLE, old, new)
    p = place(a, text)
    expected = WALL.replace(old, new)
    start = text.index(expected)
    check(p, text, start, start + len(expected), "moved", expected)
    assert 0.75 <= p.score < 1.0


def test_a_paragraph_removed_before_the_highlight():
    a = anchor_on(ARTICLE, "Every tide that comes in, we wonder whether this is the one.")
    paragraph = ARTICLE.split("\n\n")[2] + "\n\n"
    new = edit(ARTICLE, paragraph, "")
    p = place(a, new)
    check(p, new, a.start - len(paragraph), a.end - len(paragraph), "attached", a.exact)


def test_a_paragraph_split_inside_the_highlight_is_a_whitespace_change():
    a = anchor_on(ARTICLE, "borrow if the cost rose again. He said the reserves")
    new = edit(ARTICLE, "again. He said", "again.\n\nHe said")
    p = place(a, new)
    check(p, new, a.start, a.end + 1, "moved", "borrow if the cost rose again.\n\nHe said the reserves")


def test_two_paragraphs_joined_inside_the_highlight():
    a = anchor_on(ARTICLE, "behind it.\n\n\u201cWe have waited")
    new = edit(ARTICLE, "behind it.\n\n\u201cWe", "behind it. \u201cWe")
    p = place(a, new)
    start = new.index("behind it. \u201cWe have waited")
    check(p, new, start, start + len(a.exact) - 1, "moved", "behind it. \u201cWe have waited")


_OKAFOR_CURLY = "\u201cWe have waited long enough,\u201d"
_OKAFOR_STRAIGHT = '"We have waited long enough,"'


@pytest.mark.parametrize(
    "before,words,after,expected",
    [
        # Curly quotes made straight by a plainer extractor.
        (
            ARTICLE,
            _OKAFOR_CURLY + " said Margaret Okafor",
            edit(ARTICLE, _OKAFOR_CURLY, _OKAFOR_STRAIGHT),
            _OKAFOR_STRAIGHT + " said Margaret Okafor",
        ),
        # And back: straight quotes made curly.
        (
            edit(ARTICLE, _OKAFOR_CURLY, _OKAFOR_STRAIGHT),
            _OKAFOR_STRAIGHT + " said Margaret Okafor",
            ARTICLE,
            _OKAFOR_CURLY + " said Margaret Okafor",
        ),
        # An em dash made a hyphen.
        (
            ARTICLE,
            "the reserves \u2014 and that the town would have to borrow",
            edit(ARTICLE, "reserves \u2014 and", "reserves - and"),
            "the reserves - and that the town would have to borrow",
        ),
        # A curly apostrophe made straight, inside the highlight's first word.
        (
            ARTICLE,
            "council\u2019s finance officer",
            edit(ARTICLE, "council\u2019s", "council's"),
            "council's finance officer",
        ),
    ],
    ids=["curly-to-straight", "straight-to-curly", "em-dash-to-hyphen", "apostrophe"],
)
def test_dashes_and_quotes_changed_move_with_exact_boundaries(before, words, after, expected):
    a = anchor_on(before, words)
    p = place(a, after)
    start = after.index(expected)
    check(p, after, start, start + len(expected), "moved", expected)
    assert 0.0 < p.score < 1.0


def test_one_word_changed_in_the_passage_moves_it():
    a = anchor_on(ARTICLE, "Work is expected to begin in the spring and to last about eighteen months.")
    new = edit(ARTICLE, "expected to begin", "expected to start")
    p = place(a, new)
    expected = "Work is expected to start in the spring and to last about eighteen months."
    start = new.index(expected)
    check(p, new, start, start + len(expected), "moved", expected)
    assert 0.9 < p.score < 1.0


def test_a_changed_last_word_moves_the_end_to_a_word_boundary():
    # The closest cut by edit distance would end mid-word ("...already lowe"):
    # the placement takes the whole new word instead.
    a = anchor_on(ARTICLE, "He said the reserves were already lower")
    new = edit(ARTICLE, "already lower than at any", "already lowest in any")
    p = place(a, new)
    expected = "He said the reserves were already lowest"
    start = new.index(expected)
    check(p, new, start, start + len(expected), "moved", expected)


def test_first_words_cut_from_the_passage_start_it_at_the_words_that_remain():
    a = anchor_on(ARTICLE, WALL)
    new = edit(ARTICLE, "Many said the wall", "The wall")
    p = place(a, new)
    expected = WALL.replace("Many said the wall", "The wall")
    start = new.index(expected)
    check(p, new, start, start + len(expected), "moved", expected)


def test_a_changed_first_word_moves_the_start_to_a_word_boundary():
    a = anchor_on(ARTICLE, "Councillors in Port Ellery voted on Tuesday night")
    new = edit(ARTICLE, "Councillors in Port", "Councils in Port")
    p = place(a, new)
    expected = "Councils in Port Ellery voted on Tuesday night"
    start = new.index(expected)
    check(p, new, start, start + len(expected), "moved", expected)


def test_a_short_changed_quote_is_found_by_its_context_not_by_its_old_words_elsewhere():
    # "the reserves" occurs twice; the highlighted one becomes "the reserve
    # fund". The other "the reserves" has the exact words but none of the
    # context; the changed words have all of it.
    a = anchor_on(ARTICLE, "the reserves", occurrence=0)
    new = edit(ARTICLE, "from the reserves \u2014", "from the reserve fund \u2014")
    assert new.count("the reserves") == 1
    p = place(a, new)
    check(p, new, a.start, a.start + len("the reserve"), "moved", "the reserve")


def test_the_passage_deleted_detaches_the_highlight():
    a = anchor_on(ARTICLE, "warned that the money would have to come from the reserves")
    new = edit(ARTICLE, ARTICLE.split("\n\n")[4] + "\n\n", "")
    check(place(a, new), new, a.start, a.end, "detached", new[a.start : a.end])
    assert place(a, new).score == 0.0


def test_a_detached_highlight_keeps_its_old_offsets_clipped_into_a_shorter_text():
    a = anchor_on(ARTICLE, "said a fisherman who did not want to be named.")
    new = ARTICLE[:300]
    assert place(a, new) == Placement(300, 300, "detached", 0.0)


# "It is the right decision" occurs twice, said by two different people.
REPEATED = "It is the right decision"


def test_repeated_words_context_chooses_the_earlier_occurrence():
    a = anchor_on(ARTICLE, REPEATED, occurrence=0)
    # A paragraph removed before both: the later occurrence is now nearer to
    # the old offset than the right one.
    removed = ARTICLE.split("\n\n")[5] + "\n\n"
    new = edit(ARTICLE, removed, "")
    first, second = new.index(REPEATED), new.rindex(REPEATED)
    assert abs(second - a.start) < abs(first - a.start)
    check(place(a, new), new, first, first + len(REPEATED), "attached", REPEATED)


def test_repeated_words_context_chooses_the_later_occurrence():
    a = anchor_on(ARTICLE, REPEATED, occurrence=1)
    gap = a.start - ARTICLE.index(REPEATED)
    # Inserted before both, exactly as long as the gap between them: the old
    # offsets now hold the other occurrence's words, and its context disagrees.
    inserted = ("The vote was eleven to four. " * 5)[: gap - 2] + "\n\n"
    new = edit(ARTICLE, "\n\nResidents who spoke", "\n\n" + inserted + "Residents who spoke")
    assert new[a.start : a.end] == REPEATED
    second = new.rindex(REPEATED)
    check(place(a, new), new, second, second + len(REPEATED), "attached", REPEATED)


def test_a_short_common_word_follows_its_context_after_an_insertion():
    # The highlight is the "the" of "the homes"; sixteen characters inserted
    # before it put the "the" of "the harbour" at its old offsets.
    start = ARTICLE.index("the homes")
    a = make_anchor(ARTICLE, start, start + 3)
    new = edit(ARTICLE, "queued in the rain", "queued for three hours in the rain")
    shift = len(" for three hours")
    assert new[a.start : a.start + 11] == "the harbour"
    p = place(a, new)
    check(p, new, start + shift, start + shift + 3, "attached", "the")
    assert new[p.start : p.start + 9] == "the homes"


def test_a_short_common_word_whose_context_is_gone_is_detached():
    # Decision: detached. "the" occurs 20-odd times and no occurrence has
    # anything of the old context around it, so any choice would be a guess;
    # a highlight on the wrong "the" is worse than a detached one, which keeps
    # its words and note and says it needs the reader's eye.
    start = ARTICLE.index("the slipway")
    a = make_anchor(ARTICLE, start, start + 3)
    old_paragraph = ARTICLE.split("\n\n")[5]
    new = edit(ARTICLE, old_paragraph, "Contractors have been asked to bid by the end of March.")
    assert new.count("the") > 10
    p = place(a, new)
    assert p == Placement(a.start, a.end, "detached", 0.0)


def test_a_short_word_whose_context_is_gone_is_detached_even_if_it_occurs_once():
    # The same rule for a name found once: without any of its context, a few
    # characters found once are not evidence enough (in an unrelated text,
    # three letters of a word often occur exactly once).
    a = anchor_on(ARTICLE, "Okafor")
    sentence = "\u201cWe have waited long enough,\u201d said Margaret Okafor, who has run the bakery on Quay Street"
    new = edit(ARTICLE, sentence, "A baker, Okafor, agreed that they had waited")
    assert new.count("Okafor") == 1
    assert place(a, new) == Placement(a.start, a.end, "detached", 0.0)


def test_a_short_word_with_one_side_of_context_left_is_placed():
    a = anchor_on(ARTICLE, "Okafor")
    new = edit(ARTICLE, "Okafor, who has run", "Okafor, owner of")
    start = new.index("Okafor")
    check(place(a, new), new, start, start + 6, "attached", "Okafor")


def test_a_highlight_at_the_start_of_the_text_after_an_insertion_before_it():
    a = make_anchor(ARTICLE, 0, len("Harbour town votes"))
    new = "UPDATED\n\n" + ARTICLE
    check(place(a, new), new, 9, 9 + len(a.exact), "attached", "Harbour town votes")


def test_emoji_before_the_highlight_shift_it_by_code_points():
    # Astral characters count one each (Qt would count two): offsets are str indexes.
    a = anchor_on(ARTICLE, "Every tide that comes in")
    marks = "\U0001f30a\U0001f327\ufe0f "  # water wave, cloud with rain + VS16, space
    new = edit(ARTICLE, "Harbour town votes", marks + "Harbour town votes")
    assert len(marks) == 4
    check(place(a, new), new, a.start + 4, a.end + 4, "attached", "Every tide that comes in")


def test_emoji_in_and_before_the_highlight_with_a_changed_word():
    text = edit(ARTICLE, "Quay Street", "Quay Street \U0001f956")
    a = anchor_on(text, "Quay Street \U0001f956 for thirty years")
    new = edit(text, "\u201cWe have", "\U0001f30a \u201cWe have")
    new = edit(new, "thirty years", "thirty-one years")
    p = place(a, new)
    expected = "Quay Street \U0001f956 for thirty-one years"
    start = new.index(expected)
    check(p, new, start, start + len(expected), "moved", expected)


def test_far_moved_and_reworded_passage_is_found_by_the_whole_text_search():
    # The paragraph moves to the end (far outside the search window around
    # the old place) and loses a word.
    paragraph = ARTICLE.split("\n\n")[1]
    a = anchor_on(ARTICLE, "ending months of argument over whether the town could afford it")
    filler = "\n\n".join(["Weather: showers, clearing later, with a fresh breeze from the west."] * 20)
    moved = paragraph.replace("months of", "months of bitter")
    new = edit(ARTICLE, paragraph + "\n\n", "") + "\n\n" + filler + "\n\n" + moved
    assert abs(new.index("ending months") - a.start) > 2 * len(a.exact) + 500
    p = place(a, new)
    expected = "ending months of bitter argument over whether the town could afford it"
    start = new.index(expected)
    check(p, new, start, start + len(expected), "moved", expected)


# -- odd input -------------------------------------------------------------------


def test_an_empty_quote_or_text_is_detached_without_error():
    assert place(Anchor(3, 3, ""), ARTICLE) == Placement(3, 3, "detached", 0.0)
    assert place(anchor_on(ARTICLE, "sea wall"), "") == Placement(0, 0, "detached", 0.0)
    assert place(Anchor(10, 4, "x"), "abc") == Placement(3, 3, "detached", 0.0)


def test_place_all_places_each_anchor_as_place_does():
    anchors = [
        anchor_on(ARTICLE, "Every tide that comes in"),
        anchor_on(ARTICLE, REPEATED, occurrence=1),
        anchor_on(ARTICLE, "warned that the money would have to come from the reserves"),
        make_anchor(ARTICLE, ARTICLE.index("the slipway"), ARTICLE.index("the slipway") + 3),
    ]
    new = edit(ARTICLE, "from the reserves \u2014", "from reserves -")
    new = edit(new, "Others were less sure.", "Not everyone agreed.")
    new = "\u26a0\ufe0f Correction appended\n\n" + new
    placements = place_all(anchors, new)
    assert placements == [place(a, new) for a in anchors]
    assert [p.status for p in placements] == ["attached", "attached", "moved", "attached"]
    assert new[placements[2].start : placements[2].end] == "warned that the money would have to come from reserves"


def test_a_reworded_passage_is_not_moved_onto_its_old_words_quoted_elsewhere():
    # The highlighted sentence is edited a little, and its old wording still
    # stands word for word in a later paragraph (a pull quote, say) with other
    # words around it. The highlight belongs to the edited passage, where its
    # context still is, not to the copy.
    words = "the only thing standing between the harbour and the homes"
    a = anchor_on(ARTICLE, words)
    new = edit(
        ARTICLE,
        "the only thing standing between the harbour and the homes behind it",
        "the only thing standing between the harbour and the houses behind it",
    )
    new = new.replace("Others were less sure.", f"Others were less sure that {words} would last.")
    assert new.count(words) == 1
    p = place(a, new)
    expected = new.index("the only thing standing between the harbour and the houses")
    check(
        p,
        new,
        expected,
        expected + len(words) + 1,
        "moved",
        "the only thing standing between the harbour and the houses",
    )


@pytest.mark.parametrize(
    "words,old,new,expected",
    [
        # The last word replaced: leaving it out costs fewer edits than
        # swapping it, but the unchanged words after it say where it ends.
        (
            "more than 200 residents queued",
            "residents queued",
            "residents gathered",
            "more than 200 residents gathered",
        ),
        # The first word replaced, the words before it unchanged.
        (
            "Daniel Reyes, warned that",
            "Daniel Reyes, warned",
            "Daniel Reyes, cautioned",
            "Daniel Reyes, cautioned that",
        ),
    ],
    ids=["last-word", "first-words-kept"],
)
def test_unchanged_context_decides_where_a_reworded_highlight_ends(words, old, new, expected):
    a = anchor_on(ARTICLE, words)
    text = edit(ARTICLE, old, new)
    start = text.index(expected)
    check(place(a, text), text, start, start + len(expected), "moved", expected)


def test_a_corrected_figure_between_unchanged_context_moves_onto_the_new_figure():
    a = anchor_on(ARTICLE, "£4.2m")
    new = edit(ARTICLE, "spend £4.2m rebuilding", "spend £4.6m rebuilding")
    start = new.index("£4.6m")
    check(place(a, new), new, start, start + 5, "moved", "£4.6m")


def test_a_sentence_replaced_by_another_between_unchanged_context_is_detached():
    words = "Work is expected to begin in the spring and to last about eighteen months."
    a = anchor_on(ARTICLE, words)
    new = edit(ARTICLE, words, "The contractor has not yet been chosen, the council said on Wednesday.")
    assert place(a, new).status == "detached"
