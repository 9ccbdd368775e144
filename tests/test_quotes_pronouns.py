"""The model that weighs who a speaking he/she is (reader.quotes.pronouns), and how the extractor uses it."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.quotes import extract_quotes, pronouns
from reader.quotes.extract import Extractor, paragraphs
from reader.quotes.story import Story
from reader.text import join_blocks, split_paragraphs


def _story(text: str) -> Story:
    canon, blocks = join_blocks(("paragraph", p) for p in split_paragraphs(text))
    return Story(Extractor(canon, paragraphs(canon, blocks)).reg), canon


def _who(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(text, unclear_below=0.0)]


PROFILE = (
    "Aleksey Vexwick, 52, took over the seed bank in March.\n\n"
    'He grew up on a potato farm in the hills and studied agronomy at night. "My father thought books were for '
    'winter," he said.\n\n'
    "The chair of the bank's board, Idony Tannahill, said when announcing the appointment that Vexwick had "
    '"the rare gift of making farmers feel listened to".\n\n'
    '"I am a farmer\'s son who ended up in an office," he said. "I try not to forget which one I am."'
)


def test_the_man_a_profile_is_about_goes_on_speaking_after_another_man_is_quoted_about_him():
    # The rules gave the last "he" to the board's chair, the last one said to speak (of a sex no list knows);
    # the model weighs the profile's subject (named first, quoted, of known sex) far above them and overrules.
    got = _who(PROFILE)
    assert got[1] == ("the rare gift of making farmers feel listened to", "Idony Tannahill")
    assert got[-1] == (
        "I am a farmer's son who ended up in an office, I try not to forget which one I am.",
        "Aleksey Vexwick",
    )


BAKERY = (
    "Mr Tobias Renner has run the bakery for thirty years.\n\n"
    "His assistant, Kit Okafor, described him as \u201cthe hardest-working man in the town\u201d.\n\n"
    "Asked about retiring, he laughed. \u201cNot while I can still lift a sack of flour,\u201d he said."
)


def test_the_model_overrules_the_rules_only_when_sure_and_leaves_the_speaker_unclear_when_not(monkeypatch):
    flour = "Not while I can still lift a sack of flour,"
    assert dict(_who(BAKERY))[flour] == "Tobias Renner"  # the rules and the fitted model agree
    # A model that cannot tell the two apart (every weight 0: one half each) disagrees with the rules
    # (its first is the nearer, the assistant) without being sure: nobody is named.
    monkeypatch.setattr(pronouns, "WEIGHTS", dict.fromkeys(pronouns.FEATURES, 0.0))
    assert dict(_who(BAKERY))[flour] is None
    # A model sure of the nearer person (the assistant) overrules them.
    monkeypatch.setattr(pronouns, "WEIGHTS", {**dict.fromkeys(pronouns.FEATURES, 0.0), "nearest": 6.0})
    assert dict(_who(BAKERY))[flour] == "Kit Okafor"


def test_candidates_are_people_of_the_pronoun_s_sex_or_of_unknown_sex_nearest_first():
    text = (
        "Althea Quimbrel chairs the trust. Aleksey Vexley, her deputy, joined in May. The report was sent to "
        "Quillan Council.\n\n"
        '"We will publish it," she said.'
    )
    story, canon = _story(text)
    pos = canon.rindex(" she said")
    names = [e.name for e, _f in pronouns.candidates(story, pos, "she")]
    assert names == ["Althea Quimbrel"]  # not the man, not the council
    assert [e.name for e, _f in pronouns.candidates(story, pos, "he")] == ["Aleksey Vexley"]


def _features_of_the_last_she(text: str) -> dict[str, dict[str, float]]:
    """Each candidate for the text's last "she", with its features by name."""
    story, canon = _story(text)
    return {
        e.name: dict(zip(pronouns.FEATURES, f, strict=True))
        for e, f in pronouns.candidates(story, canon.rindex(" she"), "she")
    }


def test_a_listener_is_an_object_and_according_to_names_a_speaker():
    text = (
        "Althea Quimbrel told Marta Vexley the plan was dead, according to Ingrid Tannahill, a neighbour.\n\n"
        '"No," she said.'
    )
    feats = _features_of_the_last_she(text)
    assert feats["Marta Vexley"]["oblique"] == 1.0
    assert feats["Althea Quimbrel"]["oblique"] == 0.0
    assert feats["Althea Quimbrel"]["sentence_subject"] == 1.0
    assert feats["Ingrid Tannahill"]["said_here"] == 1.0
    assert feats["Ingrid Tannahill"]["oblique"] == 0.0


def test_a_relative_named_in_apposition_is_marked_so():
    text = (
        "Althea Quimbrel came home in June. Her sister, Marta Quimbrel-Vex, met her at the airport.\n\n"
        '"Finally," she said.'
    )
    feats = _features_of_the_last_she(text)
    assert feats["Marta Quimbrel-Vex"]["possessed"] == 1.0
    assert feats["Althea Quimbrel"]["possessed"] == 0.0
    assert feats["Althea Quimbrel"]["first_person"] == 1.0


_NAMES = ["Althea Quimbrel", "Aleksey Vexley", "Marta Tannahill", "Osric Vexwick", "Quillan Council", "Kettleby"]
_LINKS = [" said the plan would work. ", " met ", " told ", " and ", ". Later, ", ", her colleague, "]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(_LINKS)), min_size=1, max_size=8),
    st.sampled_from(["he", "she"]),
)
def test_the_model_s_answer_is_a_distribution_over_people_that_fit(parts, word):
    text = "".join(n + link for n, link in parts).strip() + '\n\n"It went well," ' + word + " said."
    story, canon = _story(text)
    pos = canon.rindex(" " + word + " said")
    ranked = pronouns.rank(story, pos, word)
    assert len(ranked) <= pronouns.MAX_CANDIDATES
    if ranked:
        assert math.isclose(sum(p for _e, p in ranked), 1.0, rel_tol=1e-9)
        assert [p for _e, p in ranked] == sorted((p for _e, p in ranked), reverse=True)
    g = "m" if word == "he" else "f"
    for ent, _p in ranked:
        assert story.kind(ent) == "person" and story.gender(ent) in (None, g)
    # the extractor's answer for the quote is one of the people weighed, somebody the rules alone know, or nobody
    assert len(extract_quotes(canon)) == 1
