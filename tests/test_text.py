from hypothesis import given
from hypothesis import strategies as st

from reader.text import (
    derive_title,
    from_utf16_offset,
    join_blocks,
    looks_like_headline,
    normalize_block,
    split_paragraphs,
    to_utf16_offset,
    utf16_len,
)


def test_normalize_folds_whitespace_and_drops_invisibles():
    assert normalize_block("  a\u00a0 b\n c\u200b\u00ad  ") == "a b c"


def test_join_blocks_spans_cut_out_each_block():
    text, blocks = join_blocks(
        [("heading", "Title", 2), ("paragraph", " One\ntwo "), ("paragraph", "  "), ("list_item", "x")]
    )
    assert text == "Title\n\nOne two\n\nx"
    assert [text[b.start : b.end] for b in blocks] == ["Title", "One two", "x"]
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list_item"]
    assert blocks[0].level == 2


def test_split_paragraphs_handles_crlf_and_spaces_on_blank_lines():
    assert [p.strip() for p in split_paragraphs("a\r\nb\r\n \r\nc\n\n\n")] == ["a\nb", "c"]


def test_headline_detection():
    assert looks_like_headline("Starmer in talks over return hubs")
    assert looks_like_headline("Is this the end of the office?")
    assert not looks_like_headline("The UK is in talks with countries, Sir Keir Starmer has said.")
    assert not looks_like_headline("“We are in talks,” he said")
    assert not looks_like_headline(" ".join(["word"] * 30))


def test_sample_title_is_headline_length_and_reads_whole(sample_text):
    first = split_paragraphs(sample_text)[0]
    title = derive_title(first)
    assert title == "The UK is in talks with “a number of countries” about sending failed asylum seekers"
    assert len(title) <= 90


def test_derive_title_short_sentence_kept_whole():
    assert derive_title("Floods close the M4. More rain is expected.") == "Floods close the M4"


def test_derive_title_never_cuts_inside_a_quotation():
    t = derive_title(
        "Ministers said the “very long and careful and considered review of the whole system for years to come” would start now."
    )
    assert t.count("“") == t.count("”") or t.endswith("…")


def test_utf16_offsets_count_astral_characters_twice():
    s = "a😀b"
    assert utf16_len(s) == 4
    assert to_utf16_offset(s, 2) == 3  # "b" is at Qt position 3, Python index 2
    assert from_utf16_offset(s, 3) == 2
    assert from_utf16_offset(s, 2) == 1  # inside the surrogate pair rounds down


@given(st.text())
def test_utf16_round_trip(s):
    for i in range(len(s) + 1):
        assert from_utf16_offset(s, to_utf16_offset(s, i)) == i


@given(st.lists(st.tuples(st.sampled_from(["paragraph", "heading"]), st.text()), max_size=8))
def test_join_blocks_invariants(parts):
    text, blocks = join_blocks(parts)
    for b in blocks:
        piece = text[b.start : b.end]
        assert piece and piece == piece.strip() and "\n" not in piece
    assert "\n\n".join(text[b.start : b.end] for b in blocks) == text


def test_derive_title_drops_a_wire_dateline():
    assert derive_title("MAPLE HEIGHTS, Ohio — A family of five escaped a fire on Saturday.") == (
        "A family of five escaped a fire on Saturday"
    )
    assert derive_title("LONDON (Reuters) - Shares fell on Monday.") == "Shares fell on Monday"
    assert derive_title("NASA said on Monday it would delay the launch.") == "NASA said on Monday it would delay the launch"


def test_derive_title_drops_a_dateline_with_an_abbreviated_state():
    t = derive_title("SALEM FORKS, Ore. (AP) \u2014 A wildfire forced hundreds of families from their homes on Wednesday.")
    assert t == "A wildfire forced hundreds of families from their homes on Wednesday"


def test_a_derived_title_never_ends_on_a_word_that_wants_more():
    from reader.text import derive_title

    assert derive_title(
        "Maker Quorvane Holdings said on Tuesday it would cut about 1,800 jobs, or roughly 12% of its staff, "
        "as it moves spending toward new products amid slowing demand for its older tools."
    ) == "Maker Quorvane Holdings said on Tuesday it would cut about 1,800 jobs"
    assert derive_title(
        "The mayor of a small riverside city resigned Monday, two weeks after a grand jury indicted him on "
        "charges of misusing public money for a private trip abroad with his family."
    ) == "The mayor of a small riverside city resigned Monday"
