"""Tags are searched too: a word found only in a tag's name finds the articles that carry it."""

from __future__ import annotations

from reader.importers.plaintext import parse


def test_a_word_only_in_a_tag_finds_the_tagged_article(library):
    a = library.save(parse(b"Harbour wall rebuilt\n\nThe council paid for the new wall.", source="/a.txt")).id
    b = library.save(parse(b"Bakery closes\n\nThe bakery on Mill Street shut its doors.", source="/b.txt")).id
    library.tag("article", a, ["Coastal défenses"])
    library.tag("article", b, ["High street"])
    hits = library.search("defenses")
    assert [(h.kind, h.article_id, h.snippet) for h in hits] == [("article", a, "Tagged #Coastal défenses")]
    assert hits[0].snippet[hits[0].marks[0][0] : hits[0].marks[0][1]] == "#Coastal défenses"
    # an article found by its text is not listed twice; prefix and OR work on tags as on text
    library.tag("article", b, ["wall art"])
    assert sorted(h.article_id for h in library.search("wall") if h.kind == "article") == [a, b]
    assert {h.article_id for h in library.search("coast* OR street")} == {a, b}
    assert library.search("defenses -wall") == []  # an exclusion keeps to the text
