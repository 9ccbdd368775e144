"""Property tests: importers take any input and either give a consistent article or one clear error."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import ImportFailed
from reader.importers import html, plaintext


def assert_consistent(article):
    assert article.title and "\n" not in article.title
    assert article.text
    # the blocks cover the canonical text exactly, joined by blank lines
    assert "\n\n".join(article.text[b.start : b.end] for b in article.blocks) == article.text
    for b in article.blocks:
        piece = article.text[b.start : b.end]
        assert piece == piece.strip() and "\n" not in piece


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_plaintext_any_bytes(data):
    try:
        imp = plaintext.parse(data, source="x.txt")
    except ImportFailed as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.txt: ")
        return
    assert_consistent(imp.article)
    assert imp.original == data


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=12))
def test_plaintext_paragraphs_survive(paragraphs):
    from reader.text import normalize_block, split_paragraphs

    body = "\n\n".join(paragraphs)
    try:
        a = plaintext.parse(body.encode("utf-8"), source="x.txt").article
    except ImportFailed:
        return
    assert_consistent(a)
    expected = [t for t in (normalize_block(p) for p in split_paragraphs(body)) if t]
    # every paragraph is kept, in order; only a headline first line moves to the title
    assert a.text.split("\n\n") in (expected, expected[1:])
    if a.text.split("\n\n") == expected[1:] and expected[1:] != expected:
        assert a.title == expected[0]


safe_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(safe_text, min_size=1, max_size=15), st.sampled_from(["p", "li", "blockquote", "h2", "div"]))
def test_html_any_paragraphs(paragraphs, tag):
    from xml.sax.saxutils import escape

    inner = "".join(f"<{tag}>{escape(p)}</{tag}>" for p in paragraphs)
    page = f"<html><head><title>T</title></head><body><article>{inner}</article></body></html>"
    try:
        imp = html.parse(page.encode("utf-8"), source="p.html")
    except ImportFailed as exc:
        assert "\n" not in str(exc)
        return
    assert_consistent(imp.article)


def _controls_counted_by_hand(head: bytes) -> int:
    return sum(1 for b in head if b < 32 and b not in (0, 9, 10, 12, 13, 27))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=9000), st.integers(min_value=0, max_value=400))
def test_looks_binary_counts_control_bytes_as_a_loop_over_them_would(data, n_controls):
    """looks_binary counts control bytes in one pass in C; its answer is the byte-by-byte count's."""
    from reader.importers import looks_binary

    data = data.replace(b"\x00", b"") + bytes([1, 2, 7, 8, 11, 31]) * n_controls  # (controls, near the threshold)
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return  # (text with a byte-order mark is judged by what it decodes to)
    assert looks_binary(data) == (_controls_counted_by_hand(head) > len(head) * 0.05)
