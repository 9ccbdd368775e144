from hypothesis import given, settings
from hypothesis import strategies as st

from reader.importers.markdown import parse


def test_markdown_structure_and_title():
    md = b"""---
author: Ada Lovelace
date: 2024-05-01
---
# Engines of thought

The *analytical* engine weaves **algebraic** patterns.

## A section

> A quoted passage
> over two lines.

- first item
- second [item](https://example.com)

```
code block
```
"""
    a = parse(md, source="n.md").article
    assert a.title == "Engines of thought"
    assert a.author == "Ada Lovelace" and a.published == "2024-05-01"
    kinds = [(b.kind, a.text[b.start : b.end]) for b in a.blocks]
    assert kinds == [
        ("paragraph", "The analytical engine weaves algebraic patterns."),
        ("heading", "A section"),
        ("blockquote", "A quoted passage over two lines."),
        ("list_item", "first item"),
        ("list_item", "second item"),
        ("paragraph", "code block"),
    ]


def test_markdown_without_heading_derives_title():
    a = parse(b"Just prose here. More prose.", source="x.md").article
    assert a.title == "Just prose here"


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1))
def test_any_markdown_gives_consistent_blocks_or_a_clear_error(s):
    from reader.errors import ImportFailed

    try:
        a = parse(s.encode("utf-8"), source="x.md").article
    except ImportFailed:
        return
    assert a.text
    assert "\n\n".join(a.text[b.start : b.end] for b in a.blocks) == a.text
