"""Tests for reader.quotes: the seed article exactly, then one case per kind."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reader.model import Block
from reader.quotes import EXTRACTOR_VERSION, extract_quotes
from reader.quotes.registry import Registry
from tests_helpers import SAMPLE_GOLD

DATA = Path(__file__).parent / "data" / "quotes"
SEED = Path(__file__).resolve().parents[1] / "seeds"


def _q(text: str):
    return [(q.text, q.speaker, q.kind) for q in extract_quotes(text)]


def _check_offsets(text: str, quotes) -> None:
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        if len(q.pieces) <= 1:
            assert q.text == text[q.start : q.end]
        else:
            assert q.text == " ".join(text[s:e] for s, e in q.pieces)
        for s, e in q.pieces:
            assert q.start <= s <= e <= q.end


SAMPLE_EXPECTED = SAMPLE_GOLD  # the five quotes issue 4 names


def _sample_text() -> str:
    for p in (DATA / "00_sample.txt", SEED / "sky-news-return-hubs.txt"):
        if p.exists():
            raw = p.read_text(encoding="utf-8")
            return "\n\n".join(x.strip() for x in raw.strip().split("\n\n"))
    pytest.skip("sample article not found")


def test_version_is_int():
    assert isinstance(EXTRACTOR_VERSION, int)


def test_sample_article_exactly():
    text = _sample_text()
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == SAMPLE_EXPECTED
    _check_offsets(text, quotes)
    # the pronoun mentions the speakers were resolved from
    assert text[quotes[2].speaker_start : quotes[2].speaker_end] == "he"
    assert quotes[2].cue == "said"


def test_sample_with_blocks_same_result():
    text = _sample_text()
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        blocks.append(Block("paragraph", pos, pos + len(part)))
        pos += len(part) + 2
    assert [(q.text, q.speaker) for q in extract_quotes(text, blocks)] == [(t, s) for t, s, _ in SAMPLE_EXPECTED]


def test_x_said_and_said_x():
    text = (
        "Housing Minister Angela Brierley visited Leeds.\n\n"
        "\u201cWe will build more homes,\u201d Ms Brierley said.\n\n"
        "\u201cIt will not be enough,\u201d said Councillor Derek Ansah."
    )
    assert _q(text) == [
        ("We will build more homes,", "Angela Brierley", "direct"),
        ("It will not be enough,", "Derek Ansah", "direct"),
    ]


def test_appositive_between_speaker_and_verb():
    text = "\u201cThe figures are stark,\u201d Jane Doe, the chief economist at Acme Bank, said."
    assert _q(text) == [("The figures are stark,", "Jane Doe", "direct")]


def test_many_speech_verbs():
    for verb in (
        "told reporters",
        "added",
        "warned",
        "insisted",
        "explained",
        "admitted",
        "claimed",
        "argued",
        "noted",
        "stressed",
        "said in a statement",
    ):
        text = f"Tom Reddish scored twice.\n\n\u201cWe were the better side today,\u201d Reddish {verb}."
        assert _q(text) == [("We were the better side today,", "Tom Reddish", "direct")], verb


def test_split_quote_is_one_quote():
    text = "Rachel Oduya is an astronomer.\n\n\u201cFirst,\u201d she said, \u201csecond.\u201d"
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("First, second.", "Rachel Oduya")]
    assert len(quotes[0].pieces) == 2
    _check_offsets(text, quotes)


def test_split_quote_across_sentences():
    text = "\u201cIt leapt the canal,\u201d said Fire Chief Ruben Ashgrove. \u201cOur engines waited at each lock gate.\u201d"
    assert _q(text) == [("It leapt the canal, Our engines waited at each lock gate.", "Ruben Ashgrove", "direct")]


def test_multi_paragraph_reopened():
    text = (
        "Dr Miriam Halloway led the study.\n\n"
        "\u201cWe tried hard to make the blip vanish,\u201d she said. \u201cWe swapped every cable.\n\n"
        "\u201cIt stayed put.\u201d\n\n"
        "The paper appeared on Thursday."
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We tried hard to make the blip vanish, We swapped every cable. It stayed put.", "Miriam Halloway")
    ]
    assert len(quotes[0].pieces) == 3
    _check_offsets(text, quotes)


def test_multi_paragraph_open_once():
    text = (
        "Bethany Rook works on the trawler.\n\n"
        "\u2018People imagine it\u2019s glamorous,\u2019 she says. \u2018You slip out past the lighthouse before dawn.\n\n"
        "Then you get back and your knuckles are raw.\n\n"
        "I adore it.\u2019\n\n"
        "The tide is turning now."
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "People imagine it\u2019s glamorous, You slip out past the lighthouse before dawn. "
            "Then you get back and your knuckles are raw. I adore it.",
            "Bethany Rook",
        )
    ]
    _check_offsets(text, quotes)


def test_nested_quote_after_outer():
    text = (
        "Harriet Okonjo gave evidence.\n\n"
        "Mrs Okonjo told the tribunal: \u201cI asked him straight out, \u2018Are you hiding something from me?\u2019 "
        "and he stayed silent.\u201d"
    )
    got = _q(text)
    assert got[0][1] == "Harriet Okonjo" and got[0][0].startswith("I asked him straight out")
    assert got[1] == ("Are you hiding something from me?", "Harriet Okonjo", "direct")


def test_continuation_paragraph():
    text = (
        "Stefano Arcangeli was pleased.\n\n"
        "\u201cWe started sluggishly,\u201d Arcangeli said.\n\n"
        "\u201cAfter the break we found our legs.\u201d"
    )
    assert _q(text)[1] == ("After the break we found our legs.", "Stefano Arcangeli", "direct")


def test_pronoun_picks_last_person_of_right_gender():
    text = (
        "Sir Keir Starmer met Ms Anna Kowalska in Warsaw.\n\n"
        "\u201cWe agreed on a great deal,\u201d she said.\n\n"
        "\u201cThe talks were useful,\u201d he said."
    )
    assert [s for _, s, _ in _q(text)] == ["Anna Kowalska", "Sir Keir Starmer"]


def test_title_short_forms_and_typo():
    text = (
        "Sir Keir Starmer has spoken.\n\n"
        "\u201cWe are ready,\u201d Sir Keir said.\n\n"
        "\u201cWe are really ready,\u201d Sir Kier said.\n\n"
        "\u201cWe are still ready,\u201d Starmer said."
    )
    assert {s for _, s, _ in _q(text)} == {"Sir Keir Starmer"}


def test_role_resolves_to_named_person():
    text = (
        "Prime Minister Keir Starmer met his Albanian counterpart Edi Rama.\n\n"
        "\u201cWe talked about migration,\u201d the prime minister said."
    )
    assert _q(text)[0][1] == "Keir Starmer"


def test_organisation_and_the_company():
    text = (
        "Software maker Lumora Systems said it would cut jobs.\n\n"
        '"These decisions are never easy," the company said.\n\n'
        '"We are disappointed," the Home Office said.'
    )
    assert [s for _, s, _ in _q(text)] == ["Lumora Systems", "Home Office"]


def test_according_to():
    text = "\u201cNot proof yet, but a promising sign,\u201d according to Prof Bartosz Lemiesz, a co-author."
    assert _q(text) == [("Not proof yet, but a promising sign,", "Bartosz Lemiesz", "direct")]


def test_colon_intro_with_verb_and_bare_name():
    text = (
        "Greta Vollmann opened the case.\n\n"
        "She told the court: \u201cThis attack was planned for weeks.\u201d\n\n"
        "Besnik Doraj spoke next.\n\n"
        "Doraj: \u201cWe turned every offer down.\u201d"
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("This attack was planned for weeks.", "Greta Vollmann", "told"),
        ("We turned every offer down.", "Besnik Doraj", ":"),
    ]


def test_partial_quotes_need_speech_context():
    text = (
        "Shadow transport secretary Hugo Penrith dismissed the scheme as \u201ca box-ticking stunt\u201d "
        "and claimed the department had \u201clost the plot\u201d."
    )
    assert _q(text) == [
        ("a box-ticking stunt", "Hugo Penrith", "partial"),
        ("lost the plot", "Hugo Penrith", "partial"),
    ]


def test_single_quote_outlet_with_apostrophes():
    text = (
        "Danny Polglase has fished since the \u201970s.\n\n"
        "\u2018I don\u2019t know what the Tories\u2019 plans are, and it\u2019s five o\u2019clock,\u2019 he says. "
        "\u2018Rock \u2019n\u2019 roll.\u2019"
    )
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "I don\u2019t know what the Tories\u2019 plans are, and it\u2019s five o\u2019clock, "
            "Rock \u2019n\u2019 roll.",
            "Danny Polglase",
        )
    ]


def test_straight_single_quotes_primary():
    text = "Joe Bloggs spoke.\n\n'We can't go back to the '90s,' Bloggs said."
    assert _q(text) == [("We can't go back to the '90s,", "Joe Bloggs", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        "Police are hunting Ronald \u201cRonnie\u201d Smith after the raid.",  # nickname
        "Experts dismissed the so-called \u201cexperts\u201d at the meeting, he said.",  # scare quote
        "She has read \u201cThe Grapes of Wrath\u201d twice.",  # title
        "The raid was part of Operation \u201cFalcon Strike\u201d last year.",  # operation name
        "The planet\u2019s nickname, \u201cSoggy\u201d, looks likely to stick.",  # no speech context
        "Markets Live: Freedonia\u2019s exports rose faster than forecast",  # heading-like line
        "It was the UK\u2019s best result since the \u201990s, the country\u2019s capital said.",  # apostrophes
    ],
)
def test_traps_are_not_quotes(text):
    assert extract_quotes(text) == []


def test_heading_blocks_hold_no_quotes():
    text = "\u201cWe will win\u201d, says PM\n\nThe prime minister spoke."
    blocks = [Block("heading", 0, 25, 1), Block("paragraph", 27, len(text))]
    assert extract_quotes(text, blocks) == []


def test_unattributed_direct_quote_kept_with_no_speaker():
    text = "Protesters chanted \u201cBooks for kids, not bonuses for bosses!\u201d as they marched."
    got = _q(text)
    assert got == [("Books for kids, not bonuses for bosses!", None, "direct")]


def test_empty_and_markless_text():
    assert extract_quotes("") == []
    assert extract_quotes("No quotes here at all.") == []


def _gold():
    path = DATA / "gold.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("quotes_gold", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["quotes_gold"] = mod
    spec.loader.exec_module(mod)
    return mod.load_gold(DATA)


def _norm(s):
    return " ".join((s or "").replace("\u2019", "'").replace("\u2018", "'").lower().split())


def test_gold_set_scores():
    """Span F1 >= 0.95 and end-to-end (span and speaker) F1 >= 0.92 on the gold set."""
    arts = _gold()
    if not arts:
        pytest.skip("no gold set")
    tp = fp = fn = both = 0
    for art in arts:
        pred = [(_norm(q.text), _norm(q.speaker) if q.speaker else None) for q in extract_quotes(art["text"])]
        used = set()
        for g in art["gold"]["quotes"]:
            gt = (_norm(g["text"]), _norm(g["speaker"]) if g["speaker"] else None)
            hit = next((i for i, p in enumerate(pred) if i not in used and p[0] == gt[0]), None)
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            both += pred[hit][1] == gt[1]
        fp += len(pred) - len(used)
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    e2e = 2 * both / max(1, 2 * tp + fp + fn)
    assert f1 >= 0.95, f1
    assert e2e >= 0.92, e2e


# -- fast paths must match the plain code they replace ------------------------

_FAST_PATH_TEXT = (
    "Pieter van Haelst met al-Rashid and van der Berg, de Gaulle's heirs. The prime minister, "
    "Sir Keir Starmer, told the co-founder of Start-Up Ltd: \u201cWe will,\u201d he said. Its chief "
    "executive-led board and the minister\u2019s aide said so. He said his view was that her own "
    "deputy head-teacher wrote to the start-up. She\nHe her. la Liga, ten Hag, ter Stegen, ibn "
    "Saud, della Rovere; x-van Berg, Sullivan Berg. U.S. officials, e.g. Dr. Smith_Jones 3.5 "
    "per cent, according to the council's leader. \u201cNo,\u201d said Ms Brierley, who hit back.\n\n"
    "According to the police. Their spokesperson said: \u2018fine\u2019. His \u201cHome\u201d "
    "the the minister, the deputy prime minister Angela Brierley. Quarnby A&M. He said. Vexley F.C. The club."
)


def _fast_path_texts():
    import random

    words = _FAST_PATH_TEXT.replace("\n", " ").split(" ")
    seps = [" ", " ", " ", "\n", "\n\n", ". ", ", ", "-", "'", ": \u201c", "\u201d "]
    rnd = random.Random(5)
    yield _FAST_PATH_TEXT
    for f in sorted(DATA.glob("*.txt")):
        yield f.read_text(encoding="utf-8")
    for _ in range(300):
        yield "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 40)))


def _runs_by_the_plain_regex(names, text):
    """RUN_RE's runs, each cut where a sentence ends inside it ("Quarnby A&M. He said"), the rest read on."""
    out, m = [], names.RUN_RE.search(text)
    while m is not None:
        cut = names._SENTENCE_IN_RUN_RE.search(text, m.start(), m.end())
        out.append((m.start(), cut.start() + 1) if cut else m.span())
        m = names.RUN_RE.search(text, cut.end() if cut else m.end())
    return out


def test_fast_paths_match_plain_regexes():
    import re

    from reader.quotes import cues, names, registry, tokens
    from reader.quotes import lexicon as lx

    verbs = ["according to", "went on", *cues._ANSWERING_BACK, *(v for v in lx.SPEECH_VERBS if v not in cues._BEGIN)]
    flat = re.compile(r"\b(?:" + "|".join(sorted(verbs, key=len, reverse=True)) + "|" + cues._BEGIN_PATTERN + r")\b")
    for text in _fast_path_texts():
        # Name runs: capitals first, leading particle added back (and cut where a sentence ends inside one).
        assert names.run_spans(text) == _runs_by_the_plain_regex(names, text)
        # Pronouns: prefiltered search finds what the full scan finds.
        got = [m.span() for m in tokens.prefiltered(registry.PRONOUN_RE, registry.PRONOUN_CAND_RE, text)]
        assert got == [m.span() for m in registry.PRONOUN_RE.finditer(text)]
        # Trie alternation == flat longest-first alternation.
        assert [m.span() for m in cues.VERB_RE.finditer(text)] == [m.span() for m in flat.finditer(text)]
        # Tokens read from the right == tokens read from the left, reversed.
        for lo, hi in ((0, len(text)), (3, min(len(text), 70)), (len(text) // 2, len(text))):
            lo = min(lo, hi)
            toks = tokens.words(text, lo, hi)
            assert list(tokens.rwords(text, lo, hi)) == toks[::-1]
            assert tokens.last_word(text, lo, hi) == (toks[-1] if toks else None)
            assert tokens.first_word(text, lo, hi) == (toks[0] if toks else None)


def test_alternation_tries_longer_words_first():
    import re

    from reader.quotes.tokens import alternation

    ws = ["co", "co-founder", "chief", "chief executive", "exec", "executive", "a-b", "a"]
    flat = re.compile(r"\b(" + "|".join(sorted(ws, key=len, reverse=True)) + r")(?= |$)")
    trie = re.compile(r"\b(" + alternation(ws) + r")(?= |$)")
    for text in ["the co-founder and co said", "chief executive chief exec", "a-b a a-bc"]:
        assert [m.group(1) for m in trie.finditer(text)] == [m.group(1) for m in flat.finditer(text)]


# -- attribution that generalises (held-out failure classes) ---------------


def _speakers(text: str) -> dict[str, str | None]:
    """The speaker the rules find for each quote (their guess, however doubtful: the rules are under test)."""
    return {q.text: q.speaker for q in extract_quotes(text, unclear_below=0.0)}


def _assert_openings(cases: list[tuple[str, str, str | None]]) -> None:
    """For each (text, opening, speaker): the one quote opening with ``opening`` has that speaker (or none)."""
    for text, opening, speaker in cases:
        got = [s for q, s in _speakers(text).items() if q.startswith(opening)]
        assert got == [speaker], text


def test_dateline_capitals_are_not_speakers():
    text = (
        "TOLEDO, Ohio (AP) \u2014 Officers arrested two men on Friday, police said.\n\n"
        "Police said one of them told a cashier to \u201chand over the cash drawer now.\u201d"
    )
    assert _speakers(text).get("hand over the cash drawer now.") is None


def test_tickers_and_data_vendors_are_not_organisations():
    text = (
        "Shares in Brackwater Steel fell 9% and were among the biggest fallers on the FTSE 250 index, "
        "according to LSEG data.\n\n"
        "\u201cOrders from builders have slowed sharply this quarter,\u201d the company said."
    )
    assert _speakers(text)["Orders from builders have slowed sharply this quarter,"] == "Brackwater Steel"


def test_street_junctions_are_not_organisations():
    text = (
        "The van crashed at the junction of Mill Road and Station Avenue on Monday.\n\n"
        "Police said the driver had been going \u201cfar too fast for a residential street\u201d "
        "before the crash, according to the Norbridge Police Department."
    )
    assert _speakers(text)["far too fast for a residential street"] == "Norbridge Police Department"


def test_contractions_are_not_speakers():
    text = (
        "\u201cWhat can we do? They'll write back saying 'we have noted your concerns' and "
        "nothing will change,\u201d said Ellen Parr."
    )
    quotes = extract_quotes(text)
    nested = [q for q in quotes if q.text.startswith("we have noted")]
    assert nested and nested[0].speaker is None


def test_constituency_phrase_is_not_a_name():
    text = (
        "Morag Lindsay, the Scottish National Party MP for Kelvin Braes and Dunmore, said the vote was lost.\n\n"
        "He said nothing. She said: \u201cWe will bring it back next session and we will win it.\u201d"
    )
    assert _speakers(text)["We will bring it back next session and we will win it."] == "Morag Lindsay"


@pytest.mark.parametrize("rank", ["Det Con", "DC", "PC", "Det Sgt", "DS", "Ch Insp", "Supt", "Cpl", "Lt.", "Capt"])
def test_police_and_military_ranks_are_dropped(rank):
    text = f"Speaking outside court, {rank} Joseph Amberley said: \u201cThis was a cruel and planned attack.\u201d"
    assert _speakers(text)["This was a cruel and planned attack."] == "Joseph Amberley"


def test_organisation_names_keep_commas_and_possessives():
    text = (
        "A spokeswoman for the Department for Energy, Water and Rural Trade said the scheme was "
        "\u201cfully funded until 2030\u201d.\n\n"
        "Bakery chain Pemberton\u2019s is closing 12 shops. The firm said the sites were "
        "\u201cno longer profitable in any form\u201d."
    )
    got = _speakers(text)
    assert got["fully funded until 2030"] == "Department for Energy, Water and Rural Trade"
    assert got["no longer profitable in any form"] == "Pemberton\u2019s"


def test_pronoun_prefers_the_last_speaker_over_an_earlier_known_gender():
    text = (
        "\u201cWe have made a start,\u201d Mr Harold Benn said.\n\n"
        "The residents\u2019 group disagreed. Its secretary, Kiran Osei, said the plan was "
        "\u201ca sticking plaster on a broken leg\u201d.\n\n"
        "\u201cWe will keep going until the council listens,\u201d he said."
    )
    assert _speakers(text)["We will keep going until the council listens,"] == "Kiran Osei"


def test_pronoun_not_stolen_by_unknown_gender_person_who_mentions_him():
    text = (
        "Mr Tobias Renner has run the bakery for thirty years.\n\n"
        "His assistant, Kit Okafor, described him as \u201cthe hardest-working man in the town\u201d.\n\n"
        "Asked about retiring, he laughed. \u201cNot while I can still lift a sack of flour,\u201d he said."
    )
    assert _speakers(text)["Not while I can still lift a sack of flour,"] == "Tobias Renner"


def test_possessive_after_relative_clause_teaches_no_gender():
    text = (
        "Ms Alma Reyes has directed 40 plays. Her partner, the lighting designer Kit Brandt, "
        "who has lit most of her shows, is unimpressed.\n\n"
        "\u201cEvery opening night I swear it is the last,\u201d she says."
    )
    assert _speakers(text)["Every opening night I swear it is the last,"] == "Alma Reyes"


def test_quote_after_a_speech_sentence_in_the_same_paragraph():
    text = (
        "Fund manager Petra Olsen, of Nordhavn Capital, said the firm was keeping its stake. "
        "\u201cWe think the business will be worth far more in five years.\u201d"
    )
    assert _speakers(text)["We think the business will be worth far more in five years."] == "Petra Olsen"


def test_age_in_brackets_and_following_paragraph():
    text = (
        "Pensioner Bridget Walsh (79), who has shopped there since 1970, said: "
        "\u201cIt was the heart of the street.\u201d\n\n"
        "\u201cWhere will any of us go now? Nobody has told us anything at all.\u201d"
    )
    got = _speakers(text)
    assert got["It was the heart of the street."] == "Bridget Walsh"
    assert got["Where will any of us go now? Nobody has told us anything at all."] == "Bridget Walsh"


def test_indefinite_role_points_to_the_next_named_person():
    text = (
        "A senior minister has accused the regulator of \u201csleeping at the wheel\u201d.\n\n"
        "Roisin Calder, the minister for digital affairs, said the failures were serious."
    )
    assert _speakers(text)["sleeping at the wheel"] == "Roisin Calder"


def test_indefinite_role_without_a_named_person_stays_unknown():
    text = (
        "A government source said Mr Ian Tolley was \u201cplaying games with the figures\u201d.\n\nMr Tolley denied it."
    )
    assert _speakers(text)["playing games with the figures"] is None


def test_nested_quote_with_a_cue_inside_gets_the_inner_speaker():
    text = (
        "Opposition MP Gareth Lowe said: \u201cI asked her directly. The minister, Ms Hannah Pryce, "
        "told me \u2018not a hope\u2019. She said it twice.\u201d"
    )
    got = _speakers(text)
    assert got["not a hope"] == "Hannah Pryce"


def test_nested_quote_from_an_unnamed_role_gets_no_speaker():
    text = (
        "\u201cShe was joking with the nurse about the food,\u201d Ms Clara Diaz said. "
        "\u201cThe nurse said, \u2018Mrs Diaz, it is hospital food,\u2019 and she laughed.\u201d"
    )
    got = _speakers(text)
    assert got["Mrs Diaz, it is hospital food,"] is None


def test_single_quoted_word_without_speech_context_is_dropped():
    text = (
        "Dr Lena Ford said the birds seem to \u201csee\u201d magnetic fields when they migrate.\n\n"
        "Tom Price, who goes by the nickname \u201cTrapper,\u201d was arrested on Monday."
    )
    assert extract_quotes(text) == []


def test_single_quoted_word_after_speech_context_is_kept():
    text = "Paul Quinn (64) said he was \u2018devastated\u2019 to be closing the shop after 40 years."
    assert _speakers(text) == {"devastated": "Paul Quinn"}


# -- attribution classes (extractor version 3) ---------------------------------


def test_given_name_gives_gender_for_a_later_she():
    text = (
        "The Polish director Agnieszka Wrona has won the main prize at the Harbourside festival.\n\n"
        "Accepting the award, Wrona thanked her grandmother, whose letters inspired the film.\n\n"
        "\u201cShe kept every letter she ever received,\u201d she said.\n\n"
        "The jury president, Dame Petra Olsen, called it \u201ca quiet triumph\u201d."
    )
    got = _speakers(text)
    assert got["She kept every letter she ever received,"] == "Agnieszka Wrona"
    assert got["a quiet triumph"] == "Dame Petra Olsen"


def test_role_subject_of_speech_verb_is_the_topic_of_a_later_he():
    text = (
        "Amir Haddad, from Dover, died in the crash in May.\n\n"
        "The area coroner for Kent, Geoffrey Lamb, recorded a conclusion of misadventure.\n\n"
        "The coroner said he would write to the highways authority.\n\n"
        "\u201cThe warnings were clear and they were ignored,\u201d he said."
    )
    assert _speakers(text)["The warnings were clear and they were ignored,"] == "Geoffrey Lamb"


def test_shadow_role_is_not_the_role_itself():
    text = (
        "The chancellor has ruled out a rise in fuel duty, insisting drivers \u201chave paid enough\u201d.\n\n"
        "Speaking in Leeds, Ruth Okafor said the decision was final.\n\n"
        "Shadow chancellor Tomas Reid said the plan was \u201cunfunded\u201d."
    )
    got = _speakers(text)
    assert got["have paid enough"] == "Ruth Okafor"
    assert got["unfunded"] == "Tomas Reid"


def test_the_company_is_the_business_not_the_union():
    text = (
        "Shares in Carrowby, the homeware retailer, fell 9% on Monday after it announced closures.\n\n"
        "The shopworkers\u2019 union Tillforce called the cuts \u201cbrutal\u201d.\n\n"
        "\u201cWe have had to make difficult choices about the estate,\u201d the company said."
    )
    got = _speakers(text)
    assert got["We have had to make difficult choices about the estate,"] == "Carrowby"


def test_demonym_and_age_refer_to_the_story_subject():
    text = (
        "Lucas Brennan beat fourth seed Pavel Novak in straight sets on Tuesday.\n\n"
        "The 24-year-old Briton, ranked 80th in the world, described it as \u201cthe win of my life\u201d.\n\n"
        "But Novak, who has been injured, said he had no excuses.\n\n"
        "\u201cHe was better than me today, simple as that,\u201d the Czech said."
    )
    got = _speakers(text)
    assert got["the win of my life"] == "Lucas Brennan"
    assert got["He was better than me today, simple as that,"] == "Pavel Novak"


def test_descriptor_before_a_name_is_not_part_of_it():
    text = (
        "Spain\u2019s Lucia Ortega won the final. She said: \u201cI am so happy for my team.\u201d\n\n"
        "Franchisee Raj Malhotra, who owns the shop, said: \u201cShe never misses a shift.\u201d"
    )
    got = _speakers(text)
    assert got["I am so happy for my team."] == "Lucia Ortega"
    assert got["She never misses a shift."] == "Raj Malhotra"


def test_long_appositive_between_subject_and_verb():
    text = (
        "Sigrun Haldorsen, a marine biologist at the Institute for Coastal Research in Tromso, Norway, "
        "who took no part in the survey, called the results \u201cdeeply worrying\u201d.\n\n"
        "Det Insp Mark Hale, of Northshire Police, who led the inquiry, said: \u201cThis was planned.\u201d\n\n"
        "Its head of research, Dr Kemi Adebayo, said: \u201cWe need more data.\u201d"
    )
    got = _speakers(text)
    assert got["deeply worrying"] == "Sigrun Haldorsen"
    assert got["This was planned."] == "Mark Hale"
    assert got["We need more data."] == "Kemi Adebayo"


def test_statement_read_on_someones_behalf():
    text = (
        "Sgt Alan Moss said: \u201cThe officer is recovering well.\u201d\n\n"
        "Outside court, Sgt Moss read a statement from PC Jenna Hall: \u201cI am grateful to everyone who helped me.\u201d"
    )
    got = _speakers(text)
    assert got["I am grateful to everyone who helped me."] == "Jenna Hall"


def test_written_notices_and_messages():
    text = (
        "Manager Sarah Doyle said: \u201cWe are heartbroken.\u201d\n\n"
        "A sign taped to the shop door on Friday read: \u201cThank you for 20 happy years.\u201d\n\n"
        "The court heard that Gary Flint had sent his neighbour a series of texts, including one that read: "
        "\u201cYou will regret this.\u201d"
    )
    got = _speakers(text)
    assert got["Thank you for 20 happy years."] is None
    assert got["You will regret this."] == "Gary Flint"


def test_crowds_and_unnamed_people_get_no_speaker():
    text = (
        "Cllr Derek Shaw said the plan was \u201cthe best we could do\u201d.\n\n"
        "As the vote was read out, a woman near the rear doors shouted: \u201cShame on you!\u201d\n\n"
        "As he left the stage, a group of fans began chanting \u201cOne more year!\u201d\n\n"
        "The meeting ended with a chant of \u201cSave our pool!\u201d"
    )
    got = _speakers(text)
    assert got["Shame on you!"] is None
    assert got["One more year!"] is None
    assert got["Save our pool!"] is None


# -- fast paths checked against the plain versions ---------------------------

_FAST_PATH_TEXTS = [
    "Mr O'Neill said: \u201cIt's 5.30p.m., isn't it?\u201d  -- the U.S. co-op's e.g. plan",
    "  the  chief executive,Dr. Ann-Marie Lee  said\u2019s x.y  \u201cHe\u201d said. She\u2026 his her Her",
    "Their spokesperson\u2019s view: Theirs, Thehe, its Its the prime minister's office said",
    "",
    " ",
]


def _fast_path_texts() -> list[str]:
    texts = list(_FAST_PATH_TEXTS)
    data = Path(__file__).parent / "data"
    for p in sorted(data.glob("quotes*/*.txt"))[:12]:
        texts.append(p.read_text(encoding="utf-8"))
    return texts


def test_lazy_words_and_rwords_match_plain_words():
    from reader.quotes.tokens import LazyWords, rwords, words

    for text in _fast_path_texts():
        n = len(text)
        for lo in range(0, n, max(1, n // 40)):
            for hi in (lo, lo + 1, lo + 7, lo + 60, lo + 160, n):
                hi = min(hi, n)
                plain = words(text, lo, hi)
                assert list(rwords(text, lo, hi)) == plain[::-1]
                lazy = LazyWords(text, lo, hi)
                for i in (0, 1, 3, 2, 10, 5):
                    assert lazy.has(i) == (i < len(plain))
                    assert lazy.t == plain[: len(lazy.t)]
                lazy.has(10**6)
                assert lazy.t == plain


def test_rewritten_regexes_match_plain_ones():
    import re

    from reader.quotes import lexicon as lx
    from reader.quotes import registry
    from reader.quotes.tokens import alternation

    pron = re.compile(r"(?=[HSh])\b(?:He|She|his|her)\b")
    role = re.compile(
        r"(?=[TtHhIiMmOo])\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Oo]ur) ((?:[a-z\-]+ ){0,2}?(?:"
        + alternation(lx.ROLE_HEADS | lx.ORG_HEADS)
        + r"))\b(?! [A-Z])(?!['\u2019])"
    )
    for text in _fast_path_texts():
        for pos in (0, 1, 5):
            fast = [m.span() for m in registry.PRONOUN_CAND_RE.finditer(text, pos)]
            assert fast == [m.span() for m in pron.finditer(text, pos)]
            assert [(m.span(), m.group(1)) for m in registry.ROLE_MENTION_RE.finditer(text, pos)] == [
                (m.span(), m.group(1)) for m in role.finditer(text, pos)
            ]


def test_find_spans_counts_the_primary_family_as_primary_family_does():
    # find_spans decides the family in its own pass over the marks; it must
    # agree with primary_family, headings included in the count.
    from reader.quotes import extract as ex
    from reader.quotes.marks import find_spans, primary_family

    texts = list(_fast_path_texts()) + [
        '\u2018Cheers\u2019 and \u2018Friends\u2019\n\nShe said \u2018we won\u2019 and "maybe".',
        "'Title' here\n\nHe said 'it is done' and 'over', then \"fine\".",
    ]
    for text in texts:
        paras = ex.paragraphs(text, None)
        for heads in (set(), {0}):
            ps = [(s, e, "heading" if i in heads else k) for i, (s, e, k) in enumerate(paras)]
            want = find_spans(text, ps, primary_family(text))
            assert find_spans(text, ps) == want


def test_recent_kind_matches_recent_with_a_predicate():
    from reader.quotes.registry import Registry
    from reader.quotes.story import Story

    for text in _fast_path_texts():
        story = Story(Registry(text, []))
        for pos in range(0, len(text) + 1, max(1, len(text) // 50)):
            assert story.recent_kind(pos, "org") == story.recent(pos, lambda e: e.kind == "org")
            assert story.recent_kind(pos, "person", strong=True) == story.recent(
                pos, lambda e: e.kind == "person" and e.strong
            )


def test_early_full_name_resolves_a_far_later_short_form():
    filler = "\n\n".join(
        f"The council met on day {i} to discuss the budget for roads and schools in the district." for i in range(40)
    )
    text = (
        "Housing Minister Angela Brierley visited the estate on Monday.\n\n"
        + filler
        + "\n\n\u201cWe will rebuild every home,\u201d Ms Brierley said.\n\n"
        + "\u201cThe work starts in spring,\u201d the minister added."
    )
    qs = extract_quotes(text)
    assert [q.speaker for q in qs] == ["Angela Brierley", "Angela Brierley"]


# -- version 4: attribution classes from unseen copy ---------------------------


def _who(text: str) -> list[tuple[str, str | None]]:
    """Each quote and the speaker the rules find (their guess, however doubtful)."""
    return [(q.text, q.speaker) for q in extract_quotes(text, unclear_below=0.0)]


def test_each_speaker_says_how_it_was_found_and_how_likely_it_is_right():
    from reader.model import QUOTE_METHODS
    from reader.quotes.confidence import CHECK_BELOW

    text = (
        "\u201cWe will appeal,\u201d said Ottilie Vanterpool, the borough's housing minister.\n\n"
        "\u201cThe ruling is wrong,\u201d she said.\n\n"
        "\u201cIt will cost jobs.\u201d\n\n"
        "The housing minister later spoke again. \u201cWe expected better,\u201d the minister said.\n\n"
        "\u201cA long and entirely unattributed sentence about something else entirely,\u201d reads a sign."
    )
    got = extract_quotes(text)
    assert [(q.speaker, q.method) for q in got[:4]] == [
        ("Ottilie Vanterpool", "name"),
        ("Ottilie Vanterpool", "pronoun"),
        ("Ottilie Vanterpool", "previous paragraph"),
        ("Ottilie Vanterpool", "role"),
    ]
    for q in got:
        assert (q.method is None) == (q.speaker is None) == (q.confidence is None)
        if q.method:
            assert q.method in QUOTE_METHODS and 0.5 <= q.confidence <= 1.0
    # Named right beside the quote is surer than carried over from the paragraph before.
    assert got[0].confidence >= CHECK_BELOW and got[0].confidence > got[2].confidence


def test_a_doubtful_speaker_is_left_unclear_rather_than_guessed():
    # No speech verb, a colon after the reporter's summary, the speaker carried over from the paragraph
    # before: on new copy such speakers were wrong as often as right, so the reader is told "unclear".
    text = (
        "Quessa Vexley has run the bakery on Osric Street for a decade.\n\n"
        "Asked about the fashion for sourdough, she laughed. \u201cEveryone is a baker now,\u201d she said.\n\n"
        "On why she has turned down offers to open a second shop: "
        "\u201cBecause then I would be a manager, not a baker.\u201d"
    )
    guessed = extract_quotes(text, unclear_below=0.0)
    shown = extract_quotes(text)
    assert [(q.speaker, q.method) for q in guessed] == [
        ("Quessa Vexley", "pronoun"),
        ("Quessa Vexley", "previous paragraph"),
    ]
    assert guessed[1].confidence < 0.5 <= guessed[0].confidence
    assert [(q.speaker, q.method, q.confidence) for q in shown] == [
        ("Quessa Vexley", "pronoun", guessed[0].confidence),
        (None, None, None),
    ]


def test_the_confidence_model_reads_every_feature_and_nothing_else():
    from reader.quotes.confidence import FEATURES, WEIGHTS, features
    from reader.quotes.extract import Extractor, paragraphs

    assert set(WEIGHTS) == {*FEATURES, "bias"}
    text = "\u201cWe will appeal,\u201d said Ottilie Vanterpool.\n\n\u201cIt will cost jobs.\u201d"
    ex = Extractor(text, paragraphs(text, None))
    quotes = ex.run(unclear_below=0.0)
    got = features(text, ex.paras, ex.reg, quotes)
    assert [set(f) for f in got] == [set(FEATURES)] * 2
    assert all(0.0 <= v <= 1.5 for f in got for v in f.values())


def test_lowercase_role_words_before_a_name_after_the_verb():
    text = (
        "\u201cWe raised the money in a fortnight,\u201d said parish council chair Elspeth Moray.\n\n"
        "\u201cThe talks are over,\u201d according to transport ministry spokesperson Lars Vinterberg."
    )
    assert [s for _t, s in _who(text)] == ["Elspeth Moray", "Lars Vinterberg"]


def test_job_word_capitalised_before_a_two_word_name_is_no_part_of_it():
    text = "Wicketkeeper Ruairi O'Dowd took four catches.\n\n\u201cI just guessed left both times,\u201d said O'Dowd."
    assert _who(text) == [("I just guessed left both times,", "Ruairi O'Dowd")]


def test_title_with_an_organisation_word_then_a_full_name_is_a_person():
    text = (
        "Speaking in Leeds, State Industries Minister Devika Raman-Holt said: \u201cThe plant will open in May.\u201d"
    )
    assert _who(text) == [("The plant will open in May.", "Devika Raman-Holt")]


def test_irish_surname_particle_links_the_short_form():
    text = (
        "The play is directed by Siobh\u00e1n N\u00ed Dhuibhir.\n\n"
        "\u2018I wanted it to feel like rain,\u2019 says N\u00ed Dhuibhir."
    )
    assert _who(text) == [("I wanted it to feel like rain,", "Siobh\u00e1n N\u00ed Dhuibhir")]


def test_law_named_after_someone_is_not_a_person():
    text = (
        "Gemma Strand, 31, died after eating a biscuit, the hearing was told. The product fell outside Natalie's Law.\n\n"
        "Her sister Ruth Strand said: \u201cShe asked the waiter, \u2018Is there any sesame in this?\u2019 and he said no.\u201d"
    )
    qs = {q.text: q.speaker for q in extract_quotes(text)}
    assert qs["Is there any sesame in this?"] == "Gemma Strand"


@pytest.mark.parametrize("cue", ["officials said", "according to officials"])
def test_bare_officials_name_nobody(cue):
    text = (
        "Harbour Board chief Colm Reyes opened the new pier on Friday.\n\n"
        f"\u201cThe pier will be closed again on Sunday for repairs,\u201d {cue}."
    )
    assert _who(text)[-1] == ("The pier will be closed again on Sunday for repairs,", None)


def test_indefinite_person_with_a_prepositional_phrase_is_unnamed():
    text = (
        "Tamsin Hale runs the Calder Valley Swimming Club.\n\n"
        "\u2018My first winter was hard,\u2019 she says. \u2018A man in my running club said, \u201cJust get in and "
        "count to ten,\u201d and he was right.\u2019\n\n"
        "An engineer at the council, who preferred not to be named, said the pool had been \u201cheld together with tape\u201d."
    )
    qs = {q.text: q.speaker for q in extract_quotes(text)}
    assert qs["Just get in and count to ten,"] is None
    assert qs["held together with tape"] is None


def test_said_before_the_subject_of_a_reported_clause():
    text = (
        "Nordlys launched a chatbot called Skald last month.\n\n"
        "Jo Marr, a tester at the firm, confirmed the delay. Another tester, speaking privately, said Skald "
        "had been \u201cpushed out far too early\u201d."
    )
    assert _who(text)[-1] == ("pushed out far too early", None)


def test_name_given_with_called_is_a_title_not_a_quote():
    text = "The app, called \u201cSkald,\u201d launched last month to strong reviews from users and critics alike."
    assert extract_quotes(text) == []


def test_plural_possessive_organisation_name():
    text = (
        "A strike would be \u201centirely unnecessary\u201d, according to the Royal Nurses\u2019 Federation, "
        "which will ballot members next week."
    )
    assert _who(text) == [("entirely unnecessary", "Royal Nurses\u2019 Federation")]


def test_dotted_acronym_and_parenthesised_acronym_keep_the_full_name():
    text = (
        "A spokesperson for the U.S. Geological Survey said the agency \u201cis monitoring the fault closely\u201d.\n\n"
        "The State Emergency Service (SES) issued new warnings.\n\n"
        "\u201cDo not drive through floodwater,\u201d the SES said."
    )
    assert [s for _t, s in _who(text)] == ["U.S. Geological Survey", "State Emergency Service"]


def test_single_word_partial_after_a_speech_verb_or_called_a():
    text = (
        "Minister Aino Virtanen rejected what she called a \u201ctake-it-or-leave-it\u201d offer.\n\n"
        "The actor Colm Deasy admitted that dancing \u201cterrifies\u201d him."
    )
    assert _who(text) == [("take-it-or-leave-it", "Aino Virtanen"), ("terrifies", "Colm Deasy")]


def test_national_adjective_before_a_role_is_not_the_organisation():
    text = (
        "The European Commission tabled its offer on Tuesday.\n\n"
        "\u201cNo capital wants a tariff fight,\u201d said a European diplomat who spoke anonymously."
    )
    assert _who(text)[-1] == ("No capital wants a tariff fight,", None)


def test_it_said_after_a_statement_on_behalf_of_someone():
    text = (
        "The Fire Safety Agency is reviewing the case.\n\n"
        "Outside court, the family\u2019s lawyer read out a statement on behalf of Tom\u2019s father, Neil Brack. "
        "It said: \u201cTom gave this harbour everything and got nothing back.\u201d"
    )
    assert _who(text) == [("Tom gave this harbour everything and got nothing back.", "Neil Brack")]


def test_pronoun_after_an_unnamed_witness_is_not_the_named_officer():
    text = (
        "\u201cCall 999 straight away,\u201d said Det Sgt Laura Penn.\n\n"
        "A cyclist, who refused to be identified, told the Post she saw two men sprinting.\n\n"
        "\u201cThey shot by so close I almost lost my balance,\u201d she said."
    )
    assert _who(text)[-1] == ("They shot by so close I almost lost my balance,", None)


def test_locative_prefix_and_date_are_no_part_of_a_company_name():
    text = (
        "Leeds-based Harrowgate Foods Ltd on Tuesday announced 200 jobs.\n\n"
        "Harrowgate Foods said it would \u201chire locally first\u201d."
    )
    assert _who(text) == [("hire locally first", "Harrowgate Foods Ltd")]


# -- version 5: settling names -------------------------------------------------


def test_a_surname_after_names_joined_by_and_is_the_full_name():
    text = (
        "Cosima Pennock and Bram Lisle won the pairs title on Sunday.\n\n\u201cWe never doubted it,\u201d Lisle said."
    )
    assert _who(text) == [("We never doubted it,", "Bram Lisle")]


def test_a_given_name_with_a_shared_surname_is_the_full_name():
    text = "Ada and Rosa Quell, twins from Dunmore, both made the squad.\n\n\u201cWe did it together,\u201d Rosa said."
    assert _who(text) == [("We did it together,", "Rosa Quell")]


def test_a_surname_two_people_share_means_the_same_whether_they_were_named_together_or_apart():
    together = "Ada Quell and Rosa Quell both made the squad.\n\n\u201cWe did it together,\u201d Quell said."
    apart = "Ada Quell made the squad. Rosa Quell did too.\n\n\u201cWe did it together,\u201d Quell said."
    assert _who(together) == _who(apart) == [("We did it together,", "Ada Quell")]


def test_two_people_are_not_one_speaker():
    text = (
        "Cosima Pennock and Bram Lisle won the pairs title on Sunday.\n\n"
        "Pennock and Lisle said they would defend it. \u201cWe will be back,\u201d they said."
    )
    assert _who(text) == [("We will be back,", None)]


def test_an_organisation_named_with_and_keeps_its_name():
    text = "\u201cThe figures are clear,\u201d said the Department of Roads and Harbours."
    assert _who(text)[0][1] in ("Department of Roads and Harbours", "the Department of Roads and Harbours")


def test_a_word_in_capitals_is_no_speaker():
    text = "HARWELL (Wire Service) \u2014 The vote was close.\n\n\u201cWe lost by a street,\u201d HARWELL said."
    assert _who(text) == [("We lost by a street,", None)]


def test_a_plural_title_before_joined_names_is_not_part_of_the_name():
    text = (
        "The ruling was joined by Justices Perrin Cade and Ann Lowry.\n\n\u201cThe line is now a fog,\u201d Cade wrote."
    )
    assert _who(text) == [("The line is now a fog,", "Perrin Cade")]


# -- version 7: weak evidence left unclear ----------------------------------------


def test_a_speaker_the_article_will_not_name_is_unclear_and_so_is_the_next_she():
    text = (
        "Councillor Odeline Brannagh said the depot would close in March.\n\n"
        "A driver at the depot, who preferred not to be named since she worried about her contract, said "
        "the crews had heard nothing. \u201cWe read about it on a noticeboard,\u201d she said.\n\n"
        "\u201cNot one manager has phoned us,\u201d she said."
    )
    got = _speakers(text)
    assert got["We read about it on a noticeboard,"] is None
    assert got["Not one manager has phoned us,"] is None


def test_a_spokesperson_who_is_not_named_still_speaks_for_the_organisation():
    text = (
        "A spokeswoman for Quellfort Water, who wished not to be identified, said: "
        "\u201cEach grievance sent to us is being looked at again.\u201d"
    )
    assert _speakers(text)["Each grievance sent to us is being looked at again."] == "Quellfort Water"


def test_a_he_with_two_men_just_named_is_left_unclear():
    text = (
        "Mr Idris Vantongeren has coached Mr Anselm Oduya since he was 14, and he has scored in each of his last four games.\n\n"
        "\u201cHe is 21 and playing like a veteran,\u201d he said."
    )
    q = extract_quotes(text)[0]
    assert (q.speaker, q.method, q.confidence) == (None, None, None)


def test_a_place_after_a_locative_preposition_is_never_the_speaker():
    text = (
        "Senator Odalys Ferreira-Quint, a Democrat, said her office had heard from many towns.\n\n"
        "\u201cI had a ferryman in Brackwater Quay tell me, \u2018If the boat stops, the town stops,\u2019\u201d "
        "Ferreira-Quint said.\n\n"
        "Forty nurses from across rural Dunmere called the cuts \u201ca slow disaster.\u201d"
    )
    got = {q.text: q.speaker for q in extract_quotes(text)}
    assert got["If the boat stops, the town stops,"] is None
    assert got.get("a slow disaster.") is None  # unattributed, or not listed: never "Dunmere"


def test_the_role_after_an_unnamed_introduction_is_nobody_named():
    text = (
        "Chancellor Wendeline Osterkamp said talks would resume on Monday.\n\n"
        "A senior treasury official was blunter. \u201cNothing is agreed until the numbers add up,\u201d "
        "the official said."
    )
    assert _speakers(text)["Nothing is agreed until the numbers add up,"] is None


def test_a_spokesperson_introduced_for_an_organisation_speaks_for_it():
    text = (
        "A spokesperson for Halverly Provisions said staff had been told on Thursday.\n\n"
        "\u201cWe expect most of them to move to other sites,\u201d the spokesperson said."
    )
    assert _speakers(text)["We expect most of them to move to other sites,"] == "Halverly Provisions"


def test_a_document_speaks_for_whoever_it_is_from():
    letter = (
        "Neighbours published an open letter from the pressure group Friends of Tollan Park asking "
        "Harrowgate District Council to shelve the scheme.\n\n"
        "The letter describes the scheme as \u2018a betrayal of the meadow\u2019."
    )
    bank = (
        "Dunmore Savings Bank cut its rate on Tuesday. Governor Otso Varghese spoke briefly.\n\n"
        "The bank\u2019s statement said the jump in fuel bills was \u201ca passing squall\u201d."
    )
    assert _speakers(letter)["a betrayal of the meadow"] == "Friends of Tollan Park"
    assert _speakers(bank)["a passing squall"] == "Dunmore Savings Bank"


def test_a_pronoun_after_reported_speech_is_the_person_reported():
    text = (
        "\u201cEvery family will have an answer by next year,\u201d Minister Hemi Tarawhiti said.\n\n"
        "The Okonkwo-Brandts are not holding their breath. Ifeoma Okonkwo-Brandt said the family had "
        "stopped counting the months.\n\n"
        "\u201cOur youngest asked if we would ever go home,\u201d she said."
    )
    assert _speakers(text)["Our youngest asked if we would ever go home,"] == "Ifeoma Okonkwo-Brandt"


def test_a_pronoun_in_an_interview_answer_names_only_someone_the_answer_names():
    text = (
        "Drummer Ottavia Brennecke-Lund spoke to the Weekly Ledger. Her answers have been edited.\n\n"
        "Q: Why go it alone this time?\n\n"
        "A: My son, honestly. He heard the rough mixes and said, \u201cThis is the first thing you made for you.\u201d "
        "That stung."
    )
    assert _speakers(text)["This is the first thing you made for you."] is None


def test_a_paragraph_ending_in_a_colon_introduces_the_next_paragraph_s_quote():
    text = (
        "\u201cThe count went to a second round,\u201d said council clerk Ingvild Rasmussen-Oyelaran.\n\n"
        "Mayor Teodor Blackwood-Ashe, who casts a ballot only when members are deadlocked, said afterwards:\n\n"
        "\u201cThe public gallery was packed to the doors, and that made me glad to hold this office.\u201d"
    )
    got = _speakers(text)
    assert (
        got["The public gallery was packed to the doors, and that made me glad to hold this office."]
        == "Teodor Blackwood-Ashe"
    )


def test_a_person_named_after_the_role_that_follows_the_verb_is_the_speaker():
    for attribution in ("according to", "said"):
        text = (
            "The Coastal Safety Board said the ruling was fair.\n\n"
            f"\u201cEach of those drownings could have been avoided,\u201d {attribution} the board\u2019s head of "
            "marine safety, Oriel Vantreight."
        )
        assert _speakers(text)["Each of those drownings could have been avoided,"] == "Oriel Vantreight"


def test_a_short_clause_before_a_colon_names_its_subject_without_a_speech_verb():
    text = (
        "\u201cWhere was she when the ferry subsidy was scrapped?\u201d said Minister Idris Tregaskis-Ojo.\n\n"
        "Ms Wilhelmina Achterkamp came back: \u201cSqueezed into the 6.15 bus, like every other commuter.\u201d"
    )
    assert _speakers(text)["Squeezed into the 6.15 bus, like every other commuter."] == "Wilhelmina Achterkamp"


def test_a_chant_is_nobody_s():
    text = (
        "Coach Ilse Marchetti-Obuya said the win was earned.\n\n"
        "The student section poured onto the court at the buzzer, chanting \u201cNine straight!\u201d "
        "as the squad hugged."
    )
    assert _speakers(text)["Nine straight!"] is None


def test_the_letter_said_speaks_for_the_person_the_sentence_that_mentioned_it_names():
    text = (
        "In a letter posted to account holders on Friday, Thornbury Energy\u2019s chief executive, Isadora "
        "Quennell-Obi, apologised. \u201cWe got this badly wrong, and I take the blame,\u201d the letter said."
    )
    assert _speakers(text)["We got this badly wrong, and I take the blame,"] == "Isadora Quennell-Obi"


def test_a_quote_right_after_a_sentence_about_a_person_doing_something_is_theirs():
    text = (
        "Director Rafael Ocampo-Brandt and writer Mei-lan Guo shot the film over a single summer.\n\n"
        "\u201cThe mill collapsed on the first attempt,\u201d said Ocampo-Brandt.\n\n"
        "Guo, perched next to him, rolled her eyes. \u201cWe only had one mill.\u201d"
    )
    assert _speakers(text)["We only had one mill."] == "Mei-lan Guo"


def test_the_person_who_read_a_statement_out_is_not_who_said_it():
    statement = (
        "In a written tribute read to the jury by the family\u2019s barrister, Ottoline Brackwater-Ames, the boy\u2019s "
        "mother, Lucinda Ferreira-Holt, said: \u201cHe was cheeky, bright and generous.\u201d"
    )
    assert _speakers(statement)["He was cheeky, bright and generous."] == "Lucinda Ferreira-Holt"
    relative = (
        "Her passing was announced by her daughter, Simone Achterberg-Oyo, who said the old woman was "
        "\u201cstill planting bulbs in her head\u201d to the last."
    )
    assert _speakers(relative)["still planting bulbs in her head"] == "Simone Achterberg-Oyo"


def test_the_one_asked_answers():
    text = (
        "Mr Anselm Qvortrup-Hale, the chief executive, said the bonus had gone to charity.\n\n"
        "\u201cHow much went to charity?\u201d asked Mr Obadiah Feltham-Roe.\n\n"
        "\u201cI prefer not to name a sum,\u201d he said."
    )
    assert _speakers(text)["I prefer not to name a sum,"] == "Anselm Qvortrup-Hale"


def test_a_rhetorical_question_does_not_hand_the_next_quote_to_someone_else():
    text = (
        "\u201cYou want me to pay for that?\u201d Mr Ignatius Bellweather-Oyo said.\n\n"
        "He added that he would raise prices. \u201cThey will pay for it,\u201d he said."
    )
    assert _speakers(text)["They will pay for it,"] == "Ignatius Bellweather-Oyo"


def test_the_person_a_question_names_answers_it():
    text = (
        "Mr Anselm Qvortrup-Hale, the chief executive, gave evidence.\n\n"
        "\u201cI think you had better tell us,\u201d Mr Obadiah Feltham-Roe said.\n\n"
        "\u201cWould you drink from the reservoir, Mr Qvortrup-Hale?\u201d asked Lavinia Marchbank-Ude.\n\n"
        "\u201cNot this week, frankly,\u201d he replied."
    )
    assert _speakers(text)["Not this week, frankly,"] == "Anselm Qvortrup-Hale"


def test_reported_speech_with_a_he_inside_leads_to_the_named_speaker():
    text = (
        "Ms Ingeborg Vantreight chaired the meeting.\n\n"
        "Mr Henrik Dalsgaard-Obi told the Courier later that he would push the trustees for a second ballot. "
        "\u201cWe are not finished,\u201d he said."
    )
    assert _speakers(text)["We are not finished,"] == "Henrik Dalsgaard-Obi"


def test_an_indefinite_person_with_words_between_is_nobody_named():
    text = (
        "Councillor Aurelio Benedetti-Quaye defended the plan.\n\n"
        "One elderly tenant, shuffling out of the meeting room with a stick, said simply: "
        "\u201cThey have sold off the last green field.\u201d"
    )
    assert _speakers(text)["They have sold off the last green field."] is None


def test_inside_a_quote_they_said_is_nobody_named():
    text = (
        "Theatre director Casimir Oduya-Brandt said sales were the best in thirty years.\n\n"
        "\u201cEveryone warned us a winter season would flop,\u201d he said. "
        "\u201cThey said, \u2018Stick to the panto.\u2019 Well, look now.\u201d"
    )
    assert _speakers(text)["Stick to the panto."] is None


def test_inside_a_quote_she_is_the_woman_the_quote_names():
    text = (
        "Producer Mikkel Strandgaard-Ovie kept the arrangements bare.\n\n"
        "\u201cWe fought over every chord. Ottoline Varga-Quist wanted everything stripped back,\u201d he said. "
        "\u201cOne evening she said, \u2018One more trumpet and I walk out.\u2019 So no trumpet.\u201d"
    )
    assert _speakers(text)["One more trumpet and I walk out."] == "Ottoline Varga-Quist"


def test_a_document_named_with_its_author_speaks_for_them():
    from_ = (
        "Shares in Oltrepo Freight rose on Monday.\n\n"
        "\u201cThe combined company will have 9,000 lorries,\u201d according to a statement from Vantaggio Haulage."
    )
    sent = (
        "Chief executive Marcus Lindgaard-Obi defended the plan.\n\n"
        "\u201cWe are in the hardest winter we have known,\u201d according to an email Mr Lindgaard-Obi sent to staff."
    )
    assert _speakers(from_)["The combined company will have 9,000 lorries,"] == "Vantaggio Haulage"
    assert _speakers(sent)["We are in the hardest winter we have known,"] == "Marcus Lindgaard-Obi"


def test_the_statement_said_is_whoever_said_it_in_a_statement():
    text = (
        "The Coastal Claims Commission said in a statement that nine in ten files over the "
        "Ohinemutu Quarry collapse, which residents blame on Teodor Anand-Vasquez, were now closed.\n\n"
        "\u201cThe hardest files move slowest,\u201d the statement said."
    )
    assert _speakers(text)["The hardest files move slowest,"] == "Coastal Claims Commission"


def test_said_the_anything_then_a_name_is_that_person():
    text = (
        "Drummer Ruthanne Kowalski-Dye has a new record.\n\n"
        "\u201cFor thirty years I have kept time for other people\u2019s songs,\u201d she said.\n\n"
        "\u201cShe is the pulse under half the tunes on your playlist,\u201d said the singer-songwriter "
        "Marguerite Delacroix-Yeo, who has toured with her."
    )
    assert _speakers(text)["She is the pulse under half the tunes on your playlist,"] == "Marguerite Delacroix-Yeo"


def test_a_hyphenated_role_before_a_name_is_a_title():
    text = "Co-judge Hiroaki Delgado-Frost was gentler. \u201cI can tell what you were aiming at,\u201d said Delgado-Frost."
    assert _speakers(text)["I can tell what you were aiming at,"] == "Hiroaki Delgado-Frost"


def test_turns_in_an_exchange_alternate_between_asker_and_answerer():
    text = (
        "Podcast host Ezinne Harcourt-Obi spoke to the farmer Wendell Okafor-Lindqvist.\n\n"
        "\u201cHow many views did the video get?\u201d she asked.\n\n"
        "\u201cEleven million. My son keeps count,\u201d Okafor-Lindqvist said.\n\n"
        "\u201cDoes that annoy you?\u201d\n\n"
        "\u201cSlightly. Not one person wanted to hear about the barley.\u201d"
    )
    got = _speakers(text)
    assert got["Does that annoy you?"] == "Ezinne Harcourt-Obi"
    assert got["Slightly. Not one person wanted to hear about the barley."] == "Wendell Okafor-Lindqvist"


def test_words_on_a_sign_or_note_are_nobody_s_even_with_a_place_after_the_noun():
    text = (
        "\u201cWe will run sailings that islanders can rely on,\u201d said Ailsa Tormund-Odum.\n\n"
        "By Thursday someone had scrawled a note on the fares board at the slipway: \u201cBack when the ice melts.\u201d\n\n"
        "Helpers pinned a handwritten card on the gate: \u201cDogs allowed. Keep calm.\u201d"
    )
    got = _speakers(text)
    assert got["Back when the ice melts."] is None and got["Dogs allowed. Keep calm."] is None


def test_a_dateline_in_capitals_is_nobody():
    text = (
        "SAN FRANCISCO (Ledgerline) \u2014 The startup raised $40 million on Tuesday.\n\n"
        "In an interview, co-founder Anjali Deshmukh-Ruiz was cautious. \u201cWe will not chase every market at once,\u201d "
        "she said."
    )
    assert _speakers(text)["We will not chase every market at once,"] == "Anjali Deshmukh-Ruiz"


def test_a_partial_quote_inside_reported_speech_is_the_reporting_speaker_s():
    text = (
        "Prison officers\u2019 branch secretary Desmond Okwuosa-Brandt spoke after the report.\n\n"
        "He added that the union has described the staffing gaps as an emergency \u201cin each report we have filed\u201d."
    )
    assert _speakers(text)["in each report we have filed"] == "Desmond Okwuosa-Brandt"


def test_an_organisation_known_by_how_the_sentence_uses_it_not_by_its_words():
    which = (
        "Quellfort Skylines, which flies four routes, rejected the offer.\n\n"
        "\u201cWe have put a fair offer on the table,\u201d Quellfort Skylines said."
    )
    spokes = "A spokeswoman for Halverly Provisions said the recall was \u201cprecautionary\u201d."
    assert _speakers(which)["We have put a fair offer on the table,"] == "Quellfort Skylines"
    assert _speakers(spokes)["precautionary"] == "Halverly Provisions"


def test_legal_forms_come_from_published_data():
    from reader.quotes import lexicon as lx

    assert {"plc", "llc", "gmbh", "inc"} <= lx.LEGAL_FORMS and {"inc", "corp"} <= lx.LEGAL_ABBREVIATIONS
    assert not {"as", "et", "sa"} & lx.LEGAL_FORMS  # two-letter forms that are everyday words stay out


def test_a_pronoun_whose_person_was_named_long_ago_while_another_fits_is_unclear():
    # The resolver prefers the man whose gender it knows (named 650 characters
    # back) over the newcomer whose given name says nothing: a guess, so no name.
    text = (
        "Council member Aleksey Vexmoor opened the hearing by reading the proposal aloud, then the chair called "
        "for public comment, each speaker limited to two minutes. The room was full, and people stood along the "
        "back wall and in the corridor outside, where a loudspeaker relayed the hearing to those who could not "
        "get in. Several had brought placards.\n\n"
        "Wenna Lusk, who has kept a florist's on the high street for 22 years, spoke early on. \"Half of my trade "
        'pulls up at the kerb by my window," she said. "Where do you expect them to stop?"\n\n'
        "She was followed at the microphone by Zoltar Quimby-Ness, a 17-year-old student who was knocked down by "
        "a reversing van while riding to college in March.\n\n"
        '"They can walk a block. I can\'t buy new knees," he said.'
    )
    got = _speakers(text)
    assert got["Half of my trade pulls up at the kerb by my window, Where do you expect them to stop?"] == "Wenna Lusk"
    assert got["They can walk a block. I can't buy new knees,"] is None


def test_a_pronoun_still_follows_the_one_person_it_can_be_however_far_back():
    text = (
        "Althea Parrack opened her bakery in 1998.\n\n"
        + "The street has changed around it since then, with new flats and a tram stop. " * 9
        + "\n\n\u201cI still get up at four,\u201d she said."
    )
    assert _speakers(text)["I still get up at four,"] == "Althea Parrack"


def test_a_nationality_after_for_or_of_ends_no_organisation_s_name():
    from reader.quotes.names import name_pieces

    text = "The club agreed a fee with Quellbrook Athletic for Brazilian striker Osvaldo Pinheiro-Lune."
    pieces = [text[s:e] for s, e in name_pieces(text)]
    assert "Quellbrook Athletic" in pieces and not any("for Brazilian" in p for p in pieces)
    yields = "Yields on Danish ten-year mortgage bonds slipped three basis points."
    assert [yields[s:e] for s, e in name_pieces(yields)] == ["Yields"]
    kept = "A grant from the Department for Transport"
    assert "Department for Transport" in [kept[s:e] for s, e in name_pieces(kept)]


def test_places_after_a_preposition_the_or_another_place_are_no_speakers():
    text = (
        "People in a cluster of hamlets on the Mell Peninsula fear they will be \u2018stranded for months\u2019.\n\n"
        "Growers across Oswick and north Vallan say they expect \u201cthe wettest harvest anyone remembers\u201d.\n\n"
        "In Oswick, Brannoch Teale said: \u201cWe have lost a third of the barley.\u201d"
    )
    got = _speakers(text)
    assert not {"Mell Peninsula", "Vallan", "Oswick"} & set(got.values())
    assert got["We have lost a third of the barley."] == "Brannoch Teale"


def test_mrs_with_a_shared_surname_is_the_wife_not_the_husband():
    text = (
        "Among those he cheated were Wenna and Aleksey Parrock, both in their late eighties. In a written account "
        "given to the judge, Mrs Parrock said: \u2018We saved for this bungalow our whole working lives.\u2019\n\n"
        "Her husband, who is housebound, made no statement."
    )
    assert _speakers(text)["We saved for this bungalow our whole working lives."] == "Wenna Parrock"


def test_two_people_joined_by_and_are_two_names():
    from reader.quotes.names import name_pieces

    text = "Two substitutes, Aleksey Vexwick and Althea Quimbrel, combined for the equaliser."
    assert [text[s:e] for s, e in name_pieces(text)][-2:] == ["Aleksey Vexwick", "Althea Quimbrel"]
    firm = "A grant from the Department of Roads and Social Housing."
    assert "Department of Roads and Social Housing" in [firm[s:e] for s, e in name_pieces(firm)]
    family = "Ada Quell and Rosa Quell both made the squad."
    assert [family[s:e] for s, e in name_pieces(family)][:2] == ["Ada Quell", "Rosa Quell"]


def test_the_subject_of_the_sentence_before_a_quote_is_its_he_or_she():
    text = (
        "Two substitutes, Aleksey Vexwick and Althea Quimbrel, combined for the equaliser.\n\n"
        "\u201cI just shut my eyes,\u201d Quimbrel told the club\u2019s website.\n\n"
        "Vexwick played it down. \u201cAlthea did the clever bit,\u201d he said. \u201cMy job was to stay upright.\u201d"
    )
    assert _speakers(text)["Althea did the clever bit, My job was to stay upright."] == "Aleksey Vexwick"


def test_two_given_names_before_one_surname_are_two_people_of_one_family():
    text = (
        "The drama belonged to brothers Aleksey and Abdolreza Vexwick, the first siblings to compete.\n\n"
        "Back on the farm, Aleksey was unrepentant. \u201cHe is my little brother,\u201d he said."
    )
    assert _speakers(text)["He is my little brother,"] == "Aleksey Vexwick"


def test_her_husband_is_of_her_family_or_nobody():
    text = (
        "Abdolreza and Quessa Quimbrel have lived beside the green for 40 years.\n\n"
        "\u2018This green is where the whole parish meets,\u2019 Mrs Quimbrel told the committee.\n\n"
        "Planning agent Osric Tannahill spoke for the applicant.\n\n"
        "Her husband said the grandchildren played on the green \u2018most days of the summer\u2019.\n\n"
        "Later, Althea Parrack spoke. Her brother said the plan was \u2018a disgrace\u2019."
    )
    got = _speakers(text)
    assert got["This green is where the whole parish meets,"] == "Quessa Quimbrel"
    assert got["most days of the summer"] == "Abdolreza Quimbrel"
    assert got["a disgrace"] is None  # no brother of hers is named: not the nearest man


def test_an_unnamed_person_opening_a_clause_before_a_colon_is_nobody_named():
    text = (
        "\u201cThat is a design flaw,\u201d said Quessa Tannahill, the agency\u2019s director.\n\n"
        "Another reporter pressed her: \u201cPassengers want to know why they should believe you.\u201d\n\n"
        "\u201cI would tell them to watch us,\u201d Tannahill replied."
    )
    got = _speakers(text)
    assert got["Passengers want to know why they should believe you."] is None
    assert got["I would tell them to watch us,"] == "Quessa Tannahill"


def test_the_source_introduced_as_a_source_is_nobody_named_before_or_after():
    text = (
        "The scheme, championed by Health Secretary Quessa Tannahill, would put a \u00a31 levy on each energy drink.\n\n"
        "A senior Treasury source said civil servants had \u201cdeep doubts\u201d over the costings.\n\n"
        "\u201cSomebody did these sums on a napkin,\u201d the source said."
    )
    got = _speakers(text)
    assert got["deep doubts"] is None
    assert got["Somebody did these sums on a napkin,"] is None


def test_a_person_of_a_firm_is_the_speaker_not_the_firm():
    text = (
        "In a note to investors, analyst Osric Tannahill-Vorn of Quimbrel & Vantroy wrote that the downgrade was "
        "\u201cdeeper than anyone had priced in.\u201d"
    )
    assert _speakers(text)["deeper than anyone had priced in."] == "Osric Tannahill-Vorn"


def test_a_department_spokeswoman_speaks_for_the_department():
    departmental = (
        "The Department for Coastal Works refused the grant. Tidewatch Communities wrote an open letter.\n\n"
        "A departmental spokesperson said officials would \u201clook at the policy again in spring\u201d."
    )
    assert _speakers(departmental)["look at the policy again in spring"] == "Department for Coastal Works"
    text = (
        "The Department for Coastal Works refused the grant.\n\n"
        "The villagers, backed by the charity Tidewatch Communities, wrote an open letter.\n\n"
        "Questioned over the letter, a department spokeswoman insisted the secretary of state had studied it "
        "\u201cline by line\u201d."
    )
    assert _speakers(text)["line by line"] == "Department for Coastal Works"


def test_a_named_subject_of_a_clause_before_a_colon_speaks_after_it():
    text = (
        "Aleksey Vexwick was sent off after 50 minutes.\n\n"
        "\u2018The first booking was harsh,\u2019 said the manager, Osric Tannahill.\n\n"
        "Vexwick said sorry to the fans in an online post, writing: \u2018Gutted for the squad. That one is on me.\u2019"
    )
    assert _speakers(text)["Gutted for the squad. That one is on me."] == "Aleksey Vexwick"


def test_a_party_spokeswoman_named_in_apposition_is_the_speaker():
    text = (
        "MPs backed a ban after a heated debate.\n\n"
        "The Liberal Party spokeswoman, Morag Tuivaga-Quell, called the bill \u201ca first step, and a small one\u201d."
    )
    assert _speakers(text)["a first step, and a small one"] == "Morag Tuivaga-Quell"


def test_a_company_after_its_trade_noun_is_the_subject_of_a_participle():
    text = (
        "BERGEN, March 3 (Reuters) - Norwegian snack maker Quimbrel Foods trimmed its profit outlook on "
        'Thursday, saying households were "switching to own-label brands" faster than it had planned.'
    )
    assert _speakers(text)["switching to own-label brands"] == "Quimbrel Foods"


def test_the_one_told_is_never_the_speaker():
    text = (
        "The river burst its banks again on Tuesday.\n\n"
        "A senior official, who spoke anonymously as he had no clearance to brief journalists, "
        "told AFP the number of dead was \u201cbound to climb\u201d once the flood drained away."
    )
    got = _speakers(text)
    assert got == {"bound to climb": None}  # kept, and nobody named: the official will not be


def test_a_spokeswoman_for_the_board_speaks_for_the_board():
    text = (
        "The Quillan Tenancies Board published figures on Monday.\n\n"
        "A spokeswoman for the board told reporters it was \u201cwatching the numbers week by week\u201d."
    )
    (q,) = extract_quotes(text)
    assert (q.speaker, q.method) == ("Quillan Tenancies Board", "organisation")


def test_a_quote_split_by_a_firm_s_spokesperson_or_an_unnamed_official_is_one_quote():
    text = (
        "\u201cCustomers need no receipt,\u201d a Quillan & Vorn spokesperson said. \u201cWe will take it back.\u201d\n\n"
        "\u201cThe nation wasted the fat years squabbling,\u201d says one former finance-ministry official. "
        "\u201cIt may pass the lean ones full of regret.\u201d"
    )
    assert _speakers(text) == {
        "Customers need no receipt, We will take it back.": "Quillan & Vorn",
        "The nation wasted the fat years squabbling, It may pass the lean ones full of regret.": None,
    }


def test_a_question_after_a_colon_is_put_to_the_last_speaker_who_answers_next():
    text = (
        "\u201cThe day centre is the one place they see a friendly face,\u201d Cllr Aleksey Vexwick said.\n\n"
        "Cllr Quessa Tannahill intervened: \u201cWould the councillor explain what he would trim in its place?\u201d\n\n"
        "\u201cI can be precise,\u201d he replied. \u201cBegin with the agency staffing bill.\u201d"
    )
    assert _speakers(text)["I can be precise, Begin with the agency staffing bill."] == "Aleksey Vexwick"


def test_a_speaker_s_own_rhetorical_question_asks_nobody():
    text = (
        "Quessa Tannahill has tuned pianos for 50 years. Asked about retiring, she laughs.\n\n"
        "\u201cAnd do what instead?\u201d she says.\n\n"
        "\u201cMy ears still work.\u201d"
    )
    assert _speakers(text)["My ears still work."] == "Quessa Tannahill"


def test_a_nested_he_or_she_the_speaker_only_describes_is_nobody_named():
    text = (
        "Dr Quessa Tannahill said her curiosity about the disease ran in the family.\n\n"
        "\u201cWhen I showed my grandmother the scans, she said, \u2018I guessed as much in 1985,\u2019\u201d "
        "she said."
    )
    got = _speakers(text)
    assert got["I guessed as much in 1985,"] is None
    assert got["When I showed my grandmother the scans, she said, \u2018I guessed as much in 1985,\u2019"] == (
        "Quessa Tannahill"
    )


def test_a_street_is_nobody_even_when_it_starts_with_a_given_name():
    text = (
        "She recalled a meeting with the former chief executive, Lorcan Quimbrel, at the social club on "
        "Rowan Avenue. \"He got to his feet and said, 'The robots will keep all of you employed,'\" she said."
    )
    assert "Rowan Avenue" not in set(_speakers(text).values())


def test_the_person_a_profile_is_about_keeps_her_she_however_long_ago_she_was_named():
    filler = (
        "The workshop sits behind a chapel. The kiln is brick, the shelves sag, and the radio is always on. "
        "Orders come from three counties, and commissions wait a year or longer. Most days the first firing starts "
        "at six, and the last pots come out after dark in the busy months. Her customers say her glazes never "
        "craze, and that patience matters more than speed at the wheel. In winter she teaches evening classes."
    )
    text = (
        "Althea Parrack has made pots in the valley for 50 years.\n\n"
        '"I was seven when I first touched clay," Parrack says. "It was cold and I loved it."\n\n'
        '"I never wanted anything else," Parrack says.\n\n'
        '"My aunt paid for the first wheel," Parrack says. "My father thought it a waste."\n\n'
        + filler
        + "\n\n"
        + '"She is the best in the county," says Quin Vexley, 58, who has sold her work since 1979.\n\n'
        "Ask her when she will stop and she smiles.\n\n"
        '"I get that question every spring," she says.'
    )
    assert _speakers(text)["I get that question every spring,"] == "Althea Parrack"


def test_unnamed_officials_and_nurses_stay_unnamed_and_their_listeners_are_no_speakers():
    text = (
        'Dr Quessa Tannahill of the Quillan Institute led the trial. "We have come a long way," she said.\n\n'
        "A senior agency scientist, speaking anonymously, said the trial results were "
        '"convincing enough that approval ought to come fast."\n\n'
        "Another nurse, speaking to the Vexley Echo, said the staff room had read 31C. "
        '"You cannot think straight at that temperature," she said.\n\n'
        'Another analyst, Aleksey Tannahill-Vorn of Quimbrel Capital, said the device was "two years late."'
    )
    got = _speakers(text)
    assert got["convincing enough that approval ought to come fast."] is None
    assert got["You cannot think straight at that temperature,"] is None
    assert got["two years late."] == "Aleksey Tannahill-Vorn"


def test_an_organisation_in_apposition_to_its_noun_answers_to_that_noun():
    text = (
        "Quillan Bakeries withdrew its rye crackers on Friday.\n\n"
        "The regulator, the National Food Office, said it had logged three complaints and was in talks with the "
        "bakery. The maker has \u201chalted its ovens until the checks are complete\u201d, according to the regulator."
    )
    assert _speakers(text)["halted its ovens until the checks are complete"] == "National Food Office"


def test_a_he_or_she_after_a_sentence_about_an_unnamed_person_is_that_person():
    text = (
        "\u201cNobody promised an easy opening twelve months,\u201d said Sir Osric Tannahill.\n\n"
        "At the corner shop on the old square, one customer, a retired postman, was unconvinced. "
        "\u201cThey claim things are cheaper. My receipt disagrees,\u201d he said.\n\n"
        "Dr Quessa Vexley, an economist at Quillan University, said consumers were cautious. "
        "\u201cPeople remember the bad months,\u201d she said."
    )
    got = _speakers(text)
    assert got["They claim things are cheaper. My receipt disagrees,"] is None
    assert got["People remember the bad months,"] == "Quessa Vexley"


def test_a_paragraph_of_quote_after_a_paragraph_about_an_unnamed_person_is_theirs():
    text = (
        "\u201cWe opened every ward we could,\u201d said Dr Osric Tannahill.\n\n"
        "A nurse on the surgical floor, who preferred not to be named, described a bay where the cooling had failed.\n\n"
        "\u201cPatients were sleeping on damp sheets to keep cool.\u201d"
    )
    assert _speakers(text)["Patients were sleeping on damp sheets to keep cool."] is None


def test_a_quote_split_by_a_spokeswoman_for_the_trust_or_the_pastor_is_one_quote():
    text = (
        "Quillan Hospitals Trust said every affected scan had been repeated. \u201cOur radiographers stayed late all "
        "week,\u201d a spokeswoman for the trust added. \u201cWe are sorry for the worry caused.\u201d\n\n"
        "\u201cShe learns it at the same moment as the congregation,\u201d the pastor says. \u201cThat is her reward.\u201d"
    )
    got = _speakers(text)
    assert (
        got["Our radiographers stayed late all week, We are sorry for the worry caused."] == "Quillan Hospitals Trust"
    )
    assert "She learns it at the same moment as the congregation, That is her reward." in got


def test_a_transcript_s_role_label_and_a_sign_that_hung_somewhere_are_nobody_named():
    text = (
        "\u201cEvery pipe gets sampled twice a day,\u201d said Osric Tannahill, the utility\u2019s director.\n\n"
        "Reporter: \u201cDid anyone tell you this pipe was failing?\u201d\n\n"
        "Tannahill: \u201cAn inspection flagged it for replacement next year.\u201d\n\n"
        "Above the till is a hand-lettered sign that has hung by the door since 1968: \u201cNO CREDIT, NO GOSSIP.\u201d"
    )
    got = _speakers(text)
    assert got["Did anyone tell you this pipe was failing?"] is None
    assert got["An inspection flagged it for replacement next year."] == "Osric Tannahill"
    assert got["NO CREDIT, NO GOSSIP."] is None


def test_said_a_hyphenated_role_then_a_name():
    text = "\u2018Best day of my life,\u2019 said season-ticket holder Althea Quimbrel, 67."
    assert _speakers(text) == {"Best day of my life,": "Althea Quimbrel"}


def test_questions_from_the_floor_are_nobody_named_and_the_answers_the_speaker_s():
    text = (
        "\u201cI can\u2019t explain that run,\u201d Quessa Tannahill said at the foot of the slope.\n\n"
        "The questions did not stop.\n\n"
        "\u201cDid you check your split times before the final gate?\u201d\n\n"
        "\u201cNo. My trainer said to ignore them, so I didn\u2019t.\u201d"
    )
    got = _speakers(text)
    assert got["Did you check your split times before the final gate?"] is None
    assert got["No. My trainer said to ignore them, so I didn\u2019t."] == "Quessa Tannahill"


def test_ms_with_the_only_person_of_that_surname_is_her_whatever_her_given_name_suggests():
    # (the name data calls this given name a man's; "Ms" and "her" say otherwise)
    text = (
        "Nikita Quimbrel drafted much of her debut thriller on the night bus.\n\n"
        "\u201cI cut the final chapter and restored it four times,\u201d Ms. Quimbrel says.\n\n"
        "\u201cShe walked in grinning like a cat,\u201d says her husband, Aleksey Quimbrel."
    )
    got = _speakers(text)
    assert got["I cut the final chapter and restored it four times,"] == "Nikita Quimbrel"
    assert got["She walked in grinning like a cat,"] == "Aleksey Quimbrel"


def test_he_after_a_spokesman_for_a_council_is_the_council():
    text = (
        "The inspector overturned the refusal on Monday.\n\n"
        "A spokesman for Quillan District Council said it was \u2018dismayed\u2019 at the ruling.\n\n"
        "He added: \u2018A revised housing strategy is already being drafted.\u2019"
    )
    assert _speakers(text)["A revised housing strategy is already being drafted."] == "Quillan District Council"


def test_an_organisation_s_short_name_is_the_body_first_named_in_full():
    text = (
        "Quillan Ferran Homes has already picked a street name for the estate.\n\n"
        "\u2018Residents have shaped this scheme from day one,\u2019 a spokeswoman for Quillan Ferran said."
    )
    assert _speakers(text)["Residents have shaped this scheme from day one,"] == "Quillan Ferran Homes"


def test_ms_outweighs_what_a_given_name_suggests():
    # (the name data calls this given name a man's)
    text = (
        "Nikita Quimbrel drafted much of her debut thriller on the night bus.\n\n"
        "\u201cI cut the final chapter four times,\u201d Ms. Quimbrel says.\n\n"
        "Asked when the sequel will be done, she grins.\n\n"
        "\u201cTry my publisher,\u201d she says."
    )
    assert _speakers(text)["Try my publisher,"] == "Nikita Quimbrel"


def test_a_source_close_to_someone_is_nobody_named():
    text = (
        "The winger uploaded a picture of himself wearing the new kit.\n\n"
        "The transfer had looked shaky on Sunday evening, after a source close to the winger told the "
        "Quillan Courier that negotiations had \u201cstalled badly\u201d over bonus clauses.\n\n"
        "The winger\u2019s agent, Osric Tannahill, later disputed that."
    )
    assert _speakers(text) == {"stalled badly": None}


def test_words_on_signs_and_placards_and_chants_are_quotes_nobody_in_particular_said():
    text = (
        "\u201cThe lane will save lives,\u201d said Councillor Osric Tannahill.\n\n"
        "Opponents held signs reading \u201cKerbs = Customers\u201d and \u201cDon\u2019t Kill Quillan Street.\u201d\n\n"
        "Chants of \u201cMer-row! Mer-row!\u201d rang around the court."
    )
    got = _speakers(text)
    assert got["Kerbs = Customers"] is None
    assert got["Don\u2019t Kill Quillan Street."] is None
    assert got["Mer-row! Mer-row!"] is None


def test_the_person_described_before_who_warned_is_the_speaker():
    text = (
        "The meeting also heard from Althea Quimbrel, an agricultural economist at the Quillan Institute, who "
        "warned that the valley could see \u201cone orchard in five\u201d grubbed up by 2030."
    )
    assert _speakers(text) == {"one orchard in five": "Althea Quimbrel"}


def test_a_classmate_and_a_california_based_company_are_descriptions_not_names():
    classmate = (
        "Classmate Aleksey Vexwick, who shared a lab bench with her, said the reunion had \u201cturned us all "
        "into teenagers again.\u201d"
    )
    assert _speakers(classmate) == {"turned us all into teenagers again.": "Aleksey Vexwick"}
    based = (
        "Quillan Thermostats Inc lost its servers overnight.\n\n"
        "The Palo Alto, California-based company said the fault knocked out \u201ca large share\u201d of devices."
    )
    assert _speakers(based)["a large share"] == "Quillan Thermostats Inc"


def test_a_partial_quote_in_what_a_titled_chairman_reports_is_his():
    text = (
        "Chairman Sir Osric Tannahill said the board had agreed the bid was \u201cfair value for every investor\u201d."
    )
    assert _speakers(text) == {"fair value for every investor": "Sir Osric Tannahill"}


def test_a_paragraph_ending_in_a_colon_names_the_speaker_of_the_next_without_a_speech_verb():
    text = (
        "\u201cIf a serious offer lands, we will hear it out,\u201d the player\u2019s agent, Osric Tannahill, said.\n\n"
        "Aleksey Vexwick waved the idea away when it was raised with him:\n\n"
        "\u201cHe stays. We sell when we decide to, and not a day before.\u201d"
    )
    assert _speakers(text)["He stays. We sell when we decide to, and not a day before."] == "Aleksey Vexwick"


def test_husband_and_wife_before_two_names_binds_neither_role():
    text = (
        "The caf\u00e9\u2019s owners, husband and wife Tavo and Althea Quimbrel, were upstairs at the time.\n\n"
        "Mrs Quimbrel, 49, said the robbers had forced the waiter to \u2018lie face down\u2019."
    )
    assert _speakers(text) == {"lie face down": "Althea Quimbrel"}


def test_a_fire_service_spokesperson_speaks_for_the_fire_service_named_before():
    text = (
        "Crews from Quillan Valleys Fire and Rescue Service battled the flames until dawn. The warehouse belongs to "
        "Vexley Yard Developments.\n\n"
        "A fire service spokesperson said investigators regarded the origin as \u201cnot yet established\u201d."
    )
    assert _speakers(text)["not yet established"] == "Quillan Valleys Fire and Rescue Service"


def test_a_country_s_ministry_is_named_without_the_country():
    text = "Quillan\u2019s Ministry of Fisheries said in a written note that its trawlers would \u201cstay on the grounds\u201d."
    assert _speakers(text) == {"stay on the grounds": "Ministry of Fisheries"}


def test_a_banner_across_a_hall_and_a_man_who_asked_that_his_name_not_be_used():
    text = (
        "\u201cThe crops won\u2019t wait for the water to drop,\u201d said Osric Tannahill.\n\n"
        "Helpers had strung a banner across the church hall: \u201cSoup\u2019s hot. Stay as long as you like.\u201d\n\n"
        "One evacuee, a retired welder who asked that his name be withheld, put it less politely: "
        "\u201cThe water decides everything.\u201d"
    )
    got = _speakers(text)
    assert got["Soup\u2019s hot. Stay as long as you like."] is None
    assert got["The water decides everything."] is None


def test_a_relative_named_and_described_before_who_said_is_the_speaker():
    text = (
        "She is survived by her younger brother, Aleksey Vexwick, a former surveyor, who said she had been "
        "\u201crunning the whole household from the age of six\u201d."
    )
    assert _speakers(text) == {"running the whole household from the age of six": "Aleksey Vexwick"}


def test_the_first_of_two_surnames_stands_for_the_whole_name():
    text = (
        "\u201cWe only want the pay rise we were guaranteed,\u201d union president Althea Quimbrel Vantroy told "
        "reporters at the depot entrance.\n\n"
        "Quimbrel said management had put forward a 2% increase, which she called \u201ca rounding error with a press release.\u201d"
    )
    assert _speakers(text)["a rounding error with a press release."] == "Althea Quimbrel Vantroy"


def test_a_player_s_position_before_the_name_is_no_part_of_it():
    text = (
        "Guard Quessa Vexley, the team\u2019s leading scorer, missed last season\u2019s game.\n\n"
        "\u201cI saw that game from the sideline in a tracksuit,\u201d Vexley said."
    )
    assert _speakers(text) == {"I saw that game from the sideline in a tracksuit,": "Quessa Vexley"}


def test_the_pronoun_i_after_a_capitalised_word_is_no_part_of_a_name():
    from reader.quotes.names import name_pieces

    text = "\u201cLast Christmas I told him, \u2018Osric, either post it or frame it.\u2019\u201d"
    assert "Christmas I" not in [text[s:e] for s, e in name_pieces(text)]


def test_colon_clauses_after_an_opening_phrase_or_with_the_name_in_apposition():
    text = (
        "\u201cWe lied,\u201d Osric Tannahill says, laughing.\n\n"
        "Asked who the album is for, Quessa Vexley does not hesitate: \u201cOur grandmother.\u201d\n\n"
        "\u201cNobody else was present,\u201d Tannahill said.\n\n"
        "The inquiry chairman, Sir Aleksey Vexwick, interrupted: \u201cIs there any written record?\u201d"
    )
    got = _speakers(text)
    assert got["Our grandmother."] == "Quessa Vexley"
    assert got["Is there any written record?"] == "Sir Aleksey Vexwick"


def test_a_sentence_opened_by_a_body_and_a_role_before_the_name_leads_the_quote():
    text = (
        "Committee chair Cllr Quessa Vexley told colleagues the field had been earmarked for homes years ago. "
        "\u2018Love it or loathe it, that argument was had and lost,\u2019 she said."
    )
    assert _speakers(text) == {"Love it or loathe it, that argument was had and lost,": "Quessa Vexley"}


def test_x_himself_speaking_through_an_interpreter_said():
    text = (
        "Aleksey Vexwick himself, speaking through an interpreter at a press event, said: "
        "\u201cI feel at home here.\u201d"
    )
    assert _speakers(text) == {"I feel at home here.": "Aleksey Vexwick"}


def test_the_university_is_the_one_its_name_is_headed_by_and_a_based_run_is_nobody():
    text = (
        "Quillan University will close its languages department. The Union of University Staff called "
        "the plan a disgrace.\n\n"
        "A university spokesman said lecturers would be found \u2018alternative posts wherever possible\u2019."
    )
    assert _speakers(text)["alternative posts wherever possible"] == "Quillan University"
    based = "The Palo Alto-based company said in a blog update that \u201cevery system is back online\u201d."
    assert "Palo Alto-based" not in set(_speakers(based).values())


def test_a_capitalised_sports_role_before_a_name_is_no_part_of_it():
    text = (
        "Substitute Aleksey Vexwick, 19, scored twice in the last ten minutes.\n\n\u201cI just ran,\u201d Vexwick said."
    )
    assert _speakers(text) == {"I just ran,": "Aleksey Vexwick"}


def test_an_organisation_named_only_in_the_possessive_is_named_without_it():
    text = (
        "Staff marched across Yarrowby University\u2019s campus on Monday. The Guild of Quillan Staff "
        "organised the march.\n\n"
        "A university spokesman said the plans were \u2018final and fair\u2019."
    )
    assert _speakers(text)["final and fair"] == "Yarrowby University"


def test_the_company_is_a_business_named_by_its_chief_executive_not_a_group_or_alliance():
    text = (
        "Quimbrel chief executive Althea Vexley apologised on Sunday.\n\n"
        "The industry group Tannahill Alliance said it would review its rules.\n\n"
        "Quimbrel said it would refund every customer, and called the hacking claims \u201cplainly untrue.\u201d"
    )
    assert _speakers(text)["plainly untrue."] == "Quimbrel"
    text = (
        "Gullhaven Water wants to raise bills. Osmund Ferrow, founder of the campaign group Gullhaven Rivers "
        "Trust, said: \u201cWe pay twice.\u201d\n\n"
        "A company spokesman said the rise reflected \u201cinvestment, not penalties\u201d."
    )
    assert _speakers(text)["investment, not penalties"] == "Gullhaven Water"


def test_a_place_after_a_preposition_and_an_adjective_is_no_one_who_speaks():
    text = (
        "Ada Quimbrel, a portfolio manager at a fund, said \u201cIt is fine.\u201d\n\n"
        "A store manager in suburban Dunhallow, who asked not to be named because staff may not speak to "
        "the press, said staff were told by video.\n\n"
        "\u201cThey read from a script,\u201d the manager said."
    )
    assert _speakers(text)["They read from a script,"] is None


def test_an_official_of_a_people_or_speaking_anonymously_speaks_for_no_body():
    text = (
        "Vornia signed the accord on Monday.\n\n"
        "A senior Vornish official said the dam would release water \u201cwithin days, not weeks.\u201d\n\n"
        "\u201cIt is done,\u201d said a Vornish official.\n\n"
        "A Quillan Council official, who spoke on condition of anonymity, said the plan was "
        "\u201cdead in the water.\u201d"
    )
    assert set(_speakers(text).values()) == {None}


def test_the_words_of_an_advertisement_are_nobody_s():
    text = (
        "\u201cI needed work,\u201d Althea Quimbrel says.\n\n"
        "She was stacking shelves when she saw an advertisement in the weekly paper in the spring of 1991: "
        "\u201cLock keeper wanted. Must be patient and good with rope.\u201d"
    )
    assert _speakers(text)["Lock keeper wanted. Must be patient and good with rope."] is None


def test_a_shared_surname_that_speaks_right_after_one_of_its_bearers_spoke_in_full_is_that_one():
    text = (
        "Jeweller Quessa Quimbrel, 67, said she had \u201cnot slept since\u201d.\n\n"
        "Her daughter, Althea Quimbrel, runs the shop with her.\n\n"
        "Outside court, Althea Quimbrel said her mother had reopened the shop.\n\n"
        "\u201cShe said, \u2018If I close now, he wins,\u2019\u201d Ms Quimbrel said. \u201cSo we opened.\u201d\n\n"
        "When Quimbrel put the first ring back in the window, the street clapped."
    )
    got = _speakers(text)
    assert got["She said, \u2018If I close now, he wins,\u2019 So we opened."] == "Althea Quimbrel"
    assert got["If I close now, he wins,"] == "Quessa Quimbrel"


def test_an_interview_printed_as_questions_and_answers_after_its_introduction():
    text = (
        "\u201cWe have watched her a lot,\u201d said the rival coach, Osric Vexley.\n\n"
        "Althea Quimbrel, who grew up in two cities, sat down with the Ledger this week. "
        "The conversation has been condensed.\n\n"
        "\u201cWhen did you know the knee was gone?\u201d\n\n"
        "\u201cStraight away. I heard it go.\u201d\n\n"
        "\u201cWhat got you through the rehab?\u201d\n\n"
        "\u201cCrosswords, mostly, and a lot of soup.\u201d"
    )
    got = _speakers(text)
    assert got["When did you know the knee was gone?"] is None
    assert got["What got you through the rehab?"] is None
    assert got["Straight away. I heard it go."] == "Althea Quimbrel"
    assert got["Crosswords, mostly, and a lot of soup."] == "Althea Quimbrel"


def test_unnamed_people_in_statements_and_inside_quotes():
    text = (
        "Osric Vexley, 17, drowned in the lake in June.\n\n"
        "One of his friends, who cannot be named because he is under 18, said in a written statement "
        "that the group had gone there often.\n\n"
        "\u2018Os went in first,\u2019 the statement said. \u2018He shouted \u201cCome on in\u201d and we followed.\u2019\n\n"
        "A firefighter, who asked not to be identified, described pulling an elderly man from his car.\n\n"
        "\u201cHe was calm. He said, \u2018I was wondering when you would come,\u2019\u201d the firefighter said."
    )
    got = _speakers(text)
    assert got["Os went in first, He shouted \u201cCome on in\u201d and we followed."] is None
    assert got["Come on in"] == "Osric Vexley"
    assert got["I was wondering when you would come,"] is None


def test_a_business_named_for_its_trade_and_an_unnamed_lady_in_a_quote():
    text = (
        "The coach, run by Quillan Coaches, overturned on the moor road.\n\n"
        "Ada Vexley, 34, was driving behind it.\n\n"
        "\u201cIt tipped,\u201d she told the Gazette. \u201cI ran down. A lady was sitting on the window, and she "
        "said, \u2018Go on, see to the driver.\u2019 I still think of it.\u201d\n\n"
        "The company said it was \u201cdeeply sorry\u201d."
    )
    got = _speakers(text)
    assert got["Go on, see to the driver."] is None
    assert got["deeply sorry"] == "Quillan Coaches"


def test_a_letter_signed_by_a_person_is_theirs():
    text = (
        "The investor Vexley Rusk Partners, which holds a 7% stake, said in a letter to the board, signed by "
        "managing partner Althea Quimbrel, that the plan fell short.\n\n"
        "\u201cThe board offers a trim where surgery is needed,\u201d the letter said."
    )
    assert _speakers(text) == {"The board offers a trim where surgery is needed,": "Althea Quimbrel"}


def test_one_line_turns_after_a_question_and_its_reply_alternate():
    text = (
        "The exchange that followed was the sharpest of the night.\n\n"
        "\u201cWhere would you put it, Osric?\u201d Althea Quimbrel asked.\n\n"
        "\u201cSomewhere we had asked people first,\u201d Osric Vexley replied.\n\n"
        "\u201cWe asked for a year.\u201d\n\n"
        "\u201cThe wrong people.\u201d"
    )
    got = _speakers(text)
    assert got["We asked for a year."] == "Althea Quimbrel"
    assert got["The wrong people."] == "Osric Vexley"


def test_two_people_joined_by_and_when_one_given_name_is_unlisted():
    text = (
        "The directors, Bexa-Lin Quimbrel and Daniel Vexley, shot the flood in one take.\n\n"
        "\u201cWe had one chance,\u201d Vexley said.\n\n"
        "Quimbrel, sitting beside him, shook her head. \u201cHe makes it sound heroic,\u201d she said."
    )
    got = _speakers(text)
    assert got["We had one chance,"] == "Daniel Vexley"
    assert got["He makes it sound heroic,"] == "Bexa-Lin Quimbrel"


def test_the_coach_is_the_one_who_spoke_last_but_a_player_s_coach_is_their_own():
    text = (
        "Quillan coach Althea Vexley called it \u201ca perfect night\u201d.\n\n"
        "Yarrowby coach Osric Tannahill said his side \u201cran out of legs\u201d. "
        "\u201cCredit to them,\u201d the coach said.\n\n"
        "Quillan striker Quessa Quimbrel grinned. \u201cCoach told me before the game, \u2018Go left,\u2019 "
        "so I went left,\u201d she said."
    )
    got = _speakers(text)
    assert got["Credit to them,"] == "Osric Tannahill"
    assert got["Go left,"] == "Althea Vexley"


def test_an_unnamed_speaker_keeps_a_quote_that_runs_over_paragraphs():
    text = (
        "Sir Osric Vexley led the revolt.\n\n"
        "Another MP who signed the letter, and who asked not to be named, said the whips had been "
        "\u201cthreatening, frankly\u201d.\n\n"
        "\u201cThey ring you at ten at night. Nobody has to say it.\n\n"
        "\u201cI have been here eleven years and never felt anything like it,\u201d the MP said.\n\n"
        "The shadow chancellor, Althea Quimbrel, said the party was \u201cat war with itself\u201d."
    )
    got = _speakers(text)
    assert (
        got[
            "They ring you at ten at night. Nobody has to say it. I have been here eleven years and never "
            "felt anything like it,"
        ]
        is None
    )


def test_names_later_in_the_sentence_that_introduced_an_unnamed_speaker_are_other_people():
    text = (
        "Althea Quimbrel chairs the board.\n\n"
        "A person familiar with the talks said Osric Vexley had first called Quessa Tannahill in July. "
        "\u201cThey wanted this badly,\u201d the person said."
    )
    assert _speakers(text)["They wanted this badly,"] is None


def test_words_on_a_sign_are_nobody_s_and_a_text_message_is_its_sender_s():
    text = (
        "\u201cI still love the work,\u201d Althea Quimbrel says.\n\n"
        "Above the bench hangs a sign her father lettered in 1961, the paint cracked with age: "
        "\u201cMEASURE TWICE. CUT ONCE.\u201d\n\n"
        "On the blackboard outside, someone has chalked: \u201cLast orders. Really.\u201d\n\n"
        "The judge read aloud from a text message Osric Vexley sent to his brother in 2021, which the "
        "prosecution had filed: \u201cRelax. Nobody reads the statements.\u201d\n\n"
        "The letter, now framed above the desk, reads in part: \u201cTo the woman with the hammer: thank you.\u201d"
    )
    got = _speakers(text)
    assert got["MEASURE TWICE. CUT ONCE."] is None
    assert got["Last orders. Really."] is None
    assert got["Relax. Nobody reads the statements."] == "Osric Vexley"
    assert got["To the woman with the hammer: thank you."] is None


def test_runs_that_hold_people_of_a_body_two_bodies_or_a_body_and_its_town():
    text = (
        "Members of the Quillan Drivers Union backed a strike. The union said: \u201cOur members have spoken.\u201d\n\n"
        "Tannahill Signal Systems of Yarrowby said in a statement that it was "
        "\u201cdeeply sorry\u201d.\n\n"
        "Researchers at Vexley University and the Quessa Institute for Child Health led the study. "
        "A Vexley University spokesperson said it could begin \u201cas early as next September\u201d.\n\n"
        "Two workers were taken to hospitals in Grand Quimbrel and Vexford. The cooperative, Osric Grain, "
        "said it was \u201cheartbroken\u201d."
    )
    got = _speakers(text)
    assert got["Our members have spoken."] == "Quillan Drivers Union"
    assert got["deeply sorry"] == "Tannahill Signal Systems"
    assert got["as early as next September"] == "Vexley University"
    assert got["heartbroken"] != "Grand Quimbrel and Vexford"


def test_a_housebuilder_named_homes_is_the_firm_its_spokeswoman_speaks_for():
    text = (
        "The Quillan Orchard Action Group said the plan was \u201creckless\u201d.\n\n"
        "In a statement, Vexley Brothers Homes said the scheme would include new drainage.\n\n"
        "A spokeswoman for the firm added: \u201cWe have listened carefully.\u201d"
    )
    assert _speakers(text)["We have listened carefully."] == "Vexley Brothers Homes"


def test_a_family_speaks_as_nobody_named_and_family_is_no_adverb():
    text = (
        "In a statement released through the force, Dr Osric Vexley\u2019s family described him as "
        "\u201cthe kindest man we will ever know\u201d.\n\n"
        "His family said he died \u201csurrounded by records\u201d."
    )
    assert _speakers(text) == {"the kindest man we will ever know": None, "surrounded by records": None}


def test_a_nested_he_or_she_is_an_unnamed_relative_just_mentioned_unless_the_family_is_named():
    text = (
        "Osric Vexley chairs the board. Althea Quimbrel read from a message she said her son had sent her "
        "during a drill.\n\n"
        "\u201cHe wrote, \u2018Mom is this real,\u2019\u201d she told the board."
    )
    assert _speakers(text)["Mom is this real,"] is None
    family = (
        "Quessa Tannahill, 84, cut hair for sixty years. His granddaughter, Ada Tannahill, says she "
        "tried to persuade her grandfather to retire.\n\n"
        "\u201cHe would say, \u2018When my hands shake,\u2019\u201d she said."
    )
    assert _speakers(family)["When my hands shake,"] == "Quessa Tannahill"


def test_a_partial_quote_that_ends_its_sentence_is_not_attributed_by_the_next_sentence():
    text = (
        "Councilmember Osric Vexley, who voted no along with Councilmember Althea Quimbrel, called the "
        "ordinance \u201ca solution in search of a problem.\u201d Quimbrel said she supported the goal."
    )
    assert _speakers(text) == {"a solution in search of a problem.": "Osric Vexley"}


def test_a_nickname_of_several_words_stays_inside_the_name_and_his_wife_is_the_subject_s():
    text = (
        "Osric \u201cBig Os\u201d Tannahill, a pianist who played the river bars for fifty years, died on "
        "Monday. He was 88.\n\n"
        "His daughter, Althea Tannahill, said the cause was heart failure.\n\n"
        "\u201cHe played until the very end,\u201d she said.\n\n"
        "Aleksey Vexwick, who booked him for decades, said: \u201cNobody filled a room like him.\u201d\n\n"
        "Mr. Tannahill learned hymns from his mother. \u201cI never stopped,\u201d he told an interviewer in 1990.\n\n"
        "He is survived by his wife, Quessa Tannahill, and a son.\n\n"
        "In a statement released by the family, his wife said: \u201cHe gave this city his whole heart.\u201d"
    )
    got = _speakers(text)
    assert got["He played until the very end,"] == "Althea Tannahill"
    assert got["He gave this city his whole heart."] == "Quessa Tannahill"
    assert got["I never stopped,"] == "Osric Tannahill"


def test_a_person_called_by_a_given_name_alone_opening_a_sentence():
    text = (
        "Althea Quimbrel runs the raptor centre. \u201cIt had an hour left in it,\u201d Quimbrel said.\n\n"
        "About 30 neighbours gathered at the forest edge. Ezio was given the honour of opening the carrier.\n\n"
        "\u201cGo on, little one,\u201d he whispered.\n\n"
        "Quimbrel said the centre had treated 412 birds this year. \u201cWe run on donations,\u201d she said."
    )
    got = _speakers(text)
    assert got["Go on, little one,"] == "Ezio"
    assert got["We run on donations,"] == "Althea Quimbrel"


def test_a_plural_title_before_two_named_people_and_the_younger_of_two_namesakes():
    text = (
        "Licensees Gwenda and Bartolo Tannahill have run the pub for 19 years.\n\n"
        "Their son, Ezio Tannahill, 26, came home for the last weekend. \u2018I learnt to walk on that bar,\u2019 "
        "the younger Mr Tannahill said.\n\n"
        "Brothers Ignazio and Tancredi Vexley drive the night buses. Ignazio, the elder by six years, said he had "
        "been reprimanded. \u2018They timed me,\u2019 he said."
    )
    got = _speakers(text)
    assert got["I learnt to walk on that bar,"] == "Ezio Tannahill"
    assert got["They timed me,"] == "Ignazio Vexley"


def test_a_company_s_legal_abbreviation_keeps_its_full_stop():
    text = "Quillan Home Inc. is recalling 310,000 monitors. \u201cSafety comes first,\u201d the company said."
    assert _speakers(text) == {"Safety comes first,": "Quillan Home Inc."}


def test_a_quote_paragraph_after_a_narrative_one_that_opens_with_a_person_is_theirs():
    text = (
        "\u201cYou can rebuild a kitchen every January, but not forever,\u201d Althea Quimbrel says.\n\n"
        "Osric Vexley has a different view of where the blame lies.\n\n"
        "\u201cWhen I started, nobody treated for mites.\u201d\n\n"
        "Mr Tannahill did not respond to a request for comment.\n\n"
        "\u201cSafe staffing is not a luxury.\u201d"
    )
    got = _speakers(text)
    assert got["When I started, nobody treated for mites."] == "Osric Vexley"
    assert got["Safe staffing is not a luxury."] != "Tannahill"


def test_allies_or_friends_of_a_person_speak_as_nobody_named_not_as_that_person():
    text = (
        "Allies of Prof Althea Quimbrel said she had been made \u201cthe scapegoat for a decade of decisions\u201d.\n\n"
        "Supporters of Osric Vexley said he was \u201cthe kindest man in the street\u201d.\n\n"
        "The party leader, Gwenda Quill, spoke on the radio.\n\n"
        "Allies of the leader accused her rival of \u201csitting on her hands\u201d."
    )
    assert set(_speakers(text).values()) == {None}


def test_the_defendant_who_answers_a_question_that_names_him_and_the_turns_after():
    text = (
        "Cross-examining, Althea Quimbrel KC asked about the supplier.\n\n"
        "\u201cCoincidence is doing a lot of work in your account, isn\u2019t it, Mr Vexley?\u201d she asked.\n\n"
        "\u201cIt is not a coincidence. My brother-in-law let that flat to many people,\u201d the defendant replied.\n\n"
        "\u201cIncluding a company that did not exist?\u201d\n\n"
        "\u201cIt did exist. It had a bank account.\u201d\n\n"
        "\u201cName one of its drivers.\u201d\n\n"
        "Osric Vexley, 52, denies fraud."
    )
    got = _speakers(text)
    assert got["It is not a coincidence. My brother-in-law let that flat to many people,"] == "Osric Vexley"
    assert got["Including a company that did not exist?"] == "Althea Quimbrel"
    assert got["It did exist. It had a bank account."] == "Osric Vexley"
    assert got["Name one of its drivers."] == "Althea Quimbrel"


def test_a_message_read_aloud_is_its_sender_s_and_the_defendant_is_the_one_on_trial():
    text = (
        "Osric Vexley, 44, of Yarrowby, denies eleven counts of fraud.\n\n"
        "Giving evidence, the firm\u2019s accountant, Quessa Tannahill, said the invoices looked wrong.\n\n"
        "The jury was shown a text message the defendant sent to his brother-in-law in March. "
        "Althea Quimbrel KC read it aloud: \u201cInvoices are in. Stay off the phone.\u201d"
    )
    assert _speakers(text)["Invoices are in. Stay off the phone."] == "Osric Vexley"


def test_questions_after_questioned_by_are_the_examiner_s():
    text = (
        "\u201cWe will make the warnings clearer,\u201d Osric Vexley said.\n\n"
        "Questioned by the family\u2019s barrister, Althea Quimbrel, he accepted that the signs were not lit.\n\n"
        "\u201cWas there any lighting at the lock that night?\u201d\n\n"
        "\u201cNo, there was not.\u201d\n\n"
        "\u201cIs there now?\u201d"
    )
    got = _speakers(text)
    assert got["Was there any lighting at the lock that night?"] == "Althea Quimbrel"
    assert got["No, there was not."] == "Osric Vexley"
    assert got["Is there now?"] == "Althea Quimbrel"


def test_the_27_year_old_striker_is_the_person_the_story_is_about_not_the_brother_in_his_whose_clause():
    text = (
        "Ignazio Vexley scored twice against the club his younger brother captains.\n\n"
        "The 27-year-old striker, whose brother Tancredi marshalled the back four, said it had been "
        "\u2018the strangest night of my career\u2019.\n\n"
        "\u2018Mum would not tell either of us who she was cheering for,\u2019 he said.\n\n"
        "Later Tancredi Vexley walked past. \u2018A win is a win,\u2019 the striker added."
    )
    got = _speakers(text)
    assert got["the strangest night of my career"] == "Ignazio Vexley"
    assert got["Mum would not tell either of us who she was cheering for,"] == "Ignazio Vexley"


def test_a_quote_that_ends_the_reporter_s_sentence_ends_it_for_the_next_speaker_too():
    text = (
        'The Quillan Street Neighbours Association, which led the opposition, said it was "weighing all '
        'options." Its president, Osric Vexley, said in an email:\n\n'
        '"We do not oppose housing. We oppose this plan."'
    )
    assert _speakers(text)["We do not oppose housing. We oppose this plan."] == "Osric Vexley"


def test_a_person_who_gave_only_a_first_name():
    text = (
        "\u201cWe are investing,\u201d said the chief executive, Althea Quimbrel.\n\n"
        "The first caller, who gave her name only as Gwenda, said she ran a campsite near the river.\n\n"
        "\u201cYou keep saying investment,\u201d she said.\n\n"
        "A farmer who gave his name only as Ezio sat on a desk. \u201cThe water came to here,\u201d he said."
    )
    got = _speakers(text)
    assert got["You keep saying investment,"] == "Gwenda"
    assert got["The water came to here,"] == "Ezio"


def test_an_official_introduced_with_a_is_a_person_unnamed_not_the_last_body():
    text = (
        "Quillan Estates owned the flats.\n\n"
        "In her memoir she recalled a meeting with a housing official who told her: "
        "\u201cPeople like you do not run housing.\u201d"
    )
    assert _speakers(text) == {"People like you do not run housing.": None}


def test_herself_after_a_name_tells_that_person_s_sex():
    text = (
        "\u2018We wanted the old sound,\u2019 said the singer, Ezio Quimbrel.\n\n"
        "After the tour, the bassist Gwenda Vexley started a degree, and Quimbrel found herself writing alone "
        "in a flat that she describes as \u2018basically a cupboard\u2019."
    )
    assert _speakers(text)["basically a cupboard"] == "Ezio Quimbrel"


def test_someone_who_gave_only_a_first_name_after_a_comma():
    text = (
        "Quillan Rescue said its volunteers had been out all night.\n\n"
        "A team leader, who gave only his first name, Ezio, said: \u2018We pulled a lad off the roof of a car.\u2019"
    )
    assert _speakers(text) == {"We pulled a lad off the roof of a car.": "Ezio"}


def test_after_a_question_and_an_answer_said_one_line_turns_alternate():
    text = (
        '"Was that inspection carried out or not?" asked host Althea Quimbrel.\n\n'
        '"The investigation is ongoing, and I will not get ahead of it," Osric Vexley said.\n\n'
        '"It is a yes or no question."\n\n'
        '"It is a question the investigators will answer."'
    )
    got = _speakers(text)
    assert got["It is a yes or no question."] == "Althea Quimbrel"
    assert got["It is a question the investigators will answer."] == "Osric Vexley"


def test_places_joined_by_and_are_no_organisation():
    text = (
        "About 210,000 heaters were sold in the Quillan Islands and Vornia, the regulator said.\n\n"
        "The company said it had received reports of nine burns \u201cand no deaths.\u201d"
    )
    assert _speakers(text)["and no deaths."] != "Quillan Islands and Vornia"


def test_asked_by_a_reporter_the_she_who_replies_is_not_the_reporter():
    text = (
        "Detective Inspector Ada Quill said the search would go on.\n\n"
        "Asked by Gwenda Vexley, of the Quillan Courier, whether officers were treating the disappearance as "
        "suspicious, she replied: \u201cNo. There is nothing to suggest that.\u201d"
    )
    assert _speakers(text) == {"No. There is nothing to suggest that.": "Ada Quill"}


def test_a_message_read_to_the_court_is_its_writer_s_and_answers_no_question():
    text = (
        "Osric Vexley, 58, of Mill Road, Yarrowby, denies fraud.\n\n"
        "Althea Quimbrel told the jury that she found an email, which Mr Vexley accepts he wrote, in a shared "
        "folder. It was read to the court: \u201cMove the payments to March. Delete this once done.\u201d\n\n"
        "Under cross-examination, Quessa Tannahill KC suggested she had misunderstood.\n\n"
        "\u201cYou were not party to board discussions, were you?\u201d he asked.\n\n"
        "\u201cNo.\u201d"
    )
    got = _speakers(text)
    assert got["Move the payments to March. Delete this once done."] == "Osric Vexley"
    assert got["No."] != "Osric Vexley"


def test_the_last_sentence_of_a_narrative_paragraph_can_name_whose_quote_follows():
    text = (
        "\u2018The vines decide,\u2019 says Gwenda Quimbrel.\n\n"
        "The family\u2019s worst night came in April, when a frost rolled down the valley. Ezio Quimbrel remembers "
        "standing in the rows at three in the morning.\n\n"
        "\u2018We had four hundred little pots burning.\u2019"
    )
    assert _speakers(text)["We had four hundred little pots burning."] == "Ezio Quimbrel"


def test_a_question_put_in_the_narrative_sets_up_the_exchange_that_follows():
    text = (
        '"I paid the deposit in October," Gwenda Quimbrel said.\n\n'
        "On cross-examination, Ignazio Vexley asked Quimbrel whether she knew of 200 similar complaints.\n\n"
        '"I know my roof leaked for five months," she replied.\n\n'
        '"That is not what I asked you."'
    )
    got = _speakers(text)
    assert got["I know my roof leaked for five months,"] == "Gwenda Quimbrel"
    assert got["That is not what I asked you."] == "Ignazio Vexley"


def test_adding_after_a_partial_quote_is_the_sentence_s_subject():
    text = (
        "Quillan captain Ezio Vexley called the result \u2018a smash and grab\u2019, adding: "
        "\u2018We have thrown away two points.\u2019"
    )
    assert _speakers(text) == {"a smash and grab": "Ezio Vexley", "We have thrown away two points.": "Ezio Vexley"}


def test_who_gave_her_name_only_as_before_a_verb_and_his_or_her_tells_the_sex():
    text = (
        "The phone lines were opened after the interview. A caller who gave her name only as Gwenda, a "
        "retired nurse from Yarrowby, told the programme: \u201cI did thirty years on those wards.\u201d\n\n"
        "One speaker, a young man who gave only his first name, Leontine, said he had slept in his car.\n\n"
        "\u201cI work full time at the hospital,\u201d he said."
    )
    got = _speakers(text)
    assert got["I did thirty years on those wards."] == "Gwenda"
    assert got["I work full time at the hospital,"] == "Leontine"


def test_dad_in_a_quote_is_the_speaker_s_father_the_article_names():
    text = (
        "Ignazio Tannahill, who built guitars for sixty years, has died aged 88.\n\n"
        "His son Tancredi Tannahill now runs the shop.\n\n"
        "Gwenda Tannahill said the family would hold a concert in the spring.\n\n"
        "\"Dad always said, 'A guitar in a closet is a bird in a box,'\" she said."
    )
    assert _speakers(text)["A guitar in a closet is a bird in a box,"] == "Ignazio Tannahill"


def test_she_added_after_a_sentence_of_reported_speech_is_its_speaker():
    text = (
        "Gwenda Vexley, a nurse, said the clinic was full. \u201cWe turn people away,\u201d she said. "
        "\u201cEvery night.\u201d\n\n"
        "The appeal has been slow. Officials blame the weather, the roads and the season.\n\n"
        "Quorra Tannahill, who runs the appeal, said her charity had asked for $4m but received "
        "\u201cless than a tenth of that\u201d. She added: \u201cPeople give when they see pictures.\u201d"
    )
    assert _speakers(text)["People give when they see pictures."] == "Quorra Tannahill"


def test_a_spokeswoman_for_a_firm_who_said_and_warned_and_a_nicknamed_producer():
    text = (
        "Noordvex Terminals said the strike was illegal.\n\n"
        "A spokeswoman for Quillan Lines said the company was diverting two vessels and warned customers to expect "
        "\u201cdelays of several days\u201d.\n\n"
        "The record was made with producer Ezio \u201cShay\u201d Tannahill, who kept the band in one room.\n\n"
        "\u201cThe first take is almost always the one,\u201d Tannahill says."
    )
    got = _speakers(text)
    assert got["delays of several days"] == "Quillan Lines"
    assert got["The first take is almost always the one,"] == "Ezio Tannahill"


def test_a_question_a_reporter_asked_someone_is_answered_by_them():
    text = (
        '"We never stopped believing," coach Osric Vexley said.\n\n'
        '"Did you think it was going in?" a reporter asked Gwenda Quimbrel afterward.\n\n'
        '"Honestly? No. It felt flat off my hand."\n\n'
        '"So what happened?"\n\n'
        '"I think the rim felt sorry for us."'
    )
    got = _speakers(text)
    assert got["Honestly? No. It felt flat off my hand."] == "Gwenda Quimbrel"
    assert got["So what happened?"] is None
    assert got["I think the rim felt sorry for us."] == "Gwenda Quimbrel"


def test_pressed_by_a_presenter_sets_up_question_and_answer():
    text = (
        "\u2018We acted,\u2019 Gwenda Quill said.\n\n"
        "Speaking on the radio before her resignation, Ms Quill was pressed by presenter Ezio Tannahill on whether "
        "her side would have done better.\n\n"
        "\u2018Would you have spent more? Be honest.\u2019\n\n"
        "\u2018We would have enforced the law that already exists.\u2019"
    )
    got = _speakers(text)
    assert got["Would you have spent more? Be honest."] == "Ezio Tannahill"
    assert got["We would have enforced the law that already exists."] == "Gwenda Quill"


def test_rejected_and_denounced_introduce_what_was_said():
    text = (
        "Osric Vexley rejected the offer as \u201ca golden handshake for a funeral\u201d.\n\n"
        "The Quillan Transport Department denounced the strike as \u201creckless\u201d."
    )
    assert _speakers(text) == {
        "a golden handshake for a funeral": "Osric Vexley",
        "reckless": "Quillan Transport Department",
    }


def test_a_role_telling_a_named_listener_splits_one_quote():
    text = (
        "Judge Althea Quimbrel was blunt.\n\n"
        '"You had a choice that night," the judge told Osric Vexley. "You left a man on the road, and you went home."'
    )
    assert _who(text) == [
        ("You had a choice that night, You left a man on the road, and you went home.", "Althea Quimbrel")
    ]


def test_an_interview_whose_questions_are_by_a_named_interviewer():
    text = (
        "Quessa Tannahill\u2019s fourth novel was shortlisted this week. She still works two shifts a month.\n\n"
        "We met near her home. The conversation has been edited for length; the questions are by Osric Vexley.\n\n"
        "\u201cWhere were you when you heard?\u201d\n\n"
        "\u201cIn a car park, eating a sausage roll.\u201d\n\n"
        "\u201cIs it fair to call it a historical novel?\u201d\n\n"
        "\u201cI\u2019d rather you didn\u2019t. It\u2019s a book about money, really.\u201d"
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley", "Quessa Tannahill", "Osric Vexley", "Quessa Tannahill"]


def test_a_nickname_inside_the_subject_s_clause_ends_no_attribution():
    text = (
        "Aleksey Vexwick, 19, scored twice.\n\n"
        "Vexwick, whom team-mates call \u201cthe Postman\u201d because he always delivers, said: "
        "\u201cI just told myself to hit the target.\u201d"
    )
    assert _who(text) == [("I just told myself to hit the target.", "Aleksey Vexwick")]


def test_the_teenager_is_the_young_person_the_story_is_about():
    text = (
        "Quillan Rovers came from two goals down to beat Ashby Town, with Althea Tannahill in goal.\n\n"
        "Aleksey Vexwick, 19, who signed in the summer, levelled from a corner taken by Osric Quimbrel.\n\n"
        "\u201cI just told myself to hit the target,\u201d the teenager said."
    )
    assert _who(text) == [("I just told myself to hit the target,", "Aleksey Vexwick")]


def test_a_verb_in_a_clause_of_time_is_no_attribution_of_a_nested_quote():
    text = (
        "Rovers manager Althea Tannahill made three changes. Aleksey Vexwick, 19, levelled.\n\n"
        "\u201cThe manager said to me before I went on, \u2018Go and be a nuisance,\u2019 so I was,\u201d "
        "Vexwick said."
    )
    got = dict(_who(text))
    assert got["Go and be a nuisance,"] == "Althea Tannahill"


def test_a_team_had_by_its_coach_is_no_person():
    text = (
        "Osric Vexley-Tann walked into the interview room and rubbed his eyes.\n\n"
        "His Quillan Redtails had just lost their seventh straight game.\n\n"
        "\u201cI'll start, because I know what you're going to ask,\u201d the coach said."
    )
    assert _who(text) == [("I'll start, because I know what you're going to ask,", "Osric Vexley-Tann")]


def test_a_nonprofit_in_apposition_is_an_organisation():
    text = (
        "The Quillan Plateau Conservancy, a nonprofit that manages the wetlands, said it would use the findings "
        "to press for \u201cquieter road surfaces wherever a highway runs past a pond.\u201d"
    )
    from reader.quotes.extract import Extractor, paragraphs

    ex = Extractor(text, paragraphs(text, None))
    assert [(e.name, e.kind) for e in ex.reg.entities] == [("Quillan Plateau Conservancy", "org")]
    assert _who(text) == [("quieter road surfaces wherever a highway runs past a pond.", "Quillan Plateau Conservancy")]


def test_a_spokesperson_named_by_the_last_word_of_a_body_s_name():
    text = (
        "The Quillan Ridge School District will close two schools. The Quillan Ridge Teachers Association "
        "opposed it.\n\n"
        "A district spokesperson said the sessions would be streamed \u201cfor families who work evenings.\u201d"
    )
    assert _who(text) == [("for families who work evenings.", "Quillan Ridge School District")]


def test_a_verb_after_and_shares_the_sentence_s_first_speaker():
    text = (
        "Osric Vexley, 52, denies fraud.\n\n"
        "Prosecutor Althea Quimbrel said the defendant had set up a supplier whose invoices were paid into an "
        "account he controlled, and described those invoices as \u201cworks of fiction, every one of them\u201d."
    )
    assert _who(text) == [("works of fiction, every one of them", "Althea Quimbrel")]


def test_a_letter_signed_by_a_named_director_is_the_director_s():
    text = (
        "In a letter sent to customers, Quillan Water said it was \u201ctruly sorry\u201d for the disruption.\n\n"
        "The letter, signed by the company\u2019s customer director, Althea Vexley, reads: "
        "\u201cWe know how much you rely on us, and we know we have let you down.\u201d"
    )
    assert [s for _t, s in _who(text)] == ["Quillan Water", "Althea Vexley"]


def test_someone_reading_from_a_sheet_of_paper_reads_their_own_words():
    text = (
        "Ysmay Vexley, 27, pleaded guilty.\n\n"
        'Her husband, Aleksey Quimbrel, held up a photograph. "He fixed bikes," he said.\n\n'
        "Vexley, wearing a blue jail uniform, turned to face the family and read from a sheet of paper: "
        '"I have no excuse. I had been drinking."'
    )
    assert [s for _t, s in _who(text)] == ["Aleksey Quimbrel", "Ysmay Vexley"]


def test_whoever_was_asked_answers_the_quote_after_a_gesture():
    text = (
        "Osric Vexley-Tann, the visitors' Irish manager, was left to rue a missed penalty.\n\n"
        "Asked whether the defeat hurt more against his old club, the Irishman smiled. "
        "\u201cCourse it does. I\u2019m human, whatever they say about managers.\u201d\n\n"
        "Althea Quimbrel, 19, scored twice for the home side.\n\n"
        "Asked about her second goal, she laughed. \u201cI shut my eyes and hit it as hard as I could.\u201d"
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley-Tann", "Althea Quimbrel"]


def test_a_one_sentence_paragraph_opening_with_she_gives_her_the_quote_paragraph_after():
    text = (
        "Althea Quimbrel-Vexley mends church clocks. She learnt the trade from her father, Osric Quimbrel.\n\n"
        "\u201cA clock is a slow argument between a weight and a pendulum,\u201d her father used to say.\n\n"
        "She worries about who will do this after her.\n\n"
        "\u201cThere\u2019s no apprenticeship any more. There\u2019s no course. The chain is very thin now.\u201d"
    )
    assert _who(text)[-1] == (
        "There\u2019s no apprenticeship any more. There\u2019s no course. The chain is very thin now.",
        "Althea Quimbrel-Vexley",
    )


def test_a_person_introduced_with_an_age_in_the_paragraph_is_its_he_though_of_unknown_gender():
    text = (
        "Althea Quimbrel learnt the trade from her father, Osric Quimbrel, a watchmaker.\n\n"
        "\u201cHe took me up my first tower when I was nine,\u201d she says.\n\n"
        "Her apprentice is Quessa Tannahill-Vorn, 19, who found her through a noticeboard. "
        "\u201cShe\u2019s terrifying,\u201d he says cheerfully. \u201cIn a good way.\u201d"
    )
    assert _who(text)[-1] == ("She\u2019s terrifying, In a good way.", "Quessa Tannahill-Vorn")


def test_in_a_profile_a_contested_she_is_the_woman_it_is_about():
    text = (
        "Gwenda Vexley-Osric has cooked other people\u2019s food for a decade. Next month she opens her own place.\n\n"
        "\u201cPeople keep asking me if it\u2019s fusion,\u201d Vexley-Osric said in an interview. "
        "\u201cIt\u2019s just my house.\u201d\n\n"
        "She described the kitchen she grew up in as \u201ctwo grandmothers and one stove.\u201d She was raised by "
        "those two women, Quessa Tannahill and Ottilie Vexley, who shared the stove.\n\n"
        "\u201cOne would taste the other\u2019s salsa and sigh. Every single time,\u201d she said."
    )
    assert [s for _t, s in _who(text)] == ["Gwenda Vexley-Osric"] * 3


def test_the_carrier_is_the_airline():
    text = (
        "Thousands of passengers were stranded after Quillan Air cancelled 300 flights.\n\n"
        "The Leeds-based carrier said on Sunday that it was \u201cdeeply sorry\u201d for the disruption."
    )
    assert _who(text) == [("deeply sorry", "Quillan Air")]


def test_according_to_the_charity_named_right_after_its_noun():
    text = (
        "Vexwick Bridge International has set up camps.\n\n"
        'The risk of cholera was "extremely high," according to the medical charity Quillan Medics Relief, '
        "which has sent teams."
    )
    assert _who(text) == [("extremely high,", "Quillan Medics Relief")]


def test_a_firm_s_first_word_before_spokesperson_is_the_firm_by_its_full_name():
    text = (
        "Quillan Home Appliances recalled 40,000 heaters on Monday.\n\n"
        "In response, a Quillan spokesperson said the company reviews \u201cevery piece of customer feedback\u201d."
    )
    assert _who(text) == [("every piece of customer feedback", "Quillan Home Appliances")]


def test_a_gendered_role_in_apposition_outranks_the_given_name_s_guess():
    from reader.quotes.extract import Extractor, paragraphs

    text = "Her mother, Luca Vexley, will run the front of the house."
    ex = Extractor(text, paragraphs(text, None))
    assert [(e.name, e.gender) for e in ex.reg.entities] == [("Luca Vexley", "f")]


def test_a_firm_ending_in_co_or_inc_keeps_its_full_stop_and_speaks():
    assert _who('Quillan Poultry Co. said in a statement that it had "invested significantly" in upgrades.') == [
        ("invested significantly", "Quillan Poultry Co.")
    ]
    assert _who('Vexley Foods Inc. said in a statement that it had "invested significantly" in upgrades.') == [
        ("invested significantly", "Vexley Foods Inc.")
    ]


def test_a_question_put_to_the_minister_is_answered_by_the_minister():
    text = (
        "The roads minister, Althea Quimbrel, opened the debate. \u201cThis bill frees pavements,\u201d she said.\n\n"
        "\u201cWill councils be able to opt out?\u201d asked Osric Vexley.\n\n"
        "\u201cSome will, where streets are narrow,\u201d Aleksey Tannahill replied for the committee.\n\n"
        "Later in the debate, Mr Vexley returned to the subject.\n\n"
        "\u201cCan the minister tell the House how many councils have applied?\u201d\n\n"
        "\u201cI do not have that figure to hand, but I will write to him.\u201d"
    )
    assert _who(text)[-1] == ("I do not have that figure to hand, but I will write to him.", "Althea Quimbrel")


def test_a_clause_joined_by_while_has_its_own_subject():
    text = (
        'Osric Vexley said in a note that the reset was "overdue but credible," while Quessa Tannahill, in a '
        'separate note, wrote that the plan "still relies on a recovery."'
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley", "Quessa Tannahill"]


def test_with_a_role_and_a_participle_the_role_speaks():
    text = (
        "GENEVA \u2014 Talks on a pause to deep-sea mining collapsed on Saturday after a bloc of states walked out, "
        "with the bloc\u2019s chief negotiator accusing rich nations of trying to \u201cbuy time for the bulldozers.\u201d\n\n"
        "The chief negotiator, Quessa Vexley-Tann, said the bloc would return."
    )
    assert _who(text) == [("buy time for the bulldozers.", "Quessa Vexley-Tann")]


def test_a_nickname_inside_the_attribution_does_not_split_the_quote():
    text = (
        "Osric Vexley has lived on the street for 30 years.\n\n"
        '"That\'s the part that got everybody," said Vexley, known up and down the street as "the Mayor" for the '
        'parties he has hosted. "Big tough firefighters, all standing around a beagle with tears in their eyes."'
    )
    assert _who(text) == [
        (
            "That's the part that got everybody, Big tough firefighters, all standing around a beagle with tears in "
            "their eyes.",
            "Osric Vexley",
        )
    ]


def test_a_name_ending_in_the_plural_of_an_everyday_word_is_a_firm():
    from reader.quotes.extract import Extractor, paragraphs

    text = (
        "Quillan Provisions, based in Appleton, recalled 2 million bags. Vexley Container Terminals stopped work. "
        "Brenda Pickles, 61, and Margaret Fields were among the shoppers."
    )
    ex = Extractor(text, paragraphs(text, None))
    kinds = {e.name: e.kind for e in ex.reg.entities}
    assert kinds["Quillan Provisions"] == "org" and kinds["Vexley Container Terminals"] == "org"
    assert kinds["Brenda Pickles"] == "person" and kinds["Margaret Fields"] == "person"  # a given name first
    text = (
        "Quillan Provisions, based in Appleton, recalled 2 million bags.\n\n"
        "\u201cWe are asking customers not to eat these products,\u201d the company said in a statement."
    )
    assert _who(text) == [("We are asking customers not to eat these products,", "Quillan Provisions")]


def test_the_company_introduced_unnamed_then_named_is_the_named_firm():
    text = (
        "A Wisconsin food company is recalling more than 2 million pounds of frozen vegetables.\n\n"
        "Quillan Provisions, based in Appleton, said on Monday that the recall covers two blends.\n\n"
        "\u201cOut of an abundance of caution, we are asking customers not to eat these products,\u201d the company "
        "said in a statement."
    )
    assert _who(text)[-1] == (
        "Out of an abundance of caution, we are asking customers not to eat these products,",
        "Quillan Provisions",
    )


def test_a_coach_of_one_team_is_not_the_coach_named_for_another():
    text = (
        "Althea Quimbrel walked into the interview room and stared at the box score.\n\n"
        '"I\'m going to try to be fair to my players," the Quillan State coach said finally.\n\n'
        'Down the hallway, Vexley Ridge coach Osric Tannahill called it "the biggest win this program has had."'
    )
    assert [s for _t, s in _who(text)] == ["Althea Quimbrel", "Osric Tannahill"]


def test_the_reporter_nobody_named_is_nobody():
    text = (
        "Quillan Ridge beat the Lancers 78-74.\n\n"
        "When a reporter asked Althea Vexley about the student section, she smiled.\n\n"
        '"They were creative. I\'ll give them that," she said.\n\n'
        '"Did it get to you?" the reporter asked.\n\n'
        '"No," she said. "Missing free throws got to me."'
    )
    got = dict(_who(text))
    assert got["Did it get to you?"] is None
    assert got["No, Missing free throws got to me."] == "Althea Vexley"


def test_the_letter_is_his_whom_the_sentence_that_mentioned_it_says_wrote_it():
    text = (
        "Quillan Water\u2019s managing director, Osric Vexley, wrote to the town council on Wednesday. In the "
        "letter, which the council published, he said the company would pay \u00a360 to every household.\n\n"
        "\u201cI understand that this is the second time in three years,\u201d the letter said."
    )
    assert _who(text)[-1] == ("I understand that this is the second time in three years,", "Osric Vexley")


def test_after_a_question_and_its_answer_the_bare_turns_alternate():
    text = (
        "Under cross-examination, prosecutor Althea Quimbrel pressed him on why he never told anyone.\n\n"
        '"You had six years to tell somebody," Quimbrel said. "Did you tell anybody?"\n\n'
        '"No," Vexley said.\n\n'
        '"Not your wife?"\n\n'
        '"No."\n\n'
        '"Not your pastor?"'
    )
    assert [s for _t, s in _who(text)] == ["Althea Quimbrel", "Vexley", "Althea Quimbrel", "Vexley", "Althea Quimbrel"]


def test_a_double_surname_alone_is_the_person_named_in_full():
    text = (
        "Odeline Quimbrel Tannahill did not want to write about her grandmother.\n\n"
        '"I thought she would stop being my grandmother," Quimbrel Tannahill said in an interview.\n\n'
        'Her translator, Osric Vexley, nodded. "She is right," he said.'
    )
    assert [s for _t, s in _who(text)] == ["Odeline Quimbrel Tannahill", "Osric Vexley"]


def test_a_body_s_role_then_the_name_splits_one_quote():
    text = (
        '"Our offer is on the table," the association\'s chief negotiator, Marguerite Quill, told reporters '
        'outside the venue. "What we can\'t do is freeze the technology."'
    )
    assert _who(text) == [("Our offer is on the table, What we can't do is freeze the technology.", "Marguerite Quill")]


def test_her_statement_read_is_her_words_and_splits_one_quote():
    text = (
        "One client, Margaret Quill, 81, handed over \u00a3212,000, the court heard. The defendant, Arthur Vexley, "
        "denies fraud.\n\n"
        "\u201cHe was kind to me,\u201d her statement read. \u201cI believed him. Why wouldn\u2019t I?\u201d"
    )
    assert _who(text) == [("He was kind to me, I believed him. Why wouldn\u2019t I?", "Margaret Quill")]


def test_the_one_with_whom_someone_was_furious_is_not_the_speaker():
    text = (
        "Kettleby manager Osric Vexley was furious with referee Aleksey Quimbrel over the free-kick, insisting "
        "that his captain had \u2018won the ball cleanly\u2019.\n\n"
        "\u2018I\u2019ve watched it back four times,\u2019 he said."
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley", "Osric Vexley"]


def test_whoever_is_pressed_after_a_role_answers_the_questions_that_follow():
    text = (
        "Althea Quimbrel, who lives below the site, said her basement floods every spring.\n\n"
        "Council member Odeline Tannahill pressed the developer\u2019s engineer, Osric Vexley, on that point.\n\n"
        '"Can you guarantee that Ms. Quimbrel\'s basement will be drier?" Tannahill asked.\n\n'
        '"I can guarantee the runoff from the site will be lower than it is today."'
    )
    assert _who(text)[-1] == (
        "I can guarantee the runoff from the site will be lower than it is today.",
        "Osric Vexley",
    )


def test_a_body_whose_name_ends_in_team_speaks_as_the_group():
    text = (
        "LARISSA, Greece (Wirecast) \u2013 Farmers waded through water on Sunday.\n\n"
        "Volunteers from the Quillan Volunteer Rescue Team, a local group, used boats to reach farms.\n\n"
        "The group said in a post that it had carried out \u201cmore than 90 rescues in 36 hours\u201d.\n\n"
        "An 81-year-old woman, wrapped in a grey blanket at a shelter, said she had lost \u201ceverything\u201d.\n\n"
        "\u201cMy son called me and said, \u2018Mama, get on the roof,\u2019\u201d she told Wirecast."
    )
    got = dict(_who(text))
    assert got["more than 90 rescues in 36 hours"] == "Quillan Volunteer Rescue Team"
    assert got["My son called me and said, \u2018Mama, get on the roof,\u2019"] is None  # the woman nobody names


def test_a_title_with_an_american_comma_inside_its_marks_is_no_quote():
    text = (
        'When Odeline Quill reached the chorus of "Kerosene Hymn," her best-known song, she stopped playing.\n\n'
        'Quill closed the night with a new song, "Ask Me Tomorrow," then told the crowd, "I\'m not going anywhere."'
    )
    assert _who(text) == [("I'm not going anywhere.", "Odeline Quill")]


def test_and_later_said_shares_the_subject():
    text = (
        "Osric Quimbrel, who has died aged 88, was coxswain of the lifeboat for 24 years.\n\n"
        "He joined the lifeboat crew at 18, and later said he had done so \u201cbecause the girl I fancied thought "
        "the crewmen looked smart\u201d."
    )
    assert _who(text) == [("because the girl I fancied thought the crewmen looked smart", "Osric Quimbrel")]


def test_a_spokeswoman_for_a_hospital_in_a_city_speaks_for_the_hospital():
    text = (
        "A spokeswoman for Quillan General Hospital in Spokane said two children were being treated there and were "
        '"in stable condition."'
    )
    assert _who(text) == [("in stable condition.", "Quillan General Hospital")]
    # a place inside a comma-set description is not cut: the apposition names the speaker
    text = 'Osric Vexley, a professor at Quillan University in Leeds, said the results were "striking."'
    assert _who(text) == [("striking.", "Osric Vexley")]


def test_one_analyst_named_in_apposition_is_her_she():
    text = (
        "Analysts estimated the cost. One analyst there, Priya Quill, said retailers had begun "
        '"quietly rerouting" cargo.\n\n'
        '"It\'s not panic yet," she said. "It\'s insurance."'
    )
    assert [s for _t, s in _who(text)] == ["Priya Quill", "Priya Quill"]


def test_a_statement_a_body_released_that_read_in_part_is_the_body_s():
    text = (
        '"Every week this drags on, another center closes," said state Sen. Odeline Quill.\n\n'
        "The Quillan Early Learning Alliance, which represents about 1,200 providers, released a statement on "
        "Monday that read, in part:\n\n"
        "\u201cSince July, 61 licensed child care centers have closed their doors.\u201d"
    )
    assert [s for _t, s in _who(text)] == ["Odeline Quill", "Quillan Early Learning Alliance"]


def test_a_letter_from_a_relative_named_after_is_theirs():
    text = (
        "Judge Odeline Quill said she had received 46 letters on the defendant's behalf.\n\n"
        'One letter, from his daughter, Althea Vexley, said: "My father has lost everything that mattered to him."'
    )
    assert _who(text) == [("My father has lost everything that mattered to him.", "Althea Vexley")]


def test_a_speaker_keeps_the_name_the_article_first_gave_in_full():
    # an obituary's closing line adds a middle name; the speaker is still named as first given in full
    text = (
        'Odeline Quimbrel, who has died aged 88, delivered babies for forty years. "I never slept," she said.\n\n'
        "Odeline Osmerel Quimbrel, midwife, born 3 March 1938; died 1 November 2026"
    )
    assert _who(text) == [("I never slept,", "Odeline Quimbrel")]


def test_a_name_in_apposition_to_a_business_noun_with_a_participle_phrase_is_a_company():
    # "X, the payments app used by ...": the company, not the country named inside the phrase
    text = (
        "Quessapay, the payments app used by about two million small businesses in the United States, said an "
        "update was to blame.\n\n"
        "In a blog post, the company said the change had been \u201ctested extensively.\u201d"
    )
    assert _who(text) == [("tested extensively.", "Quessapay")]


def test_an_american_organization_is_an_organisation():
    text = 'The Quillan Parent Teacher Organization, in a letter to the board, called the plan "rushed."'
    assert _who(text) == [("rushed.", "Quillan Parent Teacher Organization")]


def test_the_housing_association_is_the_body_with_housing_in_its_name_not_the_building():
    text = (
        "Quillan Tarnholm Housing, which owns Vexley House in Pendleton, said it would spend \u00a34m on repairs.\n\n"
        "In a statement, the housing association said: \u2018We have not met the standards.\u2019"
    )
    assert _who(text) == [("We have not met the standards.", "Quillan Tarnholm Housing")]


def test_a_role_that_admitted_it_had_is_a_body_not_the_next_person():
    text = (
        "Residents of a tower block say they have lived with mould for two years, as their landlord admitted it "
        "had \u2018let them down\u2019.\n\n"
        "Quillan Tarnholm Housing, which owns the block, said it would spend \u00a34m on repairs.\n\n"
        "Althea Vexley, 41, who lives on the 12th floor, said her son had been in hospital twice."
    )
    assert _who(text) == [("let them down", "Quillan Tarnholm Housing")]


def test_it_in_a_bodys_reported_clause_is_the_body_not_the_agency_it_told():
    text = (
        "OAKLAND, Nov 24 (Reuters) - Talks broke down.\n\n"
        "The Quillan Terminal Operators Council, which bargains for 41 shipping lines, disputed that.\n\n"
        '"We are done," Althea Vexley told Reuters.\n\n'
        "Late on Monday, the operators' council said in an email that it had asked mediators to "
        '"bring the parties back together."'
    )
    assert _who(text)[-1] == ("bring the parties back together.", "Quillan Terminal Operators Council")


def test_it_is_never_the_agency_a_person_spoke_to():
    text = (
        "The Quillan Operators Council met on Monday.\n\n"
        '"We are done," Althea Vexley told Reuters.\n\n'
        'It said later that the offer was "generous."'
    )
    assert _who(text)[-1] == ("generous.", "Quillan Operators Council")


def test_a_subject_with_a_clause_who_pressed_a_titled_name_sets_up_an_exchange():
    text = (
        "Cllr Althea Vexley, the cabinet member for finance, defended the plan.\n\n"
        "Osric Tannahill, who runs a florist\u2019s on Bridge Street, said trade had fallen. "
        "\u2018People come into town because it\u2019s easy,\u2019 he said.\n\n"
        "Cllr Odeline Quimbrel, who leads the opposition group, pressed Cllr Vexley on whether the council had "
        "modelled the effect:\n\n"
        "\u2018Have you done an impact assessment, yes or no?\u2019\n\n"
        "\u2018We have done an equality impact assessment.\u2019\n\n"
        "\u2018That isn\u2019t what I asked.\u2019"
    )
    assert [s for _t, s in _who(text)] == ["Osric Tannahill", "Odeline Quimbrel", "Althea Vexley", "Odeline Quimbrel"]


def test_an_email_from_an_unnamed_constituent_read_out_is_nobody_named():
    text = (
        "Althea Vexley, whose constituency is served by the line, read out an email from a constituent, a nurse "
        "who commutes to Leeds, who had written: \u201cI have been late for my shift 11 times.\u201d"
    )
    assert _who(text) == [("I have been late for my shift 11 times.", None)]


def test_a_question_calling_someone_by_name_after_a_narrative_paragraph_opens_an_exchange():
    text = (
        "Osric Quimbrel, chief executive of Quillan Trains, told MPs the timetable had been too ambitious.\n\n"
        "\u201cI want to apologise to every passenger,\u201d he said.\n\n"
        "The committee\u2019s chair, Dame Odeline Vexley, said passengers had heard apologies before. The "
        "committee\u2019s report last year, \u201cWaiting on the Platform\u201d, had criticised the plan.\n\n"
        "\u201cMr Quimbrel, you sat in that chair a year ago. Which Christmas did you mean?\u201d\n\n"
        "\u201cI said we expected to see an improvement by Christmas, and for a period we did.\u201d\n\n"
        "\u201cFor a period.\u201d"
    )
    assert [s for _t, s in _who(text)] == [
        "Osric Quimbrel",
        "Dame Odeline Vexley",
        "Osric Quimbrel",
        "Dame Odeline Vexley",
    ]


def test_a_title_only_a_body_gives_makes_the_run_before_it_a_body_everywhere():
    from reader.quotes.registry import Registry

    text = 'They lost to Quillan Tech on Saturday.\n\nQuillan Tech coach Althea Vexley said "we remembered."\n'
    reg = Registry(text, [(text.index('"'), text.rindex('"') + 1)])
    assert {e.name: e.kind for e in reg.entities} == {"Quillan Tech": "org", "Althea Vexley": "person"}


def test_a_name_ending_in_state_is_a_university_not_a_person():
    text = (
        "When coach Osric Vexley walked into the interview room, he sat down.\n\n"
        "Quillan State was outrebounded 48-29 and committed 19 turnovers.\n\n"
        'Asked what he had told his players at halftime, the coach smiled thinly. "Nothing you can print," he said.'
    )
    assert _who(text) == [("Nothing you can print,", "Osric Vexley")]


def test_the_name_a_verb_singles_out_is_its_object_not_the_one_calling_him_so():
    text = (
        '"Our guys remembered that," Althea Vexley said.\n\n'
        "She singled out freshman center Aleksey Quimbrel, who had 17 rebounds, calling him "
        '"the best rebounder I\'ve coached."'
    )
    assert _who(text)[-1] == ("the best rebounder I've coached.", "Althea Vexley")


def test_a_he_after_the_only_person_named_in_its_paragraph_teaches_his_gender():
    from reader.quotes.registry import Registry

    # "Sandy" says nothing of its bearer's sex; the paragraph does, though another man came before
    text = (
        "Osric Tannahill said the plan was fine. He left early.\n\n"
        "Back in the home room, Sandy Quimbrel was asked about it. He said he had spoken with the director.\n\n"
        "Near the end, Sandy Quimbrel asked whether he would stay. He laughed.\n"
    )
    genders = {e.name: e.gender for e in Registry(text, []).entities}
    assert genders == {"Osric Tannahill": "m", "Sandy Quimbrel": "m"}
    # (but "X asked whether he ..." is about another: it teaches nothing)
    text = "Osric Tannahill said the plan was fine. He left early.\n\nNear the end, Sandy Quimbrel asked whether he would stay. He laughed.\n"
    assert {e.name: e.gender for e in Registry(text, []).entities}["Sandy Quimbrel"] is None
    # (nor does a his/her in what the person said: "her ice cores" may be the late scientist's)
    text = "Odeline Quill drilled ice. She died in May.\n\nDr Sandy Quimbrel said her ice cores would be studied.\n"
    assert {e.name: e.gender for e in Registry(text, []).entities}["Sandy Quimbrel"] is None


def test_born_and_a_storm_name_nobody():
    from reader.quotes.registry import Registry

    text = "Born Odeline Marie Quill in Toledo, she sang. After Hurricane Osric flooded the house, she moved."
    reg = Registry(text, [])
    assert {e.name for e in reg.entities if e.kind == "person"} == {"Odeline Marie Quill"}


def test_a_message_an_unnamed_customer_sent_read_out_is_nobody_named_and_an_exchange_follows():
    text = (
        "\u2018People come into town because it\u2019s easy,\u2019 said Althea Vexley, who runs a florist\u2019s.\n\n"
        "Ms Vexley then read out a message she said a regular customer had sent her that morning: "
        "\u2018I love your shop but I won\u2019t pay \u00a32.40.\u2019\n\n"
        "Cllr Odeline Quimbrel pressed Cllr Osric Tannahill on whether the council had modelled the effect:\n\n"
        "\u2018Have you done an impact assessment?\u2019\n\n"
        "\u2018We have done an equality impact assessment.\u2019"
    )
    assert [s for _t, s in _who(text)] == ["Althea Vexley", None, "Odeline Quimbrel", "Osric Tannahill"]


def test_the_statement_a_body_noun_made_in_a_fronted_phrase_is_the_bodys():
    text = (
        "Dr Osric Vexley has led the project for the Quillan Nature Partnership for four years.\n\n"
        'One of the pupils, Althea, nine, said: "They look like a wet dog."\n\n'
        "In a statement, the partnership said the animals had been tagged. "
        "\u201cThis is a trial, not a triumph,\u201d the statement said."
    )
    assert _who(text)[-1] == ("This is a trial, not a triumph,", "Quillan Nature Partnership")


def test_a_nested_quote_the_speaker_was_told_is_nobody_named():
    text = (
        "Osric Vexley, a farmer, said he feared the fields would flood.\n\n"
        "\u201cI asked who, and how quickly, and I was told, \u2018We\u2019re working on that.\u2019 That isn\u2019t "
        "an answer,\u201d he said."
    )
    assert ("We\u2019re working on that.", None) in _who(text)


@pytest.mark.parametrize(
    "lead",
    [
        "I had a neighbour stop me at the gate and say, ",  # someone the speaker had stop and speak
        "I got a letter back from the council saying, ",  # a document's words
        "We were told at the counter, ",  # told by nobody named
        "I remember him saying, ",  # someone else heard saying it
        "My aunt brought me here when I was six and said, ",  # the I of a clause of time in her sentence
        "The first man I reached grabbed my arm and said, ",  # the I of a clause about the man
        "We had a man knock on the door and say, ",  # someone the speaker had come and speak
        "I got a call from the school saying, ",
        "I was asked, ",
    ],
)
def test_a_nested_quote_the_speaker_heard_or_was_sent_is_nobody_named(lead):
    text = f"Maud Quill runs the ferry.\n\n\"{lead}'Keep the gate shut,'\" said Maud Quill."
    assert ("Keep the gate shut,", None) in _who(text)


@pytest.mark.parametrize(
    "lead",
    [
        "I told them, ",
        "That's when I rang my sister and told her, ",  # the I's own clause, made the point
        "At half-time I told them, ",
        "I remember saying, ",
        "I said to the man beside me, ",  # a "me" of a preposition
        "I had a word with the manager and said, ",  # "had" with no one made to speak
        "I sent a text saying, ",  # a document the speaker sent
        "I heard the news and rang my mum to say, ",  # the speaker's own verb after a perception
        "The room went quiet when I stood up and said, ",  # a clause of time that is the speaker's doing
        "I got told off for saying, ",  # a reprimand, for the speaker's words
        "I watched the footage again, saying, ",  # the speaker's own participle after what was watched
        "I cried the day I turned eighteen and told my mother, ",  # the I's own sentence around a clause of time
        "I had the manager on the phone and had to say, ",  # "had to say": the speaker's own
    ],
)
def test_a_nested_quote_the_speaker_says_stays_theirs(lead):
    text = f"Maud Quill runs the ferry.\n\n\"{lead}'Keep the gate shut,'\" said Maud Quill."
    assert ("Keep the gate shut,", "Maud Quill") in _who(text)


_LAMPS_LIT = (
    '"It should have been done in a summer," said Bill Marten, the harbour master. Marten said the costs had '
    "doubled, and Marten blamed the weather.\n\n"
    "Osric Vexley opened the new slipway at Quarnby on Monday after two years of delays.\n\n"
    "Maud Quill has run the caf\u00e9 on the quay for thirty years. {middle}\n\n"
    '"The last winter was the hardest," Ms Quill said. "He came down one night and said, \'Keep the lamps lit,\' '
    'and we did."'
)


def test_a_nested_he_last_named_long_before_is_nobody_named():
    # the he could be anyone the speaker knows: the man named three paragraphs back (neither the first person
    # named nor the one named most) is a guess
    text = _LAMPS_LIT.format(middle="She says the village has changed.\n\nVolunteers painted the boathouse.")
    assert ("Keep the lamps lit,", None) in _who(text)


def test_a_nested_she_of_the_first_person_named_is_still_her():
    # an obituary: named once, then "she" all along, while those paying tribute are named often
    text = (
        "A woman who took in 200 foster children over 40 years has died aged 88.\n\n"
        "Maud Quill and her late husband fostered children in their terraced house in Quarnby from 1968.\n\n"
        "The council's director of children's services, Bill Vexley, said she had been remarkable. Mr Vexley "
        "said the council would name a new home after her.\n\n"
        "One of the children she fostered, Osric Marten, said he arrived at her door aged seven.\n\n"
        "Mr Marten said he stayed for 11 years.\n\n"
        "\"She opened the door, looked at me and said, 'You must be starving,'\" Mr Marten said."
    )
    assert ("You must be starving,", "Maud Quill") in _who(text)


def test_a_nested_he_named_in_the_paragraph_before_is_still_him():
    text = _LAMPS_LIT.format(middle="She says Osric Vexley gave her the first loan.")
    assert ("Keep the lamps lit,", "Osric Vexley") in _who(text)


def test_he_after_an_unnamed_speaker_known_by_the_noun_beside_it_is_nobody_named():
    # "regular" is no role; the apposition ("a retired postman") says a man, and he spoke last
    text = (
        "Bill Marten, the owner, said the diner would close on Friday.\n\n"
        "By 7 a.m. there was a line down the block. One regular, a retired postman who has eaten breakfast on "
        'the same stool since 1991, said the diner was "the town\'s living room."\n\n'
        '"You find out who died, who had a baby, all before the eggs come," he said.'
    )
    assert ("You find out who died, who had a baby, all before the eggs come,", None) in _who(text)


def test_she_after_an_unnamed_man_known_by_the_noun_beside_him_is_still_hers():
    # the one who spoke between is a man ("a retired fireman"): the she is the shop's owner
    text = (
        "Maud Quill has run the wool shop on Vexley Street for thirty years.\n\n"
        "One customer, a retired fireman who buys yarn for his wife, said the shop was \"the warmest room in "
        'town."\n\n'
        '"I\'ll keep going until my hands stop," she said.'
    )
    assert ("I'll keep going until my hands stop,", "Maud Quill") in _who(text)


def test_a_clause_after_a_name_in_apposition_gives_it_no_role():
    # "told the council her son" is what she did, not what she is: her son is the one named next
    text = (
        "Councillor Maud Quill said the cameras would go live in May.\n\n"
        "The boy's mother, Brisa Vexley-Marten, told the council her son, Osric Vexley-Marten, spent two weeks in "
        "the hospital. \"Osric asked me, 'Why didn't the car stop?' and I still don't have an answer for him,\" she said."
    )
    people = {e.name: (e.gender, {h for h, _m in e.roles}) for e in Registry(text, []).entities}
    assert people["Brisa Vexley-Marten"] == ("f", {"mother"})
    said = "Osric asked me, 'Why didn't the car stop?' and I still don't have an answer for him,"
    assert (said, "Brisa Vexley-Marten") in _who(text)


def test_a_role_told_of_before_anyone_is_named_is_never_someone_of_the_other_sex():
    # "the victim's widow" in a wire lede: the next person named is the man sentenced, never her
    text = (
        "QUARNBY, Kan. \u2014 A former coach who struck and killed a cyclist while driving drunk was sentenced "
        "Thursday to 12 years in prison after the victim's widow told the court she had \"stopped counting the "
        'days."\n\n'
        "Brandon Vexley, 34, pleaded guilty in January to manslaughter in the crash that killed Osric Marten, 47.\n\n"
        'Reading from a statement, Maud Marten spoke directly to Vexley. "You left him in a ditch," she said.'
    )
    assert ("stopped counting the days.", "Brandon Vexley") not in _who(text)
    # (nor the next woman named after him: the first named is of the other sex, so nobody by name)
    assert ("stopped counting the days.", None) in _who(text)


def test_a_chairman_told_of_before_anyone_is_named_may_be_a_woman():
    text = (
        "QUARNBY \u2014 The club's chairman said on Monday that the new stand would be \"finished by the spring.\"\n\n"
        "Maud Quill, who has led Quarnby Rovers since 2019, said the cost had been met by supporters."
    )
    assert ("finished by the spring.", "Maud Quill") in _who(text)


def test_a_firm_numbered_before_its_legal_form_is_one_name():
    text = 'In a statement on Monday, Quarnby Terrace Holdings 4 LLC said it "respectfully disagrees" with the ruling.'
    assert ("respectfully disagrees", "Quarnby Terrace Holdings 4 LLC") in _who(text)


def test_a_pet_name_in_a_quote_names_the_one_named_in_full():
    # "Tony" for Anthony, by the nicknames package's table: the one person named in full so
    text = (
        "Dame Maud Quill has been acting for fifty years. \u2018I never planned it,\u2019 she says.\n\n"
        "Her breakthrough came in 1981 in a touring production directed by the late Sir Anthony Vexley. "
        "\u2018Tony said to me at the first read-through, \u201cYou\u2019re too loud. Don\u2019t change a thing,\u201d"
        "\u2019 she recalls. \u2018So I didn\u2019t.\u2019"
    )
    assert ("You\u2019re too loud. Don\u2019t change a thing,", "Sir Anthony Vexley") in _who(text)


def test_a_pet_name_no_one_else_answers_to_is_read_as_a_name_and_linked():
    # "Dick" opens its sentence in a quote and is no one's given name in the article: still a name, linked
    text = (
        "Maud Quill, 100, still swims every morning. \u2018It keeps me young,\u2019 she says.\n\n"
        "Her late husband, Richard Quill, a crab fisherman, never went in. \u2018Dick used to say, \u201cMaud, "
        "one day the sea will keep you,\u201d and I\u2019d laugh,\u2019 she says."
    )
    assert ("Maud, one day the sea will keep you,", "Richard Quill") in _who(text)


def test_gran_in_a_quote_is_the_one_other_of_the_speakers_surname():
    text = (
        "Every clock in Maud Quill's shop on Castlegate is set to a slightly different time.\n\n"
        "Her granddaughter, Brisa Quill, 24, has worked beside her for six years. \"Gran used to say, 'A clock "
        "will tell you what's wrong with it if you shut up long enough,'\" Brisa Quill said."
    )
    assert ("A clock will tell you what's wrong with it if you shut up long enough,", "Maud Quill") in _who(text)
    # (never one the article made another relative of theirs)
    text = (
        "Brisa Quill, 24, and her mother, Ana Quill, run the shop together.\n\n"
        "\"Gran used to say, 'Never sell the clocks,'\" Brisa Quill said."
    )
    assert ("Never sell the clocks,", None) in _who(text)


@pytest.mark.parametrize(
    ("lead", "named"),
    [
        ("My neighbour Bill said", "William Vexley"),  # someone of the speaker's, named by a pet name alone
        ("Tony came over and said", "Antonia Vexley"),  # a man's pet name, never a woman's given name
        ("John used to say", "Ian Vexley"),  # the table's pairs of two full names are no pet forms
    ],
)
def test_a_pet_name_is_not_taken_for_someone_it_may_not_shorten(lead, named):
    text = (
        f"Maud Quill has run the bakery for forty years. Councillor {named} opened the new wing on Friday.\n\n"
        f"\"{lead}, 'Bread waits for nobody,'\" Maud Quill said."
    )
    assert ("Bread waits for nobody,", named) not in _who(text)


def test_gran_is_nobody_a_generation_younger_than_the_speaker_says():
    # the ages beside the names say mother and daughter, not grandmother and granddaughter
    text = (
        "Carol Quill, 58, and Lucy Quill, 31, run the tearoom on the quay.\n\n"
        "\"Gran used to say, 'Scones wait for no one,'\" Lucy Quill said."
    )
    assert ("Scones wait for no one,", "Carol Quill") not in _who(text)


def test_an_everyday_word_that_is_a_pet_name_names_nobody():
    text = (
        "Richard Quarnby opened the hall in 1990.\n\n"
        '"Rich people move here and never come to the hall," Maud Vexley said. "Rich folk never did."'
    )
    assert all(who != "Richard Quarnby" for _said, who in _who(text))


def test_an_apposition_further_on_in_the_sentence_says_nothing_of_its_subject():
    # "a man" is the new manager, not the porter: the "she" after it may be the porter's
    text = (
        "Brisa Quill is the hospital's director.\n\n"
        "One porter was blunter about the new manager, a man who has never visited the ward. "
        '"Nobody asked us," she said.'
    )
    assert ("Nobody asked us,", "Brisa Quill") not in _who(text)


def test_a_role_given_by_naming_stays_with_the_one_named():
    text = "Ama Quill, named her party's deputy leader in May, said the vote was \"a turning point.\""
    assert "leader" in {h for e in Registry(text, []).entities for h, _m in e.roles}


def test_a_persons_spokesman_speaks_for_that_person():
    text = (
        "Fairwatt, the energy supplier, collapsed on Thursday. Its chief executive, Maud Quill, has not spoken "
        "publicly.\n\n"
        'Ms Quill\'s spokesman said on Wednesday that she was "focused on the customers, not the headlines".'
    )
    assert ("focused on the customers, not the headlines", "Maud Quill") in _who(text)


def test_a_one_word_nickname_names_the_person_later():
    text = (
        'At dawn, Odeline "Sol" Quimbrel is already in her veil.\n\n'
        "Osric Vexley, 17, started coming around when he was 12.\n\n"
        "\"Miss Sol told me, 'Stand still and let them figure out you're boring,'\" Vexley says."
    )
    assert ("Stand still and let them figure out you're boring,", "Odeline Quimbrel") in _who(text)


def test_words_someone_was_told_by_a_named_person_are_that_persons():
    text = (
        "Prosecuting, Althea Vexley said Osric Quimbrel had treated the money as a personal overdraft.\n\n"
        "She said one tenant had been told by Quimbrel in a text message that her deposit was "
        "\u201ctied up with the scheme\u201d. The message, read to the court, went on: \u201cGive it 6 weeks.\u201d"
    )
    assert _who(text) == [("tied up with the scheme", "Osric Quimbrel"), ("Give it 6 weeks.", "Osric Quimbrel")]


def test_a_memo_seen_by_an_agency_is_not_the_agencys_nor_a_guess():
    text = (
        "SANTIAGO, Dec 1 (Reuters) - Workers will strike unless the owner improves its offer, union leader "
        "Osric Vexley told Reuters on Monday.\n\n"
        'The plan calls for supervisors to run the plant "at reduced but safe throughput," according to an '
        "internal memo seen by Reuters."
    )
    assert _who(text)[-1] == ("at reduced but safe throughput,", None)


def test_the_company_is_never_the_union_named_last():
    text = (
        "The Quillan Workers' Union, which represents 2,300 miners, is seeking a bonus that the company has "
        'described as "unaffordable at current prices."'
    )
    assert _who(text) == [("unaffordable at current prices.", None)]


def test_the_name_right_before_who_said_speaks_not_the_place_before_a_passive():
    from reader.quotes.registry import Registry

    text = (
        "Osric Vexley, the guitarist, has died aged 81.\n\n"
        "His death, on Saturday at home in Quillby, east Tarnholm, was announced by his daughter, Odeline Vexley, "
        "who said he had died \u201cpeacefully, with a guitar within reach\u201d."
    )
    assert _who(text) == [("peacefully, with a guitar within reach", "Odeline Vexley")]
    kinds = {e.name: e.kind for e in Registry(text, []).entities}
    assert "Tarnholm" not in kinds  # a part of a town ("east X"), and no daughter


def test_a_body_and_a_person_of_another_body_in_one_run_are_three_names():
    text = (
        "Two leaders, Odeline Quill of the Quillan Polder Alliance and Aleksey Vexley-de Graaf of New Centre, "
        "spoke to reporters.\n\n"
        "\u201cWe have agreed on nothing,\u201d Vexley-de Graaf said."
    )
    assert _who(text) == [("We have agreed on nothing,", "Aleksey Vexley-de Graaf")]


def test_before_adding_is_the_person_who_told_not_his_party_in_the_reported_clause():
    text = (
        "Its parliamentary leader, Osric Vexley, told reporters only that his party was \u201clistening "
        "carefully,\u201d before adding: \u201cAnd we are taking notes.\u201d"
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley", "Osric Vexley"]


def test_a_plural_title_before_two_people_names_each_of_them():
    text = (
        "Co-founders Ji-woo Quill and Althea Vexley-Osmer said in an interview that the money would go on hiring.\n\n"
        "\u201cWe don\u2019t want to be the fastest,\u201d Quill said.\n\n"
        "Vexley-Osmer, a former emergency physician, put it more bluntly. \u201cI have signed off on thousands of "
        "notes,\u201d she said."
    )
    assert [s for _t, s in _who(text)] == ["Ji-woo Quill", "Althea Vexley-Osmer"]


def test_who_after_a_persons_description_ending_in_a_body_is_the_person():
    text = (
        "The funding follows an exchange on social media with Osric Vexley, the chief executive of rival "
        "Quillan Health, who posted that Tarnholm's claims were \u201cmarketing with a stethoscope on.\u201d"
    )
    assert _who(text) == [("marketing with a stethoscope on.", "Osric Vexley")]


def test_the_skipper_is_the_captain():
    text = (
        "Quillan captain Althea Vexley said the dressing room had talked all week about the run.\n\n"
        "Osric Tannahill went down in the box shortly before half-time.\n\n"
        "\u2018We owed the fans that one,\u2019 said the skipper."
    )
    assert _who(text) == [("We owed the fans that one,", "Althea Vexley")]


def test_a_he_in_a_sentence_that_opens_with_a_role_is_that_role():
    text = (
        "Osric Vexley insisted his Quillan Harriers side were \u2018nowhere near the finished article\u2019.\n\n"
        "Substitute Aleksey Tannahill added a late third.\n\n"
        "But the Harriers manager was in no mood to celebrate a performance he described as \u2018two halves of a "
        "very strange sandwich\u2019."
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley", "Osric Vexley"]


def test_a_letter_signed_by_a_bodys_officer_is_the_officers_two_paragraphs_on():
    text = (
        "The chain Quillmart wrote to the dairy on Friday. The letter, signed by Quillmart\u2019s head of quality, "
        "Osric Vexley, described the chain as \u201cdeeply concerned\u201d.\n\n"
        "\u201cWe expect to be informed on the day,\u201d Mr Vexley wrote.\n\n"
        "Quillmart had removed the yoghurt from sale \u201cpending further information\u201d, according to the letter."
    )
    assert [s for _t, s in _who(text)] == ["Osric Vexley"] * 3


def test_two_surnames_of_people_named_before_joined_by_and_are_two_people():
    from reader.quotes.registry import Registry

    text = (
        "Captain Osric Vexley and prop Aleksey Quimbrel scored.\n\n"
        "Quimbrel and Vexley left the field arm in arm. The prop dedicated the win to his mother.\n"
    )
    reg = Registry(text, [])
    assert sorted(e.name for e in reg.entities) == ["Aleksey Quimbrel", "Osric Vexley"]
    assert [r for e in reg.entities for r in e.roles if e.name == "Aleksey Quimbrel"] == [("prop", frozenset())]


def test_an_initiative_is_a_body_whose_report_speaks():
    text = (
        "The report, \u201cPaying for Every Drop\u201d, by the Quillan Taps Initiative, surveyed 2,400 households. "
        "It found that prices rose \u201coften overnight\u201d, according to the report."
    )
    assert _who(text) == [("often overnight", "Quillan Taps Initiative")]


def test_a_document_mentioned_by_according_to_says_nothing_of_its_author():
    text = (
        "Patients at Quillan Royal Hospital waited up to 61 hours, according to an inspection report published "
        "on Wednesday.\n\n"
        "The Vexley Services Inspectorate described the department as \u201coverwhelmed\u201d.\n\n"
        "Inspectors found 43 patients in the department. The report said: \u201cWe observed a frail patient.\u201d"
    )
    assert _who(text)[-1] == ("We observed a frail patient.", "Vexley Services Inspectorate")


def test_titles_before_names_that_are_no_part_of_them():
    text = (
        "Emergency Services Minister Bishop Quimbrel said payments would begin on Tuesday. "
        "\u201cWe will be there,\u201d he said.\n\n"
        "Elder Aunty Odeline Vexley said the country had gone \u201cfar too long\u201d without burning.\n\n"
        'Sophomore Althea Osmer, 15, told the board she had deleted two apps. "Honestly, it will help," she said.'
    )
    assert [s for _t, s in _who(text)] == ["Bishop Quimbrel", "Odeline Vexley", "Althea Osmer"]


def test_the_pm_is_the_prime_minister_not_a_body_called_pm():
    text = (
        "Health Minister Osric Quimbrel resigned on Friday.\n\n"
        "In his resignation letter to Althea Vexley, the Prime Minister, he wrote that he had acted "
        "in good faith.\n\n"
        "In one message Mr Quimbrel wrote: \u2018The PM said to me, \u201cGet it over the line\u201d, so it is.\u2019"
    )
    assert ("Get it over the line", "Althea Vexley") in _who(text)


def test_one_name_followed_by_what_kind_of_person_is_a_person():
    text = (
        'Ysmay Vexley, 60, has built violins for forty years. "Every one is different," he says.\n\n'
        "Her husband, Quessandro, a retired bus driver, drops off lunch most days. Asked whether he ever plays, he "
        'shakes his head. "One violinist is enough," he says.'
    )
    assert _who(text)[-1] == ("One violinist is enough,", "Quessandro")


def test_a_name_described_as_a_person_after_according_to_is_a_he_later():
    text = (
        'A camp volunteer who gave his name only as Kit said: "The wind took the roofs first."\n\n'
        'Boats were missing, "many with crews who ignored the warnings," according to Osric Quimbrel Vexmoor, '
        "head of a regional fishermen's association.\n\n"
        '"They knew the storm was coming," he said.'
    )
    # (Osric Quimbrel Vexmoor: of unknown sex and no given name, as likely a team or a firm as a person to the
    # pronoun model, which does not weigh him; the rules know more, and their answer stands)
    assert _who(text)[-1] == ("They knew the storm was coming,", "Osric Quimbrel Vexmoor")


def test_the_one_a_verb_accuses_is_never_its_speaker_and_an_unnamed_teller_is_nobody():
    accused = (
        "Two class actions were filed on Thursday. One, brought on behalf of a hair salon, accuses Quillpay of "
        'treating security "as an afterthought to growth."'
    )
    assert all(s != "Quillpay" for _t, s in _who(accused))
    told = "MacQuill is more forthcoming. She says an executive told her the demos were \u2018too quiet to sell\u2019."
    assert _who("Althea MacQuill released her album on Friday.\n\n" + told)[-1] == ("too quiet to sell", None)


def test_shares_of_a_company_make_it_a_company_and_its_first_word_alone_is_it():
    text = (
        "SAN JOSE \u2014 Shares of Quillan Microsystems fell 14% after the chipmaker cut its forecast. Analysts "
        "surveyed by Vexdata had expected more.\n\n"
        "In a statement released alongside the results, Quillan said its balance sheet remained strong. "
        "\u201cOur long-term strategy is unchanged,\u201d the company said."
    )
    assert _who(text) == [("Our long-term strategy is unchanged,", "Quillan Microsystems")]


def test_a_nation_is_a_body_not_a_person():
    from reader.quotes.registry import Registry

    text = "Osric Vexley, now a planner for the Quillan Nation, said the trips were long."
    kinds = {e.name: e.kind for e in Registry(text, []).entities}
    assert kinds["Osric Vexley"] == "person"
    assert all(kind != "person" for name, kind in kinds.items() if "Nation" in name)


def test_said_an_owners_role_then_a_name_is_that_person():
    text = (
        "\u2018We have not seen demand like this,\u2019 said Quillan Lane\u2019s executive director, Althea Vexley. "
        "\u2018The box office has had to hire staff.\u2019"
    )
    assert [s for _t, s in _who(text)] == ["Althea Vexley"]


def test_a_she_is_never_the_one_interviewing_her():
    text = (
        "Althea Quimbrel, the saxophonist, has died aged 86.\n\n"
        '"She never told you how to play," Aleksey Vexley said.\n\n'
        "In a 1979 interview with Melody Tannahill, she was asked about leading a band. "
        '"They would ask me who the leader was," she said.'
    )
    # (left unclear, or the woman who died; never the one interviewing her)
    assert _who(text)[-1][1] in (None, "Althea Quimbrel")


def test_fans_singing_are_a_crowd_not_the_team_named_before():
    text = (
        "Quillan Harriers led through a header, and the 1,400 visiting fans were singing "
        "\u201cQuillan\u2019s going to Wembley\u201d long before half-time."
    )
    assert _who(text) == [("Quillan\u2019s going to Wembley", None)]


def test_a_name_ending_in_an_everyday_abstract_noun_is_a_body():
    text = 'The report, by the Quillan Fellowship, found that prices rose "often overnight", according to the report.'
    assert _who(text) == [("often overnight", "Quillan Fellowship")]


def test_a_body_in_apposition_to_a_role_holds_it():
    text = (
        '"Will you sue the vendor?" a reporter asked Althea Vexley. "If our lawyers let me, yes," she said.\n\n'
        "The vendor, Quillan Signal Systems of Pittsburgh, said in a statement that a "
        '"root cause analysis" was under way.'
    )
    assert _who(text)[-1] == ("root cause analysis", "Quillan Signal Systems")


def test_a_text_message_from_an_unnamed_listener_read_out_is_nobody_named():
    text = (
        'Asked whether he would resign, Osric Vexley said: "No. My job is to fix this."\n\n'
        "Later in the interview, Althea Quimbrel read out a text message from a listener: "
        '"My daughter swam there on the 10th and was ill for a week."'
    )
    assert _who(text)[-1] == ("My daughter swam there on the 10th and was ill for a week.", None)


def test_according_to_opening_the_sentence_names_who_said_a_partial_quote():
    text = (
        "The bakery on Wrenfold Street has been shut since June.\n\n"
        "According to Osric Tannahill, who owns the building, it will reopen "
        "\u201cwhen the roof is sound and not a day before\u201d.\n\n"
        "According to the landlord, the repairs went over budget \u201ctwice in one winter\u201d."
    )
    assert _who(text) == [
        ("when the roof is sound and not a day before", "Osric Tannahill"),
        ("twice in one winter", None),
    ]


def test_a_partial_quote_said_by_nobody_the_sentence_names_is_kept_with_its_speaker_unclear():
    text = (
        "Osric Vexley hosted the late show for thirty years.\n\n"
        "The station said in a statement that the programme had been \u201ca lighthouse for the lonely\u201d.\n\n"
        "Regulars of the diner knew it as \u201cthe Coal Hole\u201d, and the trade calls such rooms "
        "\u201cback-of-house sanctuaries\u201d."
    )
    assert _who(text) == [("a lighthouse for the lonely", None)]


def test_the_last_word_of_a_body_s_name_names_it():
    text = (
        "Crews from the Quillan Prairie Electric Cooperative worked through the night.\n\n"
        "The cooperative said in a statement that linemen would be \u201cworking around the clock\u201d."
    )
    assert _who(text) == [("working around the clock", "Quillan Prairie Electric Cooperative")]


def test_the_subject_of_a_sentence_opening_with_but_speaks_past_its_relative_clause():
    text = (
        "But Dr Osric Tannahill, who chairs the Upper Wrenfold Residents\u2019 Association, said the council "
        "had \u2018rolled over\u2019 for the developer."
    )
    assert _who(text) == [("rolled over", "Osric Tannahill")]


def test_a_description_without_an_article_before_who_describes_the_person_named():
    text = (
        "The panel heard from Dr Althea Quimbrel, chief inspector at the Quillan Rivers Authority, who said "
        "the regulator \u201cdid not have enough inspectors to catch what it was not told about\u201d."
    )
    assert _who(text) == [("did not have enough inspectors to catch what it was not told about", "Althea Quimbrel")]


def test_an_adverb_of_frequency_between_a_name_and_its_verb():
    text = 'Judge Althea Vexley twice warned both lawyers to "keep it to questions," and the jury was sent out.'
    assert _who(text) == [("keep it to questions,", "Althea Vexley")]


def test_a_quoted_title_in_the_apposition_with_its_comma_inside_the_marks():
    text = (
        'Club president Althea Wrenfold, who edits the club\'s newsletter, "The Tarnholm Signal," said members '
        'had returned "a dozen or so" lost rings over the years.'
    )
    assert _who(text) == [("a dozen or so", "Althea Wrenfold")]


def test_a_quote_split_by_an_attribution_no_cue_reader_knows_is_still_one_quote():
    text = (
        '"They came in with an offer and left," Althea Quimbrel, the union\'s international president, '
        'told Reuters by phone. "We are not the ones who ended this conversation."'
    )
    quotes = extract_quotes(text, unclear_below=0.0)
    assert [(q.text, q.speaker, len(q.pieces)) for q in quotes] == [
        (
            "They came in with an offer and left, We are not the ones who ended this conversation.",
            "Althea Quimbrel",
            2,
        )
    ]


def test_a_new_sentence_introducing_its_own_quote_ends_the_split_quote():
    text = (
        '"We have been told it will be fixed next quarter," said Capt. Osric Vexley of the Tarnholm Fire '
        "District. Another firefighter, who asked not to be named, put it more bluntly: "
        '"We carry our own phones. That is the backup plan."'
    )
    assert _who(text) == [
        ("We have been told it will be fixed next quarter,", "Osric Vexley"),
        ("We carry our own phones. That is the backup plan.", None),
    ]


def test_a_thought_quoted_inside_a_quote_is_the_thinker_s():
    text = (
        "Dr Althea Quimbrel first saw the ice shelf in 1978.\n\n"
        "\"I remember thinking, 'That is the most beautiful thing I have ever seen, and it is falling apart,'\" "
        "she said in a 2012 lecture. \"Then the publisher thought 'The Last Shelf' would sell.\""
    )
    assert _who(text) == [
        (
            "I remember thinking, 'That is the most beautiful thing I have ever seen, and it is falling apart,'"
            " Then the publisher thought 'The Last Shelf' would sell.",
            "Althea Quimbrel",
        ),
        ("That is the most beautiful thing I have ever seen, and it is falling apart,", "Althea Quimbrel"),
    ]


def test_words_on_a_banner_a_flag_or_one_of_the_signs_before_are_nobody_s():
    text = (
        "A banner strung across the front of the Tarnholm village hall reads \u201cTARNHOLM IS NOT FOR SALE\u201d.\n\n"
        "Osric Vexley watched from beneath a home-made flag reading \u201cTWO OF A KIND\u201d.\n\n"
        'Parents lined the back wall, many holding hand-lettered signs. One read "Our Kids Are Not A Line Item."'
    )
    assert _who(text) == [
        ("TARNHOLM IS NOT FOR SALE", None),
        ("TWO OF A KIND", None),
        ("Our Kids Are Not A Line Item.", None),
    ]


def test_a_chant_repeating_a_name_is_the_crowd_s_and_a_song_s_title_is_not_speech():
    text = (
        "Supporters at the back of the hall chanted \u201cAl-the-a, Al-the-a\u201d as Althea Quimbrel left the stage.\n\n"
        "The home end ended the afternoon singing \u201cOsric, Osric, Osric\u201d and then \u201cTarnholm Boys\u201d."
    )
    assert _who(text) == [("Al-the-a, Al-the-a", None), ("Osric, Osric, Osric", None)]


def test_a_capital_the_mid_sentence_opens_a_title_not_a_person():
    text = (
        "Althea Quimbrel recorded three albums. The critic Aleksey Vexley, writing in The Ebony Keyboard, "
        "praised her left hand.\n\n"
        '"I play what I hear," she said.'
    )
    assert _who(text) == [("I play what I hear,", "Althea Quimbrel")]


def test_a_description_the_lexicon_does_not_know_then_a_name_after_said():
    text = '"It is the end of an era," said the harbour master, Aleksey Quimbrel. "People relied on it."'
    assert _who(text) == [("It is the end of an era, People relied on it.", "Aleksey Quimbrel")]


def test_a_sentence_quoted_inside_a_quote_a_word_in_is_the_speaker_s_own():
    text = (
        "Asked what she had been thinking at the start, Althea Quimbrel laughed. "
        "\"Honestly? 'Don't fall.' That was the whole plan.\"\n\n"
        '"I raised it more times than I can count," said Aleksey Vexley. "The answer was always, \'We are recruiting.\'"'
    )
    assert _who(text) == [
        ("Honestly? 'Don't fall.' That was the whole plan.", "Althea Quimbrel"),
        ("Don't fall.", "Althea Quimbrel"),
        ("I raised it more times than I can count, The answer was always, 'We are recruiting.'", "Aleksey Vexley"),
    ]


def test_a_text_or_an_email_is_written_speech():
    text = (
        "\"Althea texted me this morning, 'Win it for the hamstring,'\" Osric Vexley said.\n\n"
        "14:55 A reader, Quessa, who is stuck in departures, has emailed us: \u201cDay one of our holiday is gone.\u201d"
    )
    assert _who(text) == [
        ("Althea texted me this morning, 'Win it for the hamstring,'", "Osric Vexley"),
        ("Win it for the hamstring,", "Althea"),
        ("Day one of our holiday is gone.", "Quessa"),
    ]


def test_a_party_label_or_a_foreign_form_of_address_is_no_part_of_the_name():
    text = (
        "Republican Althea Quimbrel led in the polls.\n\n"
        '"We will win in the spring," Quimbrel said.\n\n'
        "Se\u00f1or Aleksey Vexley, 79, runs the bakery. \u201cThe river was always my friend,\u201d he said."
    )
    assert _who(text) == [
        ("We will win in the spring,", "Althea Quimbrel"),
        ("The river was always my friend,", "Aleksey Vexley"),
    ]


def test_a_document_from_a_person_described_first_is_theirs():
    text = (
        "The email, from the hospital\u2019s clinical director for emergency medicine, Dr Althea Quimbrel, "
        "said staff were \u201cexhausted, demoralised and, in some cases, frightened\u201d."
    )
    assert _who(text) == [("exhausted, demoralised and, in some cases, frightened", "Althea Quimbrel")]


def test_a_witness_who_cannot_be_named_is_the_she_that_follows():
    text = (
        "Althea Quimbrel, the charity's former treasurer, denies fraud.\n\n"
        "Earlier, the jury heard from a former fundraiser at the charity, who cannot be named for legal reasons. "
        "She told jurors that collection tins were \u201ccounted to the penny\u201d."
    )
    assert _who(text) == [("counted to the penny", None)]


def test_a_plural_noun_opening_a_quoted_sentence_is_nobody_s_name():
    text = (
        "The test flagged 68% of early cancers, Dr Althea Quimbrel said.\n\n"
        "\"Patients ask me, 'Can you catch it early?' Now I can say yes,\" she said."
    )
    assert _who(text)[-1] == ("Can you catch it early?", None)


def test_a_judgement_someone_called_it_is_a_quote_and_a_name_is_not():
    text = (
        "Supporters stayed long after the whistle. One, a season-ticket holder for 40 years, called it "
        "\u201cthe best afternoon here since the \u201990s\u201d.\n\n"
        "The trade calls such painted adverts \u201cghost signs\u201d."
    )
    assert _who(text) == [("the best afternoon here since the \u201990s", None)]


def test_who_after_a_person_of_a_place_and_which_before_a_subject():
    text = (
        "The bill was opposed by Sen. Aleksey Vexley of Tarnholm, who called the requirement "
        '"a mandate written for unions, not for safety."\n\n'
        "The board will vote on the future of the building, which Althea Quimbrel, a former pupil, "
        'called "the heart of the east side."'
    )
    assert _who(text) == [
        ("a mandate written for unions, not for safety.", "Aleksey Vexley"),
        ("the heart of the east side.", "Althea Quimbrel"),
    ]


def test_a_title_sung_by_a_crowd_is_a_title_and_a_sung_sentence_is_a_chant():
    text = (
        "After the whistle, Tarnholm supporters stayed on the terraces to sing \u201cCalon Fach\u201d, before "
        "breaking into a chant of \u201cOne more game! One more game!\u201d"
    )
    assert _who(text) == [("One more game! One more game!", None)]


def test_the_title_of_a_memoir_or_a_name_given_with_the_is_no_quote():
    text = (
        "In her memoir, \u201cDiesel and Velvet\u201d, Althea Quimbrel wrote that the depot "
        "\u201csmelled of engine oil for the first ten years\u201d.\n\n"
        'He spent a season with a hand crew its members called the "Dirty Nine."'
    )
    assert _who(text) == [("smelled of engine oil for the first ten years", "Althea Quimbrel")]


def test_shot_back_is_a_speech_verb():
    text = (
        "Althea Quimbrel said the plan would cost farmers dearly.\n\n"
        'Aleksey Vexley shot back that his opponent "has never milked a cow either."'
    )
    assert _who(text) == [("has never milked a cow either.", "Aleksey Vexley")]


def test_fr_and_cr_are_titles():
    text = (
        "The parish priest, Fr Aleksey Quimbrel, told mourners that she had \u201cnever let a child leave "
        "believing they were stupid\u201d.\n\n"
        'Shire mayor Osric Vexley-Quarnholt said volunteers had filled sandbags. "We are ready," Cr Vexley-Quarnholt told AAP.'
    )
    assert _who(text) == [
        ("never let a child leave believing they were stupid", "Aleksey Quimbrel"),
        ("We are ready,", "Osric Vexley-Quarnholt"),
    ]


def test_where_a_firm_named_for_its_trade_is_no_part_of_its_name():
    text = (
        "The trial was run by Quillan Fisheries of Wrenfold. In a statement, Quillan said the deaths were "
        '"under review."'
    )
    assert _who(text) == [("under review.", "Quillan Fisheries")]


def test_pcso_and_a_role_joined_to_a_role_are_titles():
    text = (
        'Player-coach Aleksey Quimbrel, 71, has had both hips replaced. He said: "I had my second hip done in March."\n\n'
        'PCSO Althea Vexley told the meeting the letters were "advisory only".'
    )
    assert _who(text) == [
        ("I had my second hip done in March.", "Aleksey Quimbrel"),
        ("advisory only", "Althea Vexley"),
    ]


def test_surname_particles_of_many_languages_belong_to_the_name():
    text = (
        'Goalkeeper Althea dos Quimbrel Vexley saved twice. "I watched their penalties," Quimbrel Vexley said.\n\n'
        'Aleksey Osric de los Tannahill did not concede. "We will wait," de los Tannahill said.\n\n'
        'Osric ap Wrenfold, the MP, pressed on. "Your chatbot told a girl," ap Wrenfold said.'
    )
    assert _who(text) == [
        ("I watched their penalties,", "Althea dos Quimbrel Vexley"),
        ("We will wait,", "Aleksey Osric de los Tannahill"),
        ("Your chatbot told a girl,", "Osric ap Wrenfold"),
    ]


def test_an_unnamed_person_from_a_place_is_not_the_place():
    text = (
        "Drivers have waited since dawn at the services. "
        'One lorry driver from Tarnholm told her: "I have been sat here four hours."'
    )
    assert _who(text) == [("I have been sat here four hours.", None)]


def test_a_family_name_first_then_a_romanised_given_name_is_a_person():
    text = 'Lake Da-som won the final in three sets. "My hamstring would like to disagree," Lake said.'
    assert _who(text) == [("My hamstring would like to disagree,", "Lake Da-som")]


def test_a_role_word_with_a_capital_after_a_role_is_a_given_name():
    text = "Tarnholm defender Marshal Quimbrel said: \u201cThey played 100 minutes in the rain.\u201d"
    assert _who(text) == [("They played 100 minutes in the rain.", "Marshal Quimbrel")]


def test_where_a_firm_builds_is_no_part_of_its_name():
    text = (
        "Councillors approved 140 homes by Quillan Homes on Wrenfold Meadow.\n\n"
        'Quillan Homes said in a statement that it was "delighted" with the outcome.'
    )
    assert _who(text) == [("delighted", "Quillan Homes")]


def test_a_semicolon_gives_each_clause_its_own_speaker():
    text = (
        "Althea Quimbrel's new novel strands her detective in a lighthouse.\n\n"
        "Her publisher, Tarnholm Books, describes it as \u201cher boldest yet\u201d; Quimbrel, 61, calls it "
        "\u201cthe one I nearly didn't finish\u201d."
    )
    assert _who(text)[-1] == ("the one I nearly didn't finish", "Althea Quimbrel")


def test_an_everyday_noun_before_a_three_word_name_is_a_description():
    text = (
        "Passenger Tarquel Singh Vexley, who was travelling with his parents, had been at the terminal since 4 am. "
        '"Nobody is telling us anything," he said.'
    )
    assert _who(text) == [("Nobody is telling us anything,", "Tarquel Singh Vexley")]


def test_a_role_someone_s_possessive_names_is_never_that_someone():
    text = (
        'Althea Quimbrel was born on the bus. Quimbrel\'s mother said: "We owe the driver everything."\n\n'
        'Osric Vexley\'s lawyer said the claim was "nonsense".'
    )
    got = _who(text)
    assert got[0] == ("We owe the driver everything.", None)  # her mother, whom the article does not name
    assert got[1] == ("nonsense", None)  # his lawyer: neither him nor the woman named before


def test_a_name_after_from_described_as_a_tradesperson_is_a_person():
    text = (
        "The case began with a complaint from Tarquel van der Quarn, a retired electrician from Vexmoor, in 2022.\n\n"
        "\u201cI am pleased, but I am not celebrating yet,\u201d Van der Quarn said."
    )
    assert _who(text) == [("I am pleased, but I am not celebrating yet,", "Tarquel van der Quarn")]


def test_a_verb_leading_into_a_quote_says_who_not_the_capitals_of_the_next_sentence():
    text = (
        "The board voted 4-3. When the vote was announced, someone near the back of the room shouted "
        '"Shame!" Vexley called for order and adjourned the meeting.'
    )
    assert _who(text) == [("Shame!", None)]


def test_a_spokesperson_speaks_for_the_body_not_for_its_owner_named_in_a_clause():
    text = (
        "Quarnby Buses, which is owned by the transport group Veldmark, said it was disappointed. "
        'A spokesman said: "We made a fair offer."'
    )
    assert _who(text) == [("We made a fair offer.", "Quarnby Buses")]


def test_she_in_a_whom_clause_is_never_the_person_the_clause_is_about():
    text = (
        'Althea Quimbrel, 44, builds instruments that measure ice. "It is slow work," she says.\n\n'
        "Her early career was spent on the Antarctic ice, under the glaciologist Dr Marta Vexley, who died in 2015 "
        'and whom she still calls "my true north". "Marta taught me patience," she says.'
    )
    assert [s for _t, s in _who(text)] == ["Althea Quimbrel"] * 3


def test_two_people_answering_each_other_a_paragraph_at_a_time_take_turns():
    text = (
        "Council member Althea Quimbrel questioned the transport director, Osric Vexley, about the cuts.\n\n"
        "\u201cFormally? Very few,\u201d Mr Vexley said.\n\n"
        "\u201cSo the answer is none,\u201d Ms Quimbrel said.\n\n"
        "\u201cThe answer is that we consulted the authority.\u201d"
    )
    assert _who(text)[-1] == ("The answer is that we consulted the authority.", "Osric Vexley")


def test_a_bare_paragraph_after_someone_speaking_of_the_one_before_goes_on_quoting_them():
    text = (
        "Althea Quimbrel has pushed the tea trolley round the wards for 50 years.\n\n"
        "\u2018I just like being useful,\u2019 said Ms Quimbrel.\n\n"
        "\u2018Althea is part of the fabric of this hospital,\u2019 said Marta Vexley.\n\n"
        "\u2018We have tried to give her an award three times.\u2019"
    )
    assert _who(text)[-1] == ("We have tried to give her an award three times.", "Marta Vexley")


def test_a_name_set_out_as_a_heading_with_a_colon_speaks_the_paragraph_below():
    text = (
        "The recollections below were gathered by the parish history group.\n\n"
        "Althea Quimbrel, 74, then the village postmistress:\n\n"
        "\u2018I heard it before I saw it. A kind of hiss, then the whole street was water.\u2019\n\n"
        "Osric Vexley, 58, then a volunteer with the fire unit:\n\n"
        "\u2018We had one boat, and it had a hole in it.\u2019"
    )
    assert [s for _t, s in _who(text)] == ["Althea Quimbrel", "Osric Vexley"]


def test_somebody_unnamed_shouting_from_the_floor_is_nobody_not_the_last_speaker():
    text = (
        "Shareholders gathered at the Quillan hotel on Tuesday.\n\n"
        '"I understand the frustration," Osric Vexley said.\n\n'
        '"You\'ve had a year to finish!" someone called from the floor.\n\n'
        '"I\'d ask you to let me finish," he said.\n\n'
        '"Then give the money back!" a woman in a red fleece shouted.\n\n'
        'Outside, a man leaning out of a passing SUV shouted "Get a job!" at the marchers.'
    )
    got = dict(_who(text))
    assert got["You've had a year to finish!"] is None
    assert got["Then give the money back!"] is None
    assert got["Get a job!"] is None
    assert got["I'd ask you to let me finish,"] == "Osric Vexley"


def test_an_arabic_surname_with_its_article_is_part_of_the_name():
    text = (
        'Imam Aleksey Tannahill of the Dar al-Quimbrel Community Center called the plan "arithmetic without a '
        'conscience."\n\n"It was unfair," said Osric al-Vexley, a shopkeeper.'
    )
    assert [s for _t, s in _who(text)] == ["Aleksey Tannahill", "Osric al-Vexley"]


def test_an_irish_mac_surname_named_later_is_the_full_name():
    text = (
        "Farmer Osric Mac Quarn said eleven farms would be split by the route.\n\n"
        "\u201cThey have voted for a map,\u201d Mr Mac Quarn said."
    )
    assert _who(text) == [("They have voted for a map,", "Osric Mac Quarn")]


def test_the_one_who_reads_a_letter_aloud_did_not_write_it():
    text = (
        "Another victim, retired teacher Althea Quimbrel, 77, could not attend. In a letter that Ms Marta Vexley "
        "read aloud, she wrote that she had gone back to work.\n\n"
        "\u201cI am 77 years old and I bag groceries,\u201d the letter said."
    )
    assert _who(text)[-1] == ("I am 77 years old and I bag groceries,", "Althea Quimbrel")


def test_a_report_is_the_words_of_the_body_that_published_it_not_of_the_school_it_is_about():
    text = (
        "The report on Quillan Brook Primary School, published on Thursday by the Vexmoor Diocesan Schools "
        "Inspectorate, follows a two-day visit in January.\n\n"
        "Under the heading \u201cQuality of education\u201d, the report says:\n\n"
        "\u201cLeaders have introduced a new phonics programme, but it is not yet taught consistently.\u201d\n\n"
        "Pupils, it says, are \u201cpolite, curious and kind to one another\u201d."
    )
    got = dict(_who(text))
    assert got["Leaders have introduced a new phonics programme, but it is not yet taught consistently."] == (
        "Vexmoor Diocesan Schools Inspectorate"
    )
    assert got["polite, curious and kind to one another"] == "Vexmoor Diocesan Schools Inspectorate"


def test_whoever_asked_the_question_is_not_the_she_who_answers():
    text = (
        "The coroner, Marta Vexley, opened the inquest on Monday.\n\n"
        "PC Althea Quimbrel said the road had been dry. \u201cNo rider could plan for that,\u201d PC Quimbrel said.\n\n"
        "Asked by the coroner whether the signs were adequate, she said they were \u201cfaded and partly hidden\u201d."
    )
    assert _who(text)[-1] == ("faded and partly hidden", "Althea Quimbrel")


def test_the_other_of_two_unnamed_sources_is_nobody():
    text = (
        "Osric Vexley chairs the board.\n\n"
        "Two board members spoke on condition of anonymity. \u201cShe came in with a spreadsheet,\u201d one of them said.\n\n"
        "The other said the row was \u201cabout style as much as substance.\u201d"
    )
    assert _who(text) == [("She came in with a spreadsheet,", None), ("about style as much as substance.", None)]


def test_a_company_named_by_one_word_keeps_that_name_beside_its_product():
    text = (
        "Customers of broadband provider Quarnet say they have been hit with a price rise.\n\n"
        "The company sold its Quarnet Max package to 20,000 homes.\n\n"
        "A Quarnet spokesperson said: \u201cOur terms are clear.\u201d"
    )
    assert _who(text) == [("Our terms are clear.", "Quarnet")]


def test_a_first_surname_named_alone_is_the_whole_double_surname():
    # (a first surname that is a given name too, so that "Marta Morgan" reads as a name by itself)
    text = (
        "The search continued, according to Marta Morgan Vexmoor, 52, a volunteer.\n\n"
        "\u201cNobody here is sleeping anyway,\u201d according to Morgan."
    )
    assert _who(text)[-1] == ("Nobody here is sleeping anyway,", "Marta Morgan Vexmoor")


def test_the_one_an_interviewee_spoke_with_asks_the_questions():
    text = (
        "Althea Quimbrel has written nine novels. She spoke with books editor Marta Vexley at her home in "
        "Quillan. The conversation has been edited for length and clarity.\n\n"
        "\u201cLet\u2019s start with the title. Why a choir?\u201d\n\n"
        "\u201cBecause I can\u2019t sing. Writing a choir was the closest I could get.\u201d"
    )
    assert _who(text) == [
        ("Let\u2019s start with the title. Why a choir?", "Marta Vexley"),
        ("Because I can\u2019t sing. Writing a choir was the closest I could get.", "Althea Quimbrel"),
    ]


def test_a_trade_noun_opening_the_sentence_before_a_firm_is_no_part_of_its_name():
    text = (
        "Passengers faced more cancellations on Monday.\n\n"
        "Operator Quarnby Rail brought in the timetable in December, promising \u2018more seats\u2019 on the route."
    )
    assert _who(text) == [("more seats", "Quarnby Rail")]


def test_a_town_after_in_whose_first_word_is_also_a_given_name_is_no_person():
    text = (
        "Teodoro Vexley, 61, builds guitars in a converted garage.\n\n"
        "He grew up in El Paso, the son of a mechanic who repaired school buses. His father, he said, taught him "
        "\u201cthat anything a person built, a person can unbuild.\u201d"
    )
    assert _who(text) == [("that anything a person built, a person can unbuild.", "Teodoro Vexley")]


def test_a_maori_te_surname_and_an_american_councilor_s_title():
    text = (
        "Chief executive Osric Te Quarnby said it was \u201ca sad day for the company\u201d.\n\n"
        "\u201cWe have looked at every option,\u201d Te Quarnby said.\n\n"
        "City Councilor Althea Vexley addressed the rally, calling the cap \u201cthe biggest thing this council "
        "can do.\u201d"
    )
    assert [s for _t, s in _who(text)] == ["Osric Te Quarnby", "Osric Te Quarnby", "Althea Vexley"]


def test_according_to_a_body_s_role_then_a_name_is_that_person():
    text = (
        "Linwood Quarnby stormed the court at the buzzer.\n\n"
        "\u201cIt is the loudest I have ever heard this building,\u201d according to Linwood State athletic director "
        "Osric Vexley."
    )
    assert _who(text) == [("It is the loudest I have ever heard this building,", "Osric Vexley")]


def test_the_before_a_title_with_a_full_stop_is_the_title_s_article():
    text = (
        "Althea Quimbrel ran the diner for 40 years.\n\n"
        "\u201cShe was the heart of Main Street, full stop,\u201d according to the Rev. Aleksey Tannahill, pastor of "
        "Holy Trinity."
    )
    assert _who(text) == [("She was the heart of Main Street, full stop,", "Aleksey Tannahill")]


def _cup_upset() -> str:
    return (
        "Non-league Wrenfold Town pulled off the shock of the cup on Saturday, beating League One side Quarnby United"
        " 2-1 in front of a sell-out crowd.\n\n"
        "Goals from Marshal Quarnholt and a late winner from 19-year-old Aleksey Quimbrel sent the part-timers into the"
        " draw.\n\n"
        "\u201cI\u2019ve never known a day like it,\u201d said Wrenfold manager Osric Vexley.\n\n"
        "Quarnholt, a plumber by day, put the home side ahead. Quarnby levelled through Wenzel Vellowby\u2019s header,"
        " and looked the likelier winners until Quimbrel turned in a cross at the far post.\n\n"
        "The teenager, who works in a warehouse during the week, said he had not slept the night before.\n\n"
        "\u201cI told my mum I would score,\u201d he said.\n\n"
        "Quarnby head coach Tancred Tannahill did not hide his frustration.\n\n"
        "\u201cWe thought the shirt would win it for us,\u201d he said.\n\n"
        "According to the Wrenfold chairman, Althea Quessa, the club could earn more than \u00a3100,000.\n\n"
        "\u201cFor a club like ours that\u2019s a lifeline,\u201d she said."
    )


def test_the_teenager_is_the_one_given_a_teenager_s_age():
    assert _speakers(_cup_upset())["I told my mum I would score,"] == "Aleksey Quimbrel"


def test_a_club_whose_name_ends_in_united_is_nobody_s_he_or_she():
    who = _speakers(_cup_upset())
    assert who["For a club like ours that\u2019s a lifeline,"] == "Althea Quessa"
    assert "Quarnby United" not in who.values()


def test_the_one_a_he_reports_on_is_not_the_next_he_who_speaks_though_he_is_the_he_inside():
    text = (
        "By the 70th minute on Saturday the chant had started in the Quarnholt End, slow at first and "
        "then louder: \u201cTannahill, time to go.\u201d By the final whistle of a 3-0 home defeat by Wrenfold "
        "United, most of the 11,000 crowd had joined in.\n\n"
        "Osric Tannahill has been in charge of Quessa Wanderers, known to their supporters as \u201cthe "
        "Moorhens\u201d, for 19 months. He won promotion in his first season and was, until October, talked "
        "about as one of the brightest young coaches in the country. Quessa have now lost eight of their"
        " last ten league games and sit two points above the relegation places.\n\n"
        "\u201cI hear them. Of course I hear them. I am not deaf,\u201d Tannahill said afterwards, in a press room"
        " that smelled of the pies served at half-time. \u201cThe supporters pay. They have the right to sing"
        " what they want. My job is to give them something else to sing about.\u201d\n\n"
        "Asked whether he had spoken to the club\u2019s owner, Wenzel Quarnby, since the match, he said only:"
        " \u201cNot yet. Tomorrow, probably. He will say what he says.\u201d\n\n"
        "Inside the dressing room, the players insist they are behind him. Tancred Vexley, the captain, "
        "said the squad had \u201clet the gaffer down\u201d and that the responsibility lay with them.\n\n"
        "\u201cWhen it goes like this people always look at the manager, because that\u2019s the easy thing,\u201d "
        "Vexley said. \u201cBut he didn\u2019t miss the chance at 0-0. I did.\u201d\n\n"
        "Aleksey Quimbrel, the striker signed for a club-record \u00a32.4 million in the summer, has scored "
        "twice in 17 games. He said Tannahill had sat next to him on the bus home from the previous "
        "defeat. \u201cHe told me, \u2018Stop reading your phone. The phone doesn\u2019t know how to play "
        "football.\u2019 "
        "He\u2019s right,\u201d he said."
    )
    who = _speakers(text)
    outer = next(k for k in who if k.startswith("He told me"))
    assert who[outer] != "Osric Tannahill"  # the striker reports what his manager told him
    assert who[next(k for k in who if k.startswith("Stop reading"))] == "Osric Tannahill"


def test_a_woman_called_chairman_is_still_a_she():
    text = (
        "Osric Vexley said the club had been lucky.\n\n"
        "According to the club\u2019s chairman, Althea Quessa, it could earn more than \u00a3100,000.\n\n"
        "\u201cThat is a lifeline,\u201d she said."
    )
    assert _speakers(text)["That is a lifeline,"] == "Althea Quessa"


def test_a_street_opened_by_a_title_is_no_person():
    text = (
        "My grandmother, Althea Quimbrel, sewed for thirty years in a factory on Notre Dame Avenue.\n\n"
        "I grew up in her kitchen on Tarnholm Avenue, listening to her tell stories.\n\n"
        "\u201cIn the camp, a woman told me to learn the words,\u201d she told me once."
    )
    assert _speakers(text)["In the camp, a woman told me to learn the words,"] == "Althea Quimbrel"


def test_a_kin_name_used_as_a_name_is_the_one_given_that_kin():
    text = (
        "My grandmother, Althea Quimbrel, came over with one suitcase. Her husband, my grandfather Osric Vexley,"
        " arrived a decade later.\n\n"
        "\u201cShe was not off-key,\u201d he used to say.\n\n"
        "\u201cHe is lying,\u201d Nana would reply."
    )
    assert _speakers(text)["He is lying,"] == "Althea Quimbrel"


def test_the_paper_that_saw_a_document_does_not_speak_its_words():
    text = (
        'One placard, held by a girl of about ten, read: "My mom drives the 42. Who drives her home?"\n\n'
        'Althea Quessa, president of the Quarnby Transit Workers, told the crowd the cuts would cost 190 jobs. "They'
        ' call it efficiency," she said. "We call it a layoff notice with a nicer font."\n\n'
        "The union's local president said drivers had learned of the plan through a leaked slide deck, not from"
        ' management. A copy seen by the Sunday Wrenfold describes overnight routes as "low-yield" and recommends'
        ' "demand-responsive alternatives" for shift workers.\n\n'
        '"Demand-responsive means you call an app and wait forty minutes in the snow," said Osric Vellowby, a hospital'
        " cleaner."
    )
    who = _speakers(text)
    assert who.get("low-yield") is None and who.get("demand-responsive alternatives") is None  # unclear, or no quote
    assert who["They call it efficiency, We call it a layoff notice with a nicer font."] == "Althea Quessa"


def test_a_country_or_club_before_a_role_is_whose_role_not_who_speaks():
    text = (
        "Osric Quimbrel has been left out again.\n\n"
        "A former Tarnholm wicketkeeper who now commentates, and who asked not to be named criticising selectors,"
        " said Quimbrel had been \u2018unlucky in his timing\u2019."
    )
    assert _speakers(text)["unlucky in his timing"] is None


def test_a_member_s_letters_before_a_name_are_a_role():
    text = (
        "Local TD Osric Vexley raised the figures yesterday, describing the hospital as \u201cthe canary in the mine\u201d.\n\n"
        "Scottish Labour MSP Althea Quessa said the figures were \u201cdamning\u201d."
    )
    assert _speakers(text) == {"the canary in the mine": "Osric Vexley", "damning": "Althea Quessa"}


def test_the_defendant_is_who_the_article_says_is_on_trial_even_when_it_opens_on_him():
    text = (
        "The defendant had been in the witness box for almost three hours.\n\n"
        "\u2018You have told this jury a great many things,\u2019 said Althea Quessa KC, for the prosecution.\n\n"
        "Osric Vexley, 54, an art restorer from the village of Wrenfold, denies stealing the painting.\n\n"
        "Under questioning from his own barrister, Aleksey Quimbrel KC, the defendant said he had cleaned it"
        " \u2018with the door open and a camera on the wall\u2019."
    )
    assert _speakers(text)["with the door open and a camera on the wall"] == "Osric Vexley"


def test_the_one_a_question_calls_by_name_answers_not_its_asker():
    text = (
        "\u2018Did you take the painting, Mr Vexley?\u2019 asked Althea Quessa KC, for the prosecution.\n\n"
        "\u2018No.\u2019\n\n"
        "\u2018Did you arrange for someone else to take it?\u2019\n\n"
        "\u2018No. I\u2019ve told you that four times now.\u2019\n\n"
        "Osric Vexley, 54, denies theft."
    )
    assert _who(text) == [
        ("Did you take the painting, Mr Vexley?", "Althea Quessa"),
        ("No.", "Osric Vexley"),
        ("Did you arrange for someone else to take it?", "Althea Quessa"),
        ("No. I\u2019ve told you that four times now.", "Osric Vexley"),
    ]


def _novelist_profile() -> str:
    return (
        "Althea Quessa has written six novels at the same kitchen table in Wrenfold, Co Quarnby, and she"
        " has no intention of moving. \u201cI tried a study once,\u201d she says. \u201cLovely room. Nothing happened "
        "in it.\u201d\n\n"
        "Her new novel, \u201cThe Salt Acre\u201d, is about three sisters fighting over a farm after their "
        "father\u2019s death, which will surprise nobody who has read her previous five, or met her family.\n\n"
        "\u201cEvery book I write, my mother rings me and says, \u2018Is that one about me?\u2019\u201d she says. \u201cAnd I "
        "always say, \u2018No, Mammy.\u2019 And she always says, \u2018It is, though.\u2019\u201d\n\n"
        "Her mother, Edeltraud Quessa, 84, who lives two fields away, confirmed this account with some "
        "relish. \u201cOf course they\u2019re about me,\u201d she said. \u201cWho else would they be about? She doesn\u2019t know"
        " anybody else.\u201d\n\n"
        "Critics have been kinder than her relatives. One described her last book, \u201cA Quiet Word\u201d, as \u201ca"
        " small masterpiece of grievance\u201d, and the novelist Tancred Tannahill called her \u201cthe finest "
        "chronicler of the Irish kitchen-table row since people started having them\u201d.\n\n"
        "Quessa, 58, taught English at a secondary school for 25 years before her first novel was "
        "published, and she still marks her own drafts in red biro. \u201cTeaching is the best training there"
        " is for a novelist,\u201d she says. \u201cYou spend all day watching thirty people pretending they\u2019re not"
        " fighting.\u201d\n\n"
        "Her younger sister, Brunhild Vexley, a solicitor in Quellby, is more ambivalent. \u201cI\u2019ve been a "
        "villain in two of them and a corpse in one,\u201d she said. \u201cI\u2019d like to be the one who wins, just "
        "once.\u201d\n\n"
        "Quessa says the dispute that inspired the new book was real, though she will not say whose "
        "family it happened in:\n\n"
        "\u201cThere was a field. There\u2019s always a field. Someone was promised it, and someone else got it, "
        "and for twenty years nobody said anything at Christmas except \u2018pass the gravy\u2019.\n\n"
        "\u201cThen somebody died, and everybody said everything.\u201d\n\n"
        "Her publisher, Vellowby & Quill, said in a statement that the book had \u201calready sold more in "
        "pre-orders than any of her previous titles\u201d.\n\n"
        "Her brother, Osric Quessa, who farms the land their father left, has not read any of the books,"
        " he said, \u201con principle and for my own health\u201d. Quessa says he is \u201cthe only one of us with any "
        "sense\u201d, and that he appears in the new book only as a tractor heard in the distance.\n\n"
        "At a reading in Quarnholt last month, a woman in the front row asked whether the author was "
        "\u201cever afraid of her family\u201d.\n\n"
        "\u201cConstantly,\u201d the author replied. \u201cThat\u2019s why I write it all down. Evidence.\u201d\n\n"
        "Asked whether she had read the new one yet, Edeltraud Quessa folded her arms and looked out of the "
        "window towards her daughter\u2019s house.\n\n"
        "\u201cI have,\u201d she said. \u201cAnd it is.\u201d"
    )


def test_an_irish_county_after_its_town_is_no_one():
    text = _novelist_profile()
    assert "Co Quarnby" not in _speakers(text).values()


def test_their_father_in_a_run_on_phrase_is_nobody_named():
    text = _novelist_profile()
    assert _speakers(text)["Constantly, That\u2019s why I write it all down. Evidence."] == "Althea Quessa"


def test_a_firm_whose_first_word_is_an_adjective_keeps_it():
    text = (
        "Council officers raised concerns about Radiant Hearing Care at least 14 times.\n\n"
        "Radiant Hearing Care said it \u201cstrongly disputes the characterisation\u201d of its record."
    )
    assert _speakers(text) == {"strongly disputes the characterisation": "Radiant Hearing Care"}


def test_a_place_after_at_whose_first_word_is_a_given_name_is_no_person():
    text = (
        "Dame Althea Quessa, the children\u2019s author, has died aged 91.\n\n"
        "A further 22 books followed, including The Hare and the High Tide and Winter at Ivy Farm.\n\n"
        "She was appointed a dame in 2011. Asked by a reporter whether the honour had changed her, she replied:"
        " \u201cOnly in that the postman now knocks twice.\u201d"
    )
    assert _speakers(text)["Only in that the postman now knocks twice."] == "Dame Althea Quessa"


def test_a_he_or_she_inside_a_quote_after_someone_unnamed_of_either_sex_is_nobody_named():
    text = (
        "Senator Althea Quessa voted against the holiday. \u201cWe looked away,\u201d she said.\n\n"
        "Osric Vexley said one constituent stopped him outside a hardware store last weekend. \u201cShe said to me,"
        " \u2018I am driving forty minutes each way to a job,\u2019\u201d he said.\n\n"
        "\u201cLast Tuesday I asked a member of staff where the bus was and he just said, \u2018Your guess is as good"
        " as mine,\u2019\u201d said Aleksey Quimbrel."
    )
    who = _speakers(text)
    assert who["I am driving forty minutes each way to a job,"] is None
    assert who["Your guess is as good as mine,"] is None
    assert who["We looked away,"] == "Althea Quessa"


def test_a_title_in_its_own_marks_inside_a_quote_is_not_the_she_who_speaks_next():
    text = (
        "The artist Althea Vexley soaked each panel in the cooking water of a different household.\n\n"
        "\u201cI made \u2018Nine Quarnbys\u2019 in my mother\u2019s flat, in the bath,\u201d the artist said. \u201cMy mother"
        " complained every single day. She said, \u2018Althea, the whole building smells of your art.\u2019\u201d"
    )
    assert _speakers(text)["Althea, the whole building smells of your art."] is None


def test_a_firm_with_a_role_modifier_inside_its_name_keeps_its_whole_name():
    text = (
        "Quarnby Home Care said in a statement that it \u201cstrongly rejects\u201d the allegations.\n\n"
        "Vexmoor Regional Couriers said it was \u201cdeeply sorry\u201d for the delays."
    )
    assert _speakers(text) == {"strongly rejects": "Quarnby Home Care", "deeply sorry": "Vexmoor Regional Couriers"}


def test_the_one_a_question_calls_by_name_at_its_start_answers_it():
    text = (
        "The witness was Althea Vexley, a county safety inspector.\n\n"
        "Defence lawyer Aleksey Quarnby began with the dates.\n\n"
        '"Ms. Vexley, you inspected the scaffold on March 4?" Quarnby asked.\n\n'
        '"I did."\n\n'
        '"And you signed off on it."\n\n'
        '"I signed off on the base plates. Not the ties."'
    )
    who = _who(text)
    assert who[1] == ("I did.", "Althea Vexley")
    assert who[3] == ("I signed off on the base plates. Not the ties.", "Althea Vexley")


def test_pupils_by_school_year_and_a_teacher_who_gave_no_name_are_nobody_named():
    text = (
        "Osric Quarnby, the head, defended the ban.\n\n"
        "Pupils gave a mixed verdict. One Year 10 boy said the first fortnight had been \u201cproperly painful\u201d.\n\n"
        "Althea Quessa leads the choir. Their teacher, who did not give her name, said it was \u201cthe quietest they"
        " have been since August\u201d."
    )
    assert _speakers(text) == {"properly painful": None, "the quietest they have been since August": None}


def test_a_firm_named_by_a_british_spelling_of_an_abstract_noun_is_a_firm():
    text = (
        "Althea Quessa, an organiser for the Warehouse Workers Union, said the slides were genuine.\n\n"
        "Quarnby Instalment denied that staff were penalised. A spokesperson said: \u201cWe have never disciplined"
        " colleagues for taking breaks.\u201d"
    )
    assert _speakers(text)["We have never disciplined colleagues for taking breaks."] == "Quarnby Instalment"


def test_a_nickname_with_the_surname_is_the_person_named_with_that_nickname():
    text = (
        "Aleksey \u2018Lyosha\u2019 Quimbrel opened the shop in 1979.\n\n"
        "Lyosha Quimbrel does not entirely dispute this. \u2018I said to her, you have a degree,\u2019 he said."
    )
    assert _speakers(text)["I said to her, you have a degree,"] == "Aleksey Quimbrel"


def test_someone_who_did_not_wish_to_be_named_is_nobody_named():
    text = (
        "Osric Vellowby, who organised the chain, said it would go on.\n\n"
        "A police officer at the scene, who did not wish to be named, said the protest had been \u201ccompletely"
        " peaceful, even the children\u201d. \u201cThese are aunties and uncles,\u201d he said. \u201cThey brought flasks.\u201d"
    )
    assert _speakers(text)["These are aunties and uncles, They brought flasks."] is None


def test_a_spokesman_for_the_body_then_its_name_speaks_for_that_body():
    text = (
        "Commuter Osric Vellowby told the Quarnby Gazette he had been left behind four mornings out of five.\n\n"
        "\u2018Patronage on the line is up 14 per cent on last year,\u2019 according to a spokesman for the operator,"
        " Wrenfold Trains, who said two extra carriages would be added."
    )
    assert _speakers(text)["Patronage on the line is up 14 per cent on last year,"] == "Wrenfold Trains"


def test_whoever_calls_the_last_speaker_by_name_is_not_the_last_speaker():
    text = (
        'Aleksey Quimbrel has seen the signal 14 times. "The first time, I assumed it was a microwave oven,"'
        " Quimbrel says.\n\n"
        "Osric Vellowby does not believe a word of it. A radio engineer who built receivers for 20 years, he thinks"
        " the signal is a satellite.\n\n"
        '"I built half of that receiver chain with my own hands," Vellowby says.\n\n'
        "At a colloquium last month, the two men argued the point for most of an hour.\n\n"
        '"Every one of our events is at a different position on the sky," Quimbrel said. "Satellites don\'t do'
        ' that."\n\n'
        '"Some satellites do exactly that, Aleksey. That is what an orbit is."'
    )
    who = dict(_who(text))
    assert who["Some satellites do exactly that, Aleksey. That is what an orbit is."] == "Osric Vellowby"


def test_the_one_a_pressing_asker_calls_by_name_answers_next():
    text = (
        "Defence lawyer Osric Vellowby cross-examined the investigator, Aleksey Quimbrel.\n\n"
        '"You didn\'t test the carpet samples yourself, did you?" Vellowby asked.\n\n'
        '"I sent them to the state lab."\n\n'
        '"That\'s not what I asked, Mr. Quimbrel."\n\n'
        '"No, sir. I didn\'t test them myself."'
    )
    assert _who(text)[-1] == ("No, sir. I didn't test them myself.", "Aleksey Quimbrel")


def test_a_hyphenated_description_before_a_name_is_no_part_of_it():
    text = (
        "Mother-of-two Althea Quessa, from Wrenfold, said her son had a reaction after eating the spread.\n\n"
        "\u201cHis lips started to swell within minutes,\u201d she said."
    )
    assert _speakers(text) == {"His lips started to swell within minutes,": "Althea Quessa"}


def test_a_plural_noun_after_that_is_no_speech_verb():
    text = (
        "Pharmacist Osric Vellowby told Quarnby Radio that calls about vaccinations at his pharmacy had \u201cgone"
        " through the roof\u201d since Monday."
    )
    assert _speakers(text) == {"gone through the roof": "Osric Vellowby"}


def test_a_trade_noun_opening_a_sentence_before_a_firm_s_words_makes_it_a_firm():
    text = (
        "Volunteers from the Wrenfold Rural Fire Brigade pumped out 40 homes.\n\n"
        "Insurer Quarnby Mutual said it had received more than 600 claims by Tuesday.\n\n"
        '"We know how distressing this is, and we want people to know we are here," a spokeswoman said.'
    )
    assert _speakers(text)["We know how distressing this is, and we want people to know we are here,"] == (
        "Quarnby Mutual"
    )


def test_a_party_in_brackets_after_a_name_and_a_title_before_a_label_s_name():
    text = (
        "Cllr Aleksey Quarnby and Cllr Althea Tobin clashed over the road.\n\n"
        "Cllr Osric Vexley (Ind) said he had \u2018every sympathy\u2019 with the residents.\n\n"
        "Cllr Quarnby: \u2018The road can be widened.\u2019\n\n"
        "Cllr Tobin: \u2018By whom, and with what money?\u2019"
    )
    assert _speakers(text) == {
        "every sympathy": "Osric Vexley",
        "The road can be widened.": "Aleksey Quarnby",
        "By whom, and with what money?": "Althea Tobin",
    }


def test_his_in_the_question_put_to_a_speaker_is_the_speaker_s_own():
    text = (
        "Rowan Vellowby, the home manager, called the result \u201ccruel\u201d.\n\n"
        "Aleksey Quarnby went down under a challenge from Osric Tannahill before the equaliser.\n\n"
        "Asked whether his side should have had a penalty when Quarnby went down, Rowan Vellowby said: \u201cI have"
        " seen it back once. It is a penalty.\u201d\n\n"
        "He added: \u201cThe lads are hurting, and so they should be.\u201d"
    )
    assert _speakers(text)["The lads are hurting, and so they should be."] == "Rowan Vellowby"


def test_a_plural_noun_in_the_question_put_before_a_colon_is_no_speech_verb():
    text = (
        "Aleksey Quarnby scored the winner.\n\n"
        'Asked what he made of the chants, Quarnby grinned: "They can chant what they want. Scoreboard."'
    )
    assert _speakers(text) == {"They can chant what they want. Scoreboard.": "Aleksey Quarnby"}


def test_a_paragraph_of_quote_after_a_sentence_naming_its_speaker_follows_a_partial_quote_too():
    text = (
        "Osric Quarnby has kept goal for the club for 22 seasons.\n\n"
        "The league said it believed Quarnby was \u201cthe oldest regular goalkeeper in the league\u2019s history\u201d.\n\n"
        "Asked about his worst afternoon, Quarnby did not hesitate.\n\n"
        "\u201cAway at the seaside, 2009. We were one-nil up in the ninety-third minute.\u201d"
    )
    who = _speakers(text)
    assert who["Away at the seaside, 2009. We were one-nil up in the ninety-third minute."] == "Osric Quarnby"


def test_a_title_that_is_also_a_given_name_before_a_surname_alone_is_the_given_name():
    text = (
        "County Commissioner Earl Quarnby said he learned of the closure from a post online. \u201cNot a phone call,"
        " not a letter,\u201d he said.\n\n"
        "Justice Vexley said the appeal was \u201cwithout merit\u201d."
    )
    assert _speakers(text) == {"Not a phone call, not a letter,": "Earl Quarnby", "without merit": "Vexley"}


def test_a_reply_introduced_by_a_colon_after_a_full_stop_is_a_new_quote():
    text = (
        "Althea Quimbrel remembers Brunhild Vexley crossing the yard to her and saying: \u201cYour boots are wet.\u201d "
        "She answered: \u201cSo are yours. Shall we go in?\u201d"
    )
    assert [q.text for q in extract_quotes(text)] == ["Your boots are wet.", "So are yours. Shall we go in?"]


def test_two_pieces_that_name_two_speakers_are_two_quotes():
    text = (
        "Osric Quarnby kept the key on a nail. \u2018What\u2019s behind the door?\u2019 I asked him once. "
        "\u2018Not for you yet,\u2019 he said, and turned the radio up."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("What\u2019s behind the door?", None),
        ("Not for you yet,", "Osric Quarnby"),
    ]
    text = '"The road was shut," Tancred Vexmoor said. "It always is," Quillan said.'
    assert [q.text for q in extract_quotes(text)] == ["The road was shut,", "It always is,"]


def test_a_piece_the_same_speaker_goes_on_with_is_still_one_quote():
    text = '"The road was shut," Tancred Vexmoor said. "It always is," he added.'
    assert [q.text for q in extract_quotes(text)] == ["The road was shut, It always is,"]


def test_a_quote_split_by_it_read_or_she_began_is_one_quote():
    text = (
        "A second memo from the yard foreman, Osric Quarnby, was shorter. \u201cIf the auditors ask, the van was "
        "full,\u201d it read. \u201cNothing else is said.\u201d\n\n"
        "\u201cThe gutter had come loose by May,\u201d Althea Quimbrel, for the tenants, began. "
        "\u201cIt was in the survey. Is that right?\u201d\n\n"
        "Tancred Vexmoor read law at Wrenfold. \u201cI hated it,\u201d he said."
    )
    assert [q.text for q in extract_quotes(text)] == [
        "If the auditors ask, the van was full, Nothing else is said.",
        "The gutter had come loose by May, It was in the survey. Is that right?",
        "I hated it,",
    ]


def test_words_given_as_someone_s_own_are_theirs():
    text = (
        "Althea Quimbrel took over the foundry in 1994, when she bought out her uncle with, by her own "
        "account, \u201ca ledger and a leaking roof\u201d.\n\n"
        "Osric Vexmoor joined the yard in 1979, when, as he puts it, \u201cferries were no place to learn\u201d.\n\n"
        "The mill has had, by Quimbrel\u2019s count, \u201cthree new masts and a borrowed keel\u201d.\n\n"
        "Tancred Quarnby is, in his own words, \u201ca beginner with good knees\u201d."
    )
    assert _speakers(text) == {
        "a ledger and a leaking roof": "Althea Quimbrel",
        "ferries were no place to learn": "Osric Vexmoor",
        "three new masts and a borrowed keel": "Althea Quimbrel",
        "a beginner with good knees": "Tancred Quarnby",
    }


def test_a_count_that_is_not_a_person_s_gives_no_speaker():
    text = (
        "Osric Quarnby led the search. The toll had reached, by Monday\u2019s count, "
        "\u201cmore than forty and rising\u201d."
    )
    assert _speakers(text) == {}


def test_words_as_someone_unnamed_put_them_are_nobody_named():
    text = (
        "Osric Quarnby kept the lock for thirty years. The village, as one resident put it, "
        "\u201ckept its boots by the door\u201d.\n\n"
        "Althea Quimbrel went south at 17 with, as she later put it, \u201ca suitcase and a cornet\u201d."
    )
    assert _speakers(text) == {
        "kept its boots by the door": None,
        "a suitcase and a cornet": "Althea Quimbrel",
    }


def test_the_role_after_someone_who_would_not_be_named_is_that_person():
    text = (
        "Althea Quimbrel, 71, sat nine hours with a cracked rib.\n\n"
        "\u201cEvery chair was taken,\u201d Ms Quimbrel said.\n\n"
        "A surgeon on the ward, who asked not to be named, said the beds ran out by "
        "noon.\n\n"
        "\u201cWe stitch people up on chairs,\u201d the doctor said."
    )
    assert _speakers(text)["We stitch people up on chairs,"] is None


def test_a_role_the_article_named_is_still_theirs_after_someone_unnamed_spoke():
    text = (
        "The coroner, Osric Vexmoor, sat for three days.\n\n"
        "A jogger who raised the alarm, and who asked not to be named, gave evidence: "
        "\u201cI rang and rang.\u201d\n\n"
        "The coroner concluded: \u201cThe crossing lacked a proper barrier.\u201d"
    )
    assert _speakers(text)["The crossing lacked a proper barrier."] == "Osric Vexmoor"


def test_a_participle_s_aside_before_the_verb_is_not_the_speaker():
    text = (
        "\u201cWe kept our heads,\u201d said Osric Vexmoor.\n\n"
        "The stands emptied slowly, and one fan, wearing a papier-m\u00e2ch\u00e9 lion "
        "head, told us by the gate: \u201cI have waited forty years for this.\u201d"
    )
    assert _speakers(text)["I have waited forty years for this."] is None


def test_began_reports_speech_but_not_a_story_beginning_or_what_someone_began_doing():
    text = (
        "\u201cThe gutter had come loose by May,\u201d Althea Quimbrel, for the tenants, began. "
        "\u201cIt was in the survey. Is that right?\u201d\n\n"
        "\u201cI read the survey,\u201d Osric Vexmoor replied.\n\n"
        "\u201cA survey by a chartered engineer.\u201d\n\n"
        "\u201cYes.\u201d\n\n"
        "In a 1998 interview, Tancred Quarnby explained how it began:\n\n"
        "\u201cA girl on my route could not read the timetable.\u201d\n\n"
        "A neighbour, who did not wish to be named, said the family had faced \u201cno end of gossip\u201d when "
        "Brunhild Quarnby began travelling."
    )
    got = _speakers(text)
    assert got["The gutter had come loose by May, It was in the survey. Is that right?"] == "Althea Quimbrel"
    assert got["A survey by a chartered engineer."] == "Althea Quimbrel"
    assert got["Yes."] == "Osric Vexmoor"
    assert got["A girl on my route could not read the timetable."] == "Tancred Quarnby"
    assert got["no end of gossip"] is None


def test_a_letter_is_not_its_recipient_s_nor_the_reader_s_when_it_is_from_someone_unnamed():
    text = (
        "The letter, organised by a group of drivers calling itself Wheels First Collective, was delivered on "
        "Tuesday to the commission\u2019s chair, Althea Quimbrel.\n\n"
        '"We write because nobody answers the phone," the letter begins.\n\n'
        "The headteacher, Osric Vexmoor, read out a letter from a pupil in the top class.\n\n"
        '"Dear Governors," the letter began. "Our pond has a heron in it."'
    )
    got = _speakers(text)
    assert got["We write because nobody answers the phone,"] == "Wheels First Collective"
    assert got["Dear Governors, Our pond has a heron in it."] is None


def test_a_kin_word_written_as_a_name_is_the_one_relative_so_described_or_nobody():
    text = (
        "Althea Quimbrel learned the accordion from her grandmother, Brunhild Vexmoor.\n\n"
        "\u2018Gran said, \u201cPlay it slow until it plays you,\u201d\u2019 "
        "Quimbrel says.\n\n"
        "Osric Quarnby kept bees on the hill for fifty years.\n\n"
        "\u2018Mom said, \u201cThe tide won\u2019t wait for your tea,\u201d\u2019 Quarnby says."
    )
    got = _speakers(text)
    assert got["Play it slow until it plays you,"] == "Brunhild Vexmoor"
    assert got["The tide won\u2019t wait for your tea,"] is None


def test_a_gallery_a_library_or_a_theater_is_an_organisation():
    text = (
        "The Vexmoor Gallery moved into the old mill in 2015. In a statement, the gallery said the show "
        "had attracted \u201cmore visitors in a week than in March\u201d.\n\n"
        "Wrenfold Public Library opened in 1904. The library said the returned book would \u201cbring a few more "
        "strays home\u201d."
    )
    got = _speakers(text)
    assert got["more visitors in a week than in March"] == "Vexmoor Gallery"
    assert got["bring a few more strays home"] == "Wrenfold Public Library"


def test_it_after_a_reply_from_someone_is_that_person_s_words():
    text = (
        "Drivers at Vexmoor Haulage Ltd. wrote to the board in June.\n\n"
        "The reply, from operations head Osric Quarnby, ran to one page. It said the firm was "
        "\u201chiring as fast as it can\u201d."
    )
    assert _speakers(text)["hiring as fast as it can"] == "Osric Quarnby"


def test_a_pastor_and_a_gp_are_titles_and_a_station_called_fm_is_no_one():
    text = (
        "\u201cThe cracks are new to us,\u201d said Pastor Osric Vexmoor of the chapel at Wrenfold.\n\n"
        "Retired GP Althea Quarnby told the meeting: \u201cI have seen the night shift.\u201d"
    )
    got = _speakers(text)
    assert got["The cracks are new to us,"] == "Osric Vexmoor"
    assert got["I have seen the night shift."] == "Althea Quarnby"
    text = (
        "Quillan FM took calls after the news.\n\n"
        "The first caller, Evander from Wrenfold, said he had kept a bakery there since 1990. "
        "\u201cIf the vans can\u2019t stop, the shop shuts,\u201d he said."
    )
    assert _speakers(text)["If the vans can\u2019t stop, the shop shuts,"] != "Quillan FM"


def test_capitals_for_people_in_general_name_no_one():
    text = (
        "Ministers defended the rise after backbench MPs warned it would hit rural drivers "
        "\u201cfirst and worst\u201d.\n\n"
        "Utility officials told customers to use the website, saying the switchboard was "
        "\u201cjammed solid\u201d.\n\n"
        "Q: Critics have called your style \u201cspare to a fault.\u201d Is it?"
    )
    got = _speakers(text)
    assert got["first and worst"] is None
    assert got["jammed solid"] is None
    assert got.get("spare to a fault.") is None


def test_a_team_s_plural_nickname_is_the_team():
    text = (
        "Osric Vexmoor kicked the goal that took the Wrenfold Bay Badgers to a first final.\n\n"
        "\u201cI just ran,\u201d Vexmoor said.\n\n"
        "The Badgers said his recovery was \u201cdown to the physios\u201d."
    )
    assert _speakers(text)["down to the physios"] == "Wrenfold Bay Badgers"


def test_a_sentence_after_a_whole_quote_that_leads_into_another_is_not_a_split_quote():
    text = (
        "Then my father phoned and asked, \u201cWill you put the prices up?\u201d I said, \u201cFine, Father.\u201d "
        "He said, \u201cThen I\u2019ll eat at home.\u201d"
    )
    assert [q.text for q in extract_quotes(text)] == [
        "Will you put the prices up?",
        "Fine, Father.",
        "Then I\u2019ll eat at home.",
    ]


def test_a_second_piece_that_opens_on_a_quote_inside_it_goes_on_the_split_quote():
    text = (
        "Althea Quimbrel still gets calls from new parents.\n\n"
        "\u201cI tell them what my aunt told me,\u201d she said. \u201c\u2018A warm baby is a fed "
        "baby.\u2019 Thirty winters and that\u2019s still the best advice.\u201d"
    )
    assert [q.text for q in extract_quotes(text)][0] == (
        "I tell them what my aunt told me, \u2018A warm baby is a fed baby.\u2019 Thirty winters and "
        "that\u2019s still the best advice."
    )


def test_someone_who_would_give_only_a_first_name_is_known_by_it():
    text = (
        "Not everyone is following the race. \u201cI\u2019ll vote for whoever mends the lights,\u201d said a woman "
        "waiting at the bus stop, who would give only her first name, Brunhild.\n\n"
        "Another tenant, a night cleaner in flat 9 who gave only her first name, Edeltraud, said "
        "she now stays at her brother\u2019s most nights. \u201cMy brother\u2019s flat is warmer than mine,\u201d "
        "she said."
    )
    got = _speakers(text)
    assert got["I\u2019ll vote for whoever mends the lights,"] == "Brunhild"
    assert got["My brother\u2019s flat is warmer than mine,"] == "Edeltraud"


def test_a_given_name_beside_a_noun_for_a_person_is_that_person():
    text = (
        "The host, Osric Vexmoor, took calls after the news.\n\n"
        "The first caller, Evander from Wrenfold, said he had kept a bakery there since 1990. "
        "\u201cIf the vans can\u2019t stop, the shop shuts,\u201d he said."
    )
    assert _speakers(text)["If the vans can\u2019t stop, the shop shuts,"] == "Evander"


def test_my_mother_in_a_memoir_is_the_mother_the_writer_named():
    text = (
        "My grandmother, Brunhild Quarnby, kept a tea room on Mill Lane for forty years.\n\n"
        "My mother, Edeltraud Quarnby, is her only daughter. The family story is that Brunhild opened the "
        "dairy with money she won at cards.\n\n"
        "My mother has her own version. \u2018Mum says it was her wages,\u2019 she said."
    )
    assert _speakers(text)["Mum says it was her wages,"] == "Edeltraud Quarnby"


def test_a_cue_after_a_whole_sentence_that_leads_into_the_next_quote_is_the_next_quote_s():
    text = (
        "Althea Quimbrel runs the cafe with her cousin.\n\n"
        "Then Tancred Vexmoor phoned and asked, \u201cWill you put the prices up?\u201d I said, \u201cYes.\u201d"
    )
    assert _speakers(text)["Will you put the prices up?"] == "Tancred Vexmoor"
    text = (
        "Brunhild Quimbrel, the chef, took questions. My bank manager, God rest him, leaned across the desk and said, "
        "\u201cBrunhild, this is a charity with a till.\u201d"
    )
    assert _speakers(text)["Brunhild, this is a charity with a till."] != "God"


def test_i_in_an_interview_answer_is_the_one_interviewed():
    text = (
        "Althea Quimbrel has run the record shop on Bell Row for 33 years. Quimbrel spoke to us from the counter. "
        "The interview has been edited for length and clarity.\n\n"
        "Q: Why keep going?\n\n"
        "A: Stubbornness. My bank manager leaned across the desk and said, \u201cThis is a charity with a till.\u201d "
        "I told him, \u201cThen it\u2019s the best charity in town.\u201d\n\n"
        "Q: And the worst day?\n\n"
        "A: A small boy tugged my sleeve and said, \u201cAre you in charge of the shelves?\u201d I said no, because it was "
        "quicker.\n\n"
        "OSRIC VEXMOOR: I minded for a week or so. I said, \u201cFine, Father.\u201d"
    )
    got = _speakers(text)
    assert got["Then it\u2019s the best charity in town."] == "Althea Quimbrel"
    assert got["Are you in charge of the shelves?"] is None
    assert got["Fine, Father."] is None  # (nobody of that name has been named: a label alone says no more)


def test_i_in_a_transcript_turn_is_the_person_the_label_names():
    text = (
        "Osric Vexmoor runs the Quay Kitchen. He spoke to Althea Quimbrel.\n\n"
        "ALTHEA QUIMBREL: Do you care about the star?\n\n"
        "OSRIC VEXMOOR: I minded for a week or so. I said, \u201cFine, Father.\u201d"
    )
    assert _speakers(text) == {"Fine, Father.": "Osric Vexmoor"}


def test_a_second_piece_that_goes_on_in_lower_case_after_an_attribution_is_one_quote():
    text = (
        "Althea Quimbrel will not sell the workshop. Her apprentice hopes to buy it. "
        "\u201cI\u2019ve asked her to stay till ninety,\u201d the apprentice says, "
        "\u201cso I can learn the rest.\u201d"
    )
    assert [q.text for q in extract_quotes(text)] == [
        "I\u2019ve asked her to stay till ninety, so I can learn the rest."
    ]


def test_a_short_form_of_one_person_s_name_is_that_person():
    text = (
        "Osric Vuxley kicked the winning goal for the Badgers.\n\n"
        "\u201cVux told me, \u2018Win the ball,\u2019 and I did,\u201d said Althea Quimbrel."
    )
    assert _speakers(text)["Win the ball,"] == "Osric Vuxley"


def test_reminded_reports_speech():
    text = (
        "The Quillan Trust said through its lawyers that it would assist the court.\n\n"
        "Judge Osric Vexmoor reminded the jury that it must \u2018set aside whatever the papers printed\u2019, "
        "before it retired."
    )
    assert _speakers(text)["set aside whatever the papers printed"] == "Osric Vexmoor"


def test_a_titled_person_named_in_the_pronoun_s_own_sentence_is_she_though_her_sex_is_unknown():
    text = (
        "Brunhild Vexmoor, who chairs the parents\u2019 forum, said families had been \u201cstuck between "
        "the two\u201d.\n\n"
        "Outside the gates stood Professor Ozioma Quarnby, whose pamphlet had predicted in 2018 what she "
        "called \u201cthe quiet emptying of the staffroom\u201d."
    )
    assert _speakers(text)["the quiet emptying of the staffroom"] == "Ozioma Quarnby"


def test_the_one_a_quote_speaks_of_is_not_its_she():
    text = (
        "\u201cWe go in every day,\u201d said Brunhild Vexmoor.\n\n"
        "\u201cBrunhild rang my bell and told me I was coming,\u201d she says."
    )
    assert _speakers(text)["Brunhild rang my bell and told me I was coming,"] is None


def test_a_name_after_a_title_and_a_comma_is_someone_addressed():
    from reader.quotes.extract import _speaks_of
    from reader.quotes.registry import Registry

    reg = Registry("Osric Quill spoke.", [])
    quill = next(e for e in reg.entities if e.name == "Osric Quill")
    assert not _speaks_of("You are on the list, Mr Quill.", quill)
    assert _speaks_of("Quill told me I was on the list.", quill)


def test_points_out_attributes_a_split_quote():
    text = (
        "Osric Vexmoor wants to build electric boats.\n\n"
        "\u2018Your grandfather sank two,\u2019 Althea Vexmoor points out. \u2018Both in June.\u2019"
    )
    assert [q.text for q in extract_quotes(text)] == ["Your grandfather sank two, Both in June."]


def test_heard_her_say_is_her_words():
    text = (
        "Brunhild Quarnby has washed the kit at the club for thirty years.\n\n"
        "\u2018When a lad is let go, he goes to her first,\u2019 said the manager, Osric Vexmoor. \u2018I\u2019ve heard "
        "her say, \u201cNot here, son, but somewhere.\u201d Nobody says it better.\u2019"
    )
    assert _speakers(text)["Not here, son, but somewhere."] == "Brunhild Quarnby"


def _entities(text: str) -> list:
    """The people and bodies the registry finds in ``text``, in the order first named."""
    from reader.quotes.registry import Registry

    return Registry(text, []).entities


def _names(text: str) -> list[str]:
    return [e.name for e in _entities(text)]


def test_a_word_for_anybody_is_not_the_last_person_named():
    # Nobody was described as "the woman" or "the driver": somebody unnamed, not the last person named.
    text = (
        "Althea Tannahill has kept the Wrenfold depot open through three winters.\n\n"
        "By nine the yard was full of lorries waiting for the pass to reopen.\n\n"
        "\u201cWe have slept in the cab two nights running,\u201d the woman said.\n\n"
        "Osric Quarnby, who runs the snowploughs, expects the road to clear by Friday.\n\n"
        "\u201cNobody told us a thing,\u201d the driver said."
    )
    got = _speakers(text)
    assert got["We have slept in the cab two nights running,"] is None
    assert got["Nobody told us a thing,"] is None


def test_a_word_for_anybody_is_the_person_the_article_described_so():
    text = (
        "Osric Quarnby, the driver of the stranded coach, waited with his passengers.\n\n"
        "\u201cWe have blankets and a flask,\u201d the driver said."
    )
    assert _speakers(text)["We have blankets and a flask,"] == "Osric Quarnby"


def test_a_command_opening_a_sentence_is_no_given_name():
    text = (
        "Edeltraud Wrenfold has run the ferry kiosk for a decade.\n\n"
        "Ask Edeltraud about the timetable and she sighs. Tell Osric Quarnby the boat is late again. "
        "Call Tancred Vexhollow if the gates are shut."
    )
    names = {e.name for e in _entities(text)}
    assert names == {"Edeltraud Wrenfold", "Osric Quarnby", "Tancred Vexhollow"}


def test_a_bare_turn_answers_a_turn_that_followed_the_writers_sentences():
    text = (
        "Brunhild Quarnby and Edeltraud Vexmoor ran the lock at Wrenfold for thirty years.\n\n"
        "They first worked a shift together in 1990. Neither enjoyed it. \u201cShe wound the paddles like "
        "a sailor with a grudge,\u201d Vexmoor said.\n\n"
        "\u201cI wound them properly,\u201d Quarnby said. \u201cSomebody had to.\u201d\n\n"
        "\u201cYou have never once wound them properly.\u201d"
    )
    assert _speakers(text)["You have never once wound them properly."] == "Edeltraud Vexmoor"


def test_a_turn_with_a_longer_attribution_and_two_sentences_of_quote_is_still_one_turn():
    text = (
        "Brunhild Quarnby and Edeltraud Vexmoor kept the lock at Wrenfold for thirty years. They still meet at the "
        "tea room by the weir on Fridays.\n\n"
        "\u201cShow him the logbook,\u201d Quarnby said, pushing the teapot across the table to her friend.\n\n"
        "\u201cHe won\u2019t care for the logbook,\u201d Vexmoor said, and sighed. \u201cNobody cares for it.\u201d\n\n"
        "\u201cPeople care because it\u2019s full of gossip.\u201d"
    )
    assert _speakers(text)["People care because it\u2019s full of gossip."] == "Brunhild Quarnby"


def test_a_speaker_brought_in_by_the_turn_before_holds_the_floor():
    text = (
        "Councillors argued over the Dunmere Road scheme on Wednesday.\n\n"
        "\u201cThose traffic counts were taken in the school holidays,\u201d Osric Tannahill said. \u201cI do not "
        "trust them.\u201d\n\n"
        "\u201cThe builder has lodged a deposit for the junction, and it is held until the junction is finished,\u201d "
        "according to the borough engineer Althea Quimbrel.\n\n"
        "\u201cEvery promise is in the agreement and the council can enforce it.\u201d"
    )
    assert _speakers(text)["Every promise is in the agreement and the council can enforce it."] == "Althea Quimbrel"


def test_his_lawyer_or_her_coach_nobody_described_so_is_never_the_one_the_his_or_her_means():
    text = (
        "Osric Tannahill, 58, who once ran the county's weighbridge, denies fraud.\n\n"
        "Tannahill gave evidence on Monday, against what his solicitor called the wishes of \u201cjust about "
        "everybody in my office.\u201d"
    )
    assert _speakers(text)["just about everybody in my office."] is None
    text = (
        "Althea Quimbrel finished her final race in Sunday's sprint well down the field. It was, her trainer said, "
        "\u201cthe most generous way anybody has ever ended a career.\u201d\n\n"
        "Quimbrel, 34, said in May that she would retire."
    )
    assert _speakers(text)["the most generous way anybody has ever ended a career."] is None


def test_a_landform_is_no_person_even_with_her_husband_after_it():
    assert _names("Ada Quill has kept sheep up in the Vexmoor Range, with her husband, since 1990.") == ["Ada Quill"]


def test_senior_counsel_after_a_name_is_no_part_of_it():
    text = "For the accused, Osric Tannahill SC said his client had \u201cnever looked for an excuse\u201d."
    assert _speakers(text)["never looked for an excuse"] == "Osric Tannahill"


def test_the_company_is_not_a_group_set_out_as_a_cause():
    text = (
        "Quarnby Power, which supplies 900,000 homes, was fined \u00a340m on Tuesday.\n\n"
        "The case was brought by the conservation group, the Vexley River Friends, after two years of sampling.\n\n"
        "Quarnby Power made \u00a3150m last year. The company said the fine would \u201cnot be passed on to "
        "households\u201d."
    )
    assert _speakers(text)["not be passed on to households"] == "Quarnby Power"


def test_a_name_after_a_role_and_a_comma_that_opens_a_new_clause_is_not_the_role_holder():
    text = (
        "Liam Quarnby, 41, of Vexley Lane, admitted careless driving.\n\n"
        "Sentencing him, Judge Orla Tannahill said Quarnby had been reading a text at the wheel.\n\n"
        "\u201cThat was a choice, not an accident,\u201d the judge said.\n\n"
        "In a note, which was passed to the judge, Quarnby wrote that he was \u201csorry every single day\u201d."
    )
    got = _speakers(text)
    assert got["That was a choice, not an accident,"] == "Orla Tannahill"
    assert got["sorry every single day"] == "Liam Quarnby"


def test_words_on_a_placard_that_read_then_a_colon_are_nobodys():
    text = (
        "Ada Quill held the seat for the party.\n\n"
        "As Ms Quill left the count, a supporter held up a home-made placard that read: \u201cVexley wants "
        "change.\u201d"
    )
    assert _speakers(text)["Vexley wants change."] is None


def test_a_given_name_alone_with_an_age_is_a_person():
    assert _names("Waiting by the door is Desmond, 52, who has slept rough since the summer.") == ["Desmond"]
    text = (
        "The night shelter on Mill Row opened early this week as the frost came in.\n\n"
        "Waiting by the door is Desmond, 52, who has slept rough since the summer.\n\n"
        "\u201cWe carry spare blankets in every van for a reason,\u201d says Sgt Tom Vexley of the Quillan "
        "police.\n\n"
        "Desmond, asked what he wants this winter, does not hesitate. \u201cA roof,\u201d he says. \u201cJust a "
        "roof.\u201d"
    )
    assert _speakers(text)["A roof, Just a roof."] == "Desmond"


def test_a_role_nobody_else_holds_is_the_person_its_own_sentence_named_before_it():
    text = (
        "Quillan Rovers sold winger Ezio Quarnby to Vexley Town on Friday, closing a spell of six years in which "
        "the forward scored more than anyone at the club.\n\n"
        "Quillan take defender Osric Tannahill and a fee in the deal.\n\n"
        'The forward wrote a few lines online soon after the sale was confirmed. "Quillan, thank you for '
        'everything. Time for something new," he wrote.'
    )
    assert _speakers(text)["Quillan, thank you for everything. Time for something new,"] == "Ezio Quarnby"


def test_a_report_nobody_is_said_to_own_is_not_the_one_its_body_spoke_of():
    text = (
        "Vexley Academy, which was failing three years ago, is now judged good.\n\n"
        "The Quillan Schools Board said Vexley Academy had \u201cturned a corner\u201d.\n\n"
        "The report, out on Thursday, said: \u201cStaff expect a great deal of every pupil.\u201d"
    )
    assert _speakers(text)["Staff expect a great deal of every pupil."] == "Quillan Schools Board"


def test_quoted_turns_labelled_q_and_a_are_the_interviewers_and_the_guests():
    text = (
        "Ada Quill has spent twenty winters counting seabirds on the cliffs. The ornithologist sat down with our "
        "science writer Osric Vexley in her hut. The conversation has been edited for length and clarity.\n\n"
        'Q: "What keeps you out there in the wind?"\n\n'
        'A: "The birds keep me. Every colony tells a story."\n\n'
        "Quill grew up on a farm where her mother kept bees.\n\n"
        'Q: "Does the decline worry you?"\n\n'
        'A: "It keeps me counting, most days."'
    )
    got = {q.text: q.speaker for q in extract_quotes(text)}  # (with the confidence the panel uses)
    assert got["What keeps you out there in the wind?"] == "Osric Vexley"
    assert got["The birds keep me. Every colony tells a story."] == "Ada Quill"
    assert got["Does the decline worry you?"] == "Osric Vexley"
    assert got["It keeps me counting, most days."] == "Ada Quill"


def test_a_name_and_its_description_set_before_a_colon_label_the_quote_after_it():
    text = (
        "Ten years after the gates shut, we asked the people of the Quillan mill to remember it.\n\n"
        "Ada Quarnby, welder, 1980\u20132012: \u201cI came in at fifteen with my dad. He walked me up to the "
        "foreman.\u201d\n\n"
        "Osric Vexley, who ran the chip shop by the canal: \u201cI stood on the shop roof and watched the "
        "chimney come down.\u201d"
    )
    got = _speakers(text)
    assert got["I came in at fifteen with my dad. He walked me up to the foreman."] == "Ada Quarnby"
    assert got["I stood on the shop roof and watched the chimney come down."] == "Osric Vexley"


def test_a_name_opening_a_clause_that_reads_out_anothers_words_does_not_label_them():
    text = (
        "Ezio Tannahill was knocked off his bicycle on the ring road on Sunday.\n\n"
        "Mr Tannahill\u2019s son, Osric Tannahill, read a statement on behalf of the family at the police "
        "station: \u201cDad rides that road to his allotment. He would give anyone his last tomato.\u201d"
    )
    assert _speakers(text)["Dad rides that road to his allotment. He would give anyone his last tomato."] != (
        "Ezio Tannahill"
    )


def test_a_letter_from_a_body_is_the_bodys_not_the_person_who_kept_it():
    text = (
        "Ada Quill, union rep: \u201cWe found out from a notice on the board by the lockers.\u201d\n\n"
        "The memo, from the owners, Quarnby Holdings, is one Quill still has in a drawer. It said that workers "
        "would be \u201ckept informed throughout\u201d. By the spring the plant had shut."
    )
    assert _speakers(text)["kept informed throughout"] == "Quarnby Holdings"


def test_a_quote_inside_a_quote_is_never_from_the_one_it_calls_by_name():
    text = (
        "Celeste Quill, 17, vanished in 1998. Her mother, Ada Quill, still sets a place for her at Christmas.\n\n"
        "\u201cThat first winter, I shouted at her,\u201d Ada Quill said. \u201cAnd she said, \u2018Mrs. Quill, I "
        "will find her.\u2019 She said it so calmly.\u201d"
    )
    assert _speakers(text)["Mrs. Quill, I will find her."] is None


def test_a_statement_read_on_behalf_of_an_unnamed_family_is_the_readers():
    text = (
        "The inquest heard that Ezio Quarnby, 22, fell from the sea wall in March.\n\n"
        "Outside court, Ezio\u2019s aunt, Ada Quarnby, read a statement for the family.\n\n"
        "\u201cEzio made everyone laugh, even on the worst days,\u201d it said."
    )
    assert _speakers(text)["Ezio made everyone laugh, even on the worst days,"] == "Ada Quarnby"


def test_a_short_form_of_a_given_name_is_the_person_named_in_full():
    text = (
        "Quessa Vexmoor kept the post office on Mill Row for thirty years.\n\n"
        "Her neighbour Osric Tannahill misses her. \u201cQuess said, \u2018Mind your manners, Osric.\u2019 "
        "She usually had a point,\u201d he said."
    )
    assert _speakers(text)["Mind your manners, Osric."] == "Quessa Vexmoor"


def test_a_chamber_of_commerce_is_a_body():
    text = "The Hollow Creek Chamber of Commerce announced this week that it would name her its trader of the year."
    assert [(e.name, e.kind) for e in _entities(text)] == [("Hollow Creek Chamber of Commerce", "org")]


def test_a_partial_quote_before_is_no_turn_of_an_exchange():
    text = (
        "The brothers Edgar and Rupert Vexhollow sing at either end of the back row, \u201cfor the good of the "
        "tune\u201d, Edgar explained.\n\n"
        "\u201cHe rushes the last bar,\u201d Rupert said of his brother. \u201cHe always has.\u201d\n\n"
        "\u201cAnd he breathes in the wrong places.\u201d"
    )
    assert _speakers(text)["And he breathes in the wrong places."] == "Rupert Vexhollow"


def test_a_month_or_will_opening_a_name_is_a_given_name():
    def people(text: str) -> set[str]:
        return {e.name for e in _entities(text) if e.kind == "person"}

    assert people("Edeltraud Quarnby and June Vexhollow have kept the lock since 1990.") == {
        "Edeltraud Quarnby",
        "June Vexhollow",
    }
    assert people("Will Tannahill, 34, rows at stroke.") == {"Will Tannahill"}
    # a date, a holiday and a question stay what they are
    assert people("In June Osric Quarnby left the club.") == {"Osric Quarnby"}
    assert people("May Day was wet, Osric Quarnby said.") == {"Osric Quarnby"}
    assert people("Will Tannahill row again? Nobody knows.") == set()


def test_a_month_that_is_her_given_name_names_the_speaker():
    text = (
        "Edeltraud Quarnby and June Vexhollow have kept the lock at Wrenfold since 1990.\n\n"
        "\u201cWe argue about the paddles every morning,\u201d Vexhollow said."
    )
    assert _speakers(text)["We argue about the paddles every morning,"] == "June Vexhollow"


def test_a_collective_noun_opening_a_sentence_is_nobody_named():
    text = (
        "Althea Quarnby has run the Wrenfold ferry office for twenty years.\n\n"
        "Staff describe her as \u201cunflappable in a gale\u201d."
    )
    assert _speakers(text)["unflappable in a gale"] is None


def test_somebody_for_a_paper_or_of_a_person_is_the_one_unnamed():
    text = (
        "Osric Quarnby published his fourth novel in March.\n\n"
        "A critic for the Wrenfold Gazette called the ending \u201ca door to nowhere\u201d. "
        "A friend of Edeltraud Vexmoor said it was \u201cthe best thing he has done\u201d."
    )
    got = _speakers(text)
    assert got["a door to nowhere"] is None
    assert got["the best thing he has done"] is None


def test_a_participle_after_a_bodys_statement_is_the_bodys():
    text = (
        "Althea Quarnby retires from the Wrenfold school this week.\n\n"
        "The school\u2019s trust, the Vexhollow Learning Trust, said on Friday that her work had \u201cchanged "
        "the place for good\u201d, adding: \u201cShe will be missed in every corridor.\u201d"
    )
    assert _speakers(text)["She will be missed in every corridor."] == "Vexhollow Learning Trust"


def test_a_participle_shares_the_subject_not_what_it_belongs_to():
    text = (
        "Imelda Quarnby won the Wrenfold prize on Tuesday.\n\n"
        "Quarnby\u2019s publisher, Heron & Vantroy, said it would print more copies, calling the win \u201cthe "
        "best news a small house could get\u201d."
    )
    assert _speakers(text)["the best news a small house could get"] == "Heron & Vantroy"


def test_a_document_written_by_someone_is_theirs():
    text = (
        "Wrenfold Water apologised on Monday for a week of brown tap water.\n\n"
        "The letter to customers, signed by the company\u2019s operations chief, Odeline Quarnby, reads: "
        "\u201cThe fault is ours and the mains will be flushed by Friday.\u201d\n\n"
        "At the meeting Brunhild Vexmoor shared a letter penned by her nine-year-old son, Tancred: "
        "\u201cPlease do not shut the pool.\u201d"
    )
    got = _speakers(text)
    assert got["The fault is ours and the mains will be flushed by Friday."] == "Odeline Quarnby"
    assert got["Please do not shut the pool."] is None  # her son's, whom the article names by one word only


def test_it_reads_is_the_author_the_sentence_before_named():
    text = (
        "Tancred Vexhollow was sixteen when he wrote to the Wrenfold boatyard.\n\n"
        "The yard kept the letter Tancred Vexhollow sent that spring. It reads, in part: "
        "\u201cI can caulk a hull and I never miss a tide.\u201d"
    )
    assert _speakers(text)["I can caulk a hull and I never miss a tide."] == "Tancred Vexhollow"


def test_a_name_after_a_phrase_of_time_opens_the_clause():
    text = (
        "Edeltraud Tannahill has kept the Wrenfold light for thirty years.\n\n"
        "Her deputy is Osric Vexmoor. \u201cOn my second week Edeltraud gave me a lamp and said, \u2018The lamp is "
        "for the stairs.\u2019 I have kept it since,\u201d says Vexmoor."
    )
    assert _speakers(text)["The lamp is for the stairs."] == "Edeltraud Tannahill"


def test_a_place_after_an_indefinite_person_opens_no_clause():
    text = (
        "Osric Vexmoor runs the Wrenfold buses.\n\n"
        "One woman outside the Quarnby Arcade, who gave no name, called the cuts \u201ca slow "
        "squeeze\u201d, adding: \u201cThey never ask us first.\u201d"
    )
    assert _speakers(text)["They never ask us first."] is None


def test_a_possessive_name_takes_no_role_set_beside_it():
    text = (
        "Brunhild Vexmoor took up rowing at sixty.\n\n"
        "Her cousin, Edeltraud Vexmoor, followed after her own father, Brunhild\u2019s uncle, sold the boat."
    )
    ents = {e.name: e for e in _entities(text)}
    assert ents["Brunhild Vexmoor"].roles == []
    assert ents["Brunhild Vexmoor"].gender == "f"


def test_a_club_and_a_job_the_lexicon_lacks_then_the_person():
    text = (
        "The Wrenfold Otters will be without Osric Carew for six weeks.\n\n"
        "\u201cHe could not lift his arm at the break,\u201d said Otters physiotherapist Althea Quarnby."
    )
    assert _speakers(text)["He could not lift his arm at the break,"] == "Althea Quarnby"


def test_several_opening_a_sentence_is_nobody():
    text = "Osric Vexmoor chaired the meeting. Several waved placards. One read: \u201cKeep Our Ferry.\u201d"
    assert _speakers(text)["Keep Our Ferry."] is None


def test_the_daughter_of_a_docker_is_no_mention_of_anyone():
    text = (
        "Dame Odeline Vexmoor, the director of the Wrenfold playhouse for forty years, has died aged 88.\n\n"
        "Raised on the Wrenfold quays, the daughter of a docker and a seamstress, she trained as a nurse.\n\n"
        "In a 1999 interview, she said the town had \u201cearned a stage of its own\u201d.\n\n"
        "The singer Althea Quarnby, who first sang there in 1990, called her \u201ca force of weather\u201d."
    )
    assert _speakers(text)["earned a stage of its own"] == "Dame Odeline Vexmoor"


def test_they_after_someone_not_to_be_named_is_that_person():
    text = (
        "The Wrenfold Hospitals Trust has cancelled 400 operations since May.\n\n"
        "A theatre nurse, speaking on condition of anonymity, called morale \u201cat the floor\u201d.\n\n"
        "\u201cWe have the rooms but nobody to staff them,\u201d they said."
    )
    assert _speakers(text)["We have the rooms but nobody to staff them,"] is None


def test_a_document_stays_the_one_the_article_said_it_was():
    text = (
        "The Wrenfold Pantry Network fed 9,000 families last winter.\n\n"
        "The network\u2019s yearly report, out on Monday, counts the families by ward.\n\n"
        "The report asks the council to fund a second warehouse.\n\n"
        "Osric Quarnby, who runs the Tannahill Road pantry, said the queues started at dawn.\n\n"
        "\u201cGoodwill is not a supply chain,\u201d the report says."
    )
    assert _speakers(text)["Goodwill is not a supply chain,"] == "Wrenfold Pantry Network"


def test_the_role_before_a_participle_is_its_subject():
    text = (
        "Osric Vexhollow, 44, denies causing the crash on the Wrenfold road.\n\n"
        "PC Althea Quarnby read from her notebook, where she had noted the defendant saying to her by the "
        "car: \u201cThe lights were against me, not with me.\u201d"
    )
    assert _speakers(text)["The lights were against me, not with me."] == "Osric Vexhollow"


def test_a_station_is_a_body_and_its_manager_no_body():
    text = (
        "Osric Vexmoor read the shipping forecast on Wrenfold Sound, a small harbour radio station, for "
        "thirty years.\n\n"
        "Station manager Althea Quarnby said the studio would carry his name."
    )
    kinds = {e.name: e.kind for e in _entities(text)}
    assert kinds == {"Osric Vexmoor": "person", "Wrenfold Sound": "org", "Althea Quarnby": "person"}


def test_a_name_followed_by_who_gives_only_her_first_name_is_hers():
    text = (
        "Osric Vexmoor has presented the late show on Wrenfold Sound since 2009.\n\n"
        "Brunhild, who goes by only her first name, rings in most nights. \u201cHe keeps me company,\u201d she said."
    )
    assert _speakers(text)["He keeps me company,"] == "Brunhild"


def test_a_modifier_and_a_job_before_a_name_are_a_title():
    text = "County Assessor Tancred Vexhollow said the embankment would hold."
    assert _names(text) == ["Tancred Vexhollow"]


def test_a_role_of_a_place_then_a_name_is_that_person():
    for text, who in (
        ("Mayor of Wrenfold Edgar Quarnby said the bridge would reopen.", "Edgar Quarnby"),
        ("Lord Mayor of Wrenfold Margaret Quarnby said the bridge would reopen.", "Margaret Quarnby"),
    ):
        assert [(e.name, e.roles[0][0]) for e in _entities(text)] == [(who, "mayor")]


def test_a_cross_after_near_is_a_place():
    text = (
        "Quarnby Rail said a fallen oak struck a train near Vexmoor Cross on Thursday night.\n\n"
        "\u201cOur crews worked until dawn,\u201d the operator said."
    )
    assert _speakers(text)["Our crews worked until dawn,"] == "Quarnby Rail"


def test_a_reservoir_or_a_creek_is_a_place():
    text = "As a boy Osric Vexmoor skated on Tannahill Reservoir, and later fished Quarnby Creek."
    kinds = {e.name: e.kind for e in _entities(text)}
    assert kinds == {"Osric Vexmoor": "person"}


def test_a_person_of_a_body_and_a_bodys_member_are_two_names():
    for text, names_ in (
        ("Forecaster Edgar Quarnby of Wrenfold Weather said it stalled.", ["Edgar Quarnby", "Wrenfold Weather"]),
        ("Tancred Vexhollow of the Quarnby Independents said so.", ["Tancred Vexhollow", "Quarnby Independents"]),
        ("The seat went to the Wrenfold Democrats\u2019 Margaret Vexmoor.", ["Wrenfold Democrats", "Margaret Vexmoor"]),
        ("The Glaziers\u2019 Union said the talks had failed.", ["Glaziers\u2019 Union"]),
    ):
        assert _names(text) == names_, text


def test_what_a_firm_is_opening_a_sentence_is_no_part_of_its_name():
    text = (
        "Heavy snow closed Wrenfold airport on Monday.\n\n"
        "Utility Quarnby Grid Cooperative said 9,000 homes had lost power. \u201cOur crews are out,\u201d "
        "the cooperative said."
    )
    assert _speakers(text)["Our crews are out,"] == "Quarnby Grid Cooperative"


def test_an_everyday_word_before_a_given_name_and_a_surname_is_a_description():
    assert _names("Sacristan Margaret Vexmoor, 71, said the hives survived.") == ["Margaret Vexmoor"]
    assert _names("Rose Vexmoor, 71, said the hives survived.") == ["Rose Vexmoor"]


def test_a_rank_a_position_or_a_trade_before_a_name_is_no_part_of_it():
    # A rugby position before a given name only the larger name data knows, a trade written as one word the
    # dictionary lacks, and a rank in capitals: descriptions, not the first word of the name.
    assert _names("Lock Otso Vexmoor will lead the side against Quarnby United on Saturday.")[0] == "Otso Vexmoor"
    assert _names("Dockhand Brisa Quarnholt, who joined in 2011, will move to the new ferry.") == ["Brisa Quarnholt"]
    assert _names("EMT Quessa Vexwick said the arrests were planned.") == ["Quessa Vexwick"]
    # Letters alone before a surname are initials, not a rank.
    assert _names("JJ Quarnholt said the arrests were planned.") == ["JJ Quarnholt"]


def test_a_name_in_a_relative_clause_of_an_apposition_is_not_the_subject():
    text = (
        "Osric Vantroy ran the Wrenfold bistro for six years.\n\n"
        "Quarnby Dining, the group that bankrolled Vantroy, said it was \u201cglad of every plate it sold\u201d."
    )
    assert _speakers(text)["glad of every plate it sold"] == "Quarnby Dining"


def test_letters_before_a_role_after_a_determiner_are_no_body():
    text = "Osric Vantroy saved a header from a defender who is now his daughter\u2019s PE teacher."
    assert _names(text) == ["Osric Vantroy"]


def test_it_says_is_the_author_two_sentences_back():
    text = (
        "Brunhild Quarnby leads the Wrenfold choir now.\n\n"
        "Her predecessor, Osric Vexmoor, who led it for thirty years, wrote to her the week she took over. She keeps "
        "the card in her music case. It says: \u201cSing them slowly and forgive them quickly.\u201d"
    )
    assert _speakers(text)["Sing them slowly and forgive them quickly."] == "Osric Vexmoor"


def test_a_witness_called_by_a_side_then_named_is_the_one_who_conceded():
    text = (
        "Brunhild Quarnby signed the will in 2019.\n\n"
        "A geriatrician called by the cousins, Dr Osric Vantroy, said that Mrs Quarnby\u2019s records showed "
        "\u201cslips of memory\u201d, but conceded that judgment \u201cdoes not vanish overnight\u201d."
    )
    got = _speakers(text)
    assert got["slips of memory"] == "Osric Vantroy"
    assert got["does not vanish overnight"] == "Osric Vantroy"


@pytest.mark.parametrize("side", ["cousins", "families", "churches"])
def test_one_named_after_a_plural_that_hired_them_is_the_speaker(side):
    # a plural by any English rule ("families", "churches"), not only a bare "-s"
    text = (
        "Brunhild Quarnby signed the will in 2019.\n\n"
        f"A surgeon hired by the {side}, Dr Osric Vantroy, said that the records showed \u201cslips of memory\u201d in "
        "the spring."
    )
    assert _speakers(text) == {"slips of memory": "Osric Vantroy"}


def test_said_someones_partner_on_the_night_crew_then_the_name():
    text = (
        "Osric Vantroy has driven the Wrenfold night ambulance for a decade.\n\n"
        "\u201cMost nights are tea and waiting,\u201d said Vantroy\u2019s partner on the late rota, Althea Quarnby."
    )
    assert _speakers(text)["Most nights are tea and waiting,"] == "Althea Quarnby"


def test_he_after_a_sentence_opening_on_an_unnamed_man_is_that_man():
    text = (
        "Osric Vantroy drives the mountain bus. He has done it for thirty years.\n\n"
        "An old man waiting at the well heard us and smiled. \u201cEvery driver says that,\u201d he said."
    )
    assert _speakers(text)["Every driver says that,"] is None


def test_one_winter_a_man_is_no_subject_of_the_next_he():
    text = (
        "My father, Osric Vantroy, ran the shop for forty years.\n\n"
        "One spring a man walked in wanting a sack of flour on tick. Osric Vantroy gave him two. Later he said, "
        "\u201cA hungry man remembers the second loaf.\u201d"
    )
    assert _speakers(text)["A hungry man remembers the second loaf."] == "Osric Vantroy"


def test_the_defendant_is_the_one_who_admitted_the_charge():
    text = (
        "The club\u2019s treasurer, Osric Vantroy, 58, of Wrenfold, admitted theft at Quarnby Crown Court in May.\n\n"
        "Prosecutor Odeline Tannahill quoted from an email the defendant had sent in June, once the audit began: "
        "\u201cLeave the ledger to me.\u201d\n\n"
        "In a statement, the Rev Althea Vexmoor said the parish felt betrayed."
    )
    assert _speakers(text)["Leave the ledger to me."] == "Osric Vantroy"


def test_a_plan_some_people_have_called_something_is_theirs_unnamed():
    text = (
        "Osric Pillwell runs the corner bakery.\n\n"
        "He says the council may shut the lane to cars, a plan several shopkeepers have called "
        "\u201ca gift to nobody\u201d. Both captains described it as a \u2018dead\u2019 idea."
    )
    got = _speakers(text)
    assert got["a gift to nobody"] is None
    assert "dead" not in got


def test_the_cooperative_said_is_the_cooperative_named():
    text = (
        "Ice brought down lines across Wrenfold County overnight.\n\n"
        "Quarnby Valley Electric Cooperative said 6,000 homes were without power. Osric Vantroy, who farms "
        "near the river, said the milk had spoiled.\n\n"
        "\u201cCrews will work through the weekend,\u201d according to the cooperative."
    )
    assert _speakers(text)["Crews will work through the weekend,"] == "Quarnby Valley Electric Cooperative"


def test_titles_then_a_name_of_a_body_split_but_a_royal_of_a_country_does_not():
    text = "Prices rose, said Associate Professor Tancred Vexhollow of the Wrenfold Policy Institute."
    assert _names(text) == ["Tancred Vexhollow", "Wrenfold Policy Institute"]
    text = "Crown Princess Edeltraud of Quarnholt said the harbour was lovely."
    assert _names(text) == ["Edeltraud of Quarnholt"]


def test_a_unions_local_and_a_school_district_keep_their_numbers():
    text = (
        "Quarnby Retail Workers Local 418 voted to accept the offer.\n\n"
        "\u201cIt is a fair deal at last,\u201d the union said.\n\n"
        "Wrenfold Unified School District 12 told parents by email that buses would run \u201cas normal\u201d."
    )
    got = _speakers(text)
    assert got["It is a fair deal at last,"] == "Quarnby Retail Workers Local 418"
    assert got["as normal"] == "Wrenfold Unified School District 12"


def test_a_familys_word_for_a_grandparent_is_no_name_of_its_own():
    for word in ("Mama", "Dadaji", "Abuela"):
        text = (
            "Osric Vantroy, 40, runs the corner cafe.\n\n"
            f"\u201cMy family ran it before me. {word} always said, \u2018Feed them first.\u2019 I still do,\u201d "
            "Vantroy said."
        )
        assert _speakers(text)["Feed them first."] != word, word


def test_a_body_named_after_its_noun_may_open_on_a_given_name():
    text = (
        "\u201cPassengers are owed a refund,\u201d said Osric Vantroy, who runs the pressure group Fair Journeys.\n\n"
        "He urged travellers to \u201ckeep every receipt they are given\u201d."
    )
    assert _speakers(text)["keep every receipt they are given"] == "Osric Vantroy"


def test_and_her_publisher_then_its_name_opens_a_new_clause():
    text = (
        "Edeltraud Vexmoor writes at night.\n\n"
        "Her third book, \u201cThe Salt Road,\u201d is out on Friday, and her publisher, Quarnby House, said it had "
        "\u201cnever printed so many copies of a debut\u201d."
    )
    assert _speakers(text)["never printed so many copies of a debut"] == "Quarnby House"


def test_a_letter_writer_who_wanted_no_name_printed_is_unnamed():
    text = (
        "Osric Quarnby chairs the Wrenfold hospital board.\n\n"
        "Another letter came from a porter on the wards, who asked the paper not to publish his name. "
        "\u201cWe pay to park "
        "at our own work,\u201d he wrote."
    )
    assert _speakers(text)["We pay to park at our own work,"] is None


def test_i_in_a_first_person_piece_is_the_writer_its_credit_names():
    text = (
        "I rode the Wrenfold night bus with its driver, Osric Vantroy, for a week.\n\n"
        "\u201cThe road is quiet after two,\u201d he said.\n\n"
        "\u201cEver think about working days?\u201d I asked as the doors hissed open.\n\n"
        "\u201cSee you on Thursday then,\u201d I told him.\n\n"
        "Althea Quarnby writes about transport for the Weekend magazine."
    )
    got = _speakers(text)
    assert got["Ever think about working days?"] == "Althea Quarnby"
    assert got["See you on Thursday then,"] == "Althea Quarnby"
    assert got["The road is quiet after two,"] == "Osric Vantroy"


def test_i_without_a_credit_line_names_nobody():
    text = (
        "I rode the Wrenfold night bus with its driver, Osric Vantroy, for a week.\n\n"
        "\u201cEver think about working days?\u201d I asked as the doors hissed open."
    )
    assert _speakers(text)["Ever think about working days?"] is None


def test_a_new_sentence_with_its_own_verb_brings_a_new_quote():
    text = (
        "Brunhild Quarnby ran the Wrenfold bakery for forty years.\n\n"
        "\u201cA burnt loaf is still a loaf,\u201d she warned me at dawn. A week later she said, \u201cA burnt "
        "loaf is a bargain.\u201d After that she gave me a broom."
    )
    assert [q.text for q in extract_quotes(text)] == ["A burnt loaf is still a loaf,", "A burnt loaf is a bargain."]
    text = "\u201cOne,\u201d she said, \u201ctwo.\u201d"
    assert [q.text for q in extract_quotes(text)] == ["One, two."]


def test_pieces_each_led_in_by_its_own_verb_are_two_quotes():
    text = (
        "Osric Vantroy runs the school kitchen. I said, \u201cI cannot promise that,\u201d and she said, "
        "\u201cGood.\u201d"
    )
    assert [q.text for q in extract_quotes(text)] == ["I cannot promise that,", "Good."]


def test_i_in_a_turn_labelled_by_a_surname_is_that_person():
    text = (
        "Odeline Tannahill talks to the potter Althea Vexmoor about fifty years at the wheel.\n\n"
        "TANNAHILL: Did the critics ever get to you?\n\n"
        "VEXMOOR: One wrote that my jugs were sulky. I wrote back, \u201cSo is the clay.\u201d"
    )
    assert _speakers(text)["So is the clay."] == "Althea Vexmoor"


def test_i_then_two_verbs_leading_into_a_quote_is_the_one_answering():
    text = (
        "Odeline Tannahill talks to the potter Althea Vexmoor.\n\n"
        "TANNAHILL: Did the critics ever get to you?\n\n"
        "VEXMOOR: One called my jugs sulky. I wrote back and said, \u201cSo is the clay.\u201d"
    )
    assert _speakers(text)["So is the clay."] == "Althea Vexmoor"


def test_a_lone_everyday_word_is_no_speakers_name():
    text = (
        "The Wrenfold line was shut all day.\n\n"
        "Rail said in an update: \u201cOnly one train an hour will run tomorrow.\u201d\n\n"
        "\u201cWe are nearly there,\u201d said Quarnby, the engineer in charge."
    )
    got = _speakers(text)
    assert got["Only one train an hour will run tomorrow."] is None
    assert got["We are nearly there,"] == "Quarnby"


def test_a_given_name_opening_a_places_name_is_no_person():
    text = "He always plays an old Edgar County reel first. Margaret Valley is where he learned it."
    assert {e.name: e.kind for e in _entities(text) if e.kind == "person"} == {}
    assert _names("Edgar Park, 16, played first.") == ["Edgar Park"]


def test_a_preposition_opening_a_sentence_opens_no_name():
    text = "Near Wrenfold, a petrol station's sign read: \u201cNO FUEL TODAY.\u201d Beyond Quarnby the road was shut."
    assert [e for e in _entities(text) if e.kind == "person"] == []


def test_a_person_of_the_firm_described_then_named_is_the_subject():
    text = (
        "Freezing rain closed the Wrenfold pass on Monday.\n\n"
        "Forecaster Tancred Vexhollow of the independent weather firm Quarnby Skies said it would turn "
        "\u201cbitterly cold by midnight\u201d."
    )
    assert _speakers(text)["bitterly cold by midnight"] == "Tancred Vexhollow"


def test_a_ferry_line_is_a_body_not_the_next_he():
    text = (
        "Osric Vantroy has served tea on the night ferry for thirty years.\n\n"
        "The Quarnby Sound Line confirmed that Vantroy will stop in May. He wants, he says, "
        "\u201cno fuss at all\u201d."
    )
    assert _speakers(text)["no fuss at all"] == "Osric Vantroy"


def test_it_said_only_after_a_card_is_no_companys():
    text = (
        "Quarnby & Sons, the family bakery, closed in 1988.\n\n"
        "Clearing out the attic, my cousin turned up a card, folded inside a cookery book. It said only: "
        "\u201cButter, patience, heat.\u201d"
    )
    assert _speakers(text)["Butter, patience, heat."] is None


def test_it_said_after_the_trusts_statement_is_the_trust():
    text = (
        "The Wrenfold Hospitals Trust ran out of beds on Monday.\n\n"
        "Patients Together Wrenfold, a watchdog, called the waits \u201cshameful\u201d.\n\n"
        "The trust\u2019s statement asked people with minor injuries to see a pharmacist first.\n\n"
        "\u201cHelp us keep beds for those who need them,\u201d it said."
    )
    assert _speakers(text)["Help us keep beds for those who need them,"] == "Wrenfold Hospitals Trust"


def test_said_then_a_name_and_a_colon_is_that_person():
    text = (
        "Brunhild Tannahill has coached the Wrenfold five for a decade.\n\n"
        "Said Tannahill: \u201cThat was the loudest night yet.\u201d"
    )
    assert _speakers(text)["That was the loudest night yet."] == "Brunhild Tannahill"


def test_alhaji_is_a_title_not_a_given_name():
    ents = _entities("Alhaji Osric Quarnby, the district chief executive, said the river rose.")
    assert [(e.name, e.gender) for e in ents] == [("Osric Quarnby", "m")]


def test_someone_from_a_place_described_at_length_is_the_one_unnamed():
    text = (
        "WRENFOLD BAY \u2014 A retired hospital night porter from Wrenfold Bay says she read her ticket "
        "\u201cfifty times at least\u201d before she believed it."
    )
    assert _speakers(text)["fifty times at least"] is None


def test_a_title_in_marks_of_its_own_is_nobody():
    text = (
        "For her farewell Brunhild Quarnby picked \u201cThe Salt Meadow,\u201d a 1961 western she saw with her "
        "father. \u201cHe wept through the last reel and whispered, \u2018Keep that to yourself,\u2019\u201d she said."
    )
    assert _speakers(text)["Keep that to yourself,"] is None


def test_the_waiter_nobody_named_is_not_the_woman_at_the_table():
    text = (
        "Althea Vexmoor orders the soup, as she has every Tuesday since 2004.\n\n"
        "The waiter, who has known her for years, hands her the bowl and murmurs, \u201cAs always, madam.\u201d"
    )
    assert _speakers(text)["As always, madam."] is None


def test_in_a_statement_the_body_set_out_then_a_colon_is_the_bodys():
    text = (
        "The Wrenfold Teachers Union balloted its members on Monday.\n\n"
        "\u201cThis is a last resort,\u201d its secretary, Osric Vantroy, said.\n\n"
        "In a statement handed to reporters, the union listed two demands:\n\n"
        "\u201cPay the arrears now, and publish the timetable.\u201d"
    )
    assert _speakers(text)["Pay the arrears now, and publish the timetable."] == "Wrenfold Teachers Union"


def test_a_workers_local_is_no_company_a_company_spokeswoman_speaks_for():
    text = (
        "Quarnby Appliance Co. is to shut the Wrenfold plant in June.\n\n"
        "\u201cWe heard it on the radio,\u201d said Osric Vantroy, president of United Wrenfold Workers Local 418, "
        "which represents 300 hourly staff at the plant.\n\n"
        "A company spokeswoman said Quarnby would offer \u201cgenerous severance\u201d."
    )
    assert _speakers(text)["generous severance"] == "Quarnby Appliance Co."


def test_a_name_in_s_before_a_speech_verb_is_a_firms_own_name():
    # A possessive comes before what it owns; before "said" the "'s" is the name's, as shops,
    # auction houses and churches are named.
    text = (
        "Pellow\u2019s said the outlook was \u201cnegative for the sector\u201d.\n\n"
        "The Parish Council of St Quarnwyn\u2019s said the bells were \u201cpart of the village\u201d. "
        "The bells of St Quarnwyn ring at noon.\n\n"
        "\u201cWe are sorry,\u201d Macy\u2019s said in a statement."
    )
    got = _speakers(text)
    assert got["negative for the sector"] == "Pellow\u2019s"
    assert got["part of the village"] == "Parish Council of St Quarnwyn\u2019s"
    assert got["We are sorry,"] == "Macy\u2019s"  # (a given name too, but no woman called Macy)


def test_a_person_named_before_in_s_said_is_that_person():
    # "Quill's said" after "Osric Quill" is his "has said"; "Macy's" after Macy Vantroy is hers.
    text = (
        "Osric Quill has run the club since 2010. Quill\u2019s said all along that the side was "
        "\u201cgood enough to go up\u201d.\n\n"
        "Macy Vantroy runs the shop. Macy\u2019s said before that trade was \u201chard in winter\u201d."
    )
    got = _speakers(text)
    assert got["good enough to go up"] == "Osric Quill"
    assert got["hard in winter"] == "Macy Vantroy"


def test_in_a_profile_the_person_the_first_paragraph_names_is_she_after_a_long_gap():
    # The keeper is named first and named and quoted most, though not half as often again as her
    # deputy: a "she" far from her last mention, with the deputy named since, is still the keeper's.
    text = (
        "For thirty years, Odeline Quarnby has kept the light at Vexholt Point. On Sunday Quarnby hands over "
        "the keys.\n\n"
        "\u201cI have never once been bored,\u201d she says. Quarnby took the post in 1994, when the light was "
        "still wound by hand, and Quarnby has climbed its 112 steps most nights since. Quarnby laughs at the "
        "idea of a party.\n\n"
        "Her deputy, Marisol Tenwick, describes her as \u201cthe steadiest pair of hands on the coast\u201d. "
        "\u201cShe never panics,\u201d Tenwick says. \u201cNot once in ten years, not even the night the generator "
        "caught fire and the radio went with it.\u201d\n\n"
        "The station will be run from the mainland from next year, and the cottage beside the tower, where the "
        "keepers have lived since it was built, is to be sold. The trust that owns it has not yet set a price, "
        "and the parish council has asked that the path along the cliff stay open to walkers whoever buys it.\n\n"
        "Her husband, Osric Quarnby, a retired ferry mate, says the hardest part was the winters. "
        "\u201cThe wind never stops out here,\u201d he says. \u201cYou stop hearing it after a year or two.\u201d\n\n"
        "She is less certain about leaving. \u201cHe thinks I will sit still,\u201d she says. \u201cHe has met me.\u201d"
    )
    got = _speakers(text)
    assert got["The wind never stops out here, You stop hearing it after a year or two."] == "Osric Quarnby"
    assert got["He thinks I will sit still, He has met me."] == "Odeline Quarnby"


def test_another_a_ferryman_is_the_he_not_the_man_named_before():
    text = (
        "Osric Vantroy, who wrote the play, said he wanted to show \u201cthe people who keep things working\u201d.\n\n"
        "Another, a retired ferryman from Quillby, was more succinct. \u201cThey got the ropes right,\u201d he said."
    )
    assert _speakers(text)["They got the ropes right,"] is None


def test_a_job_with_an_organisation_word_then_a_name_of_a_body_is_the_person():
    text = (
        "\u201cThe roof was well alight when we got there,\u201d said Watch Commander Cedric Quellby of the "
        "Tarnholm Fire and Rescue Service.\n\n"
        "Station Officer Ada Vantroy of the Tarnholm Fire and Rescue Service said crews had worked "
        "\u201cthrough the night\u201d."
    )
    got = _speakers(text)
    assert got["The roof was well alight when we got there,"] == "Cedric Quellby"
    assert got["through the night"] == "Ada Vantroy"


def test_a_numbered_local_after_a_comma_is_the_unions_and_the_union_is_it():
    text = (
        "Quarnby Grain Ltd. locked out its staff after talks with the Quarnby Dock Workers Union, Local 27, "
        "broke down.\n\n"
        "The union called the lockout \u201ca cynical move\u201d."
    )
    assert _speakers(text)["a cynical move"] == "Quarnby Dock Workers Union, Local 27"


def test_a_local_of_a_union_a_firm_of_partners_and_a_number_word_opening_a_name_are_whole_names():
    cases = [
        (
            "Staff at the Vexley plant voted to strike.\n\n"
            "\u201cWe have waited three years,\u201d said Local 512 of the Quarnby Packing and Dock Workers Union.",
            "We have waited",
            "Local 512 of the Quarnby Packing and Dock Workers Union",
        ),
        (
            "The family has sued the landlord.\n\n"
            "\u201cWe will see this through,\u201d said Quill, Marten & Osbert, the firm acting for the family.",
            "We will see",
            "Quill, Marten & Osbert",
        ),
        (
            "The shelter reopened on Monday.\n\n"
            "\u201cIt is a good day for the valley,\u201d said Three Oaks Animal Alliance, which runs it.",
            "It is a good day",
            "Three Oaks Animal Alliance",
        ),
        (
            "The piano was lifted through a window.\n\n"
            "\u201cIt is the heaviest we have moved,\u201d Two Bridges Piano Movers said in a statement.",
            "It is the heaviest",
            "Two Bridges Piano Movers",
        ),
        (
            "Two Democrats voted against the bill.\n\n"
            "\u201cIt goes too far,\u201d said Ana Quill, one of them.",
            "It goes too far",
            "Ana Quill",
        ),
    ]
    _assert_openings(cases)


def test_a_number_word_before_people_stays_out_of_their_names():
    text = "Two Republicans Brisa Quill and Aurek Vexley said no. \u201cNot this year,\u201d Quill said."
    assert _speakers(text)["Not this year,"] == "Brisa Quill"


def test_a_spokesperson_for_a_body_by_a_head_only_its_own_name_has_speaks_for_that_body():
    cases = [
        (
            "The Quarnby Arts Fund withdrew its grant on Monday. A spokesman for the fund added: "
            "\u201cWe have offered the trust our help.\u201d",
            "We have offered",
            "Quarnby Arts Fund",
        ),
        (
            "The Vexley Harbour Commissioners have not yet ruled.\n\n"
            "\u201cThe review is progressing normally,\u201d a spokeswoman for the commissioners said.",
            "The review is",
            "Vexley Harbour Commissioners",
        ),
    ]
    _assert_openings(cases)


def test_a_bare_turn_right_after_a_reply_is_the_other_sides():
    text = (
        "Councillors debated the car park plan on Tuesday.\n\n"
        "\u201cThe site floods every winter,\u201d said Brisa Quill, who chairs the committee.\n\n"
        "\u201cThere is a drain forty yards away,\u201d Aurek Vexley replied.\n\n"
        "\u201cA drain that has not worked since 2019.\u201d"
    )
    got = _speakers(text)
    assert got["There is a drain forty yards away,"] == "Aurek Vexley"
    assert got["A drain that has not worked since 2019."] == "Brisa Quill"


def test_a_bare_turn_after_a_reply_to_someone_unnamed_stays_with_the_one_who_replied_or_nobody():
    # (an unnamed asker between: not the speaker before them)
    text = (
        "\u201cWe deserved nothing today,\u201d said Osbert Marten, the visitors' captain.\n\n"
        "One reporter asked Brisa Quill whether the club would spend in January.\n\n"
        "\u201cAsk the chairman,\u201d she replied.\n\n"
        "\u201cWe have.\u201d"
    )
    assert _speakers(text)["We have."] != "Osbert Marten"


def test_a_bare_quote_closing_on_a_comma_with_words_after_it_is_not_the_last_speakers():
    # (the words after it name the speaker in a way the rules may not read; the last speaker is no answer)
    text = (
        "\u201cThe frost came early,\u201d said Aurek Vexley, who runs the orchard.\n\n"
        "\u201cIt works most nights,\u201d Ilani corrected him."
    )
    assert _speakers(text)["It works most nights,"] != "Aurek Vexley"
    text = (
        "\u2018I sold 400 pies today and I still saw him finish,\u2019 said his mother, Maud Osbert.\n\n"
        "\u2018I went too early, simple as that,\u2019 the men\u2019s runner-up admitted afterwards. Aurek Quill, 24, "
        "had led by a minute at the 30km mark."
    )
    assert _speakers(text)["I went too early, simple as that,"] != "Maud Osbert"


def test_a_bodys_possessive_opens_a_site_of_its_own_not_more_of_its_name():
    cases = [
        (
            "Quill Valley Water Services Ltd\u2019s Vexley works discharged sewage for 41 days.\n\n"
            "A spokeswoman for the company said it \u2018accepts the findings in full\u2019.",
            "accepts the findings",
            "Quill Valley Water Services Ltd",
        ),
        (
            "The Quarnby Hockey Federation\u2019s Department of Player Safety reviewed the hit.\n\n"
            "\u201cWe review every such hit as a matter of routine,\u201d the Quarnby Hockey Federation\u2019s "
            "Department of Player Safety said.",
            "We review every",
            "Quarnby Hockey Federation\u2019s Department of Player Safety",
        ),
    ]
    _assert_openings(cases)


def test_a_seat_on_a_body_before_a_name_is_a_title_not_part_of_a_body():
    text = (
        "Council Member Brisa Vexley, who represents the district that includes the old Quill Motor Inn, called "
        "the plan \u201crushed\u201d.\n\n"
        "\u201cYou have not once come to a meeting on Harbor Road,\u201d she said."
    )
    got = _speakers(text)
    assert got["rushed"] == "Brisa Vexley"
    assert got["You have not once come to a meeting on Harbor Road,"] == "Brisa Vexley"
    assert _speakers("\u201cWe will fight this,\u201d said Board Member Brisa Vexley.")["We will fight this,"] == (
        "Brisa Vexley"
    )


def test_a_project_and_an_initiative_are_bodies_whatever_role_word_they_hold():
    text = (
        "The lawsuit was filed on Monday by the Quarnby Tenant Defense Project on behalf of 212 households.\n\n"
        "The group said in a statement that the ruling was \u201ca start, not an end\u201d."
    )
    assert _speakers(text)["a start, not an end"] == "Quarnby Tenant Defense Project"
    text = text.replace("Project", "Collaborative")
    assert _speakers(text)["a start, not an end"] == "Quarnby Tenant Defense Collaborative"


def test_land_named_for_an_owner_is_a_place_not_a_body_that_speaks():
    text = (
        "\u201cWe had to pull the engines back,\u201d said Battalion Chief Brisa Vexley of the Quarnby County Fire "
        "District.\n\n"
        "The fire, which started near a campground on Marten\u2019s Ridge, had burned 11,000 acres, the district "
        "said. In a statement, it said the cause was \u201cunder investigation\u201d."
    )
    assert _speakers(text)["under investigation"] == "Quarnby County Fire District"


def test_retorted_and_interjected_are_verbs_of_speech():
    for verb in ("retorted", "interjected"):
        text = (
            "\u201cThe figures are wrong,\u201d said Brisa Vexley, the opposition leader.\n\n"
            f"\u201cThey were checked twice,\u201d the finance minister, Osbert Quill, {verb}."
        )
        assert _speakers(text)["They were checked twice,"] == "Osbert Quill", verb


def test_the_object_of_an_infinitive_set_off_by_commas_is_not_who_said_what_follows():
    text = (
        "Vexley boss Aurek Quill refused to blame the referee, Osbert Marten, but said his defenders had "
        "\u201cswitched off like it was a friendly\u201d."
    )
    assert _speakers(text)["switched off like it was a friendly"] == "Aurek Quill"


def test_an_archive_and_an_adjudicator_are_bodies_a_spokesperson_speaks_for():
    cases = [
        (
            "Researchers asked the Brisa Family Archive for the letters last year.\n\n"
            "A spokesperson for the archive added: \u201cThe papers are too fragile to be handled.\u201d",
            "The papers are too fragile",
            "Brisa Family Archive",
        ),
        (
            "The complaint was upheld by the Osbert Housing Adjudicator in March.\n\n"
            "A spokesman for the adjudicator said: \u201cThe landlord ignored every warning.\u201d",
            "The landlord ignored",
            "Osbert Housing Adjudicator",
        ),
    ]
    _assert_openings(cases)


def test_a_he_who_declined_to_give_his_name_just_before_speaks_unnamed():
    text = (
        "Osbert Quill, 71, has run the diner since 1980. \u201cIt was time,\u201d he says.\n\n"
        "A retired mail carrier has sat on the third stool from the left since 1987. He declined to give his name. "
        "\u201cPut down that I\u2019m heartbroken,\u201d he says."
    )
    got = _speakers(text)
    assert got["It was time,"] == "Osbert Quill"
    assert got["Put down that I\u2019m heartbroken,"] is None


def test_one_questioned_by_pronoun_answers_the_bare_turns_after_the_question():
    text = (
        "\u201cNobody wanted to be here tonight,\u201d Chairwoman Maud Ilani said before the roll call.\n\n"
        "General Manager Brisa Vexley told the board the cuts would affect 14,000 riders. Board member Osbert "
        "Quill, one of the two no votes, questioned her sharply.\n\n"
        "\"How many of those riders have a car?\" Quill asked.\n\n"
        "\"We estimate fewer than a third.\""
    )
    assert _speakers(text)["We estimate fewer than a third."] == "Brisa Vexley"


def test_a_health_system_is_a_body_and_its_short_name_is_it():
    text = (
        "Quarnby Plains Health System bought Vexley Memorial Hospital in 2019.\n\n"
        "The unit will close on Sept. 30. Quarnby Plains said in a statement that it could no longer staff the "
        "unit, citing \u201ca national shortage of nurses\u201d."
    )
    assert _speakers(text)["a national shortage of nurses"] == "Quarnby Plains Health System"


def test_the_one_asked_as_him_is_never_the_asker_named_just_before():
    text = (
        "Recording a conclusion on Thursday, senior coroner Osbert Quill said the driver's view had been "
        "\u201cobstructed\u201d.\n\n"
        "The driver, Aurek Vexley, 52, told the inquest he had checked his mirrors \u201cthree or four times\u201d. "
        "\u201cI never saw her,\u201d he said, his voice breaking.\n\n"
        "Mr Quill asked him whether he had been using his phone.\n\n"
        "\u201cNo, sir. It was in the cab locker.\u201d"
    )
    assert _speakers(text)["No, sir. It was in the cab locker."] == "Aurek Vexley"


def test_hailing_the_bench_in_lower_case_is_hailing_it_too():
    text = (
        "Defense attorney Osbert Quill asked Circuit Judge Brisa Vexley for probation, arguing that his client had "
        "\"already lost everything.\"\n\n"
        "\"Everything except the boat, counselor,\" Vexley said.\n\n"
        "\"The boat has been sold, your honor. The proceeds are in escrow.\""
    )
    assert _speakers(text)["The boat has been sold, your honor. The proceeds are in escrow."] == "Osbert Quill"


def test_a_sign_of_a_body_speaks_for_nobody():
    for text in (
        "The sign in the window of the Quill Diner has said the same thing since 1954: \u201cPie Is Not Optional.\u201d "
        "On Sunday it comes down.",
        "VEXLEY, Pa. \u2014 The banner over the door of Marten Hardware has read the same since 1961: "
        "\u201cIf We Don\u2019t Have It, You Don\u2019t Need It.\u201d",
    ):
        assert list(_speakers(text).values()) == [None], text
    # (but "The board of X said" is the board's: a body, no sign)
    text = "The board of Quill & Marten said the offer \u201cdelivers certain value\u201d."
    assert _speakers(text)["delivers certain value"] == "Quill & Marten"


def test_the_role_the_article_names_next_is_no_guess_at_the_last_person_named():
    text = (
        "Aurek Quill, 19, fell six metres at a warehouse in Vexley in March.\n\n"
        "In a statement read to the inquest at Vexley Coroner\u2019s Court, Aurek\u2019s colleague Osbert Marten "
        "said: \u201cWe were walking back towards the ladder.\u201d\n\n"
        "Mr Marten then broke down. \u201cTake your time, Mr Marten,\u201d the coroner said.\n\n"
        "Recording a narrative conclusion, assistant coroner Brisa Vexley said: \u201cAurek went to work expecting "
        "to come home.\u201d"
    )
    assert _speakers(text)["Take your time, Mr Marten,"] == "Brisa Vexley"


def test_the_directorate_and_the_inspectorate_are_bodies():
    text = (
        "The Quarnby Product Safety Directorate ordered the recall on Monday.\n\n"
        "\u201cStop using the chairs at once,\u201d the directorate said in its notice.\n\n"
        "The Vexholt Schools Inspectorate visited in May. \u201cPupils feel safe,\u201d the inspectorate said."
    )
    got = _speakers(text)
    assert got["Stop using the chairs at once,"] == "Quarnby Product Safety Directorate"
    assert got["Pupils feel safe,"] == "Vexholt Schools Inspectorate"


def test_the_company_is_never_the_outlet_its_chief_told():
    text = (
        "Quarnby Toys is recalling 9,000 prams.\n\n"
        "Its chief, Ada Vexley, told Radio Tarnholm on Friday that the pins were at fault, and said the "
        "company had been \u201ctoo slow to act\u201d.\n\n"
        "Mila Quell said she had begged the company to listen. \u201cThey sent me a form letter that said, "
        "\u2018We cannot find a fault,\u2019\u201d she said."
    )
    assert _speakers(text)["We cannot find a fault,"] == "Quarnby Toys"


def test_a_she_left_unclear_teaches_nothing_of_the_man_it_was_first_taken_for():
    # Tavo is in no list of given names: the "she" of the unnamed GP was first taken for him, then left
    # unclear; it must not have taught that he is a woman, or his own "he said" goes unclear.
    text = (
        "\u201cTen days in bed is a lot,\u201d said Dr Tavo Vexley, who leads the ward.\n\n"
        "Not everyone agrees. A GP in the area, who asked not to be named, said families often panicked. "
        "\u201cWe get calls on a Friday when the daughter is frantic,\u201d she said.\n\n"
        "Dr Vexley accepted that the service was not for everyone. "
        "\u201cFor some, hospital may be the safer place,\u201d he said."
    )
    got = _speakers(text)
    assert got["We get calls on a Friday when the daughter is frantic,"] is None
    assert got["For some, hospital may be the safer place,"] == "Tavo Vexley"


def test_a_second_piece_with_its_own_cue_for_another_person_is_a_new_quote():
    text = (
        "They finish each other\u2019s sentences. \u201cWe have never had a row,\u201d Osric Vexley says. "
        "\u201cWe have had one row,\u201d his sister says. \u201cIt has lasted twenty years.\u201d\n\n"
        "Bed nine is Otso Quarnby, 88. \u201cWhere are we off to?\u201d the nurse, Brisa Quell, asks him. "
        "\u201cHome,\u201d he says. \u201cMe too,\u201d says Ms Quell. \u201cHalf seven.\u201d\n\n"
        "\u201cDid you cry in the cold store?\u201d Quell asks him now. \u201cTwice,\u201d he says. "
        "\u201cOnce because of you.\u201d"
    )
    got = _speakers(text)
    assert "We have never had a row," in got
    assert "We have had one row, It has lasted twenty years." in got
    assert "Home," in got
    assert got["Me too, Half seven."] == "Brisa Quell"
    assert got["Did you cry in the cold store?"] == "Brisa Quell"
    assert "Twice, Once because of you." in got


def test_he_says_in_a_sentence_about_the_subject_and_his_father_is_the_subjects():
    text = (
        "The club has folded after 140 years. Its last match was on Saturday.\n\n"
        "The captain, Osric Quellby-Vantroy, was brought to the club as a boy in 1990 by his father, "
        "Otso Quellby, when it was, he says, \u2018all old soldiers and their sons\u2019. "
        "\u2018My dad brought me down in my school shoes,\u2019 he said. \u2018That was the trial.\u2019"
    )
    got = _speakers(text)
    assert got["all old soldiers and their sons"] == "Osric Quellby-Vantroy"
    assert got["My dad brought me down in my school shoes, That was the trial."] == "Osric Quellby-Vantroy"


def test_a_bare_question_after_asked_by_x_is_the_askers():
    text = (
        "Osric Vantroy, the chief executive of Quarnby Power, told the committee the firm had "
        "\u201cno plan to leave the market\u201d.\n\n"
        "\u201cWe were too slow to warn customers,\u201d said Brisa Tellby, the regulator\u2019s director.\n\n"
        "Asked by Dame Odeline Quill whether any director had been disqualified, Ms Tellby said: "
        "\u201cNot yet. There are cases in progress.\u201d\n\n"
        "\u201cHow many?\u201d"
    )
    assert _speakers(text)["How many?"] == "Dame Odeline Quill"  # the one who asked asks again


def test_the_witness_answering_a_question_is_not_the_one_who_asked():
    text = (
        "The site foreman, Otso Quellby, said he had raised concerns three times.\n\n"
        "Under cross-examination by Osric Vantroy KC, for the defence, Mr Quellby accepted that he had not "
        "written them down.\n\n"
        "\u201cYou never sent a single email, did you?\u201d Mr Vantroy asked.\n\n"
        "\u201cNo,\u201d the witness replied. \u201cOn a site like that, you shout.\u201d"
    )
    assert _speakers(text)["No, On a site like that, you shout."] == "Otso Quellby"


def test_her_union_named_beside_it_is_the_union_not_her():
    text = (
        "Keeley Quarn won her claim against the warehouse on Monday.\n\n"
        "Ms Quarn\u2019s union, the Quarnby Freight Union, said the case should be \u201ca wake-up call\u201d."
    )
    assert _speakers(text)["a wake-up call"] == "Quarnby Freight Union"


def test_we_were_told_and_i_quote_is_nobodys_named():
    text = (
        "Brisa Tellby, who chairs the town council, said the town had been promised a banking hub.\n\n"
        "\u2018We were told, and I quote, \u201cQuarnby is high on the list,\u201d\u2019 she said. "
        "\u2018That was two years ago.\u2019"
    )
    assert _speakers(text)["Quarnby is high on the list,"] is None


def test_an_appeal_or_a_notice_is_a_document_of_the_body_that_issued_it():
    text = (
        "Brisa Quell, the race director, said the crowds were the biggest she had seen.\n\n"
        "\u201cA race like this does not survive on sponsors alone,\u201d according to a fundraising appeal "
        "issued in April by the race\u2019s organisers, Quarnby Cycling Club."
    )
    assert _speakers(text)["A race like this does not survive on sponsors alone,"] == "Quarnby Cycling Club"


def test_the_county_said_is_the_county_council():
    text = (
        "Schools across Vexholt shut on Monday as snow fell.\n\n"
        "Vexholt County Council said staff were out gritting. The county said in a statement that "
        "heads would decide: \u201cEvery school makes its own call.\u201d"
    )
    assert _speakers(text)["Every school makes its own call."] == "Vexholt County Council"


def test_a_role_named_in_the_next_sentence_he_gave_his_name_as_is_that_person():
    text = (
        "Brisa Quell won the seat by 412 votes.\n\n"
        "Her agent, Osric Vantroy, thanked the counters.\n\n"
        "Her campaign manager, a retired postman, said the win was built on \u201cshoe leather and tea\u201d. "
        "He gave his name as Otso Quarnby and said he was going home to bed."
    )
    assert _speakers(text)["shoe leather and tea"] == "Otso Quarnby"


def test_cross_examined_by_x_then_bare_answers_are_the_witnesss():
    text = (
        "\u201cI heard the back door go,\u201d Otso Quellby told the jury. \u201cThen footsteps.\u201d\n\n"
        "\u201cDid you see anyone leave?\u201d asked Osric Vantroy, prosecuting.\n\n"
        "\u201cNo,\u201d said Mr Quellby\u2019s neighbour, Cedric Quarnholt, who was called next. \u201cI was asleep.\u201d\n\n"
        "Cross-examined by Brisa Quell, for the defence, Mr Quellby accepted that the intruder wore a mask.\n\n"
        "\u201cYou never saw his face, did you?\u201d Ms Quell asked.\n\n"
        "\u201cNot his whole face, no. I saw his eyes.\u201d"
    )
    assert _speakers(text)["Not his whole face, no. I saw his eyes."] == "Otso Quellby"


def test_a_surname_named_before_and_a_full_name_are_two_people_not_one_family():
    text = (
        "\u201cThere are two of us,\u201d said Osric Quill.\n\n"
        "Quill and Brisa Vexwick are twins, adopted separately in 1978.\n\n"
        "\u201cThe dog thing scared me more than the test,\u201d Vexwick said."
    )
    assert _speakers(text)["The dog thing scared me more than the test,"] == "Brisa Vexwick"


def test_the_one_told_by_an_unnamed_chair_is_not_the_chair():
    text = (
        "The chief executive of Quarnby Water was told by the chair of a Commons committee on Tuesday that "
        "his company\u2019s apology was \u201ctoo little, and far too late\u201d.\n\n"
        "Osric Vantroy, the company\u2019s chief executive, said the firm was \u201cdeeply sorry\u201d."
    )
    assert _speakers(text)["too little, and far too late"] is None


def test_a_report_of_the_body_named_after_it_is_the_bodys():
    text = (
        "Complaints about card fraud have risen by 40% this year. \u201cIt is now the fastest-growing kind of "
        "complaint we receive,\u201d according to the latest quarterly report of the Office of the Quarnby "
        "Banking Ombudsman."
    )
    assert _speakers(text)["It is now the fastest-growing kind of complaint we receive,"] == (
        "Office of the Quarnby Banking Ombudsman"
    )


def test_she_read_after_a_quote_is_the_one_reading_it_out():
    text = (
        "Cedric Quarn, 16, drowned in June.\n\n"
        "Outside the court, his sister, Brisa Quarn, read a statement on behalf of the family.\n\n"
        "\u201cCedric was the loudest person in any room,\u201d she read."
    )
    assert _speakers(text)["Cedric was the loudest person in any room,"] == "Brisa Quarn"


def test_a_nickname_with_the_inside_a_name_and_a_known_surname_after_and():
    text = (
        "Cedric Quarnholt kicked the first penalty for the Harriers.\n\n"
        "A try from No 8 Osric \u2018the Tractor\u2019 Quellby and Quarnholt\u2019s late kick turned the game.\n\n"
        "Quellby, for his part, played down his role. \u2018I just fell over the line,\u2019 he said."
    )
    assert _speakers(text)["I just fell over the line,"] == "Osric Quellby"


def test_a_role_the_lexicon_lacks_set_beside_a_name_after_a_quote_is_that_name():
    text = (
        "Brisa Vexwick won the 100m in 11.2 seconds.\n\n"
        "\u201cThat was not ideal,\u201d the announcer, Cedric Quarnholt, said afterward."
    )
    assert _speakers(text)["That was not ideal,"] == "Cedric Quarnholt"


def test_said_retiree_x_is_x():
    text = (
        "Brisa Vexwick runs the food bank.\n\n"
        "\u201cI saw the video and came,\u201d said retiree Cedric Quarnholt, 74, unloading cans of tuna."
    )
    assert _speakers(text)["I saw the video and came,"] == "Cedric Quarnholt"


def test_a_given_name_gender_guesser_lacks_has_its_sex_from_the_larger_name_data():
    # Osric is in no gender-guesser entry but in the nomquamgender data (resources/given_name_genders.json),
    # so "says she ... tell him" does not make him a woman and his own "he says" is his.
    from reader.quotes.kinds import given_gender

    assert given_gender("osric") == "m"
    text = (
        "The first thing Brisa Quell taught Osric Vexwick was how to hold a knife. \u201cHe was hopeless,\u201d she "
        "says.\n\n"
        "Vexwick says she was the first person to tell him he had a palate. \u201cI made a sauce and she tasted "
        "it,\u201d he says."
    )
    got = _speakers(text)
    assert got["He was hopeless,"] == "Brisa Quell"
    assert got["I made a sauce and she tasted it,"] == "Osric Vexwick"


def test_the_force_is_the_police_named_not_the_station_named_last():
    text = (
        "Volunteers from Quarnholt found the missing walker on Sunday, Quarnholt Valley Police said.\n\n"
        "Otso Vexwick, who joined the search, told Radio Cedric: \u201cWe walked the ridge twice.\u201d\n\n"
        "The force thanked the volunteers. \u201cIt was a remarkable effort by the whole valley,\u201d "
        "the force said."
    )
    assert _speakers(text)["It was a remarkable effort by the whole valley,"] == "Quarnholt Valley Police"


def test_the_union_is_a_body_named_as_a_union_or_nobody():
    text = (
        "Drivers at Vexwick Coaches voted to strike, the Quarnholt Drivers Association said.\n\n"
        "Vexwick Coaches said it was disappointed. The council said talks would go on.\n\n"
        "\u201cOur members have waited two years for an offer,\u201d the union said."
    )
    assert _speakers(text)["Our members have waited two years for an offer,"] == "Quarnholt Drivers Association"


def test_the_club_between_two_clubs_is_unclear_unless_the_text_says_which():
    text = (
        "Quarnholt Rovers beat Vexwick Athletic 2-1 on Saturday, in front of a crowd of 9,000.\n\n"
        "A supporter fell ill in the away end and was taken to hospital.\n\n"
        "In a statement on Sunday, the club said: \u201cWe thank the stewards for their help.\u201d"
    )
    # the last body named is a guess between two clubs: a wrong name is worse than none
    assert _speakers(text)["We thank the stewards for their help."] is None


def test_a_body_s_own_team_speaks_for_the_body():
    text = (
        "Otso Brisa was fined for trading without a licence, after Vexwick Coaches had complained.\n\n"
        "Quarnholt Council\u2019s licensing team said traders should \u201calways carry a permit\u201d."
    )
    assert _speakers(text)["always carry a permit"] == "Quarnholt Council"


def test_a_role_nobody_was_given_is_no_guess_between_two_people():
    # "the inspector" is neither of the two men named: a guess at the last one would put words in his mouth
    text = (
        "Otso Quarnholt, 71, has swept the chimneys of Vexwick for fifty years. Cedric Brisa, who farms the "
        "next valley, hired him first.\n\n"
        "\u201cHe was the only one who would come up the hill,\u201d Brisa said.\n\n"
        "The inspector told the parish meeting: \u201cThe flues are the best kept in the county.\u201d"
    )
    got = _speakers(text)
    assert got["He was the only one who would come up the hill,"] == "Cedric Brisa"
    assert got["The flues are the best kept in the county."] is None


def test_a_body_s_statement_is_that_body_s_not_the_last_one_named():
    text = (
        "Drivers at Quarnholt Transit, members of the Vexwick Drivers Union, walked out on Monday.\n\n"
        "Evening classes at Brisa Community College were cancelled because students could not get there.\n\n"
        "The union\u2019s statement said the strike would last \u201cas long as it takes\u201d."
    )
    assert _speakers(text)["as long as it takes"] == "Vexwick Drivers Union"


def test_a_constabulary_is_a_police_force_and_speaks_through_its_spokesperson():
    text = (
        "Fire crews from Vexwick Fire and Rescue Service fought the blaze for six hours.\n\n"
        "Quarnholt Constabulary said it was keeping \u201can open mind\u201d about the cause.\n\n"
        "\u201cWe are not treating it as suspicious,\u201d a police spokesperson said."
    )
    got = _speakers(text)
    assert got["an open mind"] == "Quarnholt Constabulary"
    assert got["We are not treating it as suspicious,"] == "Quarnholt Constabulary"


def test_a_police_spokesperson_is_never_the_fire_service_when_no_force_is_named():
    text = (
        "Fire crews from Vexwick Fire and Rescue Service fought the blaze for six hours.\n\n"
        "\u201cWe are not treating it as suspicious,\u201d a police spokesperson said."
    )
    assert _speakers(text)["We are not treating it as suspicious,"] is None


def test_the_garda_siochana_is_a_force_and_speaks_through_its_spokesman():
    got = _speakers(
        "Otso Vexwick was hurt, the Garda S\u00edoch\u00e1na said. "
        "\u201cWe are appealing for witnesses,\u201d a Garda spokesman said."
    )
    assert got["We are appealing for witnesses,"] == "Garda S\u00edoch\u00e1na"


def test_a_she_after_someone_unnamed_of_any_noun_is_theirs():
    text = (
        "Brisa Vexwick, who chairs the harbour board, defended the plan. \u201cThe quota is fair,\u201d she said.\n\n"
        "Otso Quarnby said he backed the plan.\n\n"
        "A first-year law student, who did not want to give her name, was less sympathetic. "
        "\u201cI am paying for this,\u201d she said. \u201cI want a refund.\u201d\n\n"
        "One Harbour Party activist was less diplomatic. \u201cWe picked the wrong fight,\u201d she said."
    )
    got = _speakers(text)
    assert got["The quota is fair,"] == "Brisa Vexwick"
    assert got["I am paying for this, I want a refund."] is None
    assert got["We picked the wrong fight,"] is None


def test_an_unnamed_subject_who_speaks_of_another_leaves_the_she_to_her():
    text = (
        "Brisa Vexwick has painted the harbour for forty years.\n\n"
        "One critic called her work \u201cshouting in a paint shop\u201d. The phrase stung. In a later "
        "interview, she said painting was \u201cthe only fight I am allowed to win\u201d."
    )
    assert _speakers(text)["the only fight I am allowed to win"] == "Brisa Vexwick"


def test_a_surname_before_two_given_names_names_the_whole_person():
    text = (
        "Second place went to Cedric Quah Yong Sen, the defending champion, behind an 18-year-old.\n\n"
        "Quah said he was \u201cgutted\u201d but \u201cnot panicking\u201d."
    )
    got = _speakers(text)
    assert got["gutted"] == "Cedric Quah Yong Sen"
    assert got["not panicking"] == "Cedric Quah Yong Sen"


def test_a_paper_someone_told_is_never_the_body_a_spokesman_speaks_for():
    text = (
        "The Quarnholt Lady, run by Vexwick Ferries, broke down on Friday.\n\n"
        "Otso Brisa said he had waited nine hours. \u201cNobody told us anything,\u201d he told Harbour News.\n\n"
        "Sailings resumed on Sunday. A company spokesman said customers should check its website.\n\n"
        "\u201cWe know people are frustrated,\u201d the spokesman said."
    )
    got = _speakers(text)
    assert got["Nobody told us anything,"] == "Otso Brisa"
    assert got["We know people are frustrated,"] == "Vexwick Ferries"


def test_a_trade_noun_opening_a_sentence_before_a_one_word_firm_is_no_part_of_its_name():
    text = (
        "Operator Quarnrail said the fault began at 7.42am.\n\n"
        "Its figures were \u201con an improving trend\u201d, according to Quarnrail."
    )
    assert _speakers(text)["on an improving trend"] == "Quarnrail"


def test_our_writer_asks_and_the_one_the_piece_is_about_answers():
    text = (
        "Odeline Quarnby has made 200 clocks in a barn outside Vexwick. Her husband, Otso Quarnby, does the "
        "books.\n\n"
        "Our writer, Cedric Brisa, visited the workshop in February. The conversation has been edited for "
        "length and clarity.\n\n"
        "Q: \u201cYou came to this late. What were you doing before?\u201d\n\n"
        "A: \u201cTeaching science for nineteen years.\u201d\n\n"
        "Q: \u201cDid you?\u201d\n\n"
        "A: \u201cNot at first. The first clock was terrible.\u201d"
    )
    got = _speakers(text)
    assert got["You came to this late. What were you doing before?"] == "Cedric Brisa"
    assert got["Did you?"] == "Cedric Brisa"
    assert got["Teaching science for nineteen years."] == "Odeline Quarnby"
    assert got["Not at first. The first clock was terrible."] == "Odeline Quarnby"


def test_whether_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Brisa Vexwick and her sister run the bakery.\n\n"
        "\u201cWe argue about salt. Whether Odeline should touch the sourdough. Everything,\u201d Brisa says.\n\n"
        "Odeline Vexwick laughs. \u201cShe is better at bread than either of us,\u201d Odeline says."
    )
    assert _speakers(text)["She is better at bread than either of us,"] == "Odeline Vexwick"


def test_a_carrier_is_a_company():
    text = (
        "Quarnby Lines, the third-largest container carrier, said 14 of its ships were waiting.\n\n"
        "\u201cWe are doing everything we can,\u201d the company said in a statement."
    )
    assert _speakers(text)["We are doing everything we can,"] == "Quarnby Lines"


def test_an_apposition_after_an_age_describes_the_one_named_not_somebody_unnamed():
    text = (
        "\u201cI watched,\u201d said Otso Vexwick, 61, a captain at Station 3 who has been with the Quarnholt "
        "Fire Department for 34 years.\n\n"
        "\u201cHe was not wrong,\u201d the captain said."
    )
    assert _speakers(text)["He was not wrong,"] == "Otso Vexwick"


def test_a_quote_whose_sentence_opens_on_a_person_s_own_name_is_not_theirs():
    text = (
        "Otso Vexwick, 34, a boatman, drowned in the gale in March.\n\n"
        "\u201cOtso rowed out to the wreck before anyone else,\u201d the statement said."
    )
    assert _speakers(text)["Otso rowed out to the wreck before anyone else,"] is None


def test_an_abbreviated_title_gives_its_office():
    text = (
        "The Senate passed the cap on Monday, setting up a clash with Gov. Brisa Vexwick.\n\n"
        "Sen. Otso Quarnby, who wrote the bill, called it overdue. Cedric Odeline, a builder, said it would "
        "stop him building.\n\n"
        "\u201cI will not sign it,\u201d the governor said. \u201cThe senator knows that,\u201d she added."
    )
    got = _speakers(text)
    assert got["I will not sign it, The senator knows that,"] == "Brisa Vexwick"


def test_a_role_after_the_sentence_its_holder_opened_is_theirs_though_others_were_named():
    text = (
        "Otso Quarnby scored twice after Cedric Odeline had given the visitors the lead.\n\n"
        "Quarnby, 22, who joined on loan in January, won it with a volley eight minutes from time.\n\n"
        "\u201cI just knew,\u201d the striker said."
    )
    assert _speakers(text)["I just knew,"] == "Otso Quarnby"


def test_the_club_after_the_sentence_a_club_opened_is_that_club():
    text = (
        "Quarnholt Rovers beat Vexwick Athletic 2-1 on Saturday, in front of a crowd of 9,000.\n\n"
        "Vexwick Athletic later said in a post that it was aware of an incident near the away end. "
        "\u201cWe are working with the police to identify the supporter,\u201d the club said."
    )
    assert _speakers(text)["We are working with the police to identify the supporter,"] == "Vexwick Athletic"


def test_she_put_it_this_way_then_a_paragraph_of_quote_is_hers():
    text = (
        "Their daughter, Brisa Vexwick, 17, wrote about the flood. In an interview, she put it this way:\n\n"
        "\u201cI used to think home was a building.\u201d"
    )
    assert _speakers(text)["I used to think home was a building."] == "Brisa Vexwick"


def test_the_next_manager_is_not_the_manager():
    text = (
        "Quarnholt Town have sacked their manager, Otso Vexwick, after a 4-0 defeat.\n\n"
        "\u201cHe is a good man,\u201d chairman Cedric Brisa said.\n\n"
        "Asked whether the club would back the next manager in January, he said: \u201cThere will be money.\u201d"
    )
    assert _speakers(text)["There will be money."] == "Cedric Brisa"


def test_a_university_is_a_body_of_its_own_beside_its_medical_center():
    text = (
        "The study was led by Dr Otso Vexwick, a cardiologist at Quarnholt University Medical Center.\n\n"
        "In a statement, Quarnholt University said the trial \u201cshows what is possible\u201d."
    )
    assert _speakers(text)["shows what is possible"] == "Quarnholt University"


def test_a_bare_reply_to_the_writer_is_the_other_one_s():
    text = (
        "I met Brisa Vexwick at the cafe on the quay, where she has tuned the piano for thirty years.\n\n"
        "\u201cThey get a little worse every time, and you love them anyway,\u201d she says.\n\n"
        "\u201cThat is bleak,\u201d I said.\n\n"
        "\u201cThat is the job.\u201d\n\n"
        "Otso Quarnby writes for the Quarnholt Echo."
    )
    assert _speakers(text)["That is the job."] == "Brisa Vexwick"


def test_a_shop_named_after_its_owner_is_no_mention_of_the_owner():
    text = (
        "Brisa Quarnby opened the bakery in 1981. \u201cI had no idea what I was doing,\u201d she says.\n\n"
        "Behind the counter, Odeline Vexwick, who has worked at Quarnby\u2019s for 22 years, is packing scones. "
        "She says she has been offered work at a hotel.\n\n"
        "\u201cIt is not just a job,\u201d she says."
    )
    got = _speakers(text)
    assert got["I had no idea what I was doing,"] == "Brisa Quarnby"
    assert got["It is not just a job,"] == "Odeline Vexwick"


def test_the_one_written_to_is_not_the_one_demanding():
    text = (
        "Quarnholt Power restored supply to 9,000 homes on Tuesday. Its chief executive, Otso Vexwick, "
        "apologised.\n\n"
        "The local MP, Brisa Odeline, said she had written to the company\u2019s chief executive demanding "
        "\u201ca full account\u201d of the delays."
    )
    assert _speakers(text)["a full account"] == "Brisa Odeline"


def test_a_general_hospital_named_by_its_town_is_no_person():
    text = (
        "Otso Vexwick, 71, has trained boxers for fifty years.\n\n"
        "Brisa Odeline was 14 when she walked in. She is now a nurse at Port Cedric General. \u201cHe told me, "
        "\u2018Girls get hurt.\u2019 I said, \u2018Then do not let me get hurt,\u2019\u201d she said."
    )
    assert _speakers(text)["Girls get hurt."] == "Otso Vexwick"


def test_the_one_spoken_to_is_a_person_not_a_place():
    # "to" before a name is a place preposition ("moved to Port Quarnby"), but not after a verb of speaking:
    # the interviewer named so asks the questions, and the one the piece is about answers.
    text = (
        "Brisa Vexwick has blown glass on the quay for nineteen years.\n\n"
        "She spoke to Otso Quarnholt between firings. The interview has been edited for length.\n\n"
        "Q: \u2018Was glass always the plan?\u2019\n\n"
        "A: \u2018Not at all. I wanted to fish.\u2019"
    )
    speakers = _speakers(text)
    assert speakers["Was glass always the plan?"] == "Otso Quarnholt"
    assert speakers["Not at all. I wanted to fish."] == "Brisa Vexwick"
    assert _names("She moved to Otso Quarnholt in 1990.") == []


def test_a_woman_named_as_whose_kin_another_is_does_not_contest_her_she():
    # "X's granddaughter, Y": X is named only to say whose granddaughter Y is, so the "she" after is Y's; a
    # woman named as herself in that sentence still leaves it unclear.
    text = (
        "The society traced Brisa Quarnholt's granddaughter, Odeline Vexwick, a retired nurse. "
        "She flew out in June.\n\n"
        "\u201cMy grandmother never talked about the farm,\u201d she said."
    )
    assert _speakers(text)["My grandmother never talked about the farm,"] == "Odeline Vexwick"
    contested = (
        "Among the players was Ursula Quill, who learned her bowling from Brisa Quarnholt's daughter, Odeline "
        "Vexwick, who died in 2016. She drove three hours to play.\n\n"
        "\u201cI learned everything here,\u201d she said."
    )
    assert _speakers(contested)["I learned everything here,"] is None


def test_a_title_in_capitals_is_a_role_and_a_body_s_management_is_the_body():
    text = (
        "Children were evacuated from the Quarnholt Memorial Hospital on Thursday.\n\n"
        "In a statement, the hospital\u2019s management said the children had been moved "
        "\u201csafely and without interruption\u201d.\n\n"
        "The Chief Medical Director, Prof. Otso Vexwick, told journalists at the gate: "
        "\u201cI have worked here for 22 years.\u201d"
    )
    speakers = _speakers(text)
    assert speakers["safely and without interruption"] == "Quarnholt Memorial Hospital"
    assert speakers["I have worked here for 22 years."] == "Otso Vexwick"
    # Without a title first, everyday words ending in a role may name a body.
    assert _names("The Coastal Safety Executive said the fine was fair.") == ["Coastal Safety Executive"]


def test_given_names_after_a_family_name_and_an_accented_given_name_link_to_the_full_name():
    # "Quah Yong Sen", later "Yong Sen" (given names the name data knows); "Élodie", which the name data
    # has only without its accent, opens a name after a place's possessive.
    text = "Quah Yong Sen won on Sunday.\n\n\u201cI draw cats,\u201d Yong Sen said."
    assert _speakers(text)["I draw cats,"] == "Quah Yong Sen"
    text = (
        "It finished ahead of Quarnholt\u2019s \u00c9lodie Vexwick-Roy.\n\n"
        "Vexwick-Roy said she was \u201cthrilled, honestly\u201d."
    )
    assert _speakers(text)["thrilled, honestly"] == "\u00c9lodie Vexwick-Roy"


def test_a_minister_for_a_body_s_services_then_a_name_is_a_person():
    # "Services" is a word of bodies, but here it ends what the minister is for; the name after is hers.
    text = "Minister for Health Services Brisa Quarnholt said the deal was \u201cfair to doctors\u201d."
    assert _speakers(text)["fair to doctors"] == "Brisa Quarnholt"


def test_a_body_whose_pronoun_follows_told_is_no_outlet():
    # "employees were told their access would end": "their" is the company's, told nothing; the company is
    # no newspaper someone told, and its spokesperson is still its own.
    text = (
        "Quarnby Software will cut 400 jobs, the company said on Wednesday. "
        "Affected employees were told their access to company systems would end at noon.\n\n"
        "Within hours, dozens of former employees had posted on QuillNet and other platforms.\n\n"
        "A Quarnby spokesperson said the company was offering support.\n\n"
        "\u201cWe recognize the impact this has on people\u2019s lives,\u201d the spokesperson said."
    )
    assert _speakers(text)["We recognize the impact this has on people\u2019s lives,"] == "Quarnby Software"


def test_a_transit_body_is_an_organisation_and_a_grade_11_student_is_somebody_unnamed():
    text = (
        "Members of the Bus Workers Union, Local 2291, voted to strike.\n\n"
        "Quarnby Regional Transit said in a statement that its offer was fair. "
        "The agency said it would return to bargaining on Thursday.\n\n"
        "\u201cWe remain committed to an agreement,\u201d an agency spokesperson said."
    )
    assert _speakers(text)["We remain committed to an agreement,"] == "Quarnby Regional Transit"
    text = (
        "Otso Quill, the union president, said the strike would go ahead. \u201cWe are ready,\u201d he said.\n\n"
        "A Grade 11 student who did not want to give his name was waiting nearby for his mother. "
        "\u201cI have got a test at nine,\u201d he said."
    )
    assert _speakers(text)["I have got a test at nine,"] is None


def test_a_particle_in_a_body_s_name_is_no_rank():
    # "di" is a detective inspector's rank in capitals ("DI"), a particle in lower case.
    assert _names("The Club Alpino di Quarnholt said the hut would stay open.") == ["Club Alpino di Quarnholt"]
    assert _names("DI Brisa Quill said the arrests were planned.") == ["Brisa Quill"]


def test_according_to_someone_s_kin_named_after_is_that_relative():
    text = (
        "Otso Quarnholt runs the truck.\n\n"
        "The brisket sells out most days. \u201cWe get people driving in from the city now,\u201d according to "
        "Quarnholt\u2019s nephew, Cedric Quarnholt, 19, who works the window."
    )
    assert _speakers(text)["We get people driving in from the city now,"] == "Cedric Quarnholt"


def test_a_bare_quote_after_a_report_goes_on_with_the_last_speaker_not_a_turn():
    # X's indirect speech opens the paragraph of Y's quote: a report, not an exchange between X and Y, so a
    # bare quote after X's is X's own.
    text = (
        "Brisa Quill said the union had been without a contract since March. Driver Otso Vexwick, who has "
        "worked for the agency for 22 years, said: \u201cI love this job. I just cannot afford it.\u201d\n\n"
        "\u201cWe have been at the table for nine months,\u201d she said.\n\n"
        "\u201cPatience does not pay a landlord.\u201d"
    )
    assert _speakers(text)["Patience does not pay a landlord."] == "Brisa Quill"


def test_somebody_from_a_place_speaks_not_the_place():
    text = "In the hut book, a guest from Quarnholt wrote last month: \u201cArrived broken. Left fed.\u201d"
    assert _speakers(text)["Arrived broken. Left fed."] is None
    text = "A guest from Quarnholt said the food was \u201ca joy\u201d."
    assert _speakers(text)["a joy"] is None


def test_a_body_named_with_its_kind_keeps_no_possessive():
    # "'s" after a name that says what kind of body it is ("University of ...") is a possessive, not part of
    # the name as it is for a shop ("Halloway's").
    text = (
        "Water poured into the University of Quarnholt\u2019s archive on Sunday.\n\n"
        "In a statement, the university said it was \u201cdevastated\u201d by the damage."
    )
    assert _speakers(text)["devastated"] == "University of Quarnholt"
    text = "The Bank of Vexwick's branch will shut.\n\nThe bank said it was \u201ca hard decision\u201d."
    assert _speakers(text)["a hard decision"] == "Bank of Vexwick"


def test_two_given_names_later_name_the_person_with_them_in_full():
    # "Brisa Aminah Vexwick" is later "Brisa Aminah": two given names, no surname in use
    text = (
        "Among the staff are siblings, Brisa Odeline Vexwick and her brother Otso Vexwick.\n\n"
        "\u201cOur kitchen is ruined,\u201d Brisa Odeline said."
    )
    assert _speakers(text)["Our kitchen is ruined,"] == "Brisa Odeline Vexwick"
    text = (
        "Ships wait off Quarnby Bay and Vexwick.\n\n"
        "Dock workers in Quarnby Bay walked out. \u201cWe are done,\u201d Quarnby Bay said."
    )
    assert _speakers(text)["We are done,"] != "Quarnby Bay and Vexwick"


def test_the_place_in_a_dateline_is_nobody():
    # "QUARNBY, Vexland -- The family ... saying": the state after the town says where the story was filed
    for dash in (" - ", " \u2014 ", " (Brackenwire) \u2014 "):
        text = (
            f"QUARNBY, Vexland{dash}The family of a cyclist sued the county on Monday, saying officials "
            "ignored \u201cyears of complaints.\u201d"
        )
        assert _speakers(text)["years of complaints."] is None
    text = "QUARNBY, Vexland \u2014 Brisa Quill sued the city, saying officials ignored \u201cthe complaints.\u201d"
    assert _speakers(text)["the complaints."] == "Brisa Quill"


def test_a_role_in_someone_s_possessive_introduces_a_person_named_next():
    # "Quarnby's best-known former player wrote": a person introduced here and named after, never whoever was
    # named last
    text = (
        "Otso Vexwick, 61, said the ground was flooded.\n\n"
        "Quarnby\u2019s best-known former player, the retired winger, wrote on X: \u201cThe clubhouse is a pond.\u201d\n\n"
        "The post, by Cedric Quill, was shared 8,000 times."
    )
    assert _speakers(text)["The clubhouse is a pond."] == "Cedric Quill"


def test_a_rugby_club_s_letters_name_a_body():
    # "RFC", "RUFC": a club, so "the club said" is its voice
    text = (
        "The pitch flooded.\n\nQuarnby RFC said the captain was \u201cawake and cheerful\u201d.\n\n"
        "\u201cWe will play on,\u201d the club said."
    )
    assert _speakers(text)["We will play on,"] == "Quarnby RFC"
    text = "The pitch flooded.\n\nVexwick RUFC thanked fans.\n\n\u201cWe will play on,\u201d the club said."
    assert _speakers(text)["We will play on,"] == "Vexwick RUFC"


def test_somebody_unnamed_who_spoke_inside_the_sentence_is_no_one_named():
    # "X said she was alerted by a cleaner who told her he had heard '...'": the cleaner's words, unnamed
    text = (
        "The duty manager, Brisa Quill, said she had been alerted by a cleaner who told her he had heard "
        "\u201ca sound like a gate groaning\u201d."
    )
    assert _speakers(text)["a sound like a gate groaning"] is None
    text = "Brisa Quill said she had told a cleaner the roof was \u201cquite safe\u201d."
    assert _speakers(text)["quite safe"] == "Brisa Quill"


def test_a_boy_given_an_age_is_somebody_unnamed_for_a_he_inside_a_quote():
    text = (
        "Otso Quill said he had tried to keep their spirits up.\n\n"
        "Technician Cedric Vexwick said the current was strong. He described one rescue, of a 10-year-old boy "
        "from a stuck tractor, in detail.\n\n"
        "\u201cHe was very calm. He looked at me and said, \u2018Do you work here every day?\u2019\u201d Vexwick said."
    )
    assert _speakers(text)["Do you work here every day?"] is None


def test_a_relative_before_a_gerund_speaks_not_the_one_who_remembers():
    # "Otso remembers his aunt telling him that ...": the aunt's words; never Otso's
    text = "Otso remembers his aunt telling him afterwards that the cabinet was \u201cclose to finished\u201d."
    assert _speakers(text)["close to finished"] is None
    text = "Otso Quill remembers telling his aunt that the cabinet was \u201cnearly right\u201d."
    assert _speakers(text)["nearly right"] == "Otso Quill"


def test_a_clause_about_the_quote_after_it_does_not_say_who_said_it():
    # "'...', which Quill later described as '...'": Quill's words on the chant, not the chant's speaker
    text = (
        "Rejana Quill directed the play. 'It was good,' she said.\n\n"
        "At the curtain call part of the audience began chanting the name of the play's pirate, 'Captain Vane! "
        "Captain Vane!', which Quill later described as 'a noise I will keep'."
    )
    got = _speakers(text)
    assert got["Captain Vane! Captain Vane!"] is None
    assert got["a noise I will keep"] == "Rejana Quill"


def test_somebody_s_unnamed_relative_opening_the_sentence_is_the_she_after_it():
    text = (
        "Rejana Quill directed the play. 'It was good,' she said.\n\n"
        "Otso's mother was in the second row. 'I heard you above everyone,' she told him."
    )
    assert _speakers(text)["I heard you above everyone,"] is None
    text = (
        "Rejana Quill directed the play. 'It was good,' she said.\n\n"
        "Otso's mother, Brisa Vexwick, was in the second row. 'I heard you above everyone,' she told him."
    )
    assert _speakers(text)["I heard you above everyone,"] == "Brisa Vexwick"


def test_a_friend_the_speaker_names_by_a_first_name_is_the_she_of_a_quote_inside():
    text = (
        "Brisa Quill runs the hall. 'We reopen Saturday,' she said.\n\n"
        "The eldest dancer there is Odeline Vexwick, 92.\n\n"
        "'I played the dragon's tail,' she said. 'My friend Lyliane was the head. She always said, \"You always get "
        "the worse half, Odie,\" and she was right.'"
    )
    assert _speakers(text)["You always get the worse half, Odie,"] == "Lyliane"


def test_a_given_name_of_the_larger_name_data_in_a_possessive_after_in_is_a_person():
    # "in Vilda Quill's workshop": her workshop, not a place named so ("in Quarnby Bay's harbour" is one)
    text = (
        "Every clock in Vilda Quill\u2019s workshop runs a little slow.\n\n\u2018It keeps them talking,\u2019 she says."
    )
    assert _speakers(text)["It keeps them talking,"] == "Vilda Quill"


def test_the_federation_and_the_service_are_the_bodies_named_so():
    text = (
        "The Federation of Quarnby Teachers said schools were \u201cnot fit for pupils\u201d.\n\n"
        "\u201cThe halls are still full of silt,\u201d the federation said."
    )
    assert _speakers(text)["The halls are still full of silt,"] == "Federation of Quarnby Teachers"
    text = (
        "The Vexwick Coastguard Service closed the slipway on Monday.\n\n"
        "The service said the closure was \u201ca one-week measure\u201d."
    )
    assert _speakers(text)["a one-week measure"] == "Vexwick Coastguard Service"


def test_a_role_opening_a_clause_after_a_phrase_of_time_says_the_quote_inside():
    text = (
        "Mayor Brisa Quill and her challenger clashed on Tuesday.\n\n"
        '"We replaced the pipes," Quill said.\n\n'
        "Her challenger, council member Otso Vexwick, said that was not enough.\n\n"
        "\"In 2022 the mayor stood on the steps of the town hall and said, 'No street will flood twice,'\" "
        "Vexwick said."
    )
    assert _speakers(text)["No street will flood twice,"] == "Brisa Quill"


def test_his_brother_answering_a_brother_is_the_other_one():
    # Cedric is "his brother" by an earlier apposition; "his brother says" right after Cedric's own quote is Otso
    text = (
        "\u201cIt needs ten more minutes,\u201d says Otso Quarnby, 66.\n\n"
        "\u201cIt needed ten more in 1983,\u201d says his brother, Cedric Quarnby, 63.\n\n"
        "Asked who is in charge, they answer at once. \u201cMe,\u201d Otso said. \u201cHim,\u201d Cedric said.\n\n"
        "Otso does the bread. Cedric does the cakes and, his brother says, \u201cthe chatting.\u201d"
    )
    assert _speakers(text)["the chatting."] == "Otso Quarnby"


def test_the_interviewer_named_after_a_masthead_and_a_role_asks_the_q_turns():
    text = (
        "Brisa Quill has drawn the strip for 31 years.\n\n"
        "She sat down with Quarnby Post features editor Otso Vexwick at the fair. The conversation has been "
        "edited for length.\n\n"
        'Q: "Where did the diner come from?"\n\n'
        'A: "My aunt had a place by the river."'
    )
    got = _speakers(text)
    assert got["Where did the diner come from?"] == "Otso Vexwick"
    assert got["My aunt had a place by the river."] == "Brisa Quill"


def test_a_coach_called_by_a_short_form_of_her_given_name_is_her():
    # "Coach Zina" for Zinaida: a title players put before the given name, shortened
    assert _names("Zinaida Quarnby, 57, runs the boxing gym.\n\nCoach Zina said the gym was full.") == [
        "Zinaida Quarnby"
    ]
    assert _names("Zinaida Quarnby, 57, runs the boxing gym.\n\nMrs Zina said the gym was full.") == [
        "Zinaida Quarnby",
        "Zina",
    ]


def test_a_town_s_name_with_a_plural_verb_is_its_team():
    # "Quarnby Town have apologised": the club; so "the club said" is no longer the other side's, named last
    text = (
        "Quarnby Town have apologised to 3,000 supporters.\n\n"
        "Many fans missed the home defeat by Vexwick Rovers.\n\n"
        'In a statement, the club said: "We are deeply sorry."'
    )
    assert _speakers(text)["We are deeply sorry."] != "Vexwick Rovers"
    assert "Quarnby Town" in _names(text)


def test_the_witness_is_the_one_giving_evidence_not_the_one_asking():
    text = (
        "Brisa Quill, who ran the depot from 2009, gave evidence for a second day to the inquiry.\n\n"
        "Counsel to the inquiry, Otso Vexwick, took her through an email.\n\n"
        "\u201cDid you read that email?\u201d Mr Vexwick asked.\n\n"
        "\u201cI believe I was shown it,\u201d Ms Quill replied.\n\n"
        "\u201cWhat did you do about it?\u201d\n\n"
        "\u201cI passed it on.\u201d\n\n"
        "\u201cWhy?\u201d\n\n"
        "There was a long pause. \u201cBecause I thought someone would tell me,\u201d the witness said."
    )
    assert _speakers(text)["Because I thought someone would tell me,"] == "Brisa Quill"


def test_a_report_by_someone_in_apposition_is_theirs():
    text = (
        "Quarnby Borough Council met on Wednesday.\n\n"
        "A report by the council's chief finance officer, Otso Vexwick, said reserves were "
        '"at the lower limit".'
    )
    assert _speakers(text)["at the lower limit"] == "Otso Vexwick"


def test_the_place_s_role_is_somebody_introduced_named_next_not_the_last_named():
    for middle in (
        "It was approved on Tuesday, in a decision the valley's leading campaigner called ",
        "The plan was approved. The valley's leading campaigner said it was ",
    ):
        text = (
            "Brisa Quarnby ran the meeting on Monday.\n\n"
            + middle
            + "\u201ca betrayal of everyone here\u201d.\n\nCedric Quill, who chairs the objectors, said they would appeal."
        )
        assert _speakers(text)["a betrayal of everyone here"] == "Cedric Quill"


def test_a_word_and_a_capital_letter_is_no_person():
    # "a typical Band D bill": a grade, not Mr D; so the role before it is the person named next
    text = (
        "Councillors approved the rise after the authority's finance chief warned of "
        "\u201cthe hardest choices in a generation\u201d.\n\n"
        "It will add 96 pounds to a typical Band D bill.\n\n"
        "Otso Vexwick, the cabinet member for finance, told the meeting the money had run out."
    )
    assert _speakers(text)["the hardest choices in a generation"] == "Otso Vexwick"
    assert "Band D" not in _names(text)


def test_a_title_won_after_its_name_is_no_person():
    text = (
        '"I have been to most of them," said Otso Vexwick.\n\n'
        "His late wife, Brisa Vexwick, was crowned Orchard Queen in 1951. \"She used to say, 'You only come "
        "for the cake,'\" he said."
    )
    assert _speakers(text)["You only come for the cake,"] == "Brisa Vexwick"
    assert "Orchard Queen" not in _names(text)


def test_a_campaign_named_by_a_verb_is_a_body_and_the_group_that_just_spoke():
    text = (
        "Vexwick Renewables won approval for the wind farm.\n\n"
        "Save Quarn Hill said it would now seek a judicial review. 'This is not over. Not even close,' the group "
        "posted on Facebook."
    )
    assert _speakers(text)["This is not over. Not even close,"] == "Save Quarn Hill"
    assert ("Save Quarn Hill", "org") in [(e.name, e.kind) for e in _entities(text)]


def test_mrs_is_the_mother_and_miss_the_daughter_of_one_surname():
    text = (
        "Brisa Quarnby-Ode, 34, a teacher, won the quiz on Saturday.\n\n"
        "Her mother, Odeline Quarnby-Ode, a retired nurse, watched from the audience.\n\n"
        "Her father would have been \u201cdancing on the roof\u201d, Mrs Quarnby-Ode said.\n\n"
        "Miss Quarnby-Ode said she would buy \u201ca big generator\u201d."
    )
    got = _speakers(text)
    assert got["dancing on the roof"] == "Odeline Quarnby-Ode"
    assert got["a big generator"] == "Brisa Quarnby-Ode"


def test_who_gives_his_name_as_names_him_in_the_present_too():
    text = (
        "Otso Vexwick, the charity's chief executive, says the idea came from one call.\n\n"
        "One of the guests, a 52-year-old former lorry driver who gives his name as Cedric, has slept at the "
        "stadium for five nights. \u201cFirst time I\u2019ve been in here without a ticket,\u201d he says."
    )
    assert _speakers(text)["First time I\u2019ve been in here without a ticket,"] == "Cedric"


def test_somebody_unnamed_described_in_apposition_is_the_he_after_it():
    text = (
        "\u201cI take wages,\u201d Otso Vexwick says.\n\n"
        "A regular at the corner table, a retired fisherman who would not give his name, was blunter. "
        "\u201cThat boy will sell the place to a chain,\u201d he said."
    )
    assert _speakers(text)["That boy will sell the place to a chain,"] is None
    text = (
        "\u201cI take wages,\u201d Otso Vexwick says.\n\n"
        "Cedric Quill, a retired surgeon who bought a boat, was happier. \u201cIt was worth every penny,\u201d he said."
    )
    assert _speakers(text)["It was worth every penny,"] == "Cedric Quill"


def test_a_surname_before_family_is_the_family_not_one_of_them():
    text = (
        "Otso Quarnby, 24, denies murdering Cedric Vexwick.\n\n"
        "\u201cI said, get up, mate, and he didn't,\u201d the defendant said.\n\n"
        "Asked by Mr Quill what he would say to the Vexwick family, he answered: \u201cThat I am sorry.\u201d"
    )
    assert _speakers(text)["That I am sorry."] == "Otso Quarnby"


def test_reminds_her_of_is_a_likeness_not_speech():
    text = (
        "Brisa Quill runs the yard.\n\n"
        'Quill says Otso Vexwick reminds her of the young nurses she trained, "the ones who were scared and did '
        'it anyway."'
    )
    assert _speakers(text)["the ones who were scared and did it anyway."] == "Brisa Quill"


def test_the_one_an_unnamed_man_took_by_the_hands_is_not_the_he_who_speaks_after():
    text = (
        "\u2018We went to mining country,\u2019 says Brisa Quill, the choir\u2019s director. \u2018It was Otso "
        "Vexwick who carried the banner.\u2019\n\n"
        "\u2018After the concert an old man came up and took Otso by both hands and said nothing for a minute. "
        "Then he said, \u201cMy father too.\u201d That was the whole conversation,\u2019 she says."
    )
    assert _speakers(text)["My father too."] is None


def test_the_elder_and_the_younger_of_one_surname_by_kin_and_by_age():
    by_kin = (
        "Cedric Quill took the county title on Sunday. \u201cTen years of trying,\u201d Quill said.\n\n"
        "His father, Otso Quill, who taught him the game, watched from the back row.\n\n"
        "\u201cMy knees were shaking,\u201d the elder Quill said."
    )
    assert _speakers(by_kin)["My knees were shaking,"] == "Otso Quill"
    by_age = (
        "The rowers included Otso Vexwick, 71, and Cedric Vexwick, 44, who have crewed together since 1990. "
        "\u201cHe swears each regatta is his final one,\u201d Cedric Vexwick said.\n\n"
        "\u201cThis one really is,\u201d the elder Vexwick said.\n\n"
        "\u201cHeard that before,\u201d the younger Vexwick said."
    )
    got = _speakers(by_age)
    assert got["This one really is,"] == "Otso Vexwick"
    assert got["Heard that before,"] == "Cedric Vexwick"


def test_a_kin_role_joined_to_a_second_word_of_work_is_still_the_kin_role():
    text = (
        "Tobin Quarrie, 27, kept the belt on Saturday. \u201cHe hit harder than anyone,\u201d Tobin Quarrie said.\n\n"
        "His father and cornerman, Osric Quarrie, said he had feared a stoppage.\n\n"
        "\u201cI told him to keep his chin down,\u201d the elder Quarrie said."
    )
    assert _speakers(text)["I told him to keep his chin down,"] == "Osric Quarrie"
    sisters = text.replace("His father and cornerman", "His father and sister")
    assert _speakers(sisters)["I told him to keep his chin down,"] != "Osric Quarrie"


def test_a_nationality_before_a_full_name_is_no_part_of_it():
    text = (
        "South African Pieter van Quarrie, who led by two shots, bogeyed the last.\n\n"
        "\u201cOne bad swing and it was gone,\u201d van Quarrie said.\n\n"
        "Scottish Morag Vexley finished third. \u201cI will take that,\u201d Vexley said."
    )
    got = _speakers(text)
    assert got["One bad swing and it was gone,"] == "Pieter van Quarrie"
    assert got["I will take that,"] == "Morag Vexley"
    bodies = "British Quarrie said in a statement that it was \u201cdisappointed\u201d."
    assert _speakers(bodies)["disappointed"] == "British Quarrie"


def test_an_association_unnamed_is_never_the_board_named_before():
    text = (
        "The Quarnby Rowing Board was in turmoil on Thursday, hours after a letter from the county\u2019s "
        "rowers\u2019 association accused the board of \u2018running the sport like a private club\u2019."
    )
    assert _speakers(text)["running the sport like a private club"] is None
    named = text.replace("the county\u2019s rowers\u2019 association", "the Quarnby Rowers\u2019 Association")
    assert _speakers(named)["running the sport like a private club"] == "Quarnby Rowers\u2019 Association"


def test_said_the_role_then_the_titled_name_in_apposition():
    text = (
        "Parishioners in Long Quarnby have launched an appeal to mend the chapel roof.\n\n"
        "\u2018We were halfway through the hymn when it started raining indoors,\u2019 said the vicar, the Rev "
        "Tobin Vexley. \u2018One of the choir asked for a bucket.\u2019"
    )
    quote = "We were halfway through the hymn when it started raining indoors, One of the choir asked for a bucket."
    assert _speakers(text)[quote] == "Tobin Vexley"


def test_an_audit_or_a_review_speaks_for_whoever_the_article_says_wrote_it():
    audit = (
        "Quarnby Town Council has published the accounts of its leisure centre.\n\n"
        "The audit, by Vexley Tamm Accountants, warned of \u201ca serious shortfall in the reserves\u201d."
    )
    assert _speakers(audit)["a serious shortfall in the reserves"] == "Vexley Tamm Accountants"
    review = (
        "The review, by consultancy Quellwater Partners, warned that the scheme\u2019s costs carried "
        "\u201ca material risk\u201d."
    )
    assert _speakers(review)["a material risk"] == "Quellwater Partners"
    anyones = (
        "Osric Vexley, who lets two cottages on Lake Quarnby, said guests had been locked out. "
        "\u201cA guest\u2019s one-star review said only, \u2018No way in. Nice lake, though,\u2019\u201d he said."
    )
    assert _speakers(anyones)["No way in. Nice lake, though,"] is None


def test_a_role_nobody_holds_yet_is_the_person_the_next_sentence_first_names():
    text = (
        "Brisa Quill and Tamsin Orrick swept the last end as the crowd stood.\n\n"
        "\u201cFour winters of work went into this,\u201d the coach said. Osric Vexley, who once skipped for the "
        "county and has trained the rink since 2019, added: \u201cThey have lost finals before.\u201d"
    )
    got = _speakers(text)
    assert got["Four winters of work went into this,"] == "Osric Vexley"
    counted = (
        "For thirty summers Brisa Quill has kept the refuge and watched head torches climb the ice. "
        "Osric Vexley Hut, on the ridge, sleeps forty.\n\n\u201cEleven,\u201d she said."
    )
    assert _speakers(counted)["Eleven,"] == "Brisa Quill"


def test_a_saddle_a_tarn_or_a_hut_on_the_map_is_a_place_not_a_speaker():
    text = (
        "Osric Vexley, 27, set off alone from Quellan Hut on Monday to cross Quorran Saddle, a tramp of five hours.\n\n"
        "When he failed to show up, his friend Lena, on the trip with him, raised the alarm. "
        "\u201cHe texts me every evening without fail,\u201d she told "
        "the Quarnby Star."
    )
    assert _speakers(text)["He texts me every evening without fail,"] != "Quorran Saddle"


def test_a_note_sent_by_somebody_unnamed_is_nobodys_named():
    text = (
        "Osric Vexley, who chairs the steeple fund, said gifts had come from far away.\n\n"
        "\u201cA retired sailor posted ten dollars and a short note that said, \u2018I rang those bells in 1958. "
        "Make them ring again,\u2019\u201d he said."
    )
    assert _speakers(text)["I rang those bells in 1958. Make them ring again,"] is None


def test_the_company_is_the_business_that_just_spoke_not_a_body_named_in_its_clause():
    text = (
        "Quellbrook Buses, which runs the coast route past the Vexmoor Ratepayers Forum office, said the timetable "
        "would change on Monday.\n\n"
        "\u201cRegular riders will find this a nuisance,\u201d a spokeswoman for the firm said."
    )
    assert _speakers(text)["Regular riders will find this a nuisance,"] == "Quellbrook Buses"
    public = (
        "The Quarnby Food Standards Authority said the dairy would stay shut.\n\n"
        "\u201cThe doors stay closed until the tests are clean,\u201d the company said."
    )
    assert _speakers(public)["The doors stay closed until the tests are clean,"] != "Quarnby Food Standards Authority"


def test_a_verb_the_quote_runs_into_is_no_attribution():
    text = (
        "Harbour master Osric Quill handed mooring rights to a yard run by his cousin and \u201cplainly "
        "neglected\u201d to declare the tie, an inquiry by the Quarnby ombudsman found."
    )
    assert _speakers(text).get("plainly neglected") is None  # (not "found": no speech verb, no speaker)


_REVIEW_V392_V417 = [
    (
        "R1D",
        "Dara Quill keeps the orchard with her mother and a labourer, Piet Vexley.\n\n"
        "\u201cWe are up at five every day,\u201d her mother said.",
        "We are up at five every day",
        None,
    ),
    (
        "R3I",
        "The Vexley Hoteliers, an association of 40 hotels, said bookings had fallen by half.\n\n"
        "\u201cThis summer has been a disaster,\u201d the association added.",
        "This summer has been a disaster",
        "Vexley Hoteliers",
    ),
    (
        "R5C",
        "An evaluation of the scheme was published on Monday. Hugo Vexley, who chairs the trust, welcomed it.\n\n"
        "\u201cThe scheme has cut waiting times,\u201d the evaluation said.",
        "The scheme has cut waiting times",
        None,
    ),
    (
        "R5K",
        "Nils Vexley, the council leader, commissioned the audit in March.\n\n"
        "\u201cSpending was out of control,\u201d the audit said.",
        "Spending was out of control",
        None,
    ),
    (
        "R6J",
        "Tomas Vexley has trained Quarnby Rovers since 2019.\n\n"
        "\u201cWe were robbed,\u201d the coach said. Nils Quill, the captain, added: \u201cIt was never a foul.\u201d",
        "We were robbed",
        "Tomas Vexley",
    ),
    (
        "R6K",
        "Amos Quarnby has run the Quellwater bakery for 30 years.\n\n"
        "\u201cFlour has doubled in price,\u201d the baker said. Grace Vexley, a customer, said she would pay more.",
        "Flour has doubled in price",
        "Amos Quarnby",
    ),
    (
        "R6M",
        "Dara Quill, who has managed Vexley Town for six years, watched from the stand.\n\n"
        "\u201cWe were awful,\u201d the manager said. Hugo Quarnby, the club\u2019s owner, agreed.",
        "We were awful",
        "Dara Quill",
    ),
    (
        "R8C",
        "Vexley Freight did not answer calls on Monday. A spokesman later sent a statement that said: "
        "\u201cWe are reviewing the incident.\u201d",
        "We are reviewing the incident",
        "Vexley Freight",
    ),
    (
        "R8D",
        "Hugo Quarnby was in hospital for a month after the crash. An hour later he wrote a message that said: "
        "\u201cI am still here.\u201d",
        "I am still here",
        "Hugo Quarnby",
    ),
    (
        "R8I",
        "Quellwater Council would not comment on Monday. A council spokeswoman later emailed a statement that "
        "said: \u201cLessons will be learned.\u201d",
        "Lessons will be learned",
        "Quellwater Council",
    ),
    (
        "R8J",
        "Ines Vexley wrote to the paper in June. A week later she sent a second letter that said: "
        "\u201cNothing has changed.\u201d",
        "Nothing has changed",
        "Ines Vexley",
    ),
    (
        "R9B",
        "Quarnby Homes said it would appeal. Its rival, Vexley Estates, won the contract in May.\n\n"
        "\u201cWe are delighted to be building in Quellwater,\u201d the company said.",
        "We are delighted to be building",
        "Vexley Estates",
    ),
    (
        "R9C",
        "Quarnby Homes said it would fight the claim. Residents have hired Vexley Quill Solicitors, a law firm in "
        "Quellwater.\n\n\u201cThis is a clear breach of the planning rules,\u201d the firm said.",
        "This is a clear breach",
        "Vexley Quill Solicitors",
    ),
    (
        "R9F",
        "Vexley Foods said it had dropped Quarnby Farms. Quarnby Farms, which has supplied eggs for 20 years, is "
        "now looking for new buyers.\n\n\u201cWe have been treated badly,\u201d the firm said.",
        "We have been treated badly",
        "Quarnby Farms",
    ),
    (
        "R9K",
        "Vexley Water said the reservoir was full. Quarnby Council, which owns the land, fined Quill Pipes for "
        "the leak.\n\n\u201cWe will pay,\u201d the firm said.",
        "We will pay",
        "Quill Pipes",
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V392_V417, ids=[p[0] for p in _REVIEW_V392_V417]
)
def test_review_of_v392_to_v417_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


def test_two_given_names_before_one_surname_with_a_particle_keep_the_particle():
    text = (
        "The guest house belongs to Osric and Brisa van der Quill, its owners since 2009.\n\n"
        "\u201cThe rates doubled overnight,\u201d Osric van der Quill said."
    )
    assert _speakers(text)["The rates doubled overnight,"] == "Osric van der Quill"


def test_a_wynd_or_a_mews_is_a_street_not_a_speaker():
    text = (
        "Osric Vexley, the curator, said the case had been forced.\n\n"
        "A neighbour on Quorran Wynd, who asked that her name be withheld, said she had heard "
        "\u201csomething like a slammed gate\u201d just after midnight."
    )
    assert _speakers(text)["something like a slammed gate"] is None


def test_the_agency_a_dateline_credits_is_no_speaker():
    text = (
        "QUARNBY, N.S. (Vexley Wire) - About 9,000 people in Quarnby must boil their water from Monday "
        "after tests found bacteria in two samples.\n\n"
        "The advice covers every home on the town supply but not private wells.\n\n"
        "\u201cBring all water to a rolling boil before you drink it,\u201d the notice said."
    )
    assert _speakers(text)["Bring all water to a rolling boil before you drink it,"] != "Vexley Wire"


def test_its_report_is_the_report_of_the_body_just_named():
    text = (
        "The Quarnby Police Review Unit, which looks into serious incidents involving officers, found no fault "
        "with Constable Osric Vexley last spring. Its report described the chase as \u201ca sad end to a "
        "fast-moving night.\u201d"
    )
    assert _speakers(text)["a sad end to a fast-moving night."] == "Quarnby Police Review Unit"


def test_the_statement_of_a_body_called_by_the_last_word_of_its_name():
    text = (
        "The Quarnby Unified School District will shut Larch Primary in June, after a vote on Tuesday.\n\n"
        "Librarian Brisa Vexley, on the staff for two decades, called the vote \u201ca cure with no disease\u201d.\n\n"
        "The district announced by statement on Thursday that parents would be offered places nearby. \u201cEvery child "
        "gets a desk in September,\u201d the statement said."
    )
    assert _speakers(text)["Every child gets a desk in September,"] == "Quarnby Unified School District"


_REVIEW_V417_V433 = [
    (
        "L1A",
        "Councillor Brisa Quill used the words \u201ca reckless gamble\u201d to describe the rollout of the new bins.",
        "a reckless gamble",
        "Brisa Quill",
    ),
    (
        "L1B",
        "Osric Quill coined the phrase \u201cthe Vexley shuffle\u201d to describe the council\u2019s habit of delay.",
        "the Vexley shuffle",
        "Osric Quill",
    ),
    (
        "L1C",
        "Brisa Quill, the chief executive, reached for \u201ca perfect storm of costs\u201d to explain the losses.",
        "a perfect storm of costs",
        "Brisa Quill",
    ),
    (
        "L2A",
        "Osric and Brisa Van der Quill have run the Quarnby ferry for 30 years.\n\n"
        "\u201cWe never missed a crossing,\u201d Osric Van der Quill said.",
        "We never missed a crossing",
        "Osric Van der Quill",
    ),
    (
        "L4A",
        "QUARNBY, N.S. - The port\u2019s owner (Quellwater Trust) - said on Monday it would sell the harbour.\n\n"
        "\u201cWe can no longer afford the upkeep,\u201d the trust said.",
        "We can no longer afford the upkeep",
        "Quellwater Trust",
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V417_V433, ids=[p[0] for p in _REVIEW_V417_V433]
)
def test_review_of_v417_to_v433_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


def test_a_doers_plural_opening_a_body_s_name_is_who_they_are():
    text = (
        "Organisers Quellwater Green Fairs called the show off on Friday. \u201cThe field is "
        "under water and the car park with it,\u201d the firm said."
    )
    assert _speakers(text)["The field is under water and the car park with it,"] == "Quellwater Green Fairs"
    group = "Parents Against Quarnby Pylons said the vote was \u201ca betrayal\u201d."
    assert _speakers(group)["a betrayal"] == "Parents Against Quarnby Pylons"


def test_a_municipality_is_a_body_named_without_its_possessive():
    text = (
        "QUARNBY - Nobody has paid a bill online since hackers locked the Quarnby Local Municipality\u2019s servers "
        "last week.\n\n"
        "Brisa Vexley, the opposition leader, said a study by consultants Quill & Moss had warned of "
        "\u201cancient software\u201d.\n\n"
        "\u201cClinics are open as usual,\u201d the municipality\u2019s spokesperson told reporters."
    )
    assert _speakers(text)["Clinics are open as usual,"] == "Quarnby Local Municipality"


def test_two_of_one_family_named_in_full_are_two_people_not_one_body():
    text = (
        "The collection was organised by two brothers, Osric Vantrell and Aleksey Vantrell, both retired ferrymen.\n\n"
        "\u201cWe never thought we would raise the money,\u201d Aleksey Vantrell said. \u201cThe town did it.\u201d\n\n"
        "\u201cAnd most of it in coins,\u201d his brother added."
    )
    got = _speakers(text)
    assert got["We never thought we would raise the money, The town did it."] == "Aleksey Vantrell"
    assert got["And most of it in coins,"] == "Osric Vantrell"


def test_the_he_of_an_attribution_outweighs_the_sex_a_given_name_suggests():
    # "Nicola" and "Andrea" are mostly women's names in the name lists, and men's in Italy
    engineer = (
        "Nicola Quarterelli, the ferry's engineer, said the crossing had been rough. "
        "\u201cWe lost a fender off Vexholm,\u201d he said."
    )
    assert _speakers(engineer)["We lost a fender off Vexholm,"] == "Nicola Quarterelli"
    skipper = "Andrea Vantrelli has skippered the boat since 2009. \u201cWe have not had a sea like it in years,\u201d he said."
    assert _speakers(skipper)["We have not had a sea like it in years,"] == "Andrea Vantrelli"


def test_the_he_of_an_attribution_may_be_someone_unnamed_beside_the_named_woman():
    text = (
        "When Andrea Vexmoor crossed the line, the race announcer shouted her time. "
        "\u201cEleven hours!\u201d he yelled.\n\n"
        "\u201cI only wanted to see the ridge,\u201d she said on Sunday."
    )
    got = _speakers(text)
    assert got["Eleven hours!"] != "Andrea Vexmoor"
    assert got["I only wanted to see the ridge,"] == "Andrea Vexmoor"


def test_a_long_said_clause_before_a_colon_is_the_speakers_own():
    text = (
        "No bus came to Quarnby Primary on Monday, the fourth miss this autumn.\n\n"
        "\u201cWe are talking to the operator,\u201d said Brisa Quell, the head teacher.\n\n"
        "At the board meeting, governor Osric Vexley said the trust ought to drop Quillmoor Coaches before Easter: "
        "\u201cFour times is not bad luck any more.\u201d"
    )
    assert _speakers(text)["Four times is not bad luck any more."] == "Osric Vexley"


def test_a_said_clause_before_a_colon_that_hands_over_to_another_voice_is_not_the_speakers():
    advice = (
        "Brisa Vexley said her grandmother, Quessa, had other advice for young farmers: "
        "\u201cSell the tractor, keep the field.\u201d"
    )
    assert _speakers(advice)["Sell the tractor, keep the field."] != "Brisa Vexley"
    margin = (
        "Osric Quillmoor said a junior analyst had scribbled on page four of the 2021 forecast: "
        "\u201cThese sums are wrong. Ask finance.\u201d"
    )
    assert _speakers(margin)["These sums are wrong. Ask finance."] != "Osric Quillmoor"


def test_a_question_put_to_nobody_named_leaves_the_next_she_to_the_one_who_asked():
    text = (
        "Tamsin Quarrell, a ward sister for 19 years, reads the list twice. When it is done she asks the "
        "room the same thing: \u201cWho needs me first?\u201d\n\n"
        "\u201cThe charts tell you the doses,\u201d she says afterwards, by the vending machine. "
        "\u201cThey leave out who is scared.\u201d"
    )
    assert _speakers(text)["The charts tell you the doses, They leave out who is scared."] == "Tamsin Quarrell"


def test_a_man_set_after_his_without_a_comma_is_no_relation_that_keeps_him_from_speaking():
    # v444 read "his friend Y" without a comma as a relation of X's, which kept Y from being the he; a probe
    # review found it also read "lost his seat to Y" so (v447 took it back)
    text = (
        "The former harbourmaster, Osric Vantrell, 59, who lost his seat to Aleksey Quimby, told the Quarnby "
        "Echo the vote had been \u201ca stitch-up\u201d.\n\n"
        "\u201cThe vote was clean and he knows it,\u201d he said."
    )
    assert _speakers(text)["The vote was clean and he knows it,"] != "Osric Vantrell"


def test_a_relative_named_after_the_owners_possessive_is_whom_the_next_he_may_mean_not_the_owner():
    text = (
        "Otso Quarrell has kept the plot since 1981. \u2018It is my second kitchen,\u2019 he said.\n\n"
        "Quarrell\u2019s grandson, Aleksey Vantrell, 19, has dug beside him every Saturday since he was 12. "
        "\u2018Grandad has me on the spade while he points,\u2019 he said."
    )
    assert _speakers(text)["Grandad has me on the spade while he points,"] != "Otso Quarrell"
    # a relative of the other sex leaves the owner as the one the sentence is about
    widow = (
        "Brisa Quarrell has kept the plot since 1981. \u2018It is my second kitchen,\u2019 she said.\n\n"
        "Quarrell\u2019s husband, Osric Vantrell, died in 2019. She nearly gave the plot up then, she says.\n\n"
        "\u2018I stopped coming for a year.\u2019"
    )
    assert _speakers(widow)["I stopped coming for a year."] == "Brisa Quarrell"


def test_someone_kept_anonymous_in_the_sentence_before_is_the_he_or_she_not_the_last_named():
    texts = {
        "Her shipmate, who asked not to be identified, put it more sharply. \u2018It is shameful,\u2019 she said.": (
            "It is shameful,"
        ),
        "A 15-year-old girl, who may not be identified because of her age, was on the far pavement. "
        "\u2018The van just kept going,\u2019 she said.": "The van just kept going,",
        "On the quay stood a trawlerman who has sailed from Vexholm since 1988 and who would not give his name. "
        "\u2018The harbour is finished,\u2019 he said.": "The harbour is finished,",
    }
    for second, quote in texts.items():
        first = (
            "\u2018We were lucky,\u2019 said Brisa Quarrell. \u2018Very lucky.\u2019\n\n"
            if "she said" in second
            else "\u2018We were lucky,\u2019 said Osric Quarrell. \u2018Very lucky.\u2019\n\n"
        )
        assert _speakers(first + second)[quote] is None, second


def test_letters_after_a_name_are_no_part_of_it_but_a_surname_or_a_firm_s_form_in_capitals_is():
    lettered = "\u201cThe survey is clear,\u201d said Helen Vantroy FRSE, who led it."
    assert _speakers(lettered)["The survey is clear,"] == "Helen Vantroy"
    surname = "\u201cThe survey is clear,\u201d said Helen Mary VANTROY, who led it."
    assert _speakers(surname)["The survey is clear,"] == "Helen Mary VANTROY"
    # v449 also cut a long first word no name list holds as a title ("Landr\u00e4tin X Y"); a probe review found it
    # cut given names the data lacks, and v453 took it back
    long_given = "\u201cThe road was gone,\u201d said Quessandra Helen Vantroy, a farmer."
    assert _speakers(long_given)["The road was gone,"] == "Quessandra Helen Vantroy"


def test_a_title_word_joined_by_and_inside_a_body_s_name_is_no_title():
    text = (
        "A spokesman for the Department of Justice and Harbours said: \u201cSecurity at Vexholm is under review.\u201d"
    )
    assert _speakers(text)["Security at Vexholm is under review."] == "Department of Justice and Harbours"


def test_a_name_after_a_job_is_a_person_though_its_surname_is_a_place_word():
    text = (
        "The artist Quessa Moor has won the Vexholm medal.\n\n"
        "\u201cI still expect someone to ask for it back,\u201d Moor said."
    )
    assert _speakers(text)["I still expect someone to ask for it back,"] == "Quessa Moor"


def test_a_quoted_nickname_with_of_inside_a_name_keeps_the_name_whole():
    text = (
        'In the heavy events, Osric "the Bull of Vexholm" Quellhaven threw the hammer furthest.\n\n'
        '"Next year I will aim for the river," Quellhaven said.'
    )
    assert _speakers(text)["Next year I will aim for the river,"] == "Osric Quellhaven"


def test_her_sister_right_after_a_quote_is_the_sister_of_the_one_who_spoke():
    text = (
        "The choir's oldest members are the sisters Sasha and Ursula Quill, who joined in 1961.\n\n"
        "\u2018We sang when the new bridge was opened,\u2019 says Sasha Quill. \u2018Ursula sang flat.\u2019\n\n"
        "\u2018Seventy years of Thursday rehearsals.\u2019\n\n"
        "Her sister says she stays \u2018because nobody else will carry the alto line\u2019."
    )
    assert _speakers(text)["because nobody else will carry the alto line"] == "Ursula Quill"


def test_said_the_bodys_role_then_a_name_is_the_person_named():
    for role in ("Quarnby region organiser,", "regional organiser"):
        text = (
            "The Vexwick Workers Union said it wanted written promises.\n\n"
            f'"Nobody believes the brochure," said the union\'s {role} Otso Quill. "Ask the last owners."'
        )
        assert _speakers(text)["Nobody believes the brochure, Ask the last owners."] == "Otso Quill"


def test_a_body_described_with_a_place_is_not_another_body_of_that_place():
    text = (
        "The regatta moved to the boathouse of the Vexwick Rowing Club, where 30 crews raced.\n\n"
        "In an emailed statement, the Vexwick District transport department said: "
        "\u201cEvery crew that entered deserves our thanks.\u201d"
    )
    assert _speakers(text)["Every crew that entered deserves our thanks."] != "Vexwick Rowing Club"


def test_one_read_after_the_words_of_a_sign_is_nobody():
    text = (
        "Otso Quill teaches maths at Vexwick High.\n\n"
        'Quill\'s choir stood along Brine Street holding painted placards. "Otso, breathe from the belly," one '
        "read.\n\n"
        '"They sang me home," he said.'
    )
    got = _speakers(text)
    assert got["Otso, breathe from the belly,"] is None
    assert got["They sang me home,"] == "Otso Quill"


def test_and_says_in_a_clause_of_its_own_has_that_clauses_subject():
    text = (
        "Tonight I follow Otso Quill, a porter at Vexwick General Hospital.\n\n"
        "When the lift finally arrives, it is Otso who pushes the trolley in. They hum an old tune together on "
        "the stairs, softly, until a ward clerk leans out of an office and says, \u2018Bravo. Now bed.\u2019"
    )
    assert _speakers(text)["Bravo. Now bed."] is None


def test_a_bare_quote_inside_a_quote_that_calls_the_speaker_by_name_is_not_his():
    text = (
        "Otso Vexwick was born in a mill cottage in 1963. He knows the night only through his mother's retelling.\n\n"
        "His mother, Brisa Vexwick, died in 2019. \u2018She told it word for word,\u2019 he says. "
        "\u2018Every telling the same. Change one thing and she\u2019d correct you. \u201cGet it right, Otso, it "
        "was a Friday.\u201d\u2019"
    )
    assert _speakers(text)["Get it right, Otso, it was a Friday."] != "Otso Vexwick"
    to_self = (
        "Among those waiting at the quay was Brisa Quill, 78.\n\n"
        "\"I waved at the ship in 1987 and told myself, 'Brisa, remember every minute of this,'\" "
        "Mrs Quill said."
    )
    assert _speakers(to_self)["Brisa, remember every minute of this,"] == "Brisa Quill"


def test_an_aside_she_adds_before_a_colon_names_the_speaker():
    text = (
        "Brisa Quill runs the forge her grandfather built. \u201cIron keeps its own hours,\u201d she says.\n\n"
        "Among the pupils is Vilda Odeline, a retired judge who is making a gate. \u201cI am 72 and had not once "
        "lifted a hammer,\u201d Judge Odeline says. \u201cBrisa told me that was ideal, because I had no bad "
        "habits.\u201d\n\n"
        "What surprised her most, she admits, was how fast the blisters came and went: "
        "\u201cMy hands look like a stevedore\u2019s now.\u201d"
    )
    q = next(q for q in extract_quotes(text) if q.text.startswith("My hands look"))
    assert (q.speaker, q.cue) == ("Vilda Odeline", "admits")


def test_my_dad_said_inside_a_sons_quote_is_the_one_of_his_name_who_is_no_child():
    text = (
        "The sheep farmer Otso Vexwick and his son, Cedric Vexwick, gave \u00a35,000 between them. "
        "\u2018My dad said, \u201cLose the mill and you lose the valley,\u201d\u2019 says Cedric Vexwick. "
        "\u2018He was rarely wrong.\u2019"
    )
    assert _speakers(text)["Lose the mill and you lose the valley,"] == "Otso Vexwick"
    sisters = (
        'Brisa Quill lost the bracelet in 1972. Her sister, Vilda Quill, remembers the day. "Brisa sulked for '
        "a week. Our mother said, 'It is only a bracelet,' and that made it worse,\" Vilda Quill recalled."
    )
    assert _speakers(sisters)["It is only a bracelet,"] is None


def test_a_bare_quote_after_a_paragraph_closed_by_a_partial_quote_goes_on_with_its_speaker():
    text = (
        "Otso Quill dug the locket out of the dunes with his detector in March.\n\n"
        "Asked what the finder's fee was, Quill says it came to \u201ctwo loaves and a pot of damson chutney\u201d.\n\n"
        "\u201cFinest wages of my career.\u201d"
    )
    assert _speakers(text)["Finest wages of my career."] == "Otso Quill"
    after = (
        "Brisa Vexwick took over the forge from her father, Otso Vexwick, in 1991, two winters after he had "
        "warned her that smithing was \u201ca cold way to go broke\u201d.\n\n"
        "\u201cHe said to me, \u2018You will burn your hands.\u2019 Then he taught me everything.\u201d"
    )
    said = "He said to me, \u2018You will burn your hands.\u2019 Then he taught me everything."
    assert _speakers(after)[said] != "Otso Vexwick"


def test_a_rank_then_a_given_name_that_is_also_a_role_is_the_persons_name():
    text = (
        "PC Dean Quill, who leads the county's rural patrols, warned of \u2018a run\u2019 of quad bike "
        "thefts. \u2018Farmers leave the keys in them,\u2019 he said."
    )
    got = _speakers(text)
    assert got["a run"] == "Dean Quill"
    assert got["Farmers leave the keys in them,"] == "Dean Quill"


def test_gran_inside_a_quote_is_a_relative_not_a_person_named_gran():
    text = (
        "Brisa Quill was four when the flood came. What she knows of it are her grandmother's stories.\n\n"
        "Her grandfather, Otso Vexwick, waded down to the byre with a lantern.\n\n"
        "\u2018Gran said he came in wet to the waist and stood by the range,\u2019 she "
        "says. \u2018Then he said, \u201cVilda, the river is in the kitchen,\u201d and lit his pipe.\u2019"
    )
    got = _speakers(text)
    assert "Gran" not in got.values()
    assert got["Vilda, the river is in the kitchen,"] == "Otso Vexwick"


def test_an_interview_conducted_by_a_mastheads_writer_has_her_ask_and_the_subject_answer():
    text = (
        "Brisa Quill has made rope in the same shed outside Vexwick for 38 years. At 67 she still splices "
        "every order by hand.\n\n"
        "The interview, conducted by Quarnby Post features writer Odeline Vexley, has been edited for length.\n\n"
        'Q: "Why rope, of all things?"\n\n'
        'A: "The mill closed and the shed was empty. Somebody had to fill it."'
    )
    got = _speakers(text)
    assert got["Why rope, of all things?"] == "Odeline Vexley"
    assert got["The mill closed and the shed was empty. Somebody had to fill it."] == "Brisa Quill"


def test_a_fell_is_a_hill_not_a_mans_surname():
    text = (
        "The bus climbs out of Upper Brackenridge at nine, with six stops to make before noon.\n\n"
        "At the fourth, a cattle shed, Sasha Quill is leaning on the wall with two bags of shopping.\n\n"
        "Quill is 68 and has kept goats on Brackenridge Fell since he left school. He has been on his own since "
        "his wife, Vilda Quill, moved to the coast. He travels, he tells me, \u2018for the company more than the "
        "shops\u2019."
    )
    assert _speakers(text)["for the company more than the shops"] == "Sasha Quill"


def test_and_added_after_a_clause_of_time_closed_by_a_comma_is_the_sentences_speaker():
    text = 'Otso Quill said he was shocked when Brisa Vexwick resigned, and added: "Nobody saw it coming."'
    assert _speakers(text)["Nobody saw it coming."] == "Otso Quill"


def test_a_role_after_chief_is_no_given_name():
    text = (
        "Otso Quill, the chief executive of Vexwick Rail, apologised.\n\n"
        '"We made a real mess of this," Chief Executive Quill said.'
    )
    assert _speakers(text)["We made a real mess of this,"] == "Otso Quill"


def test_gran_and_mam_begin_names_too():
    assert (
        _speakers('Brisa Vexwick moved to Gran Canaria in 2015.\n\n"The island has changed," she said.')[
            "The island has changed,"
        ]
        == "Brisa Vexwick"
    )
    assert _speakers('Mam Quarnby, a trader in Vexwick, said: "Prices have doubled."')["Prices have doubled."] == (
        "Mam Quarnby"
    )


def test_the_elder_by_age_when_a_title_opens_the_name():
    text = (
        "Cedric Quill, 45, runs the practice with Dr Otso Quill, 71, his partner.\n\n"
        '"I still do Tuesdays," the elder Quill said.\n\n'
        '"He does Tuesday mornings," the younger Quill said.'
    )
    got = _speakers(text)
    assert got["I still do Tuesdays,"] == "Otso Quill"
    assert got["He does Tuesday mornings,"] == "Cedric Quill"


def test_an_interview_conducted_by_video_call_names_no_interviewer():
    text = (
        "Brisa Quill makes rope in Vexwick.\n\n"
        "The interview, conducted by Zoom with Brisa Quill, has been edited for length.\n\n"
        'Q: "Why rope?"\n\n'
        'A: "Somebody had to."'
    )
    got = _speakers(text)
    assert got["Why rope?"] is None
    assert got["Somebody had to."] == "Brisa Quill"


def test_an_abbreviation_before_a_bodys_noun_does_not_block_the_body():
    text = 'The Vexwick Aviation Authority grounded the jets on Monday.\n\n"Safety comes first," the US agency said.'
    assert _speakers(text)["Safety comes first,"] == "Vexwick Aviation Authority"


def test_whose_questions_are_marked_q_names_the_interviewer_whoever_is_named_first():
    text = (
        "Otso Quill has built drystone walls in the Vexwick hills for 41 years. Brisa Odeline, the Quarnby "
        "Courier's countryside writer, walked a field boundary with him.\n\n"
        "The conversation has been edited for length. Odeline's questions appear as Q and Quill's replies as A.\n\n"
        'Q: "Where did you learn?"\n\n'
        'A: "My grandfather handed me a hammer in 1983 and pointed at a gap."'
    )
    got = _speakers(text)
    assert got["Where did you learn?"] == "Brisa Odeline"
    assert got["My grandfather handed me a hammer in 1983 and pointed at a gap."] == "Otso Quill"


def test_a_title_that_is_also_a_given_name_opens_a_persons_name_after_in():
    text = (
        "There are 140 barometers in Earl Quill's workshop on Brine Lane. Quill, 66, taps each one daily. "
        '"My wife thinks they answer back," he said.\n\n'
        'His daughter, Vilda Quill, 31, keeps the books. "He would mend them for nothing," she said.'
    )
    got = _speakers(text)
    assert got["My wife thinks they answer back,"] == "Earl Quill"


def test_a_bodys_name_without_its_place_is_the_body_named_in_full_before():
    text = (
        "Tankers from the Quarnby County Harbour Conservancy Board were sent to the quay on Monday.\n\n"
        'The Harbour Conservancy Board said in a statement that the spill was contained. "Early readings show '
        'no oil beyond the boom," the statement said.'
    )
    got = _speakers(text)
    assert got["Early readings show no oil beyond the boom,"] == "Quarnby County Harbour Conservancy Board"
    friends = (
        'Friends of Vexwick Hospice raised \u00a34,000. The Vexwick Hospice said the money had "not been touched".'
    )
    assert _speakers(friends)["not been touched"] == "Vexwick Hospice"


def test_review_of_v309_to_v312_probes():
    pastor = (
        "Pastor Otso Quill has led Vexwick Baptist Church for thirty years.\n\n"
        '"He visits every sick member himself," said a woman in Pastor Quill\'s congregation.'
    )
    assert _speakers(pastor)["He visits every sick member himself,"] is None
    councils = (
        "North Quarnby Council has approved the new bypass.\n\n"
        "Quarnby Council, which covers the rest of the county, said it had not been consulted. "
        '"We learned of this from the newspapers," Quarnby Council said.'
    )
    assert _speakers(councils)["We learned of this from the newspapers,"] == "Quarnby Council"
    banks = 'The Quarnbian Central Bank raised rates on Thursday.\n\nIn Vexwick, the Central Bank said: "Rules stay."'
    assert _speakers(banks)["Rules stay."] == "Central Bank"
    bay = (
        'Duke Hall lost part of its roof. "We heard a bang," said Otso Quill, who manages it.\n\n'
        'Major Bay was evacuated at noon. "The water came over the wall," he said.'
    )
    assert _speakers(bay)["The water came over the wall,"] == "Otso Quill"
    leaked = (
        "Otso Quill, 61, has refused interviews since March, when Quill's questions to the auditor were leaked. "
        "He agreed to talk to Brisa Odeline, our local government reporter. The interview has been edited for "
        'length.\n\nQ: "Why did you ask the auditor to look again?"\n\nA: "Because the numbers did not add up."'
    )
    got = _speakers(leaked)
    assert got["Why did you ask the auditor to look again?"] != "Otso Quill"
    assert got["Because the numbers did not add up."] == "Otso Quill"


def test_a_journalist_named_by_her_desk_before_sat_down_with_asks_the_q_turns():
    # the role before a name marks the questioner, whichever side of "sat down with" she stands
    text = (
        "Otso Quill kept goats above Vexwick for thirty years before he opened a cheese shop.\n\n"
        "Travel writer Brisa Odeline sat down with Quill at the dairy. The conversation has been edited.\n\n"
        'Q: "Why cheese?"\n\n'
        'A: "The goats left me no choice."'
    )
    got = _speakers(text)
    assert got["Why cheese?"] == "Brisa Odeline"
    assert got["The goats left me no choice."] == "Otso Quill"
    # a guest with a job title of her own is still the guest when the other is the paper's writer
    other = (
        'Magazine editor Brisa Odeline sat down with our reporter Otso Quill.\n\nQ: "Why print?"\n\nA: "Paper lasts."'
    )
    got = _speakers(other)
    assert got["Why print?"] == "Otso Quill"
    assert got["Paper lasts."] == "Brisa Odeline"


def test_letters_after_a_name_for_a_degree_or_the_bar_are_not_part_of_it():
    # barrister-at-law, doctor of medicine, registered nurse, esquire, fellowships
    for letters in ("BL", "MD", "RN", "Esq", "FRCS"):
        text = f"Defending, Otso Quill {letters} said his client had been \u2018under strain\u2019 for years."
        assert _speakers(text)["under strain"] == "Otso Quill", letters


def test_bill_before_a_surname_is_a_given_name_not_a_law():
    text = (
        "The ferry skipper Bill Quarnby would not say what went wrong with the ramp.\n\n"
        '"Ask the engineers," Quarnby said.\n\n'
        "The Housing Bill Committee met on Monday."
    )
    assert _speakers(text)["Ask the engineers,"] == "Bill Quarnby"
    people = [e.name for e in _entities(text) if e.kind == "person"]
    assert people == ["Bill Quarnby"]


def test_a_players_position_between_a_modifier_and_her_name_is_no_one_else():
    for position in ("goaltender", "netminder", "batsman", "jockey"):
        text = (
            "Otso Quill, who captains the side, said the pitch had dried out by noon.\n\n"
            f"Veteran {position} Brisa Odeline kept her place and described the afternoon as "
            "\u201cquieter than a library.\u201d"
        )
        assert _speakers(text)["quieter than a library."] == "Brisa Odeline", position


def test_a_hyphenated_given_name_opens_a_persons_name_whatever_the_surname_means():
    # "Bowers" is also the plural of a word; after a given name joined by a hyphen it is still a surname
    text = 'Otso Quill scored twice.\n\n"We kept the ball and waited," said winger Marie-Claire Bowers.'
    assert _speakers(text)["We kept the ball and waited,"] == "Marie-Claire Bowers"


def test_a_team_named_after_its_captain_is_a_side_and_her_surname_is_hers():
    text = (
        "Otso Quill's four beat Team Vexwick by two stones on Sunday.\n\n"
        "Brisa Vexwick, who skipped the losing side, stayed on the ice to shake every hand.\n\n"
        '"The ice was slow for both of us," said Vexwick. "No excuses from me."'
    )
    assert _speakers(text)["The ice was slow for both of us, No excuses from me."] == "Brisa Vexwick"
    assert [e.name for e in _entities(text) if e.kind == "person"] == ["Otso Quill", "Brisa Vexwick"]


def test_the_statement_read_out_from_a_relative_named_after_her_role_is_hers():
    text = (
        "Otso Quill was fined on Friday for selling undersized crabs.\n\n"
        "On the harbour wall, his agent Ada Brisa read a statement from Quill's sister, Vilda Quill, who keeps "
        "the family's stall.\n\n"
        '"My brother knows the rules better than anyone," the statement read. "He will pay what he owes."'
    )
    quote = "My brother knows the rules better than anyone, He will pay what he owes."
    assert _speakers(text)[quote] == "Vilda Quill"


def test_the_role_one_acts_as_is_hers_before_she_is_named():
    text = (
        "Otso Quill, a retired ferryman, said the pontoon had been rebuilt too low.\n\n"
        "The safety officer said the moorings had been 'checked twice a day'.\n\n"
        "'Every rope was doubled,' said Brisa Vexwick, the port's operations manager, who acts as safety "
        "officer."
    )
    assert _speakers(text)["checked twice a day"] == "Brisa Vexwick"
    plain = text.replace("Brisa Vexwick, the port's operations manager, who", "Brisa Vexwick, who")
    assert _speakers(plain)["checked twice a day"] == "Brisa Vexwick"


def test_a_short_turn_calling_the_last_speaker_dad_is_his_relatives_reply():
    text = (
        "Otso Quill, 71, has mended nets on the quay for forty years. His daughter, Brisa Quill, keeps the "
        "accounts.\n\n"
        "\u201cHe never throws a float away,\u201d Brisa says. \u201cThe loft is full of them.\u201d\n\n"
        "Otso, from behind a heap of rope: \u201cThey come in handy. Every one of them.\u201d\n\n"
        "\u201cName one, Dad.\u201d"
    )
    assert _speakers(text)["Name one, Dad."] == "Brisa Quill"
    # nobody of his name spoke before him: somebody else, unnamed
    alone = text.replace("Brisa says", "a customer says")
    assert _speakers(alone)["Name one, Dad."] is None


def test_a_she_in_a_quote_after_the_eldest_or_my_youngest_is_that_child_unnamed():
    text = (
        "Brisa Odeline runs the pool.\n\n"
        "Otso Quill, 79, learned to float in May. 'I told my grandchildren I had a bad ear,' he says. 'The "
        'eldest caught me out at eight. She stood on the diving board and asked, "Are you scared of water?" '
        "So I came here.'"
    )
    assert _speakers(text)["Are you scared of water?"] is None
    youngest = (
        "Brisa Odeline runs the pool.\n\n"
        "\u201cMy youngest wanted a lesson too. She said, \u2018Can Grandad come?\u2019\u201d said Otso Quill."
    )
    assert _speakers(youngest)["Can Grandad come?"] is None


def test_whose_role_after_a_name_is_the_role_of_the_one_named_next():
    # "X, whose father, Y,": the father is Y; X is not made a father (nor a man)
    text = (
        "Brisa Odeline, whose father, Otso Odeline, 91, moved into the hospice in March, spoke after the "
        "meeting.\n\n"
        "\u201cDad knows every nurse by name,\u201d she said."
    )
    assert _speakers(text)["Dad knows every nurse by name,"] == "Brisa Odeline"


def test_a_clause_or_the_next_name_after_a_names_comma_gives_it_no_role():
    # a clause: "whether he could pick out that man" makes no man of the prosecutor
    text = (
        "Asked by the prosecutor, Brisa Quill KC, whether he could pick out that man, Mr Otso Vexwick pointed to "
        "the dock.\n\n"
        "Ms Quill told the jury that the footage showed a man \u201crunning towards the till\u201d, she said."
    )
    assert _speakers(text)["running towards the till"] == "Brisa Quill"

    def roles(text: str) -> dict[str, set[str]]:
        return {e.name: {head for head, _mods in e.roles} for e in _entities(text)}

    # the next item of a list
    listed = (
        "The letters belonged to Vilda Odeline, who lived above the forge with her father, Otso Odeline, a smith, "
        "her mother, Brisa Odeline, and a younger brother."
    )
    assert "brother" not in roles(listed)["Brisa Odeline"]
    # the next name's own apposition
    chained = (
        "At the door of the court, the family's lawyer, Cedric Quill, Ezio's mother, Brisa Vexwick, "
        "said the verdict was fair."
    )
    assert roles(chained)["Cedric Quill"] == {"lawyer"}


def test_what_someone_did_or_is_married_to_after_their_comma_is_no_role_of_theirs():
    text = (
        "Otso Quill, waiting outside with his aunt, thanked the crew. Cedric Vexwick, who is engaged to his "
        "cousin, sold the boat. Brisa Odeline, acting chief executive, said nothing."
    )
    roles = {e.name: {head for head, _mods in e.roles} for e in _entities(text)}
    assert roles == {"Otso Quill": set(), "Cedric Vexwick": set(), "Brisa Odeline": {"executive"}}


def test_a_which_after_a_persons_name_that_ends_a_by_phrase_is_the_things_not_hers():
    # after a role and its comma, the "which" is the thing's (the report's); a firm may be named like a person
    text = (
        "The board read a report by its auditor, Ursula Quill, which found no fault. The mill was bought by "
        "Morgan Vexwick, which owns three dairies. Last summer, Martin Odeline, which runs the chandlery, said nothing."
    )
    kinds = {e.name: e.kind for e in _entities(text)}
    assert kinds["Ursula Quill"] == "person"
    assert kinds["Morgan Vexwick"] == "org"
    assert kinds["Martin Odeline"] == "org"


def test_a_person_named_after_a_possessive_or_before_and_the_is_still_a_person():
    text = (
        "The Civic League's Hamish Quill won the seat. Tulsa's Delphina Vexwick led all scorers. He is suing "
        "Clementine Odeline and the Quarnby Herald. Conservative candidate Ursula Brisa and Green candidate Otso "
        "Quarnby were also on the ballot."
    )
    people = [e.name for e in _entities(text) if e.kind == "person"]
    assert people == ["Hamish Quill", "Delphina Vexwick", "Clementine Odeline", "Ursula Brisa", "Otso Quarnby"]
    # a leader of a body, then the body, inside a list of two
    pair = "Two leaders, Sanne Quill of the Quarnby Polder Alliance and Martin Vexwick of the Farmers, met."
    assert [e.name for e in _entities(pair) if e.kind == "person"] == ["Sanne Quill", "Martin Vexwick"]


def test_a_comma_with_phrase_names_who_does_the_participle_after_it():
    got = _speakers('The Quarnby Ramblers welcomed the plan, with its chair, Brisa Odeline, calling it "a start".')
    assert got["a start"] == "Brisa Odeline"
    # "level with X" is no clause of its own: the sentence's subject goes on
    assert _speakers('Otso Quill finished level with Brisa Odeline, calling the course "brutal".')["brutal"] == (
        "Otso Quill"
    )


def test_a_shared_surname_then_said_he_or_she_is_the_one_of_that_sex():
    text = (
        "Otso Quill rowed the estuary crossing in record time; his mother rowed it the next morning.\n\n"
        "Brisa Quill, 63, took three hours.\n\n"
        "\u201cThe tide was against me the whole way,\u201d she said.\n\n"
        "The younger Quill said he had waited on the slipway \u201cwith soup and two towels\u201d for her."
    )
    assert _speakers(text)["with soup and two towels"] == "Otso Quill"


def test_a_given_name_of_two_joined_by_a_hyphen_has_their_sex():
    from reader.quotes.kinds import given_gender

    assert given_gender("marie-claire") == "f"
    assert given_gender("marc-olivier") == "m"


def test_a_rank_word_after_a_job_is_a_given_name():
    text = 'Sheep farmer Col Quill, 67, moved his flock to the high field. "The streams are dry," he said.'
    assert _speakers(text)["The streams are dry,"] == "Col Quill"
    # a rank with no job before it stays a rank
    assert _speakers('Col Otso Quill said "the ranks held".')["the ranks held"] == "Otso Quill"


def test_old_or_young_before_a_full_name_is_no_part_of_it():
    text = (
        "\u201cOld Martin Quill, who ran the forge before me, gave me a hammer and said, \u2018Mind the anvil.\u2019 "
        "Then he went home,\u201d Brisa Vexwick said."
    )
    assert _speakers(text)["Mind the anvil."] == "Martin Quill"


def test_a_town_named_for_its_falls_or_heights_is_a_place_not_a_body():
    text = (
        "Quarnby Foods is shutting its crisp factory in Vexwick Falls, Ohio, in the spring, the firm announced.\n\n"
        "The Quarnby group will shift the lines to a site in Kentucky, which it called "
        "\u201cfaster and cheaper to run.\u201d"
    )
    assert _speakers(text)["faster and cheaper to run."] == "Quarnby Foods"
    kinds = {e.name: e.kind for e in _entities(text)}
    assert kinds.get("Vexwick Falls") != "org"


def test_a_grandparent_called_by_a_family_word_as_by_a_name_is_the_one_given_that_role():
    text = (
        "My grandmother, Ursula Quill, ran the corner shop for forty years. My mother, Brisa Vexwick, still does "
        "the books.\n\n"
        "Nonna walks past the shop every morning on her way to Mass. She never goes in. \u201cIt belongs to "
        "somebody else now,\u201d she told me."
    )
    assert _speakers(text)["It belongs to somebody else now,"] == "Ursula Quill"
    # a family word in the language the family speaks is a relative, never a person called "Koro"
    koro = (
        "My grandfather, Otso Vexwick, fished the bay for sixty years.\n\n"
        "On the third day Koro pointed at the reef. \u201cThat is where the boats went down,\u201d he said."
    )
    assert _speakers(koro)["That is where the boats went down,"] == "Otso Vexwick"


def test_a_her_after_a_woman_named_only_as_a_woman_teaches_nothing_of_the_name_before():
    text = (
        "Fire Chief Sasha Quill said the alarm was raised at dusk by a woman in her car on the bypass.\n\n"
        "\u201cWe were there in four minutes,\u201d he said."
    )
    assert _speakers(text)["We were there in four minutes,"] == "Sasha Quill"


def test_the_first_words_of_a_longer_title_in_marks_and_a_feast_day_are_nobody():
    text = (
        "On Saturday the trio launch a record, \u201cGrey Harbour, Low Water\u201d, which Clara Quill said took "
        "a week to finish.\n\n\u201cBrisa had the tune,\u201d she said."
    )
    assert _speakers(text)["Brisa had the tune,"] == "Clara Quill"
    assert [e.name for e in _entities("The shop opened on Christmas Eve in 1952. Ursula Quill keeps the books.")] == [
        "Ursula Quill"
    ]


def test_review_of_v314_to_v331_probes():
    # a second reader's probes of this change's rules, each once read wrong by one of them
    guest = (
        "Crime writer Ursula Vexwick sat down with Hamish Quill to talk about her new novel.\n\n"
        'Q: "Why Quarnby?"\n\nA: "Because I grew up there."'
    )
    assert _speakers(guest) == {"Why Quarnby?": "Hamish Quill", "Because I grew up there.": "Ursula Vexwick"}
    widow = (
        "Ursula Quill runs the Quarnby bakery. Her husband, Martin Quill, died in May.\n\n"
        'Quill said he had "not one day off" in thirty years.'
    )
    assert _speakers(widow)["not one day off"] == "Ursula Quill"
    neighbour = (
        "My grandmother, Ada Quill, is ninety-one. Her neighbour, Ursula Vexwick, drives Nonna to the market "
        'every Sunday.\n\nNonna says the market is "not what it was".'
    )
    assert _speakers(neighbour)["not what it was"] == "Ada Quill"
    towed = (
        "My father, Martin Quill, built the boat in 1962.\n\n"
        'Hamish Vexwick, the harbourmaster, towed it in for Dad last winter. "It was sinking," he said.'
    )
    assert _speakers(towed)["It was sinking,"] == "Hamish Vexwick"
    farewell = (
        "The late Edvin Quill ran the Quarnby ferry for forty years. His son, Otso Quill, now runs it.\n\n"
        '"He never missed a crossing," Otso Quill said.\n\n'
        'His sister, Brisa Quill, flew home for the funeral. "He was stubborn to the end," she said.\n\n'
        '"Goodbye, Dad."'
    )
    assert _speakers(farewell)["Goodbye, Dad."] == "Brisa Quill"
    firm = (
        "Last summer, Morgan Vexwick, which owns the Quarnby mill, cut 40 jobs. The company said the cuts were "
        '"painful but necessary".'
    )
    assert _speakers(firm)["painful but necessary"] == "Morgan Vexwick"
    colonel = (
        "Colonel Ursula Quill took command of the Quarnby garrison in May. Her deputy, Major Martin Vexwick, runs "
        'the depot.\n\n"We are ready," garrison commander Col Quill told reporters. "Nobody will be sent home," '
        "she added."
    )
    assert _speakers(colonel)["We are ready, Nobody will be sent home,"] == "Ursula Quill"
    nursing = (
        "Brisa Vexwick, nursing director at Quarnby General, spoke after Otso Quill, a patient.\n\n"
        '"We are short of staff," the director said.'
    )
    assert _speakers(nursing)["We are short of staff,"] == "Brisa Vexwick"
    place = (
        "Hamish Quill arrived in the city on Monday. Quarnby's Martin Place was closed for the parade. "
        '"I could not get near it," he said.'
    )
    assert _speakers(place)["I could not get near it,"] == "Hamish Quill"
    surname = 'Hamish Quill and Ursula Bowler met at Quarnby. "We disagree," said Bowler.'
    assert _speakers(surname)["We disagree,"] == "Ursula Bowler"
    grocer = 'Ada-Rose Provisions, the Quarnby grocer, is closing. The company said trading had been "hard for years".'
    assert _speakers(grocer)["hard for years"] == "Ada-Rose Provisions"
    centre = (
        "Quarnby Gardens, the garden centre on the ring road, is closing after forty years. The company said "
        'trade had "never recovered".'
    )
    assert _speakers(centre)["never recovered"] == "Quarnby Gardens"
    radio = (
        'Martin Quill spoke for an hour on Quarnby FM, with presenter Ursula Vexwick, insisting the plan was "sound".'
    )
    assert _speakers(radio)["sound"] == "Martin Quill"
    dinghy = (
        "Martin Quill has run the boatyard at Quarnby since 1980.\n\n"
        "\"I went to see him about the oldest dinghy in the yard, and he said, 'Take it, it is yours,'\" Brisa "
        "Vexwick recalled."
    )
    assert _speakers(dinghy)["Take it, it is yours,"] == "Martin Quill"
    signed = (
        "The letter was signed by Otso Quill, the club's captain, Brisa Vexwick, a member since 1990, and Ada Odeline."
    )
    assert "captain" in {head for e in _entities(signed) if e.name == "Otso Quill" for head, _m in e.roles}


def test_a_month_that_is_a_given_name_opens_a_paragraphs_first_name():
    text = (
        "Otso Quill ran the lifeboat for thirty years.\n\n"
        "April Vexwick, 81, who lived next door, remembers the night of the wreck. "
        "\u201cThe whole street came out,\u201d she says."
    )
    assert _speakers(text)["The whole street came out,"] == "April Vexwick"


def test_a_minister_for_a_portfolio_after_another_title_is_still_a_title():
    text = 'Deputy Minister for Shipping Martin Vexwick promised the findings would be "read line by line".'
    assert _speakers(text)["read line by line"] == "Martin Vexwick"


def test_a_news_agency_in_the_dateline_speaks_for_nobody_and_a_helm_is_a_crew_role():
    text = (
        "VEXWICK BAY (Quarnby Newswire) \u2014 The head of a fishermen's union says this winter's catch is "
        '"the worst anyone can remember," after storms kept boats in port for weeks.'
    )
    assert _speakers(text)["the worst anyone can remember,"] != "Quarnby Newswire"
    helm = 'The boat was out by six. Helm Brisa Quill said they had looked for the dinghy "until the light went".'
    assert _speakers(helm)["until the light went"] == "Brisa Quill"


def test_a_pool_or_a_rink_named_after_a_place_is_no_person():
    text = (
        "A seaside swimming pool has been saved by its town, in a campaign its chair called \u201cmad and "
        "marvellous\u201d.\n\n"
        "Upper Quarnby Lido opened in 1931.\n\n"
        "Its chair, the retired nurse Ursula Vexwick, said the town had done it together."
    )
    assert _speakers(text)["mad and marvellous"] == "Ursula Vexwick"


def test_a_bare_quote_after_a_bodys_statement_in_the_writers_words_is_the_bodys():
    for opening in ("In a statement, the", "The"):
        text = (
            "\u201cWe are worn out,\u201d said Brisa Quill, a nurse.\n\n"
            f"{opening} Quarnby Hospital Group said it was sorry for the disruption.\n\n"
            "\u201cPatients come first. Cover was agreed last week.\u201d"
        )
        assert _speakers(text)["Patients come first. Cover was agreed last week."] == "Quarnby Hospital Group"


def test_titles_and_bodies_around_a_name_leave_the_name_alone():
    # a title that is also a position, then the body's possessive, then the name
    won = "Forward Quarnby\u2019s Ursula Vexwick took the seat. \u201cThe valleys spoke,\u201d Vexwick said."
    assert _speakers(won)["The valleys spoke,"] == "Ursula Vexwick"
    # an office before the name
    office = 'County Schools Ombudsman Martin Quill said the school had shown "a year of drift".'
    assert _speakers(office)["a year of drift"] == "Martin Quill"
    # a body's name whose second word is also a given name, after a word that looks plural
    body = "The hall was bought by the Harrows Grace Heritage Trust, which will open it in May."
    assert [e.name for e in _entities(body)] == ["Harrows Grace Heritage Trust"]


def test_the_venerable_before_a_name_and_a_title_before_a_place_word():
    text = (
        "Thieves took the lead from the roof above the Lady Chapel on Sunday. The archdeacon, the Ven Ursula "
        "Quarnby, came to see it on Monday.\n\n"
        "\u201cWe will not lock the doors,\u201d she said."
    )
    assert _speakers(text)["We will not lock the doors,"] == "Ursula Quarnby"
    assert "Lady Chapel" not in [e.name for e in _entities(text) if e.kind == "person"]


def test_a_sides_name_read_as_a_persons_is_a_body_once_it_has_a_boss():
    text = (
        "Quarnby Rovers came back to beat Vexwick \u00d3 Quill 1-19 to 2-15 on Sunday.\n\n"
        "Vexwick boss Martin Brisley was less happy. \u201cWe let the lead slip,\u201d he said."
    )
    assert _speakers(text)["We let the lead slip,"] == "Martin Brisley"
    assert "Vexwick \u00d3 Quill" not in [e.name for e in _entities(text) if e.kind == "person"]


def test_a_name_after_a_with_nothing_after_it_is_a_thing_not_a_person():
    text = (
        "Ursula Quill was 68 when she learned to fly. Her late husband, Martin Quill, kept a Vexbury Quarnby in the "
        "hangar for 30 years.\n\n"
        "\u201cWe never meant to keep the plane,\u201d she said."
    )
    assert _speakers(text)["We never meant to keep the plane,"] == "Ursula Quill"
    assert "Vexbury Quarnby" not in [e.name for e in _entities(text)]
    # a given name first: a make only if the text goes on to call it "the Quarnby"
    plane = text.replace("Vexbury Quarnby", "Hazel Quarnby") + " The Quarnby still flies."
    assert "Hazel Quarnby" not in [e.name for e in _entities(plane) if e.kind == "person"]
    # a scorer before what he scored is his
    scored = "Quarnby led through a Martin Vexwick header on the half hour."
    assert "Martin Vexwick" in [e.name for e in _entities(scored) if e.kind == "person"]


def test_the_place_an_age_or_a_role_is_from_never_speaks():
    def said(who: str) -> str | None:
        text = (
            "Martin Quill, 33, lost the final on Sunday. Hamish Brisley, the champion, won it.\n\n"
            "\u201cIt was a fair result,\u201d Brisley said.\n\n"
            f"Pressed on the rain break, {who} answered: \u201cPerhaps. Perhaps not.\u201d"
        )
        return _speakers(text)["Perhaps. Perhaps not."]

    assert said("the 33-year-old from Vexbury") == "Martin Quill"
    assert said("the champion from Vexbury") is None


def test_church_titles_before_a_name_are_titles():
    for title in ("Canon", "Prebendary", "Archdeacon"):
        text = (
            f"{title} Martin Quill, the rector of St Brisa\u2019s, told the parish newsletter that the hall was "
            "\u201cthe warmest room in Vexbury\u201d.\n\n"
            f"\u201cThey come for the soup and stay for the talk,\u201d {title} Quill said."
        )
        assert set(_speakers(text).values()) == {"Martin Quill"}


def test_the_one_who_asks_in_a_passive_is_not_the_one_who_answers():
    text = (
        "Martin Quill, 34, denies burglary.\n\n"
        "\u201cI was only sheltering from the hail,\u201d he said.\n\n"
        "Asked by his barrister, Hamish Otley KC, whether he had taken the tools, he replied: "
        "\u201cNo. Not a spanner.\u201d\n\n"
        "Ursula Brisley, a neighbour, told the court a stranger had left by the gate.\n\n"
        "Cross-examined by Mr Otley, she agreed she never saw his face. "
        "\u201cIt was too dark for that,\u201d she said."
    )
    got = _speakers(text)
    assert got["No. Not a spanner."] == "Martin Quill"
    assert got["It was too dark for that,"] != "Hamish Otley"


def test_a_name_introduced_with_an_age_before_it_takes_the_pronoun_that_follows():
    text = (
        "Martin Quill organised the ride. \u201cWe raised more than we hoped,\u201d he said.\n\n"
        "Last home was 81-year-old former postman Oskeli Vexbury, after five hours. Asked how his "
        "legs were, he said they were \u201cmade of string\u201d."
    )
    assert _speakers(text)["made of string"] == "Oskeli Vexbury"


def test_an_adjective_before_a_relative_in_a_quote_still_describes_someone_unnamed():
    text = (
        "Martin Brisley keeps the ferry log at Vexbury. \u201cWe never miss a tide,\u201d he says.\n\n"
        "Up the lane lives Ursula Quill, 90. \u201cMy late husband liked a saying,\u201d she says. \u201cHe said, "
        "\u2018The tide is a clock nobody winds.\u2019 He was full of them.\u201d"
    )
    assert _speakers(text)["The tide is a clock nobody winds."] is None


def test_a_parent_named_by_one_half_of_a_double_barrelled_surname():
    text = (
        "Ursula Quill ran the Vexbury bakery for forty years.\n\n"
        "Odeline Marr still sells it the flour, as her mother did.\n\n"
        "Their daughter, Brisa Quill-Vexbury, keeps it going with her friend Hamish Marr. "
        "\u201cI learnt on my own mum\u2019s ovens,\u201d she said. "
        "\u201cMum watched me burn my first batch, and then she said, \u2018Well, the birds will eat well.\u2019\u201d"
    )
    assert _speakers(text)["Well, the birds will eat well."] == "Ursula Quill"


def test_a_pronoun_run_together_with_its_verb_is_still_the_subject():
    text = (
        "Ursula Quill cleared out the office first, the day the yard became hers, her husband says.\n\n"
        "\u201cShe was in there for days,\u201d says Hamish Marr, who married her in 2009. \u201cI made the coffee "
        "and she\u2019d pass me a crate and say, \u2018Burn, keep, or frame.\u2019 Mostly it was frame.\u201d"
    )
    assert _speakers(text)["Burn, keep, or frame."] == "Ursula Quill"


def test_who_speaks_in_a_when_clause_is_not_whom_the_sentence_is_about():
    text = (
        "Hamish and Martin Quill were born minutes apart.\n\n"
        "\u201cI was first,\u201d Hamish said.\n\n"
        "\u201cOnly because I let him,\u201d Martin said.\n\n"
        "\u201cThe radio went first,\u201d Hamish said of the gale of 1978. \u201cMartin called every hour.\u201d\n\n"
        "Martin laughed when his brother told it again. \u201cI had nothing better to do,\u201d he said."
    )
    assert _speakers(text)["I had nothing better to do,"] == "Martin Quill"


def test_review_of_v339_to_v349_probes():
    # a second reader's probes of this session's rules, each once made wrong by a rule and now right
    aide = (
        "Quah Weiming, the trade minister, visited Vexwick on Monday. Quah aide Martin Brisley said the talks had gone "
        "well. Quah Weiming smiled. \u201cWe want fair terms,\u201d he said."
    )
    assert _speakers(aide)["We want fair terms,"] == "Quah Weiming"
    signed = "The complaint was lodged by a Hamish Otley, of Vexwick Road. \u201cIt is a disgrace,\u201d he wrote."
    assert _speakers(signed)["It is a disgrace,"] == "Hamish Otley"
    deacon = (
        "Deacon Quill, a 19-year-old linebacker from Vexwick, signed with the Otley Owls on Monday. "
        "\u201cIt is a dream come true,\u201d Quill said."
    )
    assert _speakers(deacon)["It is a dream come true,"] == "Deacon Quill"
    passive = "The plan has been challenged by the local MP, Hamish Otley. \u201cIt is madness,\u201d he said."
    assert _speakers(passive)["It is madness,"] == "Hamish Otley"
    fouled = (
        "Hamish Otley has coached the Vexwick under-12s since 2009.\n\n"
        "On Saturday the 11-year-old was fouled by Quessa Marr. \u201cIt was a clear penalty,\u201d he said."
    )
    assert _speakers(fouled)["It was a clear penalty,"] == "Hamish Otley"
    stall = (
        "Martin Otley, 34, the council leader, opened the fair on Saturday. Ursula Marr-Otley, 71, has run the cake "
        "stall for 40 years. \u201cDad always told me, \u2018Never sell it cheap,\u2019\u201d she said."
    )
    assert _speakers(stall)["Never sell it cheap,"] is None
    silent = (
        "Martin Quill stayed silent while Hamish Otley told reporters the firm would fight on. "
        "\u201cWe will not give up,\u201d he said."
    )
    assert _speakers(silent)["We will not give up,"] != "Martin Quill"


def test_a_name_in_s_before_an_everyday_word_is_a_place_of_business():
    text = (
        "The licensing board refused the late licence on Tuesday.\n\n"
        "On social media that evening, the Quill\u2019s Yard said: \u201cWe are sad, but we will try again.\u201d"
    )
    assert _speakers(text)["We are sad, but we will try again."] == "Quill\u2019s Yard"
    # a country's possessive before a person's full name is no business
    gold = "Vexland\u2019s Ursula Quill won the final. \u201cIt was hard,\u201d Quill said."
    assert _speakers(gold)["It was hard,"] == "Ursula Quill"


def test_a_spelled_age_opening_a_sentence_is_no_part_of_the_name():
    text = (
        "Seventy-one-year-old Oskeli Vexbury won her first title on Sunday. \u201cI have been runner-up since "
        "the eighties,\u201d she said."
    )
    assert _speakers(text)["I have been runner-up since the eighties,"] == "Oskeli Vexbury"
    lodge = (
        "A neighbour, speaking anonymously, says the queue \u201cblocked my drive\u201d.\n\n"
        "Sixteen-year-old Mackenna Quill, the first hire, works the till. \u201cThe town has never been so "
        "busy,\u201d she says."
    )
    assert _speakers(lodge)["The town has never been so busy,"] == "Mackenna Quill"


def test_a_speech_verb_in_its_bare_form_before_a_quote_is_its_subjects():
    text = (
        "Martin Quill, 61, died after a fall from a roof in March.\n\n"
        "A colleague, Hamish Otley, told the hearing he heard Mr Quill shout \u201cHeads down, lads!\u201d "
        "seconds before the fall."
    )
    assert _speakers(text)["Heads down, lads!"] == "Martin Quill"
    # (a noun is no verb: "a shout" has no subject before it)
    noun = "There was a shout: \u201cFire in the hall!\u201d Ursula Brisley said she ran."
    assert _speakers(noun).get("Fire in the hall!") != "There"


def test_a_role_in_capitals_before_its_holders_name_is_no_person():
    text = (
        "The Municipal Roads Director, Dr Martin Quill, who drove the whole route, called the repairs "
        "\u201clong overdue\u201d."
    )
    assert _speakers(text)["long overdue"] == "Martin Quill"
    assert "Municipal Roads Director" not in [e.name for e in _entities(text)]


def test_people_of_a_place_in_the_plural_are_not_a_body_named_after_it():
    text = (
        "Vexbury General Hospital opened its children's ward in 1950.\n\n"
        "The residents of Vexbury said the closure was \u201cthe last straw\u201d."
    )
    assert _speakers(text)["the last straw"] is None
    mayor = "The mayor of Vexbury, Martin Quill, said the closure was \u201cthe last straw\u201d."
    assert _speakers(mayor)["the last straw"] == "Martin Quill"
    # the people of a body named in full speak for it
    owners = "The owners of Quill Holdings said the sale was \u201clong overdue\u201d."
    assert _speakers(owners)["long overdue"] == "Quill Holdings"


def test_review_of_v351_to_v354_probes():
    # a second reader's probes of the rules after the first review, each once made wrong by a rule and now right
    mum = (
        "Hamish Otley died in March. Otley\u2019s Mum said: \u201cHe was a good boy.\u201d "
        "She added: \u201cWe miss him every day.\u201d"
    )
    assert _speakers(mum)["We miss him every day."] is not None
    punched = (
        "Detective Inspector Martin Quill is leading the inquiry.\n\n"
        "A nineteen-year-old punched by doorman Tarrin Otley is in hospital. "
        "\u201cThe victim is lucky to be alive,\u201d he said."
    )
    assert _speakers(punched)["The victim is lucky to be alive,"] == "Martin Quill"
    cry = "Ursula Quill answered Hamish\u2019s cry: \u201cI am coming, hold on!\u201d"
    assert _speakers(cry)["I am coming, hold on!"] == "Ursula Quill"
    paper = "The Morning Star, Brisley\u2019s oldest newspaper, said in an editorial: \u201cThe council has lost its way.\u201d"
    assert _speakers(paper)["The council has lost its way."] == "Morning Star"


def test_her_mother_after_the_mother_spoke_of_her_daughter_is_the_mother_again():
    text = (
        "The prize went to Ursula Brisley, 12, from Vexwick.\n\n"
        "Her mother, Marta Brisley, said Ursula had \u201ctrained every evening\u201d since spring.\n\n"
        "\u201cShe trained in the paddock every night with that calf,\u201d her mother said. \u201cRain or not.\u201d"
    )
    assert _speakers(text)["She trained in the paddock every night with that calf, Rain or not."] == "Marta Brisley"
    # two brothers are each other's brother: after one speaks, "his brother" is the other
    brothers = (
        "Martin Otley runs the yard with his younger brother, Hamish Otley.\n\n"
        "\u201cWe never argue about the boats,\u201d Hamish said.\n\n"
        "\u201cOnly about everything else,\u201d said his brother."
    )
    assert _speakers(brothers)["Only about everything else,"] == "Martin Otley"


def test_the_elder_brother_is_not_the_one_introduced_as_the_younger():
    text = (
        "Hamish Marr, 40, swam the width of the bay every morning in January.\n\n"
        "His younger brother, Martin Marr, 36, rowed beside him. \u201cI kept the flask warm,\u201d "
        "Martin Marr says.\n\n"
        "The appeal is \u201cwell past its target\u201d, the elder brother wrote online."
    )
    assert _speakers(text)["well past its target"] == "Hamish Marr"
    # the younger one, so called, is the one introduced so
    younger = text.replace("the elder brother wrote", "the younger brother wrote")
    assert _speakers(younger)["well past its target"] == "Martin Marr"


def test_a_name_after_he_said_is_whom_the_quote_is_about():
    text = (
        "Its owner, Roy Marr, told the Vexwick Post that the yard had \u201cpaid for its mistakes\u201d. "
        "He said his nephew, Hamish Otley, who ran the crane that day, had \u201cbarely eaten since\u201d."
    )
    assert _speakers(text)["barely eaten since"] == "Roy Marr"
    # the subject before the pronoun is still the one who speaks
    apprentice = (
        "Martin Quill taught her the trade. His apprentice, Ursula Brisley, came to him late, she says, "
        "\u201cwith nothing but a bad back and good hands\u201d."
    )
    assert _speakers(apprentice)["with nothing but a bad back and good hands"] == "Ursula Brisley"


def test_a_relative_named_by_the_given_name_alone_takes_the_familys_surname():
    text = (
        "Ursula Brisley, whose husband Martin has been ill since June, told us the lane had left them "
        "\u201cstranded\u201d.\n\n"
        "A farmer later took Mr Brisley out by tractor. \u201cI offered to swim for it,\u201d Mr Brisley said."
    )
    assert _speakers(text)["I offered to swim for it,"] == "Martin Brisley"
    son = (
        "Vexwick fishmonger Ursula Otley took over the stall in 1990. Her son, Hamish, came in at 16.\n\n"
        "\u201cShe taught me to fillet before I could drive,\u201d Hamish said."
    )
    assert _speakers(son)["She taught me to fillet before I could drive,"] == "Hamish Otley"
    # "the father", once the son is known: the family's one other man
    father = (
        "Martin Quarnby has cut hair on Mill Street for forty years; his son, Hamish, joined him in 2010.\n\n"
        "\u201cHe is faster than me now,\u201d the father said. \u201cBut not better.\u201d\n\n"
        "Hamish laughed at that."
    )
    assert _speakers(father)["He is faster than me now, But not better."] == "Martin Quarnby"
    # a title goes to one the article named in full before one whose surname it only implied
    title = (
        "Among those at the inquiry were Robin and Ursula Marr, whose son, Hamish, came early in March.\n\n"
        "\u201cNobody listened to us,\u201d Mr Marr said."
    )
    assert _speakers(title)["Nobody listened to us,"] == "Robin Marr"
    # a relative named once in passing is no rival for the she that follows
    passing = (
        "Dr Ursula Brisley samples the air on the Vexwick line each dawn. Her daughter, Marta, 19, is "
        "training as a vet.\n\n"
        "At six the first tram comes. She says only: \u201cThere. Another day begins.\u201d"
    )
    assert _speakers(passing)["There. Another day begins."] == "Ursula Brisley"


def test_a_title_and_surname_keep_meaning_whom_they_first_meant():
    text = (
        "Ursula Quarnby, 81, lost the brooch on the beach in 1979.\n\n"
        "Her great-niece, Marta Quarnby, 22, spotted the photograph online. "
        "\u201cI knew it at once,\u201d Mrs Quarnby told the Vexwick Echo.\n\n"
        "\u201cWe both cried,\u201d Marta Quarnby said of the day it came home.\n\n"
        "Mrs Quarnby added that it was a wedding gift. \u201cIt will not leave my coat again,\u201d she said."
    )
    speakers = _speakers(text)
    assert speakers["I knew it at once,"] == "Ursula Quarnby"
    assert speakers["It will not leave my coat again,"] == "Ursula Quarnby"
    # "the younger Mr Quill" says which of them each time
    pair = (
        "Martin Quill, 63, beat his son, Hamish Quill, 29, at the show. "
        "\u201cBeating my own son felt grand,\u201d Mr Quill said.\n\n"
        "\u201cI shall hear about it until Easter,\u201d the younger Mr Quill said."
    )
    assert _speakers(pair)["I shall hear about it until Easter,"] == "Hamish Quill"


def test_a_double_given_name_takes_the_sex_of_its_part_that_has_one():
    from reader.quotes.kinds import given_gender

    assert given_gender("lee-ann") == "f"  # "lee" gives no sex, "ann" does
    assert given_gender("jean-pierre") == "m"
    text = (
        "\u201cI scrubbed the walls every week,\u201d said Lee-Ann Brisley, 38.\n\n"
        "Her daughter, Ottilie Brisley, 15, said the flat \u201csmelled like a cave\u201d.\n\n"
        "Inspectors told Ms Brisley to open the windows. Ms Brisley called that advice "
        "\u201cuseless in January\u201d."
    )
    assert _speakers(text)["useless in January"] == "Lee-Ann Brisley"


def test_review_of_v358_to_v363_probes():
    # a second reader's probes of the rules on relatives who share a surname, each once made wrong by a rule
    text = "Osric Marr, 92, built the boat in 1958. His son, Martin Marr, 64, restored it last year with Martin's own son, Hamish Marr, 30.\n\n“It took every weekend for two years,” Martin said.\n\n“He would not let me touch the varnish,” his son said."
    assert _speakers(text)["He would not let me touch the varnish,"] == "Hamish Marr"
    text = "Ellen Quill, 88, taught her daughter, Ursula Quill, 60, to bake. Ursula now runs the bakery with her own daughter, Brisa Quill, 30.\n\n“Mum still checks my loaves,” Ursula said.\n\n“And she is always right,” her daughter said."
    assert _speakers(text)["And she is always right,"] == "Brisa Quill"
    text = "Hamish's father, Martin Otley, 58, ran the pub before him. Martin's father, Osric Otley, 84, ran it before that.\n\n“I pulled my first pint at nine,” Martin said.\n\n“I caught him,” his father said."
    assert _speakers(text)["I caught him,"] == "Osric Otley"
    text = "Martin Quarnby, 45, proposed at the summit of Ben Otley last week. His daughter, Brisa, 14, filmed it.\n\n“He was shaking,” Brisa said.\n\n“I was freezing,” her father said."
    assert _speakers(text)["He was shaking,"] == "Brisa Quarnby"
    assert _speakers(text)["I was freezing,"] == "Martin Quarnby"
    text = "Hamish Brisley, 22, drowned off Vexwick Point in July. His mother, Ursula, has campaigned for lifeguards ever since.\n\nUrsula said the council had ignored her letters. “I will not stop,” she said.\n\nA council spokesman, Osric Brisley, said lifeguards would be on duty from next year."
    assert _speakers(text)["I will not stop,"] == "Ursula Brisley"
    text = "Hamish Otley thanked the surgeon, Osric Marr, who operated for nine hours. His daughter, Ellen, 10, made the surgeon a card.\n\n“I drew him with a cape,” Ellen said."
    assert _speakers(text)["I drew him with a cape,"] == "Ellen Otley"
    text = "Ursula Quill and her sister Brisa Quill run rival cafes on the same street.\n\nMs Quill, the elder, opened first. “She copied my menu,” Ms Quill said.\n\nBrisa Quill laughed. “I improved it,” she said. Ms Quill, the younger, added: “Ask anyone.”"
    assert _speakers(text)["Ask anyone."] == "Brisa Quill"
    text = "The mayor, Jean-Marie Quarnby, opened the new bridge on Saturday.\n\nAmong the crowd was councillor Ursula Quarnby, his sister-in-law. “It took eleven years,” Mrs Quarnby said.\n\n“We got there,” Mr Quarnby said."
    assert _speakers(text)["It took eleven years,"] == "Ursula Quarnby"
    text = "Jean-Marie Brisley and his daughter Ottilie Brisley run the vineyard together.\n\n“My father planted every vine,” Ms Brisley said.\n\nBrisley said the frost had cost them half the crop. “It was the worst spring since 1991,” Brisley said."
    assert _speakers(text)["My father planted every vine,"] == "Ottilie Brisley"
    text = "Brisley first met Jean-Marie Osric at the regional fair.\n\n“He sold me a goat,” Brisley said.\n\nOsric remembers it differently. “She bought the goat,” he said."
    assert _speakers(text)["She bought the goat,"] == "Jean-Marie Osric"


def test_in_an_interview_with_no_sign_who_asks_the_one_the_piece_is_about_answers():
    text = (
        "For thirty years Martin Quarnby kept the lighthouse at Vexwick Head. Since it was automated Quarnby "
        "has taken up the fiddle.\n\n"
        "Ursula Brisley met Quarnby by the tower door on a grey morning. The interview has been edited for length.\n\n"
        "Q: \u2018Do you miss the lamp?\u2019\n\n"
        "A: \u2018Every night, at about nine. Then the fiddle comes out.\u2019"
    )
    speakers = _speakers(text)
    assert speakers["Every night, at about nine. Then the fiddle comes out."] == "Martin Quarnby"
    assert speakers["Do you miss the lamp?"] == "Ursula Brisley"


def test_dean_before_a_surname_is_a_given_name_unless_the_office_is_meant():
    text = (
        "\u201cThe waves were higher than the wheelhouse,\u201d said Dean Vexley-Marr, coxswain of the "
        "Quarnby lifeboat."
    )
    assert _speakers(text)["The waves were higher than the wheelhouse,"] == "Dean Vexley-Marr"
    office = (
        "The Very Rev Martin Quill is the Dean of Vexwick. \u201cThe roof will be mended by Easter,\u201d "
        "the Dean, Quill, told the chapter."
    )
    assert _speakers(office)["The roof will be mended by Easter,"] == "Martin Quill"


def test_a_long_body_name_ending_in_its_noun_is_a_body_though_a_given_name_opens_it():
    text = (
        "Hours earlier Ben Quarnby Fell Rescue Team went out to a walker stranded by the flood.\n\n"
        "In a post on Monday, the team wrote: \u201cOne walker safe and warm. Keep off the fells tonight.\u201d"
    )
    assert _speakers(text)["One walker safe and warm. Keep off the fells tonight."] == "Ben Quarnby Fell Rescue Team"
    # two words: a person whose surname is a body's noun
    person = "\u201cWe were lucky,\u201d said Martin Club, a shepherd."
    assert _speakers(person)["We were lucky,"] == "Martin Club"


def test_the_relative_named_after_a_possessive_reads_the_familys_statement():
    text = (
        "Martin Vexley, 52, died after the crane toppled in March.\n\n"
        "\u201cThis was an accident that should never have happened,\u201d the coroner, Ursula Brisley, said.\n\n"
        "Outside the court, Mr Vexley\u2019s daughter, Ottilie Vexley, 23, read a statement for the family.\n\n"
        "\u201cDad sang in the van every morning and never once in tune.\n\n"
        "\u201cThe house is too quiet without him.\u201d"
    )
    got = _speakers(text)[
        "Dad sang in the van every morning and never once in tune. The house is too quiet without him."
    ]
    assert got == "Ottilie Vexley"  # not her father, whose death it is about


def test_a_speech_verb_more_often_a_noun_is_a_verb_between_a_quote_and_its_subject():
    text = (
        "Ursula Quill runs the stables.\n\n"
        "Her husband, Martin Quill, built the barn. \u2018She is worse when she is bored,\u2019 he says.\n\n"
        "\u2018I can hear you,\u2019 she shouts from the yard."
    )
    assert _speakers(text)["I can hear you,"] == "Ursula Quill"
    split = "\u201cTwelve degrees!\u201d Martin Otley laughs. \u201cPositively balmy.\u201d"
    assert _speakers(split) == {"Twelve degrees! Positively balmy.": "Martin Otley"}
    # a reaction, not a verb of the quote: "laughs whenever he finds it"
    reaction = (
        "One card reads: \u201cBrisley. Wants red. Means blue.\u201d Martin Otley laughs whenever he finds that one. "
        "\u201cThat is the trade,\u201d he says."
    )
    assert "Brisley. Wants red. Means blue." in _speakers(reaction)


def test_according_to_figures_after_a_quote_opening_its_paragraph_is_the_publishers_or_nobodys():
    text = (
        "Harbourmaster Ursula Quill said the trawler would be towed in.\n\n"
        "\u201cShe is a sound boat,\u201d Quill said.\n\n"
        "\u201cCall-outs rose by a fifth in a year,\u201d according to figures released by the Vexwick Sea Rescue "
        "Agency in May.\n\n"
        "\u201cMost came from the north coast,\u201d according to the agency\u2019s own annual report."
    )
    speakers = _speakers(text)
    assert speakers["Call-outs rose by a fifth in a year,"] == "Vexwick Sea Rescue Agency"
    assert speakers["Most came from the north coast,"] != "Ursula Quill"
    # inside a sentence with its own speaker, the quote stays that speaker's
    minutes = "In May, Martin Otley told the board its plan was \u201csound\u201d, according to minutes of the meeting."
    assert _speakers(minutes)["sound"] == "Martin Otley"


def test_a_role_a_named_person_owns_speaks_not_its_owner():
    text = (
        "Ursula Quill denies selling unsafe cheese.\n\n"
        "Such cases are rare, according to Quill\u2019s barrister, who would not be identified until the appeal "
        "ended: \u201cCouncils hardly ever lose them.\u201d"
    )
    assert _speakers(text)["Councils hardly ever lose them."] is None
    # the article named the one who holds it: theirs
    named = (
        "Ursula Quill denies the charge. Her barrister, Martin Otley, lodged the appeal on Friday.\n\n"
        "Such cases are rare, according to Quill\u2019s barrister: \u201cCouncils hardly ever lose them.\u201d"
    )
    assert _speakers(named)["Councils hardly ever lose them."] == "Martin Otley"


def test_somebody_unnamed_who_calls_out_a_quote_is_nobody_named():
    text = (
        "Inspector Ursula Quill chaired the hearing.\n\n"
        "Halfway through, a woman by the door called out \u2018Walk it yourself one night!\u2019, to cheers, "
        "until the inspector asked for order."
    )
    assert _speakers(text)["Walk it yourself one night!"] is None


def test_review_of_v365_to_v371_probes():
    # a second reader's probes of the session's later rules, each once made wrong by a rule and now right
    text = "Martin Quarnby, the composer, died in 2019. Quarnby wrote eleven symphonies and Quarnby taught at Vexwick for forty years.\n\nOttilie Marr, who studied with Quarnby for a decade, met me at his old house. The conversation has been lightly condensed.\n\nQ: “What was he like as a teacher?”\n\nA: “Impatient, funny, and always right about the bass line.”"
    assert _speakers(text)["Impatient, funny, and always right about the bass line."] == "Ottilie Marr"
    assert _speakers(text)["What was he like as a teacher?"] is None
    text = "Each week Hamish Otley visits someone who keeps an old trade alive. Otley, who grew up above a forge, began the series in 2015.\n\nBrisa Vexwick met Otley at her kiln beside the old quarry. The conversation has been lightly condensed.\n\nQ: “How long does a firing take?”\n\nA: “Three days, if the weather behaves.”"
    assert _speakers(text)["Three days, if the weather behaves."] == "Brisa Vexwick"
    text = "Martin Quill is the Courier's chief interviewer. Quill has spoken to four prime ministers, and Quill's book on them is out next month.\n\nThis week Ottilie Vexwick, the new mayor, met Quill at the town hall. The conversation has been lightly condensed.\n\nQ: “What will you do first?”\n\nA: “Fix the roads. Everybody asks about the roads.”"
    assert _speakers(text)["Fix the roads. Everybody asks about the roads."] == "Ottilie Vexwick"
    text = "Martin Quill, dean of the Vexwick law school, defended the fees rise.\n\n“We cannot teach law on goodwill,” said Dean Quill."
    assert _speakers(text)["We cannot teach law on goodwill,"] == "Martin Quill"
    text = "The Very Rev Hamish Otley, Dean of Vexwick Cathedral, said the spire would be repaired.\n\n“It has stood for six hundred years,” Dean Otley said. “It will stand for six hundred more.”"
    assert _speakers(text)["It has stood for six hundred years, It will stand for six hundred more."] == "Hamish Otley"
    text = "Osric Brisley, the business school's dean, announced the merger.\n\n“This makes us the largest school in the north,” Dean Brisley said in a statement. “Students will see no change.”\n\nStaff were not consulted, according to the union."
    assert (
        _speakers(text)["This makes us the largest school in the north, Students will see no change."]
        == "Osric Brisley"
    )
    text = "Martin John Quarnby Nation, 52, the author of eleven thrillers, lives in Vexwick.\n\n“I write at night,” Nation said."
    assert _speakers(text)["I write at night,"] == "Martin John Quarnby Nation"
    text = "Ursula Brisley, 45, was cleared of all charges on Friday.\n\n“The jury has spoken,” the judge, Hamish Vexwick, said.\n\nOutside court, Ms Brisley’s solicitor, Martin Quill, read out a statement on her behalf.\n\n“I am relieved this nightmare is over.\n\n“My family never doubted me for a day.”"
    assert (
        _speakers(text)["I am relieved this nightmare is over. My family never doubted me for a day."]
        == "Ursula Brisley"
    )
    text = "Brisa Otley, 52, was jailed for six years for the fraud.\n\n“You betrayed people who trusted you,” the judge, Hamish Vexwick, said.\n\nOtley’s barrister, Martin Brisley, read out a note she had written in prison.\n\n“I regret every hour of it.\n\n“I stole from my own neighbours.”"
    assert _speakers(text)["I regret every hour of it. I stole from my own neighbours."] == "Brisa Otley"
    text = "Brisa Otley was 12 when her coach, Martin Quill, gave his verdict.\n\nQuill told her: “You will never swim for your country.” She laughs at that now. She has three Olympic medals."
    assert _speakers(text)["You will never swim for your country."] == "Martin Quill"
    text = "Ursula Quill's landlord, Hamish Brisley, wrote to her in May: “The rent will double from June.” She sighs at the thought of moving again."
    assert _speakers(text)["The rent will double from June."] == "Hamish Brisley"
    text = "Osric Quill, 44, denies driving without due care.\n\n“I never saw the cyclist,” according to court documents, Quill told the first constable there."
    assert _speakers(text)["I never saw the cyclist,"] == "Osric Quill"
    text = "Hamish Vexwick is a private man. He has never given an interview.\n\n“He hates fuss,” said Vexwick’s press secretary."
    assert _speakers(text)["He hates fuss,"] == "Hamish Vexwick"


def test_the_station_a_show_was_told_on_is_no_company_that_speaks():
    text = (
        "Quarnby Freight chief executive Ursula Quill told the Teatime phone-in on Radio Vexwick that the stoppage "
        "was \u201cregrettable\u201d.\n\n"
        "In a note to investors, the company said the stoppage could cost it \u201cabout \u00a34 million\u201d."
    )
    assert _speakers(text)["about \u00a34 million"] == "Quarnby Freight"


def test_a_relatives_word_set_before_a_name_tells_the_persons_sex():
    text = (
        "Ursula Marr has kept the allotment for forty years. Her granddaughter, Robin Marr-Quill, 19, digs beside "
        "her. Ursula's nephew, Sam Otley, brings the tea."
    )
    sexes = {e.name: e.gender for e in _entities(text)}
    assert sexes["Robin Marr-Quill"] == "f"
    assert sexes["Sam Otley"] == "m"


def test_review_of_v372_probes_the_one_asked_answers_in_the_next_sentence():
    # a reader's probes of v372 (now taken back): after a question put to someone, the next he or she is the one asked
    text = 'At the inquiry, Councillor Ursula Quill turned to the water board\'s engineer, Brisa Otley. "Who pays for the repairs?" Quill asked her.\n\nShe said the board would "find the money somewhere" and promised new pipes by spring.'
    assert _speakers(text)["find the money somewhere"] == "Brisa Otley"
    text = "On the doorstep, Hamish Quill asked his MP, Martin Brisley, about the bus cuts. “Who decided this?” he asked.\n\nHe said the county had “no choice” and the buses would return next year."
    assert _speakers(text)["no choice"] == "Martin Brisley"


def test_a_body_named_of_something_keeps_the_place_its_name_ends_with():
    text = (
        "The Guild of Master Thatchers of Vexland said on Monday that reed was short. \u201cWe have weeks, not "
        "months,\u201d the guild said."
    )
    assert _speakers(text)["We have weeks, not months,"] == "Guild of Master Thatchers of Vexland"
    # a firm named for its trade, then where it is: the firm
    firm = "Quorran Provisions of Wrenfold said it would \u201ckeep every shop open\u201d."
    assert _speakers(firm)["keep every shop open"] == "Quorran Provisions"


def test_a_district_that_provides_a_service_is_a_body():
    text = (
        "The Vexwick Fire District said the bonfire was within the rules. \u201cThey ring us before every firing,\u201d "
        "a district spokesman said."
    )
    assert _speakers(text)["They ring us before every firing,"] == "Vexwick Fire District"
    assert [e.kind for e in _entities("The Quarnby Water District said the pipes were sound.")] == ["org"]


def test_a_place_or_thing_the_article_makes_speak_by_its_noun_is_a_body():
    # "the festival said": the Vexwick Brass Festival is a body that speaks, not only an event or a place
    text = (
        "The Vexwick Brass Festival booked the Quarnby band for August.\n\n"
        "The festival, writing on its website, called the players \u201cthe best brass we have had in years\u201d."
    )
    assert _speakers(text)["the best brass we have had in years"] == "Vexwick Brass Festival"
    text = (
        "Flights at Brisley Airport were grounded for six hours. Otley Airways cancelled 40 of them.\n\n"
        "The airport said the fault lay with \u201can overnight software change\u201d. Refunds, the airline "
        "added, would be \u201cpaid within the week\u201d."
    )
    found = _speakers(text)
    assert found["an overnight software change"] == "Brisley Airport"
    assert found["paid within the week"] == "Otley Airways"  # an airport is no airline, nor "the company"
    # a person is never "the" their surname, and a noun for a person is a role: Ursula Potter stays a person
    people = "Ursula Potter runs the kiln. The potter said the glaze was \u201calmost right\u201d."
    assert [e.kind for e in _entities(people)] == ["person"]


def test_an_interview_whose_introduction_names_nobody_takes_its_people_from_the_paragraphs_above():
    # "We talked in her boathouse. The conversation has been edited": the byline asks, the one profiled answers
    text = (
        "Interview by Ursula Marr\n\n"
        "Hamish Quill drove the Vexwick ferry for thirty winters. Now he grows leeks.\n\n"
        "We talked in her boathouse. The conversation has been edited for length.\n\n"
        "Q: \u201cWhich crossing scared you most?\u201d\n\n"
        "A: \u201cThe January gale of 1987. We shipped water twice.\u201d\n\n"
        "Q: \u201cDo you miss the boat?\u201d\n\n"
        "A: \u201cOnly on foggy mornings. The leeks are quieter.\u201d"
    )
    found = _speakers(text)
    assert found["Which crossing scared you most?"] == "Ursula Marr"
    assert found["Do you miss the boat?"] == "Ursula Marr"
    assert found["The January gale of 1987. We shipped water twice."] == "Hamish Quill"
    assert found["Only on foggy mornings. The leeks are quieter."] == "Hamish Quill"


def test_a_body_noun_after_a_possessive_set_before_a_name_makes_it_a_body():
    # "The family's insurer, X Y Mutual,": the insurer is the body, as "The insurer, X," already was
    text = (
        "The Otley family's insurer, Vexwick Agrarian Mutual, paid for the barn roof. The company said it "
        "would not \u201cdiscuss a single claim\u201d."
    )
    assert _speakers(text)["discuss a single claim"] == "Vexwick Agrarian Mutual"
    kinds = {e.name: e.kind for e in _entities("Her son, Osric Quill, paid. The family's lawyer, Brisa Otley, paid.")}
    assert kinds == {"Osric Quill": "person", "Brisa Otley": "person"}  # a relative or a role: people


def test_the_one_a_who_clause_is_about_speaks_through_its_verbs():
    text = (
        "Osric Quill, a second-generation thatcher who describes the work as \u201cmostly waiting for rain to "
        "stop\u201d, still climbs the ladder.\n\n"
        "The club has younger members now, including Brisa Otley, 34, who moved here in May and calls the "
        "swims \u201cthe high point of my week\u201d.\n\n"
        "Her husband, Martin Marr, a dairy farmer who admits he \u201cnever learned to swim\u201d, holds the towels."
    )
    found = _speakers(text)
    assert found["mostly waiting for rain to stop"] == "Osric Quill"
    assert found["the high point of my week"] == "Brisa Otley"
    assert found["never learned to swim"] == "Martin Marr"
    # past the clause's comma, the participle is the sentence's subject's; a place before "who" is no one
    text = (
        "Ursula Vexwick thanked retired caretaker Hamish Brisley, who left in June, calling him \u201cthe "
        "calmest man in the building\u201d.\n\n"
        "Birdwatchers in Marta Quill, who are fond of describing the path as \u201ca tonic for the knees\u201d, send "
        "photographs."
    )
    found = _speakers(text)
    assert found["the calmest man in the building"] == "Ursula Vexwick"
    assert found["a tonic for the knees"] is None  # (a town named like a woman: where they are)


def test_a_body_named_as_a_noun_of_something_answers_to_that_noun():
    # "the museum said" after "the Vexwick Museum of Clocks": the noun before "of" is what the body is
    text = (
        "The Vexwick Museum of Clocks took the pocket watch on Monday.\n\n"
        "The museum said staff were \u201cdelighted to have the watch back\u201d."
    )
    assert _speakers(text)["delighted to have the watch back"] == "Vexwick Museum of Clocks"


def test_a_photo_posted_with_a_message_carries_the_words_of_whoever_posted_it():
    text = (
        "The Vexwick Museum of Clocks took the pocket watch on Monday.\n\n"
        "On Tuesday the museum posted a picture of the finder, Ottilie Marr, holding it, with the message: "
        "\u201cTick tock, welcome home.\u201d\n\n"
        "A photo of Ottilie posted on the Quarnby Rowing Club page with the caption \u201cOur star!\u201d was shared "
        "widely."
    )
    found = _speakers(text)
    assert found["Tick tock, welcome home."] == "Vexwick Museum of Clocks"
    assert found["Our star!"] is None  # (whom the photo shows is not who posted it)


def test_a_post_on_someones_account_is_the_account_holders():
    text = (
        "Dame Ursula Marr, the former leader, has backed nobody, though a message on her Instagram profile last "
        "week read: \u201cBe gentle with the volunteers.\u201d\n\n"
        "A post on the Quarnby Rowing Club\u2019s page on Saturday read: \u201cThe urn is on. Come and get warm.\u201d"
    )
    found = _speakers(text)
    assert found["Be gentle with the volunteers."] == "Dame Ursula Marr"
    assert found["The urn is on. Come and get warm."] == "Quarnby Rowing Club"


def _check_probe_table(probes: list) -> None:
    """A reviewer's table of (text, [(fragment, speaker or speakers)]): each quote's first speaker is one given."""
    for text, expected in probes:
        found = extract_quotes(text)
        for fragment, speaker in expected:
            got = [q.speaker for q in found if fragment in q.text]
            assert got and got[0] in (speaker if isinstance(speaker, list) else [speaker]), (text, fragment, got)


def _check_probe(probe: str, text: str, quote: str, speaker: str | None) -> None:
    """A reviewer's probe: the first quote holding ``quote`` has the speaker a careful reader gives (or none)."""
    found = [q.speaker for q in extract_quotes(text) if quote in q.text]
    assert found, probe
    assert found[0] == speaker, probe


#: A reader's probes of v380 to v383 (invented copy): each quote's speaker, or None, as a careful reader gives it.
_REVIEW_V380_V383 = [
    (
        "v380-01",
        "Ysolde Bell teaches piano in Vexwick. \u201cChildren learn faster than adults,\u201d she said.\n\nThe bell, cast in 1840, was described by the vicar as \u201cthe voice of the village\u201d.",
        "Children learn faster than adults",
        "Ysolde Bell",
    ),
    (
        "v380-02",
        "Ysolde Bell teaches piano in Vexwick. \u201cChildren learn faster than adults,\u201d she said.\n\nThe bell, cast in 1840, was described by the vicar as \u201cthe voice of the village\u201d.",
        "the voice of the village",
        None,
    ),
    (
        "v380-03",
        "Osric Marsh, 52, has farmed the levels all his life. \u201cThe water comes when it likes,\u201d he said.\n\nThe marsh was described by one visitor as \u201ca cathedral of reeds\u201d.",
        "a cathedral of reeds",
        None,
    ),
    (
        "v380-05",
        "Sorrel Porter has worked nights at Vexwick General for a decade. \u201cYou learn to sleep anywhere,\u201d she said.\n\nThe porter, who asked not to be named, said the corridor had been \u201cpitch dark for an hour\u201d.",
        "You learn to sleep anywhere",
        "Sorrel Porter",
    ),
    (
        "v380-06",
        "Quenby Hall has chaired the Brisley parish council since 2019. \u201cWe are a small village with big opinions,\u201d he said.\n\nThe hall was described in a survey as \u201cstructurally sound but cold\u201d.",
        "structurally sound but cold",
        None,
    ),
    (
        "v380-09",
        "Sorrel Field, 44, coaches the Brisley under-tens. \u201cWe train in the dark half the year,\u201d she said.\n\nThe field continues to flood every winter, and the club has asked for drains.",
        "We train in the dark half the year",
        "Sorrel Field",
    ),
    (
        "v380-10",
        "Osric Mill campaigns to save the old Quarnby weir. \u201cIt is part of who we are,\u201d he said.\n\nThe mill was criticised in a council report for its leaking roof.",
        "It is part of who we are",
        "Osric Mill",
    ),
    (
        "v380-11",
        "Quenby Bell, the ringing master, has led practice night since 1990. \u201cYou feel it in your chest,\u201d he said.\n\nThe bell indicates the hour with a single stroke.",
        "You feel it in your chest",
        "Quenby Bell",
    ),
    (
        "v380-12",
        "Linnet Green ran for the district council and lost by nine votes. \u201cI will be back,\u201d she said.\n\nThe green was hailed as the prettiest in the county.",
        "I will be back",
        "Linnet Green",
    ),
    (
        "v380-13",
        "Osric Stone, 61, has built dry-stone walls across the Vexwick fells. \u201cA wall should outlive you,\u201d he said.\n\nThe stone continues to be quarried at Otley, two miles away.",
        "A wall should outlive you",
        "Osric Stone",
    ),
    (
        "v380-14",
        "Ember Chapel, a Brisley churchwarden, organised the appeal. \u201cWe need a new boiler before winter,\u201d she said.\n\nThe chapel was described by a visiting bishop as \u201cthe coldest building in the diocese\u201d.",
        "the coldest building in the diocese",
        None,
    ),
    (
        "v380-15",
        "Walkers flock to Otley Marsh every autumn. The marsh was described by one birdwatcher as \u201ca cathedral of reeds and rain\u201d.",
        "a cathedral of reeds and rain",
        None,
    ),
    (
        "v380-18",
        "The Vexwick Brass Festival booked the Quarnby band. The festival said the players were \u201cthe best in years\u201d.",
        "the best in years",
        "Vexwick Brass Festival",
    ),
    (
        "v380-19",
        "Ursula Potter runs the kiln at Otley. The potter said the glaze was \u201calmost right, but not yet\u201d.",
        "almost right, but not yet",
        "Ursula Potter",
    ),
    (
        "v381-01",
        "By Ursula Marr\n\nHamish Quill drove the Vexwick ferry for thirty winters. Now he grows leeks.\n\nWe talked in his kitchen. The conversation has been edited for length.\n\nQ: \u201cWhich crossing scared you most?\u201d\n\nA: \u201cThe January gale of 1987. We shipped water twice.\u201d",
        "Which crossing scared you most?",
        "Ursula Marr",
    ),
    (
        "v381-02",
        "By Ursula Marr\n\nHamish Quill drove the Vexwick ferry for thirty winters. Now he grows leeks.\n\nWe talked in his kitchen. The conversation has been edited for length.\n\nQ: \u201cWhich crossing scared you most?\u201d\n\nA: \u201cThe January gale of 1987. We shipped water twice.\u201d",
        "The January gale of 1987",
        "Hamish Quill",
    ),
    (
        "v381-03",
        "Interview by Ursula Marr. Photographs by Osric Brisley.\n\nHamish Quill drove the Vexwick ferry for thirty winters. Now he grows leeks.\n\nWe talked in his kitchen. The conversation has been edited for length.\n\nQ: \u201cWhich crossing scared you most?\u201d\n\nA: \u201cThe January gale of 1987. We shipped water twice.\u201d",
        "The January gale of 1987",
        "Hamish Quill",
    ),
    (
        "v381-04",
        "Brisa Otley took over the Quarnby bakery from her father in 2010. Her sourdough now sells in three counties.\n\nHer chief rival, Osric Vexley, runs the bakery across the square. \u201cShe is very good,\u201d he admitted. \u201cAnnoyingly good.\u201d\n\nWe spoke to her before dawn on a Tuesday. The interview has been edited for clarity.\n\nQ: \u201cWhen do you start?\u201d\n\nA: \u201cThree o'clock. Every day, even Christmas.\u201d",
        "When do you start?",
        None,
    ),
    (
        "v381-05",
        "Brisa Otley took over the Quarnby bakery from her father in 2010. Her sourdough now sells in three counties.\n\nHer chief rival, Osric Vexley, runs the bakery across the square. \u201cShe is very good,\u201d he admitted. \u201cAnnoyingly good.\u201d\n\nWe spoke to her before dawn on a Tuesday. The interview has been edited for clarity.\n\nQ: \u201cWhen do you start?\u201d\n\nA: \u201cThree o'clock. Every day, even Christmas.\u201d",
        "Three o'clock",
        "Brisa Otley",
    ),
    (
        "v381-06",
        "Photographs by Osric Brisley\n\nOttilie Marr, 81, has swum in the Vexwick lido every morning since 1962.\n\nWe met at the poolside caf\u00e9. The conversation has been lightly edited.\n\n\u201cDo you ever miss a day?\u201d\n\n\u201cOnly when the water freezes. Twice, I think.\u201d",
        "Only when the water freezes",
        "Ottilie Marr",
    ),
    (
        "v381-07",
        "By Ursula Marr\n\nOttilie Brisley and Hamish Quill met at a Quarnby dance in 1958 and have been married for 64 years.\n\nWe talked in their front room. The conversation has been edited for length.\n\nQ: \u201cWhat is the secret?\u201d\n\nA: \u201cSeparate televisions.\u201d",
        "Separate televisions",
        None,
    ),
    (
        "v381-08",
        "By Ursula Marr, Arts Correspondent\n\nThe novelist Hamish Quill has written 30 books without ever owning a computer.\n\nWe met at his cottage. The conversation has been edited for length.\n\nQ: \u201cWhy the typewriter?\u201d\n\nA: \u201cIt never crashes.\u201d",
        "It never crashes",
        "Hamish Quill",
    ),
    (
        "v381-09",
        "A nurse at Vexwick General agreed to talk on condition that she was not named. Her ward manager, Osric Quill, declined to comment.\n\nWe spoke by phone after a night shift. The conversation has been edited for length.\n\nQ: \u201cHow many patients do you have?\u201d\n\nA: \u201cEleven, some nights fourteen.\u201d",
        "Eleven, some nights fourteen",
        None,
    ),
    (
        "v381-10",
        "The Quarnby parish council voted on Tuesday to close the public toilets. Councillor Hamish Quill said the decision was \u201cregrettable but unavoidable\u201d.\n\nOne resident, who asked not to be named, has led the campaign against it. We met her outside the toilets. The interview has been edited for length.\n\nQ: \u201cWhy does this matter?\u201d\n\nA: \u201cBecause we are old and the bus takes an hour.\u201d",
        "Because we are old",
        None,
    ),
    (
        "v381-11",
        "Hamish Quill's cellar has flooded four times since January. He blames a burst main that Vexwick Water says it has fixed.\n\nHis neighbour, Brisa Otley, has given up storing anything below stairs. \u201cWhat is the point?\u201d she said.\n\nA spokeswoman for Vexwick Water answered our questions by email. Her answers have been edited for length.\n\nQ: \u201cWhy does the main keep bursting?\u201d\n\nA: \u201cThe pipe is Victorian and we are replacing it street by street.\u201d",
        "Why does the main keep bursting?",
        None,
    ),
    (
        "v381-12",
        "Hamish Quill's cellar has flooded four times since January. He blames a burst main that Vexwick Water says it has fixed.\n\nHis neighbour, Brisa Otley, has given up storing anything below stairs. \u201cWhat is the point?\u201d she said.\n\nA spokeswoman for Vexwick Water answered our questions by email. Her answers have been edited for length.\n\nQ: \u201cWhy does the main keep bursting?\u201d\n\nA: \u201cThe pipe is Victorian and we are replacing it street by street.\u201d",
        "The pipe is Victorian",
        None,
    ),
    (
        "v381-13",
        "The new market hall opened in Vexwick on Saturday. Its manager, Hamish Quill, said footfall had doubled in the first week.\n\nStallholders were less sure. Some said rents were too high.\n\nWe asked shoppers what they thought. Their answers have been edited for length.\n\n\u201cIt is cheaper than the supermarket, and the fish is better.\u201d\n\n\u201cToo crowded for me. I will come back in January.\u201d",
        "It is cheaper than the supermarket",
        None,
    ),
    (
        "v381-14",
        "Twenty years after Osric Vexley died on the north face, his climbing partner has finally written about that day.\n\nOttilie Marr, now 68, runs a guest house in Quarnby and no longer climbs.\n\nWe talked in her garden. The interview has been edited for length and clarity.\n\nQ: \u201cWhy write it now?\u201d\n\nA: \u201cBecause I am the last one who remembers it properly.\u201d",
        "Because I am the last one",
        "Ottilie Marr",
    ),
    (
        "v381-15",
        "Ysolde Quill teaches at Otley Primary. Her head teacher, Hamish Brisley, nominated her for the award.\n\nThe judges praised her \u201cpatience and mischief in equal measure\u201d.\n\nWe met after school. The conversation has been condensed.\n\nQ: \u201cHow did it feel to win?\u201d\n\nA: \u201cEmbarrassing. The children made a banner.\u201d",
        "How did it feel to win?",
        None,
    ),
    (
        "v381-16",
        "Ysolde Quill teaches at Otley Primary. Her head teacher, Hamish Brisley, nominated her for the award.\n\nThe judges praised her \u201cpatience and mischief in equal measure\u201d.\n\nWe met after school. The conversation has been condensed.\n\nQ: \u201cHow did it feel to win?\u201d\n\nA: \u201cEmbarrassing. The children made a banner.\u201d",
        "Embarrassing. The children made a banner.",
        "Ysolde Quill",
    ),
    (
        "v381-17",
        "Interview by Ursula Marr\n\nHamish Quill has run the Vexwick chip shop since 1979. He has fried, by his own estimate, four million portions.\n\nWe talked between the lunch and tea rushes. The conversation has been edited for length.\n\nQ: \u201cHas the recipe changed?\u201d\n\nA: \u201cNot once. My father would haunt me.\u201d",
        "Has the recipe changed?",
        "Ursula Marr",
    ),
    (
        "v381-18",
        "Interview by Ursula Marr\n\nHamish Quill has run the Vexwick chip shop since 1979. He has fried, by his own estimate, four million portions.\n\nWe talked between the lunch and tea rushes. The conversation has been edited for length.\n\nQ: \u201cHas the recipe changed?\u201d\n\nA: \u201cNot once. My father would haunt me.\u201d",
        "Not once. My father would haunt me.",
        "Hamish Quill",
    ),
    (
        "v381-19",
        "The inquest into the death of Osric Brisley ended on Friday. The coroner, Ursula Vexwick, recorded a verdict of misadventure.\n\nHis sister spoke to us for the first time. The interview has been edited for length.\n\nQ: \u201cWhat do you want people to know about him?\u201d\n\nA: \u201cThat he was funny. Everyone forgets that.\u201d",
        "That he was funny",
        None,
    ),
    (
        "v381-20",
        "Interview by Ursula Marr\n\nBrisa Otley's late husband, Hamish Otley, built the Vexwick lifeboat station in 1971. She has raised money for it ever since.\n\nWe met at the station. The conversation has been edited for length.\n\nQ: \u201cWhat would he make of it now?\u201d\n\nA: \u201cHe would say the paint is wrong.\u201d",
        "He would say the paint is wrong",
        "Brisa Otley",
    ),
    (
        "v382-01",
        "Her publisher, Osric Quill, has stood by the book. \u201cIt is the best thing she has written,\u201d he said.",
        "It is the best thing she has written",
        "Osric Quill",
    ),
    (
        "v382-02",
        "The violin's maker, Ysolde Brisley, works alone in a shed in Otley. \u201cEach one takes a winter,\u201d she said.",
        "Each one takes a winter",
        "Ysolde Brisley",
    ),
    (
        "v382-03",
        "The bakery's supplier, Linnet Marr, farms 200 acres near Quarnby. \u201cThe wheat was late this year,\u201d she said.",
        "The wheat was late this year",
        "Linnet Marr",
    ),
    (
        "v382-04",
        "Their lender, Osric Vexley, is a retired teacher. \u201cI lent it as a friend,\u201d he said.",
        "I lent it as a friend",
        "Osric Vexley",
    ),
    (
        "v382-05",
        "The orchard's operator, Linnet Brisley, took over in 2019. \u201cThe frost took half the blossom,\u201d she said.",
        "The frost took half the blossom",
        "Linnet Brisley",
    ),
    (
        "v382-06",
        "The crane's operator, Osric Otley, had worked the site for a month. He told the inquest he had \u201cno warning at all\u201d.",
        "no warning at all",
        "Osric Otley",
    ),
    (
        "v382-07",
        "Her publisher, Osric Quill, runs a two-person press in Vexwick. The company, a spokesman said, was \u201cdelighted\u201d by the prize.",
        "delighted",
        None,
    ),
    (
        "v382-08",
        "The family's supplier, Osric Quill, delivers coal by hand. \u201cI have done it since I was 14,\u201d Quill said. His firm said demand had \u201cnever been higher\u201d.",
        "never been higher",
        None,
    ),
    (
        "v382-09",
        "His supplier, Osric Brisley, keeps 400 hens on a hill farm. \u201cThey lay better when it rains,\u201d he said.",
        "They lay better when it rains",
        "Osric Brisley",
    ),
    (
        "v382-10",
        "Their provider, Ysolde Marr, has minded children in Otley for 25 years. \u201cMud never hurt anyone,\u201d she said.",
        "Mud never hurt anyone",
        "Ysolde Marr",
    ),
    (
        "v382-11",
        "The chair's maker, Linnet Quill, learned the trade from her grandfather. \u201cAsh bends if you ask it nicely,\u201d she said.",
        "Ash bends if you ask it nicely",
        "Linnet Quill",
    ),
    (
        "v382-12",
        "The boat's operator, Sorrel Vexley, has taken tourists to the seal colony since 2008. \u201cThe seals know the engine,\u201d she said.",
        "The seals know the engine",
        "Sorrel Vexley",
    ),
    (
        "v382-13",
        "The family's lender, Ysolde Otley, an old school friend, agreed to wait. \u201cMoney comes back, friends don't,\u201d she said.",
        "Money comes back",
        "Ysolde Otley",
    ),
    (
        "v382-14",
        "Her publisher, Ursula Quill, has stood by the book. \u201cIt is the best thing she has written,\u201d she said.",
        "It is the best thing she has written",
        "Ursula Quill",
    ),
    (
        "v382-15",
        "The shop's supplier, Hamish Brisley, keeps 400 hens on a hill farm. \u201cThey lay better when it rains,\u201d he said.",
        "They lay better when it rains",
        "Hamish Brisley",
    ),
    (
        "v382-16",
        "The couple's insurer, Vexwick Mutual, refused the claim. The company said the damage was \u201cnot storm-related\u201d.",
        "not storm-related",
        "Vexwick Mutual",
    ),
    (
        "v382-17",
        "In the club's youngest team, Ottilie Brisley, 8, scored twice. \u201cI just kick it hard,\u201d she said.",
        "I just kick it hard",
        "Ottilie Brisley",
    ),
    (
        "v382-18",
        "The restaurant's supplier, Osric Marr, a third-generation fisherman, landed the catch at dawn. \u201cThe crab is sweet this week,\u201d Marr said. The business, he added, was \u201changing on\u201d.",
        "hanging on",
        "Osric Marr",
    ),
    (
        "v383-01",
        "Ursula Marr, the mother of a boy who says the school bus is \u201calways late\u201d, has written to the council.",
        "always late",
        None,
    ),
    (
        "v383-02",
        "Ursula Marr, the widow of a fisherman who always said the sea \u201cgives nothing back, not even the boats\u201d, opened the exhibition.",
        "gives nothing back",
        None,
    ),
    (
        "v383-03",
        "Osric Quill, a client of a solicitor who told him the claim was \u201ca waste of everyone's money\u201d, went ahead anyway.",
        "a waste of everyone's money",
        None,
    ),
    (
        "v383-04",
        "Brisa Otley, the coach of a striker who told reporters he was \u201cfinished with football for good\u201d, declined to comment.",
        "finished with football for good",
        None,
    ),
    (
        "v383-05",
        "Osric Quill, the landlord of a tenant who complained the flat was \u201cdamp from floor to ceiling\u201d, has been fined.",
        "damp from floor to ceiling",
        None,
    ),
    (
        "v383-06",
        "Hamish Quill, the lawyer for a farmer who insists the fence was \u201calways on his side of the ditch\u201d, will appeal.",
        "always on his side of the ditch",
        None,
    ),
    (
        "v383-07",
        "Ysolde Marr, the daughter of a miner who described the pit as \u201ca hole that ate men\u201d, has written a memoir.",
        "a hole that ate men",
        None,
    ),
    (
        "v383-08",
        "Hamish Quill, the father of two girls who say the lane is \u201ca racetrack with hedges, frankly\u201d, wants speed bumps.",
        "a racetrack with hedges",
        None,
    ),
    (
        "v383-09",
        "Ottilie Brisley, 29, a physiotherapist who treated the injured players and says the pitch is \u201ca danger to everyone\u201d, wants it dug up.",
        "a danger to everyone",
        "Ottilie Brisley",
    ),
    (
        "v383-10",
        "Ursula Marr, a nurse who cared for Hamish Quill and who said he was \u201cthe bravest patient on the ward\u201d, spoke at the funeral.",
        "the bravest patient on the ward",
        "Ursula Marr",
    ),
    (
        "v383-11",
        "Hamish Quill, a referee who admits he has \u201cnever once been thanked by a manager\u201d, retires this season.",
        "never once been thanked by a manager",
        "Hamish Quill",
    ),
    (
        "v383-12",
        "Ottilie Quill, 41, an accountant who quit to make cheese and calls the decision \u201cthe best mistake I ever made\u201d, sells at the Vexwick market.",
        "the best mistake I ever made",
        "Ottilie Quill",
    ),
    (
        "v383-13",
        "The court heard from Hamish Quill, a security guard who told the jury he saw \u201ctwo men in dark coats, running\u201d.",
        "two men in dark coats",
        "Hamish Quill",
    ),
    (
        "v383-14",
        "The prize was presented by Ottilie Brisley, a former winner who admitted she had been \u201cterrified the whole time\u201d.",
        "terrified the whole time",
        "Ottilie Brisley",
    ),
    (
        "v383-20",
        "Brisa Otley, who moved to Quarnby when her husband called the city \u201cno place to raise children\u201d, now runs the post office.",
        "no place to raise children",
        None,
    ),
    (
        "v383-21",
        "Dozens turned out for Brisa Otley, who the organisers said had been \u201cthe heart of this festival for thirty years\u201d.",
        "the heart of this festival",
        None,
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V380_V383, ids=[p[0] for p in _REVIEW_V380_V383]
)
def test_review_of_v380_to_v383_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


#: A second reader's probes of v384 to v386 (invented copy), as a careful reader gives them.
_REVIEW_V384_V386 = [
    (
        "384m-01",
        "The Vexwick Museum of Clocks bought the pocket watch at auction on Monday. The museum said it was \u201cthrilled to bring it home\u201d.",
        "thrilled to bring it home",
        "Vexwick Museum of Clocks",
    ),
    (
        "384m-02",
        "Members of the Vexwick Order of Foresters have met in the hut on Mill Lane since 1921. In March the council served an enforcement order on the hut. The order says the building must be \u201cremoved in its entirety\u201d by June.",
        "removed in its entirety",
        None,
    ),
    (
        "384m-07",
        "The Quarnby College of Art has lent two paintings to Otley Gallery. The college said the loan was \u201ca chance for our students to be seen\u201d.",
        "a chance for our students",
        "Quarnby College of Art",
    ),
    (
        "384p-03",
        "Hamish Quill presented the late show on Radio Quarnby for 31 years. He signed off every night with the words \u201cMind how you go\u201d, and did so again on Friday.",
        "Mind how you go",
        "Hamish Quill",
    ),
    (
        "384p-05",
        "The Vexwick Rowing Club won the Quarnby regatta on Saturday. The club posted a photo taken by Osric Quill, a member, with the caption: \u201cDawn on the Quarnby reach, and the cup is ours.\u201d",
        "Dawn on the Quarnby reach",
        "Vexwick Rowing Club",
    ),
    (
        "384p-06",
        "Hamish Quill posted a video of his daughter, Brisa, scoring the winner with the caption: \u201cThat's my girl.\u201d",
        "That's my girl",
        "Hamish Quill",
    ),
    (
        "384p-07",
        "Flowers were left outside Brisa Otley's shop on Tuesday night with the note: \u201cSorry for everything.\u201d",
        "Sorry for everything",
        None,
    ),
    (
        "384p-08",
        "Ottilie Marr retired on Friday after 40 years at Quarnby library. She received a bouquet from her staff with the message: \u201cBest boss in Quarnby.\u201d",
        "Best boss in Quarnby",
        None,
    ),
    (
        "384p-09",
        "Ottilie Marr sent her neighbour, Hamish Quill, a lemon cake with the message: \u201cSorry about the hedge.\u201d",
        "Sorry about the hedge",
        "Ottilie Marr",
    ),
    (
        "384p-10",
        "Osric Quill wore a T-shirt printed with the words \u201cSave Otley Lido\u201d to the council meeting.",
        "Save Otley Lido",
        None,
    ),
    (
        "384p-14",
        "The Vexwick Courier published a photo of Osric Quill asleep on the bench with the caption: \u201cNap time for the skipper.\u201d",
        "Nap time for the skipper",
        "Vexwick Courier",
    ),
    (
        "384p-15",
        "Brisa Otley finished the Quarnby marathon in under four hours. A photo of Brisa Otley posted on her own Instagram page with the caption \u201cMade it, just!\u201d has been liked 3,000 times.",
        "Made it, just",
        "Brisa Otley",
    ),
    (
        "384m-08",
        "The Quarnby Museum has lent its oldest clock to the Vexwick Museum of Clocks for the summer. Brisa Otley, who runs the Quarnby Museum, said it was \u201ca fair swap\u201d.",
        "a fair swap",
        "Brisa Otley",
    ),
    (
        "385-01",
        "Tributes have been paid to Osric Quill, 19, who died in a crash near Otley on Saturday. A post on his Facebook page by a friend read: \u201cGone far too soon, mate.\u201d",
        "Gone far too soon",
        None,
    ),
    (
        "385-02",
        "Ottilie Marr died last month, aged 92. A message on her memorial page, set up by her family, read: \u201cShe loved the sea and it loved her back.\u201d",
        "She loved the sea",
        None,
    ),
    (
        "385-05",
        "Ottilie Marr's Instagram account has been flooded with support since the swim. Messages on her account read: \u201cYou legend, Ottilie.\u201d",
        "You legend",
        None,
    ),
    (
        "385-06",
        "Hamish Quill died in 2019. His family set up a fund in his name to buy defibrillators. A post on the Hamish Quill Memorial Fund's website read: \u201cTwelve machines and counting.\u201d",
        "Twelve machines",
        "Hamish Quill Memorial Fund",
    ),
    (
        "385-07",
        "A statement on the Vexwick Rowing Club's website read: \u201cThe boathouse is closed until further notice.\u201d",
        "The boathouse is closed",
        "Vexwick Rowing Club",
    ),
    (
        "385-08",
        "Osric Quill's friends have filled his page with tributes. A post on his profile from his coach, Brisa Otley, read: \u201cThe hardest worker I ever had.\u201d",
        "The hardest worker",
        "Brisa Otley",
    ),
    (
        "385-09",
        "An update on Brisa Otley's fundraising page, written by her partner, read: \u201cThe first round of treatment starts on Monday.\u201d",
        "The first round of treatment",
        None,
    ),
    (
        "385-10",
        "Ursula Brisley has not spoken publicly since the verdict. A statement on her Instagram account, issued by her agent, Osric Vexley, read: \u201cUrsula asks for privacy.\u201d",
        "Ursula asks for privacy",
        "Osric Vexley",
    ),
    (
        "385-11",
        "Hamish Quill said his daughter had been targeted online. A message on her Instagram profile, sent by an anonymous account, read: \u201cNobody wants you here.\u201d",
        "Nobody wants you here",
        None,
    ),
    (
        "385-12",
        "The singer Ottilie Marr won the Quarnby prize on Friday. A post on the Ottilie Marr Fan Club's page read: \u201cShe's done it!\u201d",
        "She's done it",
        "Ottilie Marr Fan Club",
    ),
    (
        "385-13",
        "Dame Ursula Marr has not commented on the row, though a message on her Instagram profile last week read: \u201cBe kind to the volunteers.\u201d",
        "Be kind to the volunteers",
        "Dame Ursula Marr",
    ),
    (
        "385-15",
        "Ottilie Marr reported the abuse to police on Monday. A post on her Instagram account from a stranger read: \u201cWatch your back.\u201d",
        "Watch your back",
        None,
    ),
    (
        "386a-01",
        "The Vexwick Brass Festival opened on Friday. More than 40 bands are taking part in the Vexwick Brass Festival this year. The festival said ticket sales were \u201cthe best in a decade\u201d.",
        "the best in a decade",
        "Vexwick Brass Festival",
    ),
    (
        "386a-02",
        "Quarnby Playhouse has cancelled its Christmas pantomime. The playhouse said the decision was \u201cheartbreaking but unavoidable\u201d.",
        "heartbreaking",
        "Quarnby Playhouse",
    ),
    (
        "386a-03",
        "Vexwick Pantry feeds 200 families a week from a church hall. The pantry said demand was \u201cfrightening\u201d this winter.",
        "frightening",
        "Vexwick Pantry",
    ),
    (
        "386a-05",
        "The Otley Brass Festival has lost its main sponsor. The festival insisted the event was \u201cgoing ahead, whatever it takes\u201d.",
        "going ahead",
        "Otley Brass Festival",
    ),
    (
        "386a-06",
        "The Otley Brass Festival has lost its main sponsor. The festival has since said the event is \u201csafe for this year\u201d.",
        "safe for this year",
        "Otley Brass Festival",
    ),
    (
        "386b-01",
        "Ottilie Marr, 81, has swum in the Vexwick lido every morning since 1962.\n\nWe talked by phone from her home in Otley, where she lives with her husband. The conversation has been edited for length.\n\nQ: \u201cDo you ever miss a day?\u201d\n\nA: \u201cOnly when the water freezes. Twice, I think.\u201d",
        "Only when the water freezes",
        "Ottilie Marr",
    ),
    (
        "386b-02",
        "Hamish Quill has farmed sheep on the fell above Quarnby for forty years.\n\nWe met at the farm, where he has been the shepherd since he was 16. The conversation has been condensed.\n\nQ: \u201cHas the job changed?\u201d\n\nA: \u201cThe quad bike. That is all.\u201d",
        "The quad bike",
        "Hamish Quill",
    ),
    (
        "386b-03",
        "Brisa Otley has run the Quarnby caf\u00e9 for thirty years. One regular, who asked not to be named, called her \u201cthe kindest woman on the coast\u201d.\n\nWe met in her kitchen before opening. The conversation has been edited for length.\n\nQ: \u201cWhat is the secret?\u201d\n\nA: \u201cButter. More than you think.\u201d",
        "Butter. More than you think.",
        "Brisa Otley",
    ),
    (
        "386b-04",
        "By the age of 20, Ottilie Marr had swum the Quarnby channel twice. Now 81, she still swims every morning.\n\nWe met at the lido. The conversation has been edited for length.\n\nQ: \u201cIs the water cold?\u201d\n\nA: \u201cAlways. That is the point.\u201d",
        "Always. That is the point.",
        "Ottilie Marr",
    ),
    (
        "386b-05",
        "By the age of 20, Ottilie Marr had swum the Quarnby channel twice. Now 81, she still swims every morning.\n\nWe met at the lido. The conversation has been edited for length.\n\nQ: \u201cIs the water cold?\u201d\n\nA: \u201cAlways. That is the point.\u201d",
        "Is the water cold?",
        None,
    ),
    (
        "386b-06",
        "By Hamish Quill's own count, he has fried four million portions at the Vexwick chip shop since 1979.\n\nWe talked between the lunch and tea rushes. The conversation has been edited for length.\n\nQ: \u201cHas the recipe changed?\u201d\n\nA: \u201cNot once. My father would haunt me.\u201d",
        "Not once.",
        "Hamish Quill",
    ),
    (
        "386b-07",
        "Ottilie Marr, 81, has swum in the Vexwick lido since 1962. Last winter her grandson, Osric Quill, asked her to stop. She refused.\n\nWe met at the poolside caf\u00e9. The conversation has been lightly edited.\n\nQ: \u201cWhy not stop?\u201d\n\nA: \u201cBecause the cold keeps me young.\u201d",
        "Why not stop?",
        None,
    ),
    (
        "386b-08",
        "Ottilie Marr, 81, has swum in the Vexwick lido since 1962. Last winter her grandson, Osric Quill, asked her to stop. She refused.\n\nWe met at the poolside caf\u00e9. The conversation has been lightly edited.\n\nQ: \u201cWhy not stop?\u201d\n\nA: \u201cBecause the cold keeps me young.\u201d",
        "Because the cold keeps me young",
        "Ottilie Marr",
    ),
    (
        "386b-09",
        "Hamish Quill has repaired clocks in Otley since 1971.\n\nWe talked in the workshop he shares with his son. The interview has been edited for length.\n\nQ: \u201cWhich clock beat you?\u201d\n\nA: \u201cA French carriage clock. It still haunts me.\u201d",
        "A French carriage clock",
        "Hamish Quill",
    ),
    (
        "386b-10",
        "Brisa Otley has coached the Quarnby juniors since 1990.\n\nWe met at the boathouse before their Saturday session. The conversation has been edited for length.\n\nQ: \u201cHow cold is it?\u201d\n\nA: \u201cCold enough to make you row faster.\u201d",
        "Cold enough",
        "Brisa Otley",
    ),
    (
        "386a-07",
        "Brisley Playhouse has cancelled its Christmas pantomime after the roof failed. The playhouse announced that refunds would be \u201cmade in full by Friday\u201d.",
        "made in full by Friday",
        "Brisley Playhouse",
    ),
    (
        "386d-01",
        "Brisa Otley, a mother of three who says the school bus is \u201calways late\u201d, has written to the council.",
        "always late",
        "Brisa Otley",
    ),
    (
        "386d-02",
        "Hamish Quill, a father of two who calls the lane \u201ca racetrack with hedges\u201d, wants speed bumps.",
        "a racetrack with hedges",
        "Hamish Quill",
    ),
    (
        "386d-04",
        "Ursula Brisley, a grandmother of five who swims daily and says the sea is \u201cbetter than any pill\u201d, leads the Quarnby dippers.",
        "better than any pill",
        "Ursula Brisley",
    ),
    (
        "386d-05",
        "Ottilie Marr, the head of science who calls the new laboratory \u201can absolute palace\u201d, cut the ribbon.",
        "an absolute palace",
        "Ottilie Marr",
    ),
    (
        "386d-06",
        "Hamish Otley, a veteran of the pits who says the village \u201cnever got over it\u201d, unveiled the memorial.",
        "never got over it",
        "Hamish Otley",
    ),
    (
        "386d-07",
        "Brisa Quill, the daughter of a farmer who calls the new pylons \u201csteel scarecrows\u201d, has objected too.",
        "steel scarecrows",
        None,
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V384_V386, ids=[p[0] for p in _REVIEW_V384_V386]
)
def test_review_of_v384_to_v386_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


def test_a_verb_and_its_object_after_a_names_comma_are_no_role_of_the_name():
    # "The chairman, X, questioned the jockey for an hour": X questioned the jockey, X is no jockey
    text = (
        "Champion jockey Hamish Quill told a stewards' hearing that his horse had gone lame on the final bend.\n\n"
        "The chairman, Osric Vexley, questioned the jockey for an hour.\n\n"
        "\u201cNever, sir. That is why I eased her,\u201d the jockey replied."
    )
    assert _speakers(text)["Never, sir. That is why I eased her,"] == "Hamish Quill"
    # a description set off by commas still gives its role
    text = "Osric Vexley, the club's chairman, opened the meeting.\n\n\u201cWe will build,\u201d the chairman said."
    assert _speakers(text)["We will build,"] == "Osric Vexley"


def test_a_title_the_lexicon_lacks_and_codes_with_digits_are_nobodys_names():
    text = (
        "\u201cWill the road reopen by June?\u201d asked Ald. Brisa Quillmore.\n\n"
        "\u201cIt was a fair result,\u201d said Tom. Brisa Quillmore agreed.\n\n"
        "The Vexwick Rowing Union is K20 million in debt. Its accounts warned of \u201ca serious shortfall\u201d."
    )
    found = _speakers(text)
    assert found["Will the road reopen by June?"] == "Brisa Quillmore"  # not "Ald"
    assert found["It was a fair result,"] == "Tom"  # a given name ending a sentence is no title
    assert found["a serious shortfall"] != "K20"  # an amount, no body that speaks


#: A third reader's probes of v388 and v389 (invented copy), as a careful reader gives them.
_REVIEW_V388_V389 = [
    (
        "A01",
        "Tamsin Orrick, a director of the firm, met the strikers with Halvard Penge, a shop steward.\n\n\u201cWe want a fair deal for everyone,\u201d the director said.",
        "We want a fair deal",
        "Tamsin Orrick",
    ),
    (
        "A03",
        "Brisa Quillmore, the mother of two, said: \u201cWe queued for four hours for a bed.\u201d\n\nHer neighbour, Halvard Penge, agreed.",
        "We queued for four hours",
        "Brisa Quillmore",
    ),
    (
        "A04",
        "Tamsin Orrick, chair of a local group, addressed the inquiry after Halvard Penge.\n\n\u201cThe flooding was predicted in 2015,\u201d the chair said.",
        "The flooding was predicted",
        "Tamsin Orrick",
    ),
    (
        "A05",
        "Halvard Penge watched from the stands as Tamsin Orrick, still the club captain, lifted the trophy.\n\n\u201cThis one is for the fans,\u201d the captain said.",
        "This one is for the fans",
        "Tamsin Orrick",
    ),
    (
        "A06",
        "Tamsin Orrick, also a governor at the school, criticised the decision. Halvard Penge defended it.\n\n\u201cParents were never consulted,\u201d the governor said.",
        "Parents were never consulted",
        "Tamsin Orrick",
    ),
    (
        "A07",
        "Tamsin Orrick, formerly the head teacher, joined parents outside the gates with Halvard Penge.\n\n\u201cThe school was thriving when I left,\u201d the former head teacher said.",
        "The school was thriving",
        "Tamsin Orrick",
    ),
    (
        "A08",
        "Tamsin Orrick, once a midwife, now runs a bakery. Halvard Penge works with her.\n\n\u201cI delivered half the babies in this village,\u201d the former midwife said.",
        "I delivered half the babies",
        "Tamsin Orrick",
    ),
    (
        "A11",
        "Tamsin Orrick, then the club's treasurer, raised the alarm in 2019. Halvard Penge, the chairman, dismissed it.\n\n\u201cThe accounts did not add up,\u201d the treasurer said.",
        "The accounts did not add up",
        "Tamsin Orrick",
    ),
    (
        "A12",
        "Osric Vexley, an MP and a former minister, spoke against the bill. Tamsin Orrick, a campaigner, spoke for it.\n\n\u201cThis bill will cost jobs,\u201d the former minister said.",
        "This bill will cost jobs",
        "Osric Vexley",
    ),
    (
        "A13",
        "Halvard Penge, a builder and the father of the missing boy, spoke to reporters alongside Tamsin Orrick.\n\n\u201cSomeone out there knows where he is,\u201d the father said.",
        "Someone out there knows",
        "Halvard Penge",
    ),
    (
        "A14",
        "Dale Vexley, the sheriff, briefed reporters. Brisa Quillmore, by then the county's top prosecutor, said little.\n\n\u201cWe will seek the maximum sentence,\u201d the prosecutor said Thursday.",
        "We will seek the maximum",
        "Brisa Quillmore",
    ),
    (
        "A17",
        "Tamsin Orrick, who chairs the parish council, thanked the vicar, Halvard Penge.\n\n\u201cThe roof appeal has raised 40,000 pounds,\u201d the vicar said.",
        "The roof appeal",
        "Halvard Penge",
    ),
    (
        "A18",
        "Osric Vexley, the club's chairman, opened the meeting. Tamsin Orrick, a member, asked about fees.\n\n\u201cWe will build a new stand,\u201d the chairman said.",
        "We will build a new stand",
        "Osric Vexley",
    ),
    (
        "A19",
        "Hamish Quill, the goalkeeper, had saved two penalties. The coach, Osric Vexley, praised the goalkeeper for an hour.\n\n\u201cI just guessed right,\u201d the goalkeeper said.",
        "I just guessed right",
        "Hamish Quill",
    ),
    (
        "T01",
        "\u201cWill the road reopen by June?\u201d asked Ald. Brisa Quillmore.",
        "Will the road reopen",
        "Brisa Quillmore",
    ),
    (
        "T03",
        "\u201cIt was the best day ever,\u201d said Ysa. Brisa Quillmore, her mother, laughed.",
        "It was the best day ever",
        "Ysa",
    ),
    (
        "T04",
        "\u201cI want to be a vet,\u201d said Osric. His father, Halvard Penge, smiled.",
        "I want to be a vet",
        "Osric",
    ),
    (
        "T05",
        "\u201cWe came for the music,\u201d said Osric. Tamsin Orrick, his aunt, nodded.",
        "We came for the music",
        "Osric",
    ),
    (
        "T06",
        "Shares in Vexo fell sharply.\n\n\u201cDemand will recover by spring,\u201d said Vexo. Brisa Quillmore, an analyst at Tarnfield Capital, disagreed.",
        "Demand will recover",
        "Vexo",
    ),
    (
        "T07",
        "\u201cWe expect a strong year,\u201d according to Vexo. Brisa Quillmore, an analyst, was less sure.",
        "We expect a strong year",
        "Vexo",
    ),
    (
        "T08",
        "\u201cWe did everything we could,\u201d said B. J. Quillmore. Tamsin Orrick agreed.",
        "We did everything",
        "B. J. Quillmore",
    ),
    (
        "T09",
        "Hamish Quill has coached the side for ten years.\n\n\u201cWe were robbed,\u201d said Quill. Brisa Vexley, the club's chairman, agreed.",
        "We were robbed",
        "Hamish Quill",
    ),
    (
        "T10",
        "\u201cThe river rose in an hour,\u201d said Brisa Quillmore of Co. Vexford. Tamsin Orrick agreed.",
        "The river rose",
        "Brisa Quillmore",
    ),
    (
        "T11",
        "\u201cEvery pupil will get a laptop,\u201d said St. Quill's head teacher, Osric Vexley.",
        "Every pupil will get",
        "Osric Vexley",
    ),
    (
        "T13",
        "\u201cThe water tastes of metal,\u201d said Brisa Quillmore, of Vexton, Tenn. Dale Orrick, her neighbor, agreed.",
        "The water tastes of metal",
        "Brisa Quillmore",
    ),
    (
        "T14",
        "\u201cIt was the best day ever,\u201d said Kez. Dale Orrick, her dad, laughed.",
        "It was the best day ever",
        "Kez",
    ),
    (
        "T15",
        "\u201cI want to be a vet,\u201d said Ysa. Dale Orrick, 41, a vet in Vexton, runs the clinic where she helps out.",
        "I want to be a vet",
        "Ysa",
    ),
    (
        "D01",
        "The Vexwick Rowing Union is K20 million in debt. Its accounts warned of \u201ca serious shortfall\u201d.",
        "a serious shortfall",
        None,
    ),
    (
        "D02",
        "The crash closed the B4 road for six hours.\n\n\u201cIt was carnage,\u201d said Halvard Penge, who was stuck in the queue.",
        "It was carnage",
        "Halvard Penge",
    ),
    (
        "D13",
        "The council owes K20 million to contractors. \u201cWe cannot pay what we do not have,\u201d it said.",
        "We cannot pay",
        None,
    ),
    (
        "D14",
        "Pupils from the Y6 class at Vexley Primary wrote to the mayor. \u201cWe want more bins,\u201d they said.",
        "We want more bins",
        None,
    ),
    (
        "D03",
        "Vexnet24 said it would refund customers. \u201cWe apologise for the disruption,\u201d Vexnet24 said in a statement.",
        "We apologise for the disruption",
        "Vexnet24",
    ),
    (
        "D04",
        "The broadband firm Vexnet24 apologised on Tuesday.\n\n\u201cWe are sorry for the disruption,\u201d the firm said.",
        "We are sorry for the disruption",
        "Vexnet24",
    ),
    (
        "D05",
        "\u201cWe never expected this,\u201d said a spokesman for Quill4Kids, a charity.",
        "We never expected this",
        "Quill4Kids",
    ),
    ("D06", "\u201cThe tour starts in May,\u201d said Zed9.", "The tour starts in May", "Zed9"),
    (
        "D07",
        "\u201cOur buses will run as normal,\u201d said Q7Travel in a statement.",
        "Our buses will run",
        "Q7Travel",
    ),
    (
        "D10",
        "Security firm QX4 said the guards had been vetted. \u201cEvery officer passed checks,\u201d QX4 said.",
        "Every officer passed checks",
        "QX4",
    ),
    (
        "D11",
        "The R2-Vex robot was unveiled on Monday.\n\n\u201cIt is years ahead of anything else,\u201d said its designer, Brisa Quillmore.",
        "It is years ahead",
        "Brisa Quillmore",
    ),
    (
        "D12",
        "Pupils in a Y6 class wrote to the council about litter.\n\n\u201cThey did all the research themselves,\u201d said their teacher, Tamsin Orrick.",
        "They did all the research",
        "Tamsin Orrick",
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V388_V389, ids=[p[0] for p in _REVIEW_V388_V389]
)
def test_review_of_v388_and_v389_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


#: A reader's probes of v441 to v444 (invented copy), as they stand after v447 mended what they found.
_REVIEW_V441_V444 = [
    (
        "v443-c01",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Dariel Monk said his landlord sent him a note last week: “Rent is due on Friday.”",
        "Rent is due ",
        None,
    ),
    (
        "v443-c02",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said her son, who is nine, put it best: “Why can’t the river stay in its bed?”",
        "Why can’t th",
        None,
    ),
    (
        "v443-c03",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said her son put it neatly on the drive home: “That was the worst day ever.”",
        "That was the",
        None,
    ),
    (
        "v443-c04",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Tobin Vear said the doctors gave him a choice that spring: “Stop drinking or die.”",
        "Stop drinkin",
        None,
    ),
    (
        "v443-c05",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Tobin Vear said the kids in his class had one question: “Will the school close?”",
        "Will the sch",
        None,
    ),
    (
        "v443-c06",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Tobin Vear said opponents of the scheme keep making the same claim: “It will flood the valley.”",
        "It will floo",
        None,
    ),
    (
        "v443-c08",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the toast at the wedding was one she would never forget: “To the ones who stayed.”",
        "To the ones ",
        None,
    ),
    (
        "v443-c09",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Dariel Monk said the warning on the packet was clear enough: “May contain nuts.”",
        "May contain ",
        None,
    ),
    (
        "v443-c10",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Dariel Monk said the police officer who stopped him was polite: “Do you know how fast you were going?”",
        "Do you know ",
        None,
    ),
    (
        "v443-c11",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the man from the council was blunt: “Nobody is coming.”",
        "Nobody is co",
        None,
    ),
    (
        "v443-c12",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the leaflet through every door was misleading: “Your bins will not be collected.”",
        "Your bins wi",
        None,
    ),
    (
        "v443-c13",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the voice on the phone was calm: “We have your son.”",
        "We have your",
        None,
    ),
    (
        "v443-c14",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the reaction from fans online was brutal: “Sack the lot of them.”",
        "Sack the lot",
        None,
    ),
    (
        "v443-c15",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said one question kept coming up at every door: “Who pays for it?”",
        "Who pays for",
        None,
    ),
    (
        "v443-c16",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the nurse at the desk was kind but firm: “Visiting is over.”",
        "Visiting is ",
        None,
    ),
    (
        "v443-c17",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the best advice she ever had came from a stranger on a train: “Never apologise for leaving.”",
        "Never apolog",
        None,
    ),
    (
        "v443-c18",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Orlena Pask said the children at the school had made a banner with three words on it: “Save our library.”",
        "Save our lib",
        None,
    ),
    (
        "v443-c20",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Dariel Monk said the trust ought to sell the depot by December: “We cannot keep paying for an empty shed.”",
        "We cannot ke",
        "Dariel Monk",
    ),
    ("v443-c30", "Orlena Pask said what her father told her was simple: “Never lend a boat.”", "Never lend", None),
    (
        "v443-c31",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Dariel Monk said nothing for a while. The chairman then turned to the minutes: “Item four is withdrawn.”",
        "Item four",
        None,
    ),
    (
        "v443-c32",
        "Orlena Pask runs the café. Speaking after the vote, she said the result showed how divided the village was: “Half of them will not talk to me.”",
        "Half of them",
        "Orlena Pask",
    ),
    (
        "v443-q01",
        "Tamsin Orrel, a ward sister, reads the list twice. When it is done she asks the room the same thing: “Who needs me first?”\n\n“I do,” she says, a young mother by the window.",
        "I do",
        None,
    ),
    (
        "v443-q02",
        "Tamsin Orrel, a ward sister, reads the list twice. When it is done she asks the room the same thing: “Who needs me first?”\n\n“Me,” she says. Nobody laughs.",
        "Me,",
        None,
    ),
    (
        "v443-q03",
        "Dariel Monk, the quizmaster, reads out the last round. Then he asks the room: “Who knows the capital of Peru?”\n\n“Lima,” he shouts from the back.",
        "Lima",
        None,
    ),
    (
        "v443-q05",
        "Tamsin Orrel runs the class. At the start she asks the room: “Who has never swum before?”\n\nA hand goes up. “Never,” she says, a girl of maybe ten.",
        "Never,",
        None,
    ),
    (
        "v443-q06",
        "Tamsin Orrel, 50, opens the meeting. She asks the hall one question: “Who here has been flooded?”\n\n“Twice,” she says.",
        "Twice",
        None,
    ),
    (
        "v443-q07",
        "Tamsin Orrel, 50, opens the meeting. She asks the hall one question: “Who here has been flooded?”\n\n“Twice,” he says.",
        "Twice",
        None,
    ),
    (
        "v443-q08",
        "Tamsin Orrel, a ward sister, reads the list twice. When it is done she asks the room the same thing: “Who needs me first?”\n\n“The charts tell you the doses,” she says afterwards, by the vending machine.",
        "charts tell",
        "Tamsin Orrel",
    ),
    (
        "v442-g02",
        "A lorry driver who stopped on the hard shoulder got first to the car.\n\nInside was Karen Voss, 34, trapped by her legs. “I told her to keep talking to me,” he said.",
        "keep talking",
        None,
    ),
    (
        "v442-g04",
        "A nurse on the ward stayed beside him until dawn.\n\nTobin Vear, 70, was awake by morning. “He kept asking for tea,” she said.",
        "asking for tea",
        None,
    ),
    (
        "v442-g06",
        "Karen Voss was walking her dog when a bloke on a bike rode at her. “Move!” he yelled.",
        "Move!",
        None,
    ),
    (
        "v442-g07",
        "Karen Voss opened the door to a fellow in an orange jacket. “Meter reading,” he said.",
        "Meter reading",
        None,
    ),
    (
        "v442-g08",
        "Karen Voss was asleep when the police arrived. “We had to break the door down,” he said.",
        "break the door",
        None,
    ),
    (
        "v442-g09",
        "Maria Sellwick, 81, was carried out by firefighters. “She was very calm,” he said.",
        "very calm",
        None,
    ),
    (
        "v442-g10",
        "Maria Sellwick’s grandson found her in the garden. “She had been there all night,” he said.",
        "all night",
        None,
    ),
    (
        "v442-g11",
        "The ambulance took twenty minutes.\n\nBy then Karen Voss had stopped breathing. “We got her back on the second shock,” he said.",
        "second shock",
        None,
    ),
    (
        "v442-g12",
        "Police spoke to the driver at the scene.\n\nKaren Voss, 19, was crossing at the lights. “I never saw her,” he said.",
        "never saw her",
        None,
    ),
    ("v442-g14", "Karen Voss thanked the surgeon who saved her leg. “She was a fighter,” he said.", "a fighter", None),
    (
        "v442-g15",
        "Nicola Brenn, who has coached the under-12s for a decade, was proud of them. “They kept on going,” he said.",
        "kept on going",
        "Nicola Brenn",
    ),
    (
        "v442-g16",
        "Tobin Vear went to the school to collect Jana. “She was in tears,” he said.",
        "in tears",
        "Tobin Vear",
    ),
    (
        "v442-g17",
        "Tobin Vear spoke after Maria Sellwick. “That was a fine speech,” he said.",
        "fine speech",
        "Tobin Vear",
    ),
    (
        "v442-g18",
        "The firefighters got there in minutes.\n\nKaren Voss and her two children were already outside. “The smoke was black,” she said.",
        "smoke was black",
        "Karen Voss",
    ),
    (
        "v442-g19",
        "The caller gave no name.\n\nHe said Karen Voss owed him money. “She knows what she did,” he said.",
        "knows what she did",
        None,
    ),
    (
        "v444-h02",
        "One of the two kayakers, Tobin Vear, 29, who was paddling with his friend Ansel Quorn, drowned on Sunday. Quorn told the Hollin Echo the sea had been “calm as a pond”.\n\n“I could not reach him,” he said.",
        "could not reach",
        "Ansel Quorn",
    ),
    (
        "v444-h09",
        "Maria Sellwick, 29, who was paddling with her friend Jana Orrin, told the Hollin Echo she had been “far too confident” about the tide.\n\n“The bay was calm as a pond,” she said.",
        "calm as a pond",
        "Maria Sellwick",
    ),
    (
        "v444-h12",
        "Tobin Vear was not at the match, his friend Ansel Quorn said. “He was ill,” Quorn added. “He would never miss a final,” he said.",
        "never miss a final",
        "Ansel Quorn",
    ),
    (
        "v443-c33",
        "“We will keep the school open,” said Brisa Quell, the head teacher.\n\nAt the meeting on Tuesday, governor Dariel Monk said Quillmoor Coaches put it plainly in a statement in March: “We cannot run the route.”",
        "cannot run the",
        None,
    ),
    (
        "v444-h14",
        "The former mayor, Tobin Vear, 59, who lost his seat to Ansel Quorn, told the Hollin Echo the count had been “a farce”.\n\n“The count was fair and he knows it,” he said.",
        "count was fair",
        None,
    ),
    (
        "v444-h15",
        "One of the two climbers, Tobin Vear, 31, who was roped to his partner Ansel Quorn, told the Hollin Echo he had been “far too slow” on the ridge.\n\n“I held him for sixty minutes,” he said.",
        "I held him",
        None,
    ),
    ("v442-g21", "Karen Voss met a man in an orange jacket. “Meter reading,” he said.", "Meter reading", None),
    (
        "v442-g20",
        "When Andrea Vexmoor crossed the line, the race announcer shouted her time. “Eleven hours!” he yelled.",
        "Eleven hours",
        None,
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V441_V444, ids=[p[0] for p in _REVIEW_V441_V444]
)
def test_review_of_v441_to_v444_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


#: A reader's probes of v445 to v447 (invented copy), as they stand after v448 mended what they found.
_REVIEW_V445_V447 = [
    (
        "v445-a01",
        'Hilda Marr\'s grandson, Theo Marr, 19, has dug beside her for years. "She never stops," he said.',
        "She never stops",
        "Theo Marr",
    ),
    (
        "v445-a02",
        'Hilda Marr\'s grandson, Theo Marr, 19, has dug beside her for years. "I taught him everything," she said.',
        "I taught him",
        "Hilda Marr",
    ),
    (
        "v445-a03",
        'Brendan Colley\'s son, Aidan Colley, was killed on the farm in 2019. "I still see him in the yard," he said.',
        "I still see him",
        "Brendan Colley",
    ),
    (
        "v445-a05",
        'Marla Quint\'s partner, Robin Vale, died last spring. "I still set two plates," she said.',
        "two plates",
        "Marla Quint",
    ),
    (
        "v445-a10",
        'Ivo Brandt\'s son, Oskar Brandt, 9, watched from the stands as his father crossed the line. "I could hear him shouting," he said.',
        "hear him shouting",
        "Ivo Brandt",
    ),
    (
        "v445-a16",
        "Selwyn Harte's father, Amos Harte, built boats on this beach; Harte builds yachts. \"It's in the blood,\" he said.",
        "in the blood",
        "Selwyn Harte",
    ),
    (
        "v445-a20",
        'Hobart Keene\'s nephew, Wyn Keene, 23, took over the dairy when Keene retired. "I miss the cows," he said.',
        "miss the cows",
        "Hobart Keene",
    ),
    (
        "v445-a22",
        'Orla Pryce\'s mother, Wenna Pryce, 70, moved in with her last year. "It has been wonderful," she said.',
        "been wonderful",
        None,
    ),
    (
        "v446-b18",
        'Pilot Royce Agar says he was grounded after a mechanic, who spoke anonymously to investigators, raised the alarm. "I would have flown it," he said.',
        "would have flown",
        "Royce Agar",
    ),
    (
        "v446-b23",
        'Her lawyer, Ansel Grove, said the witness, who may not be identified, had lied. "It is a scandal," he said.',
        "is a scandal",
        "Ansel Grove",
    ),
    (
        "v447-c01",
        'Councillor Brisa Tarn said the trust ought to drop its bus contract before Easter: "It has failed us."',
        "failed us",
        "Brisa Tarn",
    ),
    ("v447-c02", 'Warden Pia Lutz said they were chanting outside the gates: "Out, out, out!"', "Out, out", None),
    ("v447-c05", 'Fenn Adair said they told him at the desk: "There is no record of you."', "no record of you", None),
    ("v447-c11", 'Gwen Solter said yesterday the graffiti on her garage said: "Go home."', "Go home", None),
    (
        "v447-c12",
        'Gwen Solter said at the hearing that the text from an unknown number read: "I know where you live."',
        "know where you live",
        None,
    ),
    (
        "v447-c15",
        'Juno Marsh wrote on her blog that she had a question for the minister: "Where is the money?"',
        "Where is the money",
        "Juno Marsh",
    ),
    (
        "v447-c16",
        'Juno Marsh wrote that the sign on the school gate now says: "Closed until further notice."',
        "Closed until",
        None,
    ),
    ("v447-c19", 'Nadia Wren said she shouted at him: "Get out of my house!"', "Get out of my house", "Nadia Wren"),
    ("v447-c20", 'Nadia Wren said he shouted at her: "Get out of my house!"', "Get out of my house", None),
    (
        "v447-c24",
        'Cora Bisset said that we all need to remember one thing: "Nobody is above the law."',
        "Nobody is above",
        "Cora Bisset",
    ),
    ("v447-c29", 'Oona Kett said the mayor\'s reply in April was short: "Noted."', "Noted", None),
    (
        "v447-c30",
        'Lowry Dunn said in court that it had been posted online under his name: "I will burn it down."',
        "burn it down",
        None,
    ),
    (
        "v447a-d01",
        'At the end Vera Holt puts one question to the room: "Who is first?"\n\n"I always go first, so nobody else has to," she tells me later.',
        "I always go first",
        "Vera Holt",
    ),
    (
        "v447a-d03",
        'At the end Vera Holt puts one question to the room: "Who remembers the flood?"\n\n"I do," he says, after a long pause.',
        "I do",
        None,
    ),
    (
        "v447a-d05",
        'Vera Holt asks the class: "Who has read it?"\n\n"Most of them lie," she says afterwards.',
        "Most of them lie",
        "Vera Holt",
    ),
    (
        "v442-e01",
        'Andrea Colombo, 41, has sung at the opera house for ten years. "It never gets easier," he said.',
        "never gets easier",
        "Andrea Colombo",
    ),
    (
        "v442-e05",
        'Andrea Colombo coaches the women\'s team on Saturdays. "They train harder than anyone," he said.',
        "train harder",
        "Andrea Colombo",
    ),
    (
        "v442-e07",
        'A lorry driver stopped on the hard shoulder.\n\nInside the car was Andrea Colombo, trapped by her legs. "I thought I was dying," he said.',
        "thought I was dying",
        None,
    ),
    (
        "v442-e08",
        'Andrea Colombo, the head of the choir, has sung there for ten years. "It never gets easier," he said.',
        "never gets easier",
        "Andrea Colombo",
    ),
    (
        "v445-a25",
        'Kestrel Moon\'s daughter, Ivy Moon, died in the fire. "I keep her room as it was," she said.',
        "keep her room",
        "Kestrel Moon",
    ),
    (
        "v445-a30",
        'Walter Dunn\'s son, Craig Dunn, 24, was charged with arson on Monday. "My boy did not do this," he said.',
        "My boy",
        "Walter Dunn",
    ),
    (
        "v445-a31",
        # (Ruth Kell was right here only while "watched her captain" made her the captain too; with the role her
        # captain's alone, the rules take the last woman named and the pronoun model the subject: unclear)
        'Harwick Rovers\' manager, Ruth Kell, watched her captain, Lena Ostrow, limp off. "It looked bad," she said.',
        "looked bad",
        None,
    ),
    (
        "v445-a34",
        'Lindqvist Tarrow\'s stepson, Emery Tarrow, 8, was buried on Friday. "He loved the sea," he said.',
        "loved the sea",
        "Lindqvist Tarrow",
    ),
    (
        "v446-b27",
        'Ines Barto said her colleagues, speaking anonymously, had backed her account. "I am not alone," she said.',
        "not alone",
        "Ines Barto",
    ),
    (
        "v447-c34",
        'Idris Vale said after the vote in Carrow that they had only one word for the board: "Resign!"',
        "Resign",
        None,
    ),
    (
        "v447-c41",
        'Alder Penn told the Quarnby Courier in March that a neighbour had warned him: "They will flood it."',
        "They will flood",
        None,
    ),
    (
        "v447-c43",
        'Brisa Tarn said the trust ought to drop its contract with Vexley Coaches before Easter: "It has failed us."',
        "failed us",
        "Brisa Tarn",
    ),
    (
        "v447-c45",
        'Milo Grant said on Monday that we should all remember the words of Corporal Eamon Doyle: "Hold the line."',
        "Hold the line",
        None,
    ),
    (
        "v447-c49",
        'Juno Marsh said during the Harwick meeting that she had put it to them bluntly: "Where is the money?"',
        "Where is the money",
        "Juno Marsh",
    ),
    (
        "v447a-d09",
        'At the end Vera Holt puts one question to the room: "Who remembers the flood?"\n\n"Nobody ever answers that one," she tells me afterwards.',
        "Nobody ever answers",
        "Vera Holt",
    ),
    (
        "v442-e11",
        'Maria Esposito, 60, whose husband runs the bar on the square, was not there that night. "She was at her sister\'s," he said.',
        "at her sister",
        None,
    ),
    (
        "v442-e12",
        'Maria Esposito, 60, was at her sister\'s that night; her husband, who runs the bar, was not. "I heard nothing," he said.',
        "heard nothing",
        None,
    ),
    (
        "v442-e13",
        'Andrea Colombo, the new head coach, has coached the side since June. "They are hungry," he said.',
        "They are hungry",
        "Andrea Colombo",
    ),
    (
        "v445-a36",
        'Kestrel Moon\'s son, Ivy Moon, died in the fire. "I keep his room as it was," he said.',
        "keep his room",
        "Kestrel Moon",
    ),
    (
        "v445-a39",
        'Sasha Korin\'s husband, Lev Korin, was jailed for fraud last year. "I had no idea," he said.',
        "I had no idea",
        None,
    ),
    (
        "v447-c54",
        'Later that week, Rafe Odell said in April that the doctors at Dunmore gave him a stark choice: "Surgery now or a wheelchair later."',
        "Surgery now",
        None,
    ),
    (
        "v447-c57",
        'At the meeting on Monday, Cora Bisset explained that she had only one rule for the staff at Harwick: "Be on time."',
        "Be on time",
        "Cora Bisset",
    ),
    (
        "v447a-d10",
        '"Who remembers the flood?" Vera Holt asks the room.\n\n"I do," she says after a long pause.',
        "I do",
        None,
    ),
    ("v447a-d11", '"Who remembers the flood?" Vera Holt asks the room.\n\n"I do," she says.', "I do", None),
    (
        "v447a-d12",
        '"Who remembers the flood?" Vera Holt asks the room.\n\n"Nobody ever answers that one," she tells me later.',
        "Nobody ever answers",
        "Vera Holt",
    ),
    ("v447a-d13", '"Who remembers the flood?" asks Vera Holt.\n\n"I do," she says now.', "I do", None),
    (
        "v447a-d14",
        '"Who remembers the flood?" asks Vera Holt.\n\n"I was nine," she says, after a pause.',
        "I was nine",
        None,
    ),
    (
        "v447a-d15",
        '"Who here has been to Paris?" asked Vera Holt.\n\n"I have, twice," she said after a while.',
        "I have, twice",
        None,
    ),
    (
        "v447a-d16",
        '"Who remembers the flood?" asks Vera Holt.\n\n"I do," she says after a moment, standing up at the back.',
        "I do",
        None,
    ),
    (
        "v447a-d17",
        '"Who remembers the flood?" asks Vera Holt.\n\n"Nobody remembers anything now," she says later.',
        "remembers anything now",
        "Vera Holt",
    ),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V445_V447, ids=[p[0] for p in _REVIEW_V445_V447]
)
def test_review_of_v445_to_v447_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


#: A reader's probes of v449 to v451 (invented copy), as they stand after v453 mended what they found.
_REVIEW_V449_V451 = [
    (
        "F-F01",
        "“We ran out of gloves on Tuesday,” said Lindiwe Helen Dlamini, the clinic's head nurse.",
        "ran out of gloves",
        "Lindiwe Helen Dlamini",
    ),
    (
        "F-F02",
        "“The roof held, just,” said Nkosinathi David Mkhize, who chairs the tenants' committee.",
        "The roof held",
        "Nkosinathi David Mkhize",
    ),
    (
        "F-F04",
        "“The river was never this low,” said Hinemoa Kate Tawhiri, a kaumatua of the hapu.",
        "never this low",
        "Hinemoa Kate Tawhiri",
    ),
    (
        "F-F05",
        "Muhammadu Joseph Bello, the ward councillor, said: “The drains were cleared in March.”",
        "drains were cleared",
        "Muhammadu Joseph Bello",
    ),
    (
        "F-F06",
        "“I sold the last goat in May,” Khanyisile Sarah Nkosi told the hearing.",
        "last goat",
        "Khanyisile Sarah Nkosi",
    ),
    (
        "F-F07",
        "Toirdhealbhach Liam Brennan has fished the lough for forty years.\n\n“The eels are gone,” Brennan said.",
        "eels are gone",
        "Toirdhealbhach Liam Brennan",
    ),
    (
        "F-F08",
        "“We trained in the car park,” said Oghenekaro Daniel Etebo, the club's captain.",
        "trained in the car park",
        "Oghenekaro Daniel Etebo",
    ),
    (
        "F-F09",
        "Oluwatobi Michael Adeyemi, 34, a bus driver, said: “The route was cut without warning.”",
        "route was cut",
        "Oluwatobi Michael Adeyemi",
    ),
    (
        "F-F10",
        "“The form is in three languages now,” said Kgothatso Joyce Mokoena, a volunteer.",
        "three languages",
        "Kgothatso Joyce Mokoena",
    ),
    (
        "F-F11",
        "“My grandmother planted these,” said Namgoong Soo Kyungmi, who keeps the orchard.",
        "grandmother planted",
        "Namgoong Soo Kyungmi",
    ),
    (
        "F-F12",
        "Hasegawa Kenji Tomoda, the harbour's oldest diver, said: “The kelp came back this year.”",
        "kelp came back",
        "Hasegawa Kenji Tomoda",
    ),
    (
        "F-F13",
        "“The archive stays in the town,” said Oluwaseyi Francis da Costa, its keeper.",
        "archive stays",
        "Oluwaseyi Francis da Costa",
    ),
    (
        "F-F20",
        "“The pitch is waterlogged,” said Limerick selector Daniel Quarry.",
        "pitch is waterlogged",
        "Daniel Quarry",
    ),
    (
        "F-F22",
        "“The hall is booked,” said a spokeswoman for Riverside Samuel Quarry Hall.",
        "hall is booked",
        "Riverside Samuel Quarry Hall",
    ),
    (
        "F-F23",
        "Glaswegian Helen Quarrie, 71, said: “I have walked this road since I was four.”",
        "walked this road",
        "Helen Quarrie",
    ),
    ("F-F24", "“The flood took the ground floor,” said Modupeola Sarah John.", "flood took", "Modupeola Sarah John"),
    (
        "F-F25",
        "Ayodele Samuel Fashola has coached the under-12s for a decade.\n\n“They never miss a session,” Fashola said.",
        "never miss",
        "Ayodele Samuel Fashola",
    ),
    (
        "F-F26",
        "Tshepiso Michael Molefe and his sister run the stall.\n\n“We open at five,” Tshepiso Molefe said.",
        "open at five",
        "Tshepiso Michael Molefe",
    ),
    (
        "N-N01",
        "“The report is late,” said Marie Claire LEBRUN, the rapporteur.",
        "report is late",
        "Marie Claire LEBRUN",
    ),
    ("N-N02", "“We will appeal,” said Anna Maria NG, the firm's lawyer.", "We will appeal", "Anna Maria NG"),
    (
        "N-N03",
        "“The data speak for themselves,” said Helen Vantroy FRSE, who led the survey.",
        "data speak",
        "Helen Vantroy",
    ),
    ("N-N05", "“The vote was close,” said Jean Luc ROY, the deputy mayor.", "vote was close", "Jean Luc ROY"),
    ("N-N06", "“The ward is full,” said Kate Quarry RGN, the ward sister.", "ward is full", "Kate Quarry"),
    ("N-N07", "“The crossing is dangerous,” said Daniel Quarry JP.", "crossing is dangerous", "Daniel Quarry"),
    (
        "N-N08",
        "“We train on grass now,” said Sarah Quarry USA, who won the mile.\n\n",
        "train on grass",
        "Sarah Quarry",
    ),
    (
        "N-N11",
        "“The verdict stands,” said Samuel Okafor SAN, counsel for the family.",
        "verdict stands",
        "Samuel Okafor",
    ),
    ("N-N12", "“The loch is rising,” said Helen Mary WU.", "loch is rising", "Helen Mary WU"),
    ("N-N13", "“The lease ends in June,” said Daniel Kofi ASANTE, the tenant.", "lease ends", "Daniel Kofi ASANTE"),
    (
        "N-N14",
        "Helen Vantroy FRSE led the survey.\n\n“The data speak for themselves,” Vantroy said.",
        "data speak",
        "Helen Vantroy",
    ),
    ("N-N16", "“The team earned it,” said John Quarry OAM, the club's patron.", "team earned it", "John Quarry"),
    ("N-N18", "“I waited four hours,” said Kate Anne QUINN.", "waited four hours", "Kate Anne QUINN"),
    (
        "J-J01",
        "“The bill will pass,” said Justice and Equality Minister Helen Quarry.",
        "bill will pass",
        "Helen Quarry",
    ),
    ("J-J04", "Dean and Kate Quarry, who run the farm shop, said: “We had no warning at all.”", "no warning", None),
    ("J-J05", "“We were both there,” said Mr and Mrs Quarry.", "both there", None),
    ("J-J06", "“The numbers are strong,” said President and CEO Helen Quarry.", "numbers are strong", "Helen Quarry"),
    (
        "J-J07",
        "Secretary of State for Health and Social Care Kate Quarry said: “The wait lists will fall.”",
        "wait lists",
        "Kate Quarry",
    ),
    ("J-J08", "“The scan was clear,” said Head and Neck Surgeon Daniel Quarry.", "scan was clear", "Daniel Quarry"),
    (
        "J-J09",
        "“We are sold out,” said a spokesman for Judge & Jury Productions.",
        "sold out",
        "Judge & Jury Productions",
    ),
    (
        "J-J10",
        "“The accounts are in order,” said Secretary and Treasurer Kate Quarry.",
        "accounts are in order",
        "Kate Quarry",
    ),
    (
        "J-J11",
        "“The deal is fair,” said Justice & Home Affairs Commissioner Helen Quarry.",
        "deal is fair",
        "Helen Quarry",
    ),
    (
        "J-J12",
        "The Chancellor and Mayor Daniel Quarry opened the fair.\n\n“It rained, of course,” Quarry said.",
        "It rained",
        "Daniel Quarry",
    ),
    (
        "J-J13",
        "“The court will sit on Monday,” said Chief Justice and Chancellor Helen Quarry.",
        "court will sit",
        "Helen Quarry",
    ),
    (
        "J-J14",
        "Professor and Dean Daniel Quarry said: “The faculty will move in 2027.”",
        "faculty will move",
        "Daniel Quarry",
    ),
    (
        "J-J15",
        "The landlord of the King and Queen, Daniel Quarry, said: “The beer garden flooded.”",
        "beer garden",
        "Daniel Quarry",
    ),
    ("J-J16", "“We need a new roof,” said the chair of the Minister and Elders Committee.", "new roof", None),
    (
        "J-J17",
        "Director and Founder Sarah Quarry told the inquiry: “We followed the guidance.”",
        "followed the guidance",
        "Sarah Quarry",
    ),
    (
        "J-J18",
        "“Our ministers are stretched,” said the Dean & Chapter in a statement.",
        "ministers are stretched",
        "Dean & Chapter",
    ),
    (
        "J-J19",
        "Dean and Chancellor Kate Quarry was booed.\n\n“I understand the anger,” she said.",
        "understand the anger",
        "Kate Quarry",
    ),
    (
        "R-R03",
        "Kate Quarry will helm Storm Bay in Saturday's race.\n\n“She is the fastest boat I have sailed,” Quarry said.",
        "fastest boat",
        "Kate Quarry",
    ),
    (
        "R-R04",
        "Kate Quarry will helm Storm Bay in Saturday's race.\n\n“We have had three weeks on the water,” she said.",
        "three weeks on the water",
        "Kate Quarry",
    ),
    (
        "R-R05",
        "Rovers host Seal Bay on Saturday, and Daniel Quarry is worried.\n\n“We have no fit strikers,” he said.",
        "no fit strikers",
        "Daniel Quarry",
    ),
    (
        "R-R06",
        "Daniel Quarry will coach Kelso Bay next season.\n\n“It's the job I wanted,” he said.",
        "job I wanted",
        "Daniel Quarry",
    ),
    (
        "R-R07",
        "Helen Quarry rode the star Silver Moor to a third win.\n\n“She jumped beautifully,” Quarry said.",
        "jumped beautifully",
        "Helen Quarry",
    ),
    (
        "R-R08",
        "Helen Quarry rode the star Silver Moor to a third win.\n\n“I barely touched the reins,” she said.",
        "barely touched",
        "Helen Quarry",
    ),
    (
        "R-R09",
        "Sarah Quarry will skipper Seal Bay, the island's only trawler.\n\n“The quota is halved,” she said.",
        "quota is halved",
        "Sarah Quarry",
    ),
    (
        "R-R10",
        "The artist's Wild Moor series opens at the Quarnby gallery.\n\n“I painted the same hill for a year,” said Kesi Quarry.",
        "same hill",
        "Kesi Quarry",
    ),
    (
        "R-R12",
        "The photographer Kesi Marsh and her brother Daniel Marsh opened the show.\n\n“The light here is strange,” Kesi Marsh said.",
        "light here is strange",
        "Kesi Marsh",
    ),
    (
        "R-R13",
        "The artist Kesi Moor and her husband, Daniel Quarry, run the gallery.\n\n“We sell almost nothing,” Moor said.",
        "sell almost nothing",
        "Kesi Moor",
    ),
    (
        "R-R14",
        "Tam Quarry, who will captain Seal Bay in the final, said: “We owe the town this one.”",
        "owe the town",
        "Tam Quarry",
    ),
    (
        "R-R15",
        "The side will host Fern Bay on Friday.\n\nTheir captain, Tam Quarry, said: “Fern Bay are the best team in the league.”",
        "best team in the league",
        "Tam Quarry",
    ),
    (
        "R-R18",
        "Walkers who head Crag Hill way should take a map, warned Tam Quarry of the rescue team.\n\n“The cloud comes down fast,” he said.",
        "cloud comes down",
        "Tam Quarry",
    ),
    (
        "R-R19",
        "Kesi Quarry, a farmer, bought the land next to the farmer Low Moor last spring.\n\n“I wanted the grazing,” she said.",
        "wanted the grazing",
        "Kesi Quarry",
    ),
    (
        "R-R20",
        "The developer Harbour Quay wants to build 300 flats.\n\n“The town needs homes,” said Kesi Quarry, its director.",
        "town needs homes",
        "Kesi Quarry",
    ),
    (
        "R-R22",
        "Police named the driver Kesi Moor, 23.\n\n“She was a careful driver,” her father said.",
        "careful driver",
        None,
    ),
    (
        "F-F27",
        "“We pray in shifts now,” said Manpreet Kaur Sandhu, who runs the gurdwara kitchen.",
        "pray in shifts",
        "Manpreet Kaur Sandhu",
    ),
    (
        "F-F28",
        "Chinonso Michael Okafor, a nurse, said: “The night shift has four of us.”",
        "night shift",
        "Chinonso Michael Okafor",
    ),
    ("F-F29", "“We sold the boat,” said Olanrewaju Daniel Bello.", "sold the boat", "Olanrewaju Daniel Bello"),
    (
        "F-F30",
        "Lindiwe Helen Dlamini, the head nurse, counted the beds.\n\n“Thirty for a hundred patients,” Dlamini said.",
        "Thirty for",
        "Lindiwe Helen Dlamini",
    ),
    (
        "F-F31",
        "Lindiwe Helen Dlamini and Helen Quarry met the minister.\n\n“He listened,” Helen said.",
        "He listened",
        "Helen Quarry",
    ),
    ("F-F33", "“We need the ferry,” said Hinemoa Tawhiri.", "need the ferry", "Hinemoa Tawhiri"),
    (
        "F-F34",
        "Siriporn Sarah Wongsakul, the stall's owner, said: “Rent doubled in a year.”",
        "Rent doubled",
        "Siriporn Sarah Wongsakul",
    ),
    ("F-F35", "“The school bus never came,” said Uchenna Joseph Eze, a parent.", "school bus", "Uchenna Joseph Eze"),
    (
        "N-N20",
        "“We will contest the claim,” said Helen Quarry LLP, the firm acting for the council.",
        "contest the claim",
        "Helen Quarry LLP",
    ),
    ("N-N21", "“The match is off,” said Ross County FC in a statement.", "match is off", "Ross County FC"),
    ("N-N22", "“I am proud of the lads,” said Daniel Quarry BEM.", "proud of the lads", "Daniel Quarry"),
    ("N-N23", "“The ice is thin,” said Helen May SMITH, the ranger.", "ice is thin", "Helen May SMITH"),
    ("N-N24", "Helen Mary WU runs the shop.\n\n“The loch is rising,” Wu said.", "loch is rising", "Helen Mary WU"),
    (
        "N-N25",
        "“The pool is closed,” said Kate Quarry CIC, the charity that runs it.",
        "pool is closed",
        "Kate Quarry CIC",
    ),
    ("J-J23", "“The ward is open,” said Chief Executive & Founder Kate Quarry.", "ward is open", "Kate Quarry"),
    (
        "J-J24",
        "The Mayor and Kate Quarry, her deputy, cut the ribbon.\n\n“At last,” the deputy said.",
        "At last",
        "Kate Quarry",
    ),
    (
        "J-J27",
        "Justice and Harbours Minister Kate Quarry was asked about the port.\n\n“It is secure,” Quarry said.",
        "It is secure",
        "Kate Quarry",
    ),
    (
        "J-J28",
        "“The bells will ring again,” said the Dean and Chapter's spokesman, Daniel Quarry.",
        "bells will ring",
        "Daniel Quarry",
    ),
    ("R-R23", "Rovers host Seal Bay on Saturday.\n\n“We are ready,” she said.", "We are ready", None),
    (
        "R-R24",
        "Kate Quarry, who chairs the council, said the town would host Harvest Festival next month.\n\n“We expect ten thousand people,” she said.",
        "ten thousand",
        "Kate Quarry",
    ),
    (
        "R-R27",
        "Host Pine Valley beat Cedar Ridge 3-1.\n\nThe winning coach, Dan Quarry, said: “We were patient.”",
        "were patient",
        "Dan Quarry",
    ),
    (
        "R-R28",
        "Dan Quarry will coach Kelso Bay next season, the club said.\n\n“He knows the league,” said chairman Tam Vell.",
        "knows the league",
        "Tam Vell",
    ),
    (
        "R-R29",
        "The lifeboat crew reached the yacht at dawn, said the helm Kesi Moor.\n\n“The sea was huge,” Moor said.",
        "sea was huge",
        "Kesi Moor",
    ),
    (
        "R-R30",
        "Police want to trace the driver Kesi Moor, 23, after the crash.\n\n“She was a careful driver,” her father said.",
        "careful driver",
        None,
    ),
    (
        "R-R31",
        "The developer Castle Park wants to build 300 flats.\n\n“The town needs homes,” it said.",
        "town needs homes",
        "Castle Park",
    ),
    (
        "R-R32",
        "Dan Quarry, 58, will skipper Storm Bay in the Fastnet.\n\n“She is old, but she is quick,” he said.",
        "old, but she is quick",
        "Dan Quarry",
    ),
    ("J-J37", "“The crypt is flooded,” said Dean and Archdeacon Daniel Quarry.", "crypt is flooded", "Daniel Quarry"),
    (
        "J-J38",
        "Chair and Artistic Director Kate Quarry said: “The season is sold out.”",
        "season is sold out",
        "Kate Quarry",
    ),
    (
        "J-J39",
        "Governor and Chaplain Daniel Quarry visited the wing.\n\n“The men are frightened,” Quarry said.",
        "men are frightened",
        "Daniel Quarry",
    ),
    ("R-R35", "Rovers host Seal Bay on Saturday.\n\n“We are ready,” he said.", "We are ready", None),
    (
        "R-R36",
        "Quarnby will host Harvest Festival next month.\n\n“We expect ten thousand people,” she said.",
        "ten thousand",
        None,
    ),
    (
        "R-R37",
        "The school will host Open Day on Saturday.\n\n“Every parent is welcome,” she said.",
        "Every parent",
        None,
    ),
    (
        "R-R39",
        "Kate Quarry will crew Storm Bay in the Fastnet.\n\n“She is a wet boat,” she said.",
        "wet boat",
        "Kate Quarry",
    ),
    (
        "R-R40",
        "The Vell twins will host Book Week at the library.\n\n“We have forty authors coming,” said Kate Vell.",
        "forty authors",
        "Kate Vell",
    ),
    (
        "N-N27",
        "“It is an honour,” said Anton Quellmann AG, the Zurich engineering group.",
        "It is an honour",
        "Anton Quellmann AG",
    ),
    (
        "N-N29",
        "Kate Anne QUINN has lived on the estate for fifty years.\n\n“Nobody asked us,” Quinn said.",
        "Nobody asked us",
        "Kate Anne QUINN",
    ),
    ("F-F36", "Dr Lindiwe Helen Dlamini said: “We need beds.”", "need beds", "Lindiwe Helen Dlamini"),
]


@pytest.mark.parametrize(
    ("probe", "text", "quote", "speaker"), _REVIEW_V449_V451, ids=[p[0] for p in _REVIEW_V449_V451]
)
def test_review_of_v449_to_v451_probes(probe, text, quote, speaker):
    _check_probe(probe, text, quote, speaker)


def test_people_of_a_place_however_counted_are_not_the_place():
    for lead in ("two residents of", "residents of", "the residents of", "three neighbours of"):
        text = f"\u201cWe were never asked,\u201d {lead} Quarnby Lane said."
        assert [q.speaker for q in extract_quotes(text)] == [None], lead
    # a body's people speak for it, as before
    text = "\u201cWe were never asked,\u201d workers of Quarnby Motors said."
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby Motors"]


def test_a_place_after_on_or_at_is_never_the_he_or_she_who_speaks():
    text = (
        "A neighbour who opened the gate of the house on Quarnby Rise would not comment on the arrests. Later, "
        "she told reporters: \u201cHe is a good boy and has done nothing wrong.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] == [None]
    text = "A walker who found an injured deer on Vexley Common called a charity. \u201cIt was in a bad way,\u201d she said."
    assert [q.speaker for q in extract_quotes(text)] == [None]
    # a person named there as well as elsewhere is a person still
    text = (
        "Brisa Quarnby spoke to reporters. Her daughter lives with Osric Vexley now.\n\n"
        "\u201cWe will be fine,\u201d she said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Brisa Quarnby"]


def test_a_dateline_of_two_short_words_in_capitals_is_nobody():
    # "NEW VEXLEY - ...": the town a story was filed from, even when no word of it has four letters
    text = (
        "NEW VEXLEY - More than 300 porters have signed a letter asking the harbour board for "
        "\u201ca fair hearing of what we see on the night shift.\u201d"
    )
    assert _speakers(text)["a fair hearing of what we see on the night shift."] is None


def test_a_title_abbreviated_without_a_vowel_is_no_speaker_and_ends_no_sentence():
    # "Qrt. Brisa Vexwick-Ollen": a form of address the lists lack, written as an abbreviation with a full stop
    text = (
        "Ports Minister Qrt. Brisa Vexwick-Ollen toured the quay on Monday.\n\n"
        "\u201cThe cranes will be back within a fortnight,\u201d the minister said.\n\n"
        "Qrt. Vexwick-Ollen later told dockers to \u201ckeep the night gangs at home until then\u201d."
    )
    got = _speakers(text)
    assert got["The cranes will be back within a fortnight,"] == "Brisa Vexwick-Ollen"
    assert got["keep the night gangs at home until then"] == "Brisa Vexwick-Ollen"


def test_a_he_inside_a_quote_after_someone_described_with_an_adjective_is_that_someone():
    # "a young official came over. He said, '...'": the person the speaker describes, whom nobody names
    text = (
        "Osric Vexley, who captains the home side, said the officials had been apologetic. The visiting "
        "manager, Teodor Quarnby, was less forgiving.\n\n"
        "\u201cAt half-time a young official came over. He said, \u2018We missed the handball, sorry,\u2019\u201d "
        "Vexley said."
    )
    got = _speakers(text)
    assert got["We missed the handball, sorry,"] is None
    assert got.get("At half-time a young official came over. He said, \u2018We missed the handball, sorry,\u2019") == (
        "Osric Vexley"
    )


def test_a_place_s_name_before_the_noun_for_what_it_is_mentions_nobody():
    # "at the Vexmoor health centre": the place the island's name labels, no mention that could take her "she"
    text = (
        "Rescuers reached Isla Vexmoor by noon.\n\n"
        "Gertrud Ansel, 36, spoke at the Vexmoor health centre. \u201cThe boat leaned twice,\u201d she said."
    )
    assert _speakers(text) == {"The boat leaned twice,": "Gertrud Ansel"}


def test_one_name_no_list_knows_with_an_age_opening_a_sentence_is_a_person():
    # "Osvaldina, 41, ...": many people go by one name, and only a person has an age set off so
    for text in (
        "Divers searched the channel off Isla Vexmoor on Friday.\n\n"
        "Osvaldina, 41, who goes by a single name, talked to journalists via a translator. "
        "\u201cWaves broke over the rail twice,\u201d she said.",
        "Tomasz Quarnby runs the ferry.\n\nOsvaldina, 41, waited on the jetty for news. "
        "\u201cWaves broke over the rail twice,\u201d she said.",
    ):
        assert _speakers(text) == {"Waves broke over the rail twice,": "Osvaldina"}
    # ... but not a relative of a family the article names otherwise, nor a surname it gives in full elsewhere
    text = (
        "Tomasz Quarnby runs the ferry. His daughter, Osvaldina, 19, helps on Saturdays.\n\n"
        "\u201cShe knows every rope on the boat,\u201d he said."
    )
    assert _speakers(text) == {"She knows every rope on the boat,": "Tomasz Quarnby"}


def test_one_word_set_off_after_a_body_s_or_a_place_s_name_is_its_town():
    # "a surgeon at the Quarnby Royal Infirmary, Marnwick, agreed": where the infirmary is, nobody to be a "he"
    text = (
        "Brisa Quell, who led the trial, called the results modest.\n\n"
        "Dr Osric Vexley, a surgeon at the Quarnby Royal Infirmary, Marnwick, agreed they were promising.\n\n"
        "He added: \u201cWe will need a larger trial before anything changes.\u201d"
    )
    assert _speakers(text) == {"We will need a larger trial before anything changes.": "Osric Vexley"}


def test_a_surname_named_before_and_a_full_name_are_two_people():
    # "Vexmoor and Kwabena Quarnby-Lund": the woman already named, then a colleague by his full name (a given
    # name the name lists lack)
    text = (
        "Ingrid Vexmoor checks the sensors at dawn.\n\n"
        "Vexmoor and Kwabena Quarnby-Lund, glaciologists at the Quell Institute for Ice Studies, have spent "
        "three summers on the ice.\n\n"
        "\u201cThe ice moves in bursts,\u201d Quarnby-Lund says."
    )
    assert _speakers(text) == {"The ice moves in bursts,": "Kwabena Quarnby-Lund"}


def test_a_name_with_an_age_after_to_is_a_person_not_a_place():
    # "belongs to Osric Pruell, 71,": after "to" a name the lists lack may be a place's, but not with an age
    text = (
        "The voice on the farm report belongs to Osric Pruell, 71, who retires on Friday.\n\n"
        "\u201cRain by noon, friends,\u201d Pruell said on Tuesday.\n\n"
        "His wife, Brisa Pruell, keeps the station's accounts."
    )
    assert _speakers(text) == {"Rain by noon, friends,": "Osric Pruell"}


def test_a_document_is_the_body_that_issued_it_named_by_its_noun():
    # "the sheriff's department put out a notice. '...,' the notice said": the department's, not the last man's
    text = (
        "Deputies from the Quarnby County Sheriff's Department traced the calls to a kiosk.\n\n"
        "Brisa Quell lost $9,000. Her son, Osric Quell, now checks her bank statements every week.\n\n"
        "Late on Friday the sheriff's department put out a notice. \"Never pay a caller in gift cards. Hang up,\" "
        "the notice said."
    )
    assert _speakers(text) == {"Never pay a caller in gift cards. Hang up,": "Quarnby County Sheriff's Department"}


def test_a_person_the_article_names_by_a_first_name_alone_takes_her_own_she():
    # "identified here by her given name, Lucia,"; "Lucia, a 58-year-old grandmother who"; "The farmer's
    # granddaughter, Lucia,": each a person known by one given name, so the "she" after is hers, not the woman
    # named before
    cases = (
        "Brisa Quell-Okafor heads the research unit. \u201cThe effect is modest,\u201d she said.\n\n"
        "A ward sister, identified here by her given name, Lucia, finishes at dawn. \u201cThe first month was "
        "awful,\u201d she said.",
        "\u201cThe queue starts at six,\u201d said Brisa Quell-Okafor, who runs the pantry.\n\n"
        "Lucia, a 58-year-old grandmother who sells eggs at her gate, joined the line. She has lived in the "
        "valley all her life.\n\n\u201cThe first month was awful,\u201d she said.",
        "Brisa Quell-Okafor led the ewes down from the fell. \u201cWe lost none,\u201d she said.\n\n"
        "The farmer\u2019s granddaughter, Lucia, aged eight, carried the smallest lamb. \u201cThe first month was "
        "awful,\u201d she said.",
    )
    for text in cases:
        assert _speakers(text)["The first month was awful,"] == "Lucia"


def test_a_given_name_after_an_age_is_a_person_of_one_name():
    # "The nine-year-old Ezio, who came with his gran,": a child named by his given name alone
    text = (
        "Osric Quell chairs the library friends. \u201cWe will fight this,\u201d he said.\n\n"
        "The nine-year-old Ezio, who came with his gran, had a simpler worry. \u201cWhere do the books go back "
        "now?\u201d he asked."
    )
    assert _speakers(text)["Where do the books go back now?"] == "Ezio"


def test_the_one_told_answers_and_the_bare_turns_after_alternate():
    # '"...," Vexley tells her.' then bare one-line quotes: hers, his, hers
    text = (
        "Brisa Quell has managed the unit since 2015. \u201cNights are quiet until they are not,\u201d she says.\n\n"
        "At 3am the registrar, Osric Vexley, walks in fast.\n\n"
        "\u201cBed four is dropping,\u201d Vexley tells her.\n\n"
        "\u201cI know. I have paged the team.\u201d\n\n\u201cWhen?\u201d\n\n\u201cTwo minutes ago.\u201d"
    )
    got = [(q.text, q.speaker) for q in extract_quotes(text, unclear_below=0.0)]
    assert got[2:] == [
        ("I know. I have paged the team.", "Brisa Quell"),
        ("When?", "Osric Vexley"),
        ("Two minutes ago.", "Brisa Quell"),
    ]


def test_a_reply_before_a_colon_answers_the_question_before_it_and_says_the_quote_after():
    # '"Where did the money go?", Quell replied: "..."': the question is the heckler's, the answer Quell's
    text = (
        "As a heckler by the door yelled up at the stage, \u201cWhere did the money go?\u201d, Brisa Quell "
        "replied: \u201cInto the pipes.\u201d"
    )
    got = {q.text: q.speaker for q in extract_quotes(text, unclear_below=0.0)}
    assert got == {"Where did the money go?": None, "Into the pipes.": "Brisa Quell"}


def test_bare_abbreviations_that_are_no_titles_still_end_sentences_and_runs():
    # a province, a street, a firm's legal form, a growl, an exclamation: only a title before a name is one
    cases = (
        ("Brisa Vexley met Osric Quill in Windsor, Ont. He said: \u201cThe road is shut.\u201d", "Osric Quill"),
        ("Osric Quill was hit on Tarn Blvd. Brisa Quell said: \u201cThe road is shut.\u201d", "Brisa Quell"),
        ("Lost again, Osric Quill sighed. Grrr. He said: \u201cThe road is shut.\u201d", "Osric Quill"),
        ("Osric Quill hushed the room. Shhh! Brisa Vexley then said: \u201cThe road is shut.\u201d", "Brisa Vexley"),
    )
    for text, who in cases:
        assert _speakers(text) == {"The road is shut.": who}
    assert _speakers("Osric Quill runs Quarnby Holdings Ltd. She said: \u201cThe road is shut.\u201d") == {
        "The road is shut.": None
    }


def test_the_new_rules_keep_to_their_cases():
    # v463: "there was a young official" brings him in, as "a young official came" does
    text = (
        "Teodor Quarnby, the visiting manager, was furious.\n\n"
        "\u201cThere was a young official by the gate. He said, \u2018Wait here,\u2019\u201d Osric Vexley said."
    )
    assert _speakers(text)["Wait here,"] is None
    # v464: a later "When Quessa arrived" is no full name of which Quessa is the surname
    text = (
        "\u201cThe camp is full,\u201d said Brisa Vexley, who runs it.\n\n"
        "Quessa, 36, spoke through an interpreter. \u201cI walked for days,\u201d she said. When Quessa arrived, "
        "the gates were shut."
    )
    assert _speakers(text)["I walked for days,"] == "Quessa"
    # v465: a person described after the place's name is no town
    text = "At Marnwick Town Hall, Quessa, a nurse, stood up. \u201cWe are exhausted,\u201d she said."
    assert _speakers(text) == {"We are exhausted,": "Quessa"}
    # v468: the body that issued a notice, in the article's first paragraph too
    text = (
        "Deputies from the Quarnby County Sheriff's Department traced the calls to a kiosk. Brisa Quell lost "
        "$9,000, and her son, Osric Quell, now checks her statements. Late on Friday the sheriff's department put "
        "out a notice. \"Never pay a caller in gift cards. Hang up,\" the notice said.\n\nThe calls have stopped."
    )
    assert _speakers(text)["Never pay a caller in gift cards. Hang up,"] == "Quarnby County Sheriff's Department"
    # v470: "tells her" after a girl is brought in, and long after the last woman spoke: nobody told is known
    text = (
        "Ana Pruell watched from the kerb. \u201cThey were always close,\u201d she said.\n\n"
        "Osric Quill kneels beside his daughter, Mia, 6.\n\n"
        "\u201cDon't be scared,\u201d Quill tells her.\n\n\u201cThe doctor will be here soon.\u201d"
    )
    assert _speakers(text)["The doctor will be here soon."] == "Osric Quill"
    # ... and by name: '"...," he told Brisa Quell.' then her answer
    text = (
        "Brisa Quell and Osric Vexley met at the depot.\n\n"
        "\u201cThe vans are late again,\u201d Vexley told Brisa Quell.\n\n\u201cThey always are.\u201d"
    )
    assert _speakers(text)["They always are."] == "Brisa Quell"


def test_spanish_double_surnames_shorten_to_the_first():
    # "Quarnby said" after "Brisa Aurelia Quarnby Vexley": the father's surname, the one the copy uses
    text = (
        "With most ballots counted, Brisa Aurelia Quarnby Vexley, a former teacher, led by 600 votes.\n\n"
        "\u201cThe valley has chosen,\u201d Quarnby told supporters in the square."
    )
    assert _speakers(text) == {"The valley has chosen,": "Brisa Aurelia Quarnby Vexley"}


def test_places_and_things_that_look_like_names_take_no_quote():
    # an address's town; a room a body owns; a body's long name cut after a role word; a letter and a noun
    cases = (
        (
            "Brenda Quell-Hale, 54, of Church Lane, Upper Tilsby, has admitted two charges of theft.\n\n"
            "Giving evidence on Tuesday, she said: \u2018I spent the money on bills.\u2019",
            "I spent the money on bills.",
            "Brenda Quell-Hale",
        ),
        (
            "Aurek Pryce-Morgan, standing by a tank in the university\u2019s Tollard Room, said the timber was "
            "sound. \u201cWet wood keeps,\u201d he said.",
            "Wet wood keeps,",
            "Aurek Pryce-Morgan",
        ),
    )
    for text, quote, who in cases:
        assert _speakers(text)[quote] == who
    text = "Fans at the gate wore T-shirts that read \u201cFREE THE COMET.\u201d"
    assert _speakers(text) == {"FREE THE COMET.": None}
    text = (
        "\u201cThe offer stands until March,\u201d said Ingrid Tannvik, who runs the Bureau of the Regional "
        "Commissioner for the Quarnby Isles."
    )
    assert _speakers(text) == {"The offer stands until March,": "Ingrid Tannvik"}
    assert "for the Quarnby Isles" not in {e.name for e in Registry(text, []).entities}


def test_a_wire_credit_after_a_dated_dateline_is_nobody():
    # "QUARNBY, June 12 (Quell Wire) -": the agency that sent the story, no one in it
    text = "QUARNBY, June 12 (Quell Wire) - Vexmoor Freight Corp said on Friday it would close two depots."
    assert [e.name for e in Registry(text, []).entities] == ["Vexmoor Freight Corp"]


def test_a_letter_sent_to_someone_by_a_person_unnamed_is_nobody_s():
    # "an email written to the council by a tenant": the tenant's, whom the article does not name
    text = (
        "Councillor Aurek Tannvik began the debate with an email written to the council by a tenant in "
        "Quarnby Creek.\n\n"
        "\u201cThe damp came back within a week of the repair,\u201d the email said."
    )
    assert _speakers(text) == {"The damp came back within a week of the repair,": None}


def test_the_one_written_to_is_not_the_writer():
    # "Quell texted her sister, Ana Vexley, to say:": Quell wrote; the sister is the one written to
    assert _speakers("Brisa Quell texted her sister, Ana Vexley, to say: \u201cThe bus is stuck in the snow.\u201d") == {
        "The bus is stuck in the snow.": "Brisa Quell"
    }
    # ... but the one a possessive owns is the subject ("Quell's sister, Ana Vexley, said")
    assert _speakers("Brisa Quell's sister, Ana Vexley, said: \u201cThe bus is stuck in the snow.\u201d") == {
        "The bus is stuck in the snow.": "Ana Vexley"
    }


def test_a_he_or_she_calling_a_parent_inside_a_quote_is_no_guessed_outsider():
    # "Every night he rings and tells me, 'Mum, ...'" from a pupil's mother: her son's words, not the nearest man's
    text = (
        "The head teacher, Aurek Vexley, told the Quarnby Courier a new policy was in place. "
        "\u201cThe corridors are calm,\u201d he said.\n\n"
        "One mother of a pupil said: \u201cEvery night he rings and tells me, \u2018Mum, the lift is broken "
        "again.\u2019 Nobody fixes it.\u201d"
    )
    assert _speakers(text)["Mum, the lift is broken again."] is None
    # ... but a son of the family the article names keeps his name
    family = (
        "Ezio Quill, 19, died at the quarry. His mother, Brisa Quill, spoke outside court.\n\n"
        "\u201cHe sent me a picture from the crane,\u201d she said. \u201cHe said, \u2018Mum, stop fussing, "
        "the ropes are new.\u2019\u201d"
    )
    assert _speakers(family)["Mum, stop fussing, the ropes are new."] == "Ezio Quill"


def test_a_plural_title_after_a_modifier_is_no_part_of_the_first_name():
    # "Foreign Ministers X and Y met": each is a foreign minister; the title is nobody's name
    text = (
        "Foreign Ministers Ingrid Vexley and Paolo Quill met for five hours on Tuesday.\n\n"
        "\u201cThe map is older than both our countries,\u201d Vexley said."
    )
    assert _speakers(text) == {"The map is older than both our countries,": "Ingrid Vexley"}


def test_a_body_owned_by_a_person_named_in_full_is_the_body():
    # "Quill's Green Renewal Alliance said": the alliance speaks, not a body called "Quill's ..."
    text = (
        "The opposition leader, Ezio Quill, conceded on Sunday night.\n\n"
        "Quill\u2019s Green Renewal Alliance said in a statement: \u201cFour more years of waiting, then.\u201d"
    )
    assert _speakers(text) == {"Four more years of waiting, then.": "Green Renewal Alliance"}
    # ... while a shop named for someone nobody in the article is stays whole
    shop = "Vexley\u2019s Bakery Group said in a statement: \u201cThe ovens are cold.\u201d"
    assert _speakers(shop) == {"The ovens are cold.": "Vexley\u2019s Bakery Group"}

    firm = (
        "Brisa Quill opened the shop in 1971.\n\n"
        "Quill\u2019s Hardware Company put out a note: \u201cThe doors open again on Monday.\u201d"
    )
    assert _speakers(firm) == {"The doors open again on Monday.": "Quill\u2019s Hardware Company"}

def test_a_body_named_for_several_places_keeps_its_first_place():
    text = (
        "The Quarnby, Tannahill and Vexmoor Food Network runs 40 pantries.\n\n"
        "\u201cWe are the fourth service now,\u201d said a spokeswoman for Quarnby, Tannahill and Vexmoor Food Network."
    )
    assert _speakers(text) == {"We are the fourth service now,": "Quarnby, Tannahill and Vexmoor Food Network"}

    people = (
        "Guests at the opening included Tarrow, Aurek Vexley and Quarnby Housing Trust.\n\n"
        "\u201cThe keys are ours at last,\u201d Tarrow told reporters."
    )
    assert _speakers(people)["The keys are ours at last,"] != "Tarrow, Aurek Vexley and Quarnby Housing Trust"

def test_a_paper_nobody_is_said_to_have_written_is_not_the_last_person_named_paragraphs_back():
    text = (
        "Aurek Vexley, 44, admitted the offence at Quarnby Magistrates Court.\n\n"
        "His solicitor, Ezio Quill, spoke for him. "
        "\u201cHe has paid for the repairs himself,\u201d Mr Quill said.\n\n"
        "Repairs to the bus shelter cost the town 900 pounds.\n\n"
        "The note, read out to the magistrates, said: \u201cI regret every minute of that night.\u201d"
    )
    assert _speakers(text)["I regret every minute of that night."] is None
    # ... but one named in the sentence before is still the one whose paper it is
    near = (
        "Brisa Quarnby wrote to every household on the estate last week. "
        "The letter said: \u201cThe boiler will be replaced by March.\u201d"
    )
    assert _speakers(near)["The boiler will be replaced by March."] == "Brisa Quarnby"


def test_a_bare_quote_after_a_paragraph_of_narrative_is_not_carried_over():
    # the last speaker two paragraphs up, a paragraph of the reporter's own between: as often someone else's
    text = (
        "\u201cWe will open on time,\u201d the site manager, Aurek Vexley, said on Monday.\n\n"
        "Work began in 2019; the cladding is still stacked under tarpaulins by the gate.\n\n"
        "\u201cNobody has told the families anything.\u201d"
    )
    assert _speakers(text)["Nobody has told the families anything."] is None
    # ... while a bare paragraph straight after the speaker's goes on with the speaker
    straight = (
        "\u201cWe will open on time,\u201d the site manager, Aurek Vexley, said on Monday.\n\n"
        "\u201cThe fit-out crews start again at six tomorrow.\u201d"
    )
    assert _speakers(straight)["The fit-out crews start again at six tomorrow."] == "Aurek Vexley"


def test_an_answer_to_a_question_from_the_floor_is_the_one_said_to_be_asked():
    text = (
        "\u201cThe descent was a disgrace,\u201d said the runner-up, Ezio Quill, after the stage.\n\n"
        "At the news conference, the winner, Aurek Vexley, was asked about the rider who crashed.\n\n"
        "\u201cDoes it count for less without him?\u201d one reporter asked.\n\n"
        "\u201cNo. He would have gone for it in my place. Racing is cruel.\u201d"
    )
    assert _speakers(text)["No. He would have gone for it in my place. Racing is cruel."] == "Aurek Vexley"

    request = (
        "\u201cThe season is not over,\u201d the manager, Brisa Quill, said after the defeat.\n\n"
        "Her captain, Aurek Vexley, was asked to rest for the final quarter with a sore calf.\n\n"
        "\u201cIs the league gone?\u201d one reporter asked.\n\n"
        "\u201cNo. Nine fixtures to play, and this squad can win them.\u201d"
    )
    assert _speakers(request)["No. Nine fixtures to play, and this squad can win them."] != "Aurek Vexley"

def test_an_answer_to_a_question_that_calls_a_role_is_the_role_holder_s():
    text = (
        "\u201cWe need the homes,\u201d Mayor Cr Ingrid Vexley said at the meeting.\n\n"
        "Cr Paolo Quill, one of three no votes, accused the chamber of having \u201cgone soft\u201d on the builder.\n\n"
        "\u201cHave you stood in that paddock at dusk, Mayor?\u201d Cr Quill asked.\n\n"
        "\u201cI have, more than once.\u201d"
    )
    assert _speakers(text)["I have, more than once."] == "Ingrid Vexley"


def test_a_question_put_in_the_sentence_before_is_no_reported_speech_of_the_asker():
    # "X asked her: '...?'" then "'...,' she replied": she is the one asked, even when X's sex is unknown
    text = (
        "The sprinter Brisa Quill lost her appeal on Friday.\n\n"
        "According to the ruling, the panel chair, Professor Hollis Vexley, asked her at a hearing in June: "
        "\u201cWhy was the tablet not on your form?\u201d\n\n"
        "\u201cBecause the label listed only vitamins,\u201d she replied."
    )
    assert _speakers(text)["Because the label listed only vitamins,"] == "Brisa Quill"

    # ... but one who asks the room and then "said" goes on in her own words
    going_on = (
        "Councillor Aurek Vexley defended the cuts at the packed meeting.\n\n"
        "A parent, Brisa Quill, asked the panel: \u201cWho decided to shut the pool?\u201d\n\n"
        "\u201cThe children found out from a poster,\u201d she said."
    )
    assert _speakers(going_on)["The children found out from a poster,"] == "Brisa Quill"

def test_a_sayer_after_a_named_person_s_claim_keeps_the_quote():
    # "X's claim that ... was 'nonsense', Y said": Y judges the claim in Y's own words
    text = (
        "Ezio Quarnby, the opposition leader, spoke on Monday.\n\n"
        "Brisa Quill\u2019s claim that the count was fixed was \u201cpure fantasy\u201d, Quarnby said."
    )
    assert _speakers(text)["pure fantasy"] == "Ezio Quarnby"

def test_the_byline_names_who_wrote_the_story_not_anyone_in_it():
    text = (
        "By Ingrid Vexley\n\n"
        "QUARNBY \u2014 A woman was pulled from the river on Sunday after clinging to a branch for an hour.\n\n"
        "\u201cThe water was colder than anything,\u201d she said from her hospital bed."
    )
    assert _speakers(text) == {"The water was colder than anything,": None}


def test_the_second_verb_of_what_was_said_is_its_own_subject_s():
    # "X said one man rang the hotline and begged an operator, '...'": the man's words, not X's
    text = (
        "\u201cWe knocked on every door,\u201d the county\u2019s emergency director, Ingrid Vexley, said.\n\n"
        "Vexley said one man rang the hotline after midnight and told an operator, \u201cI want to leave now.\u201d"
    )
    assert _speakers(text)["I want to leave now."] is None

    # ... but not where what was said has a thing for its subject: "X said a new hall would open and told ..."
    thing = "Brisa Quill said a new hall would open in spring and told the members, \u201cWe are staying put.\u201d"
    assert _speakers(thing)["We are staying put."] == "Brisa Quill"

def test_a_possessive_name_after_said_is_inside_what_was_said_not_the_sayer():
    # "One adviser, speaking without a name, said Quill's campaign had 'gambled ...'": whose campaign, not the sayer
    text = (
        "Ezio Quill lost the recount on Monday.\n\n"
        "One adviser who worked on the count, and who would speak only without a name, said Quill\u2019s "
        "campaign had \u201cgambled on one poll\u201d."
    )
    assert _speakers(text)["gambled on one poll"] is None


def test_a_song_sung_by_no_one_named_at_its_verb_is_the_crowd_s():
    text = (
        "Aurek Vexley, the visitors' winger, equalised with eight minutes left.\n\n"
        "Long before Vexley's header, the north stand was singing \u201cQuarnby on the march\u201d and waving "
        "scarves, and it kept going well after the whistle."
    )
    assert _speakers(text) == {"Quarnby on the march": None}
    # ... but a singer named at the verb sang it, and words said of singing are the sayer's
    assert _speakers("Ezio Quill, 70, sang \u201cThe tide is in\u201d to a full hall.") == {"The tide is in": "Ezio Quill"}
    said = "Brisa Quill recalled that her two sons were forever singing \u201cwhen the boats come home\u201d."
    assert _speakers(said) == {"when the boats come home": "Brisa Quill"}

    far = "Brisa Quill rose from the back pew at the funeral and sang \u201cthe lanterns guide us home\u201d alone."
    assert _speakers(far) == {"the lanterns guide us home": "Brisa Quill"}
    pronoun = "Ingrid Vexley has a new record out. On its closing track she sings: \u201cI kept the harbour light.\u201d"
    assert _speakers(pronoun)["I kept the harbour light."] == "Ingrid Vexley"

def test_words_one_was_told_by_a_named_person_are_that_person_s():
    text = (
        "A pensioner in Quarnby paid \u00a39,000 after being told by Aurek Vexley that his gutters were "
        "\u201cready to fall on the car\u201d, the prosecutor, Brisa Quill, said."
    )
    assert _speakers(text)["ready to fall on the car"] == "Aurek Vexley"

    # ... but not across a comma into a clause with a speaker of its own
    clause = (
        "Brisa Quill was told by Aurek Vexley last winter that the field was hers, but the sale was "
        "\u201cnever put on paper\u201d, her solicitor, Ezio Quarnby, said."
    )
    assert _speakers(clause)["never put on paper"] == "Ezio Quarnby"

def test_a_quote_after_a_colon_ends_the_sentence_its_stop_closes():
    # 'X said Y told officers: "...." The footage showed a "..." attack, the sergeant said.': two sentences
    text = (
        "Garda Sergeant Aurek Meadow gave evidence on Tuesday.\n\n"
        "Sgt Meadow said Ezio Quill insisted to officers that night: \u201cI only pulled him away. Ask anyone.\u201d "
        "Camera footage later showed a \u201crelentless and brutal\u201d attack, the sergeant said."
    )
    got = _speakers(text)
    assert got["I only pulled him away. Ask anyone."] == "Ezio Quill"
    assert got["relentless and brutal"] == "Aurek Meadow"


def test_a_short_bare_turn_after_one_of_a_pair_who_talk_to_each_other_is_the_other_s():
    text = (
        "Brisa Quill has run the forge with her nephew, Ezio Vexley, since 2011. They disagree with each other "
        "on whether it will rain, daily.\n\n"
        "\u201cIt will rain by noon,\u201d Vexley said.\n\n"
        "\u201cIt has not rained by noon since Easter.\u201d"
    )
    assert _speakers(text)["It has not rained by noon since Easter."] == "Brisa Quill"
    # ... but a turn that opens with "But" goes on with the last speaker
    going_on = text.replace("It has not rained by noon since Easter.", "But I have been wrong before.")
    assert _speakers(going_on)["But I have been wrong before."] == "Ezio Vexley"


def test_a_country_s_runner_named_by_words_no_list_knows_is_named_without_the_country():
    # "Vornland's Quessa Tadrel Vexu won": the possessive is where she runs for, no part of her name
    text = (
        "In the 5,000m, Vornland\u2019s Quessa Tadrel Vexu won by ten seconds.\n\n"
        "\u201cThe heat was very hard for me,\u201d Quessa said."
    )
    assert _speakers(text)["The heat was very hard for me,"] == "Quessa Tadrel Vexu"


def test_a_person_of_a_body_whose_name_ends_in_its_kind_is_the_person():
    # "asked X Y of Tarnholm Community Radio": the reporter, then the station (given names no list knows)
    text = "\u201cWill the staff also be cut?\u201d asked Mwazo Tadrel of Tarnholm Community Radio."
    assert _speakers(text)["Will the staff also be cut?"] == "Mwazo Tadrel"


def test_people_of_a_body_and_its_field_joined_by_in_are_one_name():
    text = "The Quarnby Women in Peace Network said it was \u201cdeeply worried\u201d."
    assert _speakers(text)["deeply worried"] == "Quarnby Women in Peace Network"
    # ... but a whole body and the place it is in (or speaks in) are not one name
    place = "The Bank of Quarnby in Vexholm said the rise was \u201cmodest\u201d."
    assert _speakers(place)["modest"] == "Bank of Quarnby"
    parliament = "The Church of Quarnby in Parliament said the bill was \u201ccruel\u201d."
    assert _speakers(parliament)["cruel"] == "Church of Quarnby"


def test_a_firm_with_a_bracket_before_its_legal_form_is_one_name():
    text = (
        "Quarnby & Vexley (Tarnholm) Ltd said it had called in administrators.\n\n"
        "\u201cEvery option has been explored,\u201d the company said."
    )
    assert _speakers(text)["Every option has been explored,"] == "Quarnby & Vexley (Tarnholm) Ltd"


def test_a_title_abbreviated_without_a_vowel_before_an_initial_is_no_speaker():
    for title in ("Qrt.", "Qrt"):
        text = f"\u2018We are paying for water we have not seen,\u2019 said {title} R. Tadrel, 52, a tailor."
        assert _speakers(text)["We are paying for water we have not seen,"] == "R. Tadrel"
    # ... but a surname with no vowel after its first letter is a name ("Ong")
    ong = "\u201cIt was tarred with one brush,\u201d said Ong Siew Quill, a contractor."
    assert _speakers(ong)["It was tarred with one brush,"] == "Ong Siew Quill"


def test_a_title_after_the_with_the_holder_apposed_is_no_speaker():
    # "The Vexarch, Cllr Brisa Quill, ...": a title of some country's the lexicon lacks, then its holder
    text = (
        "The Vexarch, Cllr Brisa Quill, called for order and reminded both men that "
        "\u2018family business is for Sunday dinner\u2019."
    )
    assert _speakers(text)["family business is for Sunday dinner"] == "Brisa Quill"
    said = "The Vexarch, Aurek Quarnby, said the vote was \u2018a disgrace\u2019."
    assert _speakers(said)["a disgrace"] == "Aurek Quarnby"


def test_a_participle_after_a_quote_takes_no_speaker_after_it():
    # "said he would 'think about' asking the owners of X": X is asked, and says nothing
    text = (
        "Jockey Aurek Quill rode Vexley Mist to second place.\n\n"
        "Quill said he would \u2018think about\u2019 asking the owners of Vexley Mist to appeal."
    )
    assert _speakers(text)["think about"] == "Aurek Quill"


def test_a_place_called_nearby_is_no_person_a_pronoun_can_take():
    text = (
        "A dairy farmer from nearby Quarn Mill, who asked that his name not be used, said he did not blame "
        "them. \u2018I understand why they\u2019re selling,\u2019 he said."
    )
    got = _speakers(text)
    assert got["I understand why they\u2019re selling,"] is None


def test_the_one_a_speaker_was_asked_about_is_not_the_she_who_answers():
    text = (
        "\u201cBoth jams were exceptional,\u201d Mrs Quarnby said. \u201cMrs Vexley\u2019s had the edge.\u201d\n\n"
        "Asked which Mrs Vexley, she laughed and said: \u201cI\u2019m not getting involved in that.\u201d"
    )
    assert _speakers(text)["I\u2019m not getting involved in that."] == "Quarnby"


def test_a_bare_shout_heard_from_someone_is_theirs_not_the_reporting_speaker_s():
    base = (
        "Callum Vexley, 41, denies assault. Fiscal depute Brisa Quill told the court the brothers had argued "
        "all evening.\n\nShe said a witness heard {who} shout \u201cIt was never yours\u201d before the blow."
    )
    assert _speakers(base.format(who="a man"))["It was never yours"] is None
    # "heard him shout": the one "him" is, never the one reporting it
    assert _speakers(base.format(who="him"))["It was never yours"] == "Callum Vexley"
    assert _speakers(base.format(who="Callum Vexley"))["It was never yours"] == "Callum Vexley"
    # ... but inside a quote, where the teller knows who "him" is, unclear
    inside = (
        "Callum Vexley, 41, denies assault.\n\n"
        "\u201cI was at the bar. I heard him shout \u2018It was never yours\u2019 and then it started,\u201d "
        "said Brisa Quill, a witness."
    )
    assert _speakers(inside)["It was never yours"] is None


def test_a_bare_turn_telling_the_last_speaker_what_they_said_is_the_other_person_s():
    text = (
        "We meet in the caf\u00e9 of the arts centre, where Aurek, 52, is reading that evening. His sister, Brisa "
        "Quill, has come along to hear it, she says.\n\n"
        "\u2018She thinks I stole her best lines,\u2019 Aurek says.\n\n"
        "\u2018You did steal my best lines.\u2019\n\n"
        "\u2018Two of them.\u2019"
    )
    got = _speakers(text)
    assert got["You did steal my best lines."] == "Brisa Quill"
    assert got["Two of them."] == "Aurek"
    # ... and unclear when the narrative names no one else to have said it back
    alone = text.replace("His sister, Brisa Quill, has come along to hear it, she says.", "The room is full.")
    assert _speakers(alone)["You did steal my best lines."] is None


def test_the_second_reader_s_ordinary_sentences_keep_their_speakers():
    # what a second reader found the rules of this session getting wrong on ordinary copy, each mended
    cases = [
        # "nearby" after no preposition: no place
        ('Living nearby Aurek Quill, 70, heard the crash. "It shook the whole house," he said.', "It shook the whole house,", "Aurek Quill"),
        # a given name with no vowel, no title before a name
        ('Tsz Kin Vexley said: "The rent has doubled."', "The rent has doubled.", "Tsz Kin Vexley"),
        # a body and the town it is in, a town named by an everyday word
        ('The Chamber of Commerce in Bath said: "Footfall is down again."', "Footfall is down again.", "Chamber of Commerce"),
        # anyone's "you": the last speaker going on
        (
            "Brisa Quarnby, 81, has lived on Mill Lane since 1962. Her late husband, Aurek, built the house.\n\n"
            '"It was terrifying, the water just kept coming," said Mrs Quarnby.\n\n'
            '"You never think it will happen to you."',
            "You never think it will happen to you.",
            "Brisa Quarnby",
        ),
        (
            "Firefighter Brisa Keyes worked alongside station manager Aurek Orr.\n\n"
            '"It was the worst I have seen," she said.\n\n'
            '"You did everything you could and it still was not enough."',
            "You did everything you could and it still was not enough.",
            "Brisa Keyes",
        ),
    ]
    for text, quote, speaker in cases:
        assert _speakers(text)[quote] == speaker, text


def test_a_body_named_with_and_between_everyday_words_is_one_speaker():
    text = "A spokeswoman for Quarnby Track and Field said the federation \u201crespects the tribunal\u201d."
    assert _speakers(text)["respects the tribunal"] == "Quarnby Track and Field"
    # ... but two places or two people joined by "and" never spoke one quote together
    places = "Quarnby and Vexholm said the line would \u201creopen soon\u201d."
    assert _speakers(places)["reopen soon"] is None


def test_a_numbered_body_keeps_its_number_after_no():
    text = "The Quarnby Drainage and Levee District No. 3 said in a statement: \u201cStay off the levee.\u201d"
    assert _speakers(text)["Stay off the levee."] == "Quarnby Drainage and Levee District No. 3"


def test_a_town_s_name_with_a_spokesperson_is_a_club_not_a_place():
    text = (
        "Quarnby Town lost 2-1 to Vexholm Rovers on Saturday.\n\n"
        "A Quarnby Town spokesperson said the club would write to the panel.\n\n"
        "In a statement on Saturday evening, the club said: \u201cWe will not be commenting further.\u201d"
    )
    # two clubs, and "the club" could be either: unclear, never the other side
    assert _speakers(text)["We will not be commenting further."] is None


def test_words_the_speaker_says_the_one_addressed_said_are_theirs():
    text = (
        "Aurek Vexley, 24, was sentenced on Friday.\n\n"
        "\u201cAurek, you told me, \u2018I never meant it.\u2019 I believe you,\u201d his mother, Brisa Vexley, said."
    )
    assert _speakers(text)["I never meant it."] == "Aurek Vexley"
    # ... but with nobody called by name, whom "you" means is unclear
    unnamed = text.replace("Aurek, you told me", "You told me")
    assert _speakers(unnamed)["I never meant it."] is None


def test_a_town_s_name_that_speaks_is_its_club():
    text = (
        "Quarnby Town came from two goals down to beat Vexholm Rovers 3-2 on Saturday.\n\n"
        "Quarnby Town said it would ban for life any supporter found responsible. \u201cBehaviour like this has "
        "no place at Marsh Lane,\u201d the club said."
    )
    assert _speakers(text)["Behaviour like this has no place at Marsh Lane,"] == "Quarnby Town"
    # ... but a place after a preposition stays a place
    place = "A retired driver from Quarnby Bay says she checked her ticket \u201cabout 40 times\u201d."
    assert _speakers(place)["about 40 times"] is None


def test_the_second_reader_s_misfires_of_v497_and_v498_stay_unclear():
    # a second reader's ordinary copy on which the "you said", "X Town spokesperson" and "X and Y" rules misfired:
    # "you" is someone else, or nobody; a place or a person with a spokesperson; two bodies or people
    cases = [
    ("Rhona Delacourt and her mother attended the hearing.\n\n“Rhona Delacourt, sit down. Mum, you said, ‘He will never come home.’ You were right,” Colin Delacourt said.", "He will never come home."),
    ("“Lena Moss, my oldest friend, stood by me. Jim, you said, ‘I have your back.’ Where were you?” Carla Dunne said.", "I have your back."),
    ("“Walter Brisk, thank you. Minister, you said, ‘Lessons will be learned.’ When?” the MP, Fiona Carr, asked.", "Lessons will be learned."),
    ("“Anna Rudd, the woman you said, ‘could not be trusted,’ is now our mayor,” Peter Marsh told his rival, Dan Whyte.", "could not be trusted,"),
    ("“Dennis Harrow, everyone thinks you said, ‘I will burn it down,’ but it was your brother,” the judge, Maria Tolland, said.", "I will burn it down,"),
    ("“Helen Marsh, you wrote, ‘The Long Way Home,’ and it changed my life,” the reader, Tom Gale, said.", "The Long Way Home,"),
    ("Ngozi Park, 41, the chief executive, faces questions.\n\nA Ngozi Park spokeswoman declined to comment.\n\n“I have nothing to hide,” Ms Park told the committee. The company said: “She has our full support.”", "She has our full support."),
    ("The fire at Halvern Market started in a kitchen.\n\nA Halvern Market spokesman said traders would be compensated. The fire service said: “Crews worked through the night.” The service said: “The cause is not suspicious.”", "The cause is not suspicious."),
    ("Trains to Ashcombe Town stopped for two hours.\n\nAn Ashcombe Town spokesperson said the council had complained. Northrail said: “We are sorry for the delay.” The company said: “Services are back to normal.”", "Services are back to normal."),
    ("Chidi Hall, the MP for Brenton, denies the claims. A Chidi Hall spokesperson said the claims were false. “He has done nothing wrong,” the spokesperson said.", "He has done nothing wrong,"),
    ("The charities Anchor and Beacon issued a joint statement on Tuesday.\n\n“This cut will push families into poverty,” Anchor and Beacon said.", "This cut will push families into poverty,"),
    ("Fox and Lamb bought the farm in 2001. “It was a ruin,” Fox and Lamb said.", "It was a ruin,"),
    ("The two councils Reading and Bath have agreed to share services. “Residents will benefit,” Reading and Bath said.", "Residents will benefit,"),
    ]
    for text, quote in cases:
        assert _speakers(text)[quote] is None, text


def test_a_his_after_someone_unnamed_teaches_nothing_of_the_last_named_person():
    # "A retired bus driver ... told the council his tax bill": his is the driver's, not the councillor's before
    text = (
        "Councilmember Brisa Quarnby opened the debate.\n\n"
        "Councilmember Jordan Vexley, one of the two no votes, answered her from the far end of the dais. "
        "\u201cWith respect, my colleague is describing a spending problem,\u201d she said.\n\n"
        "More than 40 people signed up to speak. A retired bus driver from the Eastgate neighborhood told the "
        "council his tax bill had risen by a third."
    )
    assert _speakers(text)["With respect, my colleague is describing a spending problem,"] == "Jordan Vexley"


def test_a_bare_answer_after_a_question_told_of_is_the_one_asked():
    text = (
        "Aurek Quarnby, 24, was sentenced on Friday by Judge Brisa Vexley.\n\n"
        "\u2018You will be thinking about her from a cell,\u2019 the judge said.\n\n"
        "Vexley asked whether he understood that he would not be eligible for parole for eight years.\n\n"
        "\u2018Yes, Your Honor.\u2019\n\n"
        "\u2018And that your licence is revoked for life?\u2019\n\n"
        "\u2018Yes.\u2019"
    )
    got = _speakers(text)
    assert got["Yes, Your Honor."] == "Aurek Quarnby"
    assert got["And that your licence is revoked for life?"] == "Brisa Vexley"
    assert got["Yes."] == "Aurek Quarnby"


def test_a_bare_answer_to_a_question_ending_on_a_name_is_the_named_person_s():
    text = (
        "Prosecutor Brisa Vexley questioned Aurek Quarnby, 58, for most of the afternoon.\n\n"
        "\u201cObjection,\u201d said his lawyer, Ezio Quill.\n\n"
        "\u201cProbably a loan, you guess,\u201d Vexley said. \u201cWhich is it, Mr. Quarnby?\u201d\n\n"
        "\u201cIt was a bribe. I was scared to say so then.\u201d"
    )
    assert _speakers(text)["It was a bribe. I was scared to say so then."] == "Aurek Quarnby"


def test_a_bare_come_back_after_an_answer_to_an_unnamed_caller_is_not_the_answerer_s():
    text = (
        "Councillor Brisa Vexley was challenged on the radio by a caller who did not give her name.\n\n"
        "'Have you ever tried to get to the hospital without a car?' the caller asked.\n\n"
        "'I have, as it happens, and it isn't easy,' Ms Vexley replied. 'That is why we are looking at this.'\n\n"
        "'Looking isn't good enough.'"
    )
    assert _speakers(text)["Looking isn't good enough."] is None
    # ... but at a news conference the one answering reporters goes on
    conference = text.replace("the caller asked", "one reporter asked")
    assert _speakers(conference)["Looking isn't good enough."] == "Brisa Vexley"


def test_words_of_somebody_unnamed_before_who_are_not_the_sentence_subject_s():
    text = (
        "Her brother, Aurek Vexmoor, said he complained to a nurse on the corridor, who told him: "
        "\u201cI know. I am sorry. I have 11 patients.\u201d"
    )
    assert _speakers(text)["I know. I am sorry. I have 11 patients."] is None
    named = text.replace("a nurse on the corridor", "the ward sister, Brisa Quill,").replace(",,", ",")
    assert _speakers(named)["I know. I am sorry. I have 11 patients."] == "Brisa Quill"


def test_the_second_reader_s_misfires_of_v501_to_v503_keep_their_speakers():
    # a second reader's copy on which the narrated-question, "Which is it, Mr X?" and come-back rules misfired:
    # the asker asking about himself, the asker going on, a speech's question to a rival, an official going on
    cases = [
        ("County commissioner Gary Lindqvist defended the road plan.\n\n\"The water comes straight off the new road and onto my land,\" Tom Reddick said.\n\nAt a hearing in May, Reddick asked whether he could be compensated for the lost harvest.\n\n\"They flooded my fields and then told me it was an act of God.\"", "They flooded my fields", "Tom Reddick"),
        ("Laura Moreno, the navy secretary, appeared before the committee.\n\n\"We are not cutting a single job at the shipyard,\" Moreno said.\n\nSenator Frank Hale asked Moreno whether the shipyard contract would survive next year's budget.\n\n\"The people of my state have heard these promises before, and they deserve a straight answer.\"", "The people of my state", "Frank Hale"),
        ("Mayor Dana Whitcomb held a town hall on Tuesday.\n\n\"When will the drainage work on Elm Street actually start?\" one resident asked.\n\n\"Crews will be out there in March,\" Mayor Dana Whitcomb replied.\n\n\"We have set aside $2 million for road and drain repairs this year, and Elm Street is at the top of the list.\"", "We have set aside", "Dana Whitcomb"),
        ("Gov. Ellen Park used her speech at the state convention to attack her Republican challenger.\n\n\"He says he will cut taxes and fund the schools at the same time. Which is it, Mr. Dorsey?\" Park said.\n\n\"You cannot have it both ways, and the voters of this state know that.\"\n\nA spokesman for Ron Dorsey said the governor was distorting his record.", "You cannot have it both ways", "Ellen Park"),
        ("Prosecutor Janet Cole closed the case against Tim Barlow.\n\n\"Where did the $4 million go, Mr. Barlow?\" Cole said, pointing at the defendant.\n\n\"It went to a boat, a condo in Miami and a string of shell companies that existed only on paper.\"", "It went to a boat", "Janet Cole"),
    ]
    _assert_openings(cases)


def test_a_cry_from_unnamed_members_is_nobody_s_not_the_last_speaker_s():
    lead = "Dr Brisa Quill opened the debate. \u201cIt is not a luxury,\u201d Dr Quill said.\n\n"
    for after in (
        "\u201cShame!\u201d came a shout from the opposition benches.",
        "\u201cShame!\u201d called several members on the government benches.",
        "\u201cShame!\u201d shouted opposition MPs.",
        "\u201cAnswer the question!\u201d shouted a member at the back.",
    ):
        got = _speakers(lead + after)
        assert [s for q, s in got.items() if q.startswith(("Shame", "Answer"))] == [None], after
    # ... but not a clause after "said", an agent, or a noun before a name
    clause = lead + "The chairman, Aurek Vexley, who was \u201cno relation\u201d, said members had to weigh it."
    assert _speakers(clause)["no relation"] == "Aurek Vexley"
    named = lead + "\u201cShe was the only critic,\u201d said saxophonist Aurek Vexley, 84."
    assert _speakers(named)["She was the only critic,"] == "Aurek Vexley"


def test_the_holder_of_a_role_in_a_body_speaks_not_the_body():
    text = (
        "The president of the Quarnby Volunteer Fire Company told jurors on Tuesday that he signed blank "
        "cheques because \u201cshe was the one person nobody would suspect.\u201d\n\n"
        "Aurek Dressel, 71, was the prosecution's third witness."
    )
    assert _speakers(text)["she was the one person nobody would suspect."] == "Aurek Dressel"
    unnamed = "The chief executive of Quarnby Foods said the recall was \u201ca precaution\u201d."
    assert _speakers(unnamed)["a precaution"] is None
    nominee = (
        "The nominee to run the Quarnby Connectivity Administration told senators that the agency had wired homes "
        "that \u201calready had service\u201d.\n\nDr. Brisa Tamsyn, a former regulator, testified for three hours."
    )
    assert _speakers(nominee)["already had service"] == "Brisa Tamsyn"
    # ... but a spokesman's words are the body's
    spokes = "A spokesman for Quarnby Foods said the recall was \u201ca precaution\u201d."
    assert _speakers(spokes)["a precaution"] == "Quarnby Foods"


def test_according_to_after_a_quote_someone_told_names_the_source_not_the_speaker():
    text = (
        "Aurek Vexley, who escaped on Sunday, was caught on Tuesday.\n\n"
        "As deputies walked him to a patrol car he told them, \u201cTell my mother I'm sorry,\u201d according "
        "to Undersheriff Brisa Quill."
    )
    assert _speakers(text)["Tell my mother I'm sorry,"] == "Aurek Vexley"


def test_a_bare_answer_to_a_question_hailing_a_role_is_the_role_holder_s():
    text = (
        "Water Minister Brisa Quill announced the buyback on Monday at the weir, beside the local MP, "
        "Aurek Vexley.\n\n"
        "Then came the questions. A reporter from a television network asked: \u2018Minister, can you "
        "guarantee that in writing?\u2019\n\n"
        "\u2018I\u2019m guaranteeing it standing here.\u2019"
    )
    assert _speakers(text)["I\u2019m guaranteeing it standing here."] == "Brisa Quill"


def test_the_second_reader_s_misfires_of_v506_and_v507_keep_their_speakers():
    # a second reader's copy: the asker going on after her own statement ("she said", "she added"), a reporter's
    # follow-up, "came the cry from Ms X", "said the lucky winner" (somebody the article may have named)
    cases = [
        ('Prosecutor Jana Pell questioned Tom Brill for most of the afternoon.\n\n"Did you sign the invoice?" Ms Pell asked.\n\n"Yes," said Mr Brill.\n\n"You signed it knowing it was false."\n\n"I put it to you that you lied to your employer," she said.', "I put it to you", "Jana Pell"),
        ('Prosecutor Jana Pell questioned Ana Celt for most of the afternoon.\n\n"Did you sign the invoice?" Ms Pell asked.\n\n"Yes," said Ms Celt.\n\n"You signed it knowing it was false."\n\n"And you told nobody," she added.', "And you told nobody", "Jana Pell"),
        ('"Will you resign?" Ray Dunn, the political editor, asked the minister, Tom Brill, on Sunday.\n\n"No," Mr Brill replied.\n\n"Your own MPs want you gone."\n\n"That is what I am hearing from every corner of the party," he said.', "That is what I am hearing", "Ray Dunn"),
        ('"I will not resign," said Delia Rankworth.\n\n"Never!" came the cry from Ms Rankworth.', "Never!", "Delia Rankworth"),
        ('"I have waited all my life for this," said Jenna Coultard, 34, from Leeds.\n\n"I am over the moon!" said the lucky winner.', "I am over the moon!", "Jenna Coultard"),
    ]
    _assert_openings(cases)


def test_the_second_reader_s_misfires_of_v508_to_v511_keep_their_speakers():
    # a second reader's copy: a question about a coach is not put to him; "the coach of the X" after another
    # coach, "the president of" after the President, a former chief executive; a quote inside someone's report
    # with "according to" after it
    cases = [
        ('Club chairman Dana Pell spoke to reporters after the board meeting. Coach Tom Ashby was not present.\n\n"We have had a difficult season, but we will not panic," Pell said.\n\n"Will the coach be in charge next season?"\n\n"That\'s a question for another day."', "That's a question", "Dana Pell"),
        ('Mayor Dana Pell held a news conference with police chief Tom Ashby after the shooting.\n\n"Our thoughts are with the family," Pell said.\n\n"Has the chief asked for more officers?"\n\n"We are talking about that every day."', "We are talking", "Dana Pell"),
        ('Coach Dana Pell was pleased with the win. "We played with heart," Pell said.\n\nThe coach of the Harwick Hawks said: "We were simply second best today."', "We were simply", "Harwick Hawks"),
        ('President Dana Mercer signed the trade bill on Tuesday.\n\nThe president of the Harwick Chamber of Commerce said: "Our members have been waiting two years for this."', "Our members", "Harwick Chamber of Commerce"),
        ('Tom Ashby, the former chief executive of Lomax Bank, was jailed last year.\n\nThe chief executive of Lomax Bank said: "That chapter is closed."', "That chapter", "Lomax Bank"),
        ('Dana Pell described how the driver leaned out of the cab and told her, "Move or I\'ll move you," according to court papers.', "Move or", None),
        ('Tom Ashby, the foreman, said the crew heard a loud bang and then a voice shouting, "Get out now," according to a report by safety inspectors.', "Get out now", None),
    ]
    _assert_openings(cases)


def test_her_honour_is_the_judge_and_hon_is_a_title():
    # "Her Honour said": how a court report speaks of the judge named before (nobody named Honour); "asked Hon.
    # X": a Commonwealth member's title before the name, its full stop no sentence's end
    judge = (
        "Judge Ysmay Vexmoor rejected that.\n\n\u201cYou went home,\u201d she said.\n\n"
        "Her Honour said leaving was \u201cthe worst part\u201d of the case. Brill must serve three years."
    )
    assert _speakers(judge)["the worst part"] == "Ysmay Vexmoor"
    lordship = "Mr Justice Aurek Quill heard the case.\n\n\u201cThis was cruel,\u201d His Lordship said."
    assert _speakers(lordship)["This was cruel,"] == "Aurek Quill"
    hon = (
        "On Friday, the minister appeared before the committee.\n\n"
        '"Where does the gap come from?" asked Hon. Aurek Vexley, the committee chairman.'
    )
    assert _speakers(hon)["Where does the gap come from?"] == "Aurek Vexley"
    # a woman named Honour is still herself
    named = "Honour Quarnby, 34, runs the shop.\n\n\u201cWe are open,\u201d Honour said."
    assert _speakers(named)["We are open,"] == "Honour Quarnby"


def test_a_role_s_possessive_names_an_office_not_a_title_before_a_name():
    # "at Quarnby Coroner's Court": a court named for its office -- no person "Court" with the title "coroner",
    # who would then hold the role and take "a coroner has concluded" from the coroner named later
    text = (
        "By Ezio Vexmoor, Courts Correspondent\n\n"
        "A woman who died of sepsis would probably have survived had she been given antibiotics "
        "\u201ceven a day sooner\u201d, a coroner has concluded.\n\n"
        "Recording a narrative conclusion at Quarnby Coroner\u2019s Court on Friday, the area coroner for West "
        "Vexshire, Brisa Quill, said there had been \u201ca missed opportunity\u201d to act."
    )
    assert _speakers(text)["even a day sooner"] == "Brisa Quill"


def test_the_second_reader_s_misfires_of_v515_name_the_bench_or_nobody():
    # a second reader's copy: "Her Honour" / "His Lordship" / "His Honor" is a holder of an office that form of
    # address is for (magistrate, Mr Justice, coroner, mayor, lieutenant governor, a peer), of the sex the his/her
    # gives -- never a guess at whoever was named last (a defendant, a lawyer named after); nobody when no holder is
    # named; "Hon" as a surname ("Ms Hon", "Chan Pok Hon." ending a sentence) stays a name
    cases = [
        ('A Geelong man who rammed a police car has been jailed for nine months.\n\nMagistrate Rosalind Quaile told the Geelong Magistrates\' Court that Brody Tennant, 27, had put officers\' lives at risk.\n\nSenior Constable Gareth Lusk said the officers suffered minor injuries.\n\n"The community is entitled to expect that police can do their job without being run down," Her Honour said.', 'The community is entitled', 'Rosalind Quaile'),
        ('The magistrate, Deirdre Coulthard, fined the company $40,000.\n\n"Workers were put at risk through sheer carelessness," Her Honour said.\n\nWorkSafe inspector Tomasz Wilk welcomed the penalty.', 'Workers were put at risk', 'Deirdre Coulthard'),
        ('Magistrate Pippa Langridge was scathing about the accused\'s driving record.\n\nHer Honour said: "You have been disqualified four times and you simply do not care."\n\nDefence lawyer Conrad Hale said his client had a drinking problem.', 'You have been disqualified', 'Pippa Langridge'),
        ('Mr Justice Aldric Penrose granted the injunction in the High Court in London on Monday.\n\nThe claimant, property developer Sabrina Coyle, had argued that the protesters were trespassing on her land.\n\n"The right to protest does not extend to occupying private property indefinitely," His Lordship said.\n\nMs Coyle said she was relieved.', 'The right to protest', 'Aldric Penrose'),
        ('A Bendigo woman who stole $300,000 from her employer has been jailed for two years.\n\nLeanne Hartigan, 52, pleaded guilty in the County Court to 60 counts of theft from the Bendigo Dental Group.\n\nThe practice\'s owner, Dr Malcolm Fairweather, said staff had been devastated.\n\n"This was a calculated and sustained breach of trust," Her Honour said.', 'This was a calculated', None),
        ('Coroner Bernadette Yallop handed down her findings into the death of Tasman Grieve on Friday.\n\nMr Grieve\'s brother, Lachlan Grieve, said the family felt vindicated.\n\n"The hospital\'s failures were numerous and serious," Her Honour said.', "The hospital's failures", 'Bernadette Yallop'),
        ('Lord Featherstowe of Ambleside, a crossbench peer, told the House of Lords committee the bill was rushed.\n\nLady Merriwether, who chairs the committee, said it would report next month.\n\n"The government has given us no time at all to scrutinise these clauses," His Lordship said.\n\n"We will take evidence from the minister in March," Her Ladyship said.', 'The government has given us', 'Lord Featherstowe'),
        ('Lord Featherstowe of Ambleside, a crossbench peer, told the House of Lords committee the bill was rushed.\n\nLady Merriwether, who chairs the committee, said it would report next month.\n\n"The government has given us no time at all to scrutinise these clauses," His Lordship said.\n\n"We will take evidence from the minister in March," Her Ladyship said.', 'We will take evidence', 'Lady Merriwether'),
        ('Mayor Dorrit Halvane opened the new library wing in Castlebrae on Saturday.\n\nCouncillor Ambrose Vell, who chaired the building committee, thanked the volunteers.\n\n"This is a proud day for every family in this town," Her Honour said.\n\n"We finished on time and under budget," Mr Vell said.', 'This is a proud day', 'Dorrit Halvane'),
        ('Mayor Rudolph Kettering, a Democrat, faced angry residents at City Hall on Monday night.\n\nCouncil member Janice Ortolan said the budget cuts would hit the east side hardest.\n\n"I hear you, and we are going to fix the potholes," His Honor said to jeers.\n\n"Promises are cheap," Ms. Ortolan said.', 'I hear you', 'Rudolph Kettering'),
        ('Lieutenant Governor Evander Thorne presented the bravery medals at Government House on Tuesday.\n\nAmong the recipients was Corporal Nadia Brisbois, who pulled two children from a burning car.\n\n"Canadians owe these people a debt we can never fully repay," His Honour said.\n\n"I just did what anyone would do," Cpl. Brisbois said.', 'Canadians owe these people', 'Evander Thorne'),
        ('Lorraine Hon, a chemistry teacher at Ridgeview High, won the national science teaching prize on Thursday.\n\n"Our students deserve proper equipment," Ms Hon said.\n\n"She never gives up on a child," said principal Harold Beame.', 'Our students deserve', 'Lorraine Hon'),
        ('The award for community service went to restaurateur Chan Pok Hon. The 62-year-old has fed homeless people in Kowloon every Sunday for two decades.\n\n"I was hungry once too, so I know what it means," he said.\n\nThe organising committee\'s chairwoman, Winnie Lau, presented the trophy.', 'I was hungry once too', 'Chan Pok Hon'),
        ('Police named the driver as Tse Wing Hon. "I don\'t remember anything after the bridge," he told reporters from his hospital bed.\n\nA witness, Agnes Fung, said the lorry had jumped the lights.', "I don't remember anything", 'Tse Wing Hon'),
    ]
    _assert_openings(cases)


def test_the_council_is_no_body_of_another_kind_named_last():
    # "a council spokesman said" when the article names no council, only the news agency in its byline (or a firm):
    # nobody named, not the last body in the story
    text = (
        "By Otso Vexmoor, Quarnby News Agency\n\n"
        "Councillors in Quarnby voted to close four libraries on Tuesday night.\n\n"
        'The plans were approved by 31 votes to 24. Afterwards a council spokesman said "talks with the local '
        'groups" would begin next month.'
    )
    assert _speakers(text)["talks with the local groups"] is None
    firm = (
        "Vexmoor Haulage Ltd said its drivers had followed the rules.\n\n"
        'The commission said the crash was "a disaster in waiting".'
    )
    assert _speakers(firm)["a disaster in waiting"] is None
    # a council the article named is still the council
    named = (
        "Quarnby Borough Council will close four libraries.\n\n"
        'Afterwards a council spokesman said "talks with the local groups" would begin.'
    )
    assert _speakers(named)["talks with the local groups"] == "Quarnby Borough Council"


def test_a_sentence_opening_on_somebody_described_is_not_the_name_in_the_description():
    # "The woman leading the fight against ... on the edge of Quarnby told an inquiry": the woman, not the place;
    # "A former driver for Aurek Quill told the court": the driver, not Quill; "The former chief
    # executive of X Bank told a court": the former chief executive, not the bank (nobody named yet: unclear)
    cases = [
        ("The woman leading the fight against 240 new homes on the edge of Vexmoor told a public inquiry this week "
         'that the site "is under water every spring".\n\nBrisa Quill, who chairs the action group, said '
         "photographs proved it.", "is under water every spring", None),
        ("QUARNBY (Wire) \u2014 A former driver for Aurek Vexley told the court today that she \u201ckept "
         "the receipts in a shoebox\u201d.\n\nYsmay Quill, 34, was testifying on the fourth day.",
         "kept the receipts", None),
        ("TARNHOLM (Wire) \u2014 The former chief executive of Quellmoor Savings Bank told a court on Thursday that "
         'he had "not one time" hidden losses.\n\nOtso Brisa, 61, is accused of fraud.', "not one time", None),
        # the name is the subject itself, or speaks for a body, or a document's
        ("The mother of three Brisa Quill told the inquiry that the ward was \u201cshort every night\u201d.",
         "short every night", "Brisa Quill"),
        ('A spokesman for Vexmoor Council said the road would "reopen on Monday".', "reopen on Monday",
         "Vexmoor Council"),
        ('A statement from Quarnby Rovers said the club was "aware of the tickets".', "aware of the tickets",
         "Quarnby Rovers"),
    ]
    _assert_openings(cases)


def test_a_band_is_a_body_that_speaks():
    # "Vexley Ironworks Silver Band later said in a statement that it would ask ...": the band (a body of members),
    # not a person named "Vexley ... Band", nor the contest named before
    text = (
        "The Quarnby Colliery Band won the Northern Area Brass Championship on Saturday.\n\n"
        "Vexley Ironworks Silver Band later said in a statement that it would ask the organisers about "
        "'the very late start' before its performance."
    )
    assert _speakers(text)["the very late start"] == "Vexley Ironworks Silver Band"


def test_a_thing_added_is_no_words_added():
    # "The regulator said the society had added a charge ... and had treated customers '...'": the regulator's
    # words; "added a charge" adds a thing, it reports nothing ("added that", "added a warning:" still report)
    text = (
        "Vexmoor Building Society has been fined for overcharging customers, the Quarnby Standards Board said.\n\n"
        'The regulator said the society had added a so-called "service fee" of 35 pounds a month to 31,000 '
        "accounts without checking, and had treated customers in difficulty \"as a way to make money rather than "
        'people to help".'
    )
    assert _speakers(text)["as a way to make money rather than people to help"] == "Quarnby Standards Board"
    warned = 'Brisa Quill spoke after the vote. She added a warning: "Do not go near the river."'
    assert _speakers(warned)["Do not go near the river."] == "Brisa Quill"


def test_a_name_apposed_to_an_object_is_not_the_subject_of_a_later_verb():
    # "X saved three match points before beating the top seed, Y, ..., and then admitted she had 'no idea'": X;
    # "The statement quoted the ship's master, Y, as saying:": Y speaks
    text = (
        "Brisa Quill saved three match points before beating the top seed, Ysmay Vexley, 4-6 7-6 7-5 to reach the "
        "final on Saturday, and then admitted she had 'no idea' how she had done it."
    )
    assert _speakers(text)["no idea"] == "Brisa Quill"
    quoted = (
        "The ship's owner, Quarnby Container Lines, said in a statement that the crew were safe. The statement "
        "quoted the ship's master, Aurek Vexmoor, as saying: \u201cWe lost steering for about 40 seconds.\u201d"
    )
    assert _speakers(quoted)["We lost steering for about 40 seconds."] == "Aurek Vexmoor"


def test_one_described_by_what_they_were_doing_is_not_the_thing_they_did_it_to():
    # "One woman leaving the hall, who said ..., called the film '...'": the woman (unnamed), not "the hall"
    text = (
        "The film was shown at Quarnby Hall on Saturday.\n\n"
        "One woman leaving the hall, who said she had waitressed at the diner in the 1980s, called the film "
        '"the most honest film ever made about this valley."'
    )
    assert _speakers(text)["the most honest film ever made about this valley."] is None


def test_a_second_verb_after_a_quote_keeps_the_speaker_of_the_first():
    # 'X said it was "a bad day" and added: "..."': the second verb's subject is the first's, whom the words
    # between the quotes do not repeat; a new subject between them is not skipped over
    text = 'Coach Aurek Vexley said it was "a bad day" and added: "We were lucky today."'
    assert _speakers(text)["We were lucky today."] == "Aurek Vexley"
    single = (
        "Junior organiser Brisa Quill said the money should go to 'the kids, not the bar' and asked: 'How many "
        "of the people voting tonight will still be here?'"
    )
    assert [s for q, s in _speakers(single).items() if q.startswith("How many")] == ["Brisa Quill"]
    other = 'Aurek Vexley called it "a bad day", and his captain, Otso Quill, added: "We were poor."'
    assert _speakers(other)["We were poor."] == "Otso Quill"
    but = (
        "Judge Maud Vexley said Quill had \u201cpreyed on the frightened\u201d.\n\n"
        "She said his letter was \u201cplainly sincere\u201d, but added: \u201cIt cannot undo the harm.\u201d"
    )
    assert _speakers(but)["It cannot undo the harm."] == "Maud Vexley"
    insisted = "Osbert Marten said the room was \u201cgutted\u201d but insisted: \u201cWe will not feel sorry.\u201d"
    assert _speakers(insisted)["We will not feel sorry."] == "Osbert Marten"
    subject = 'Osbert Marten called it "gutted", but Maud Vexley added: "We were poor."'
    assert _speakers(subject)["We were poor."] == "Maud Vexley"


def test_a_body_that_opens_its_sentence_with_the_is_the_subject_of_its_later_verb():
    # "The Quarnby Standards Inspectorate rated the department inadequate ... and said leaders had '...'": the body
    # (as without "The"); but not a body after "that", inside what a memo says
    text = (
        "The Quarnby Standards Inspectorate rated the emergency department inadequate, the lowest of its four "
        'ratings, and said leaders had "accepted risks no ward should accept".'
    )
    assert _speakers(text)["accepted risks no ward should accept"] == "Quarnby Standards Inspectorate"
    memo = (
        "An internal memo prepared by the party's pollsters warns that the Vexley Alliance is \u201con course to lose "
        "eight seats\u201d and describes the leader's ratings as \u201ca drag on every other number\u201d."
    )
    assert _speakers(memo)["a drag on every other number"] != "Vexley Alliance"


def test_the_second_reader_s_misfires_of_v516_to_v521_keep_their_speakers():
    # a second reader's copy: "The mayor of X said" with no mayor named is nobody (not a guess at the last named);
    # an order, a document, a judgment or an announcement from X is X's; "The woman who found ..." is whom the
    # article names next; "On Monday morning the chairman, X," is no verb's object; "the local authority" may be
    # a council, a port or a water company; "Oscar Band" is a person; 'added a typically blunt "no comment"' is
    # the words added
    cases = [
        ('Residents of Hallowmere have voted against a new bypass in a local referendum.\n\nResident Gwen Ralley said: "We don\'t want more traffic."\n\nThe mayor of Hallowmere said: "The people have spoken."', 'The people have spoken.', None),
        ('Thieves have stolen the lead from the roof of St Anne\'s Church in Hallowmere.\n\nChurchwarden Orrin Blake said the damage would cost £50,000 to repair.\n\nThe vicar of Hallowmere said: "It\'s heartbreaking to see the rain coming in."', "It's heartbreaking", None),
        ('The judge in the trial of Pell Radwick told jurors: "You must put aside anything you have read."\n\nThe daughter of Governor Lysander Pike told reporters: "My father is innocent."\n\nThe widow of the late Senator Morwenna Bask said: "She would have been appalled."', 'You must put aside', None),
        ('Floods have killed at least 12 people in the northern province of Vell.\n\nThe government of Tarnland said: "Troops are on their way."\n\nThe governor of Vell, Ardith Conway, said: "We will rebuild every home."\n\nThe president of Tarnland said in a televised address: "No one will be forgotten."', 'No one will be forgotten.', None),
        ('Judge Corwen Ashby has blocked the sale of the Quarnby Rovers ground.\n\nAn order from Judge Corwen Ashby said the sale "cannot proceed until the pension fund is protected".\n\nThe judgment from Judge Ashby added that the club\'s owners had "acted in bad faith".\n\nOwner Jonah Pell said he would appeal.', 'cannot proceed', 'Corwen Ashby'),
        ('Governor Lysander Pike has vetoed a bill to raise the minimum wage.\n\nA document from Governor Lysander Pike said the bill "would cost thousands of jobs".\n\nThe judgment of Judge Corwen Ashby said the veto was "lawful but regrettable".\n\nAn announcement from Senator Morwenna Bask said: "We will override this veto."\n\nA comment from Pike on Friday said: "I will not apologise for protecting jobs."', 'would cost thousands', 'Lysander Pike'),
        ('Governor Lysander Pike has vetoed a bill to raise the minimum wage.\n\nA document from Governor Lysander Pike said the bill "would cost thousands of jobs".\n\nThe judgment of Judge Corwen Ashby said the veto was "lawful but regrettable".\n\nAn announcement from Senator Morwenna Bask said: "We will override this veto."\n\nA comment from Pike on Friday said: "I will not apologise for protecting jobs."', 'lawful but regrettable', 'Corwen Ashby'),
        ('Governor Lysander Pike has vetoed a bill to raise the minimum wage.\n\nA document from Governor Lysander Pike said the bill "would cost thousands of jobs".\n\nThe judgment of Judge Corwen Ashby said the veto was "lawful but regrettable".\n\nAn announcement from Senator Morwenna Bask said: "We will override this veto."\n\nA comment from Pike on Friday said: "I will not apologise for protecting jobs."', 'We will override', 'Morwenna Bask'),
        ('The woman who found the injured swan on the banks of the Tarn said she was "heartbroken" by what she saw.\n\n"Someone had shot it with an air rifle," said Anwen Loss, 61.\n\nThe Tarn Animal Trust said it was appealing for witnesses.', 'Someone had shot it', 'Anwen Loss'),
        ('An inquest has opened into the death of a Tarnby man who was hit by a bus.\n\nAt the hearing the coroner, Iwan Petheridge, adjourned the case until June and said: "I will be asking the bus company for its records."\n\nOn Monday morning the chairman, Orrin Blake, met the players and told them: "Nobody is leaving in January."\n\nAfter the meeting the mayor, Ardith Conway, thanked councillors and added: "This will be a community hub."', 'Nobody is leaving', 'Orrin Blake'),
        ('Tarnby\'s new bridge was opened on Saturday after three years of delays.\n\nAt the opening the architect, Tamsin Crewe, cut the ribbon and said: "It was worth the wait."\n\nOn Saturday evening the contractor, Hamlyn Vosper, gave a speech and told guests: "We had some very hard days."\n\nGwen Ralley, who lives by the river, said: "It\'s beautiful."', 'We had some very hard days.', 'Hamlyn Vosper'),
        ('Ellis Crane has won the Tarnby Marathon for the third time.\n\nOn Sunday morning the 31-year-old, Ellis Crane, broke the course record and told reporters: "My legs are gone."\n\nAt the finishing line the race director, Brennagh Tulley, presented the trophy and said: "We may never see a run like that again."', 'My legs are gone.', 'Ellis Crane'),
        ('Tarnby Council has been ordered to pay £5,000 to a family who waited three years for a disabled adaptation.\n\nGwen Ralley said her son had been unable to use the bathroom in their home. "It has been degrading," she said.\n\nThe local authority said: "We apologise unreservedly and have changed our procedures."', 'We apologise unreservedly', 'Tarnby Council'),
        ('The Port of Tarnby has banned cruise ships from mooring overnight.\n\nHarbourmaster Tressa Vine said: "The quay cannot cope with the numbers."\n\nThe port authority said: "The ban will be reviewed in October."', 'The ban will be reviewed', 'Port of Tarnby'),
        ('Tarnshire Water has been fined £3m for polluting the River Tarn.\n\nAngler Dorran Velsk said: "The fish have gone."\n\nThe water authority said: "We accept the fine and are investing £50m in new treatment works."', 'We accept the fine', 'Tarnshire Water'),
        ('Midfielder Oscar Band scored the winner as Tarnby Town beat Quarnby Rovers 1-0.\n\n"It\'s the best goal I\'ve ever scored," Band said.\n\nManager Rhys Fenn said: "Oscar has been brilliant all season."', "It's the best goal", 'Oscar Band'),
        ('Tarnby Town signed defender Jacob Band from Quarnby Rovers on Friday.\n\nBand said: "I\'m delighted to be here."\n\nManager Rhys Fenn said Band would go straight into the team. "He\'s exactly what we needed," Fenn said.', "I'm delighted to be here.", 'Jacob Band'),
        ('Teagan Band, 42, of Mill Lane, Hallowmere, was jailed for six months at Kelvering Crown Court.\n\nBand admitted stealing £14,000 from the charity where she worked as treasurer.\n\n"I am deeply ashamed," Band told the court.\n\nJudge Corwen Ashby said: "You betrayed the trust of people who gave their time for nothing."', 'I am deeply ashamed', 'Teagan Band'),
        ('Asked whether she would stand for leader, Ardith Conway added a typically blunt "no comment".\n\nHer rival, Bryn Oswick, added a cheerful "why not?" when asked the same question.\n\nConway added an emphatic "never" when asked about a coalition.', 'no comment', 'Ardith Conway'),
        ('Asked whether she would stand for leader, Ardith Conway added a typically blunt "no comment".\n\nHer rival, Bryn Oswick, added a cheerful "why not?" when asked the same question.\n\nConway added an emphatic "never" when asked about a coalition.', 'why not?', 'Bryn Oswick'),
        ('Tarnby Building Society has closed 12 branches.\n\nThe manager of the building Jory Allardyce said: "It\'s a sad day."\n\nA customer in the morning queue said: "Where will I go now?"\n\nThe head of the Tarnby Building Society, Orrin Blake, said: "More people bank online."', "It's a sad day.", 'Jory Allardyce'),
    ]
    _assert_openings(cases)


def test_somebody_unnamed_before_a_speech_verb_in_ing_does_it():
    # "She recalled a producer telling her in 1997, '...'": the producer, whom the article does not name -- not
    # the "she" who recalls it; but "signed an open letter accusing ... and asking for '...'" is no person's doing
    text = (
        "Their mother, Ruth Quill, was more diplomatic. She recalled a producer telling her in 1997, "
        '"Those two will be stars or strangers."'
    )
    assert _speakers(text)["Those two will be stars or strangers."] is None
    own = (
        "Their mother, Ruth Quill, was more diplomatic. She recalled her husband telling her in 1997, "
        '"Those two will be stars."'
    )
    assert _speakers(own)["Those two will be stars."] != "Ruth Quill"


def test_the_spokesman_is_the_one_the_article_introduced():
    # "A spokesman for X said ... the Vexley Student Union ... '...,' the spokesman said": X's spokesman, not the
    # body named last
    text = (
        "A spokesman for the Quarnby State University Department of Athletics said the school would open the "
        'Vexley Student Union for a watch party. "Entry is free, but bring a chair," the spokesman said.'
    )
    assert _speakers(text)["Entry is free, but bring a chair,"] == (
        "Quarnby State University Department of Athletics"
    )


def test_a_body_set_beside_someone_s_noun_for_it_is_that_noun():
    # "Harland's team, Quarnby Vortex Racing, has lodged an appeal against the X Authority. '...,' the team said":
    # the team named beside "Harland's team", not the body named last
    text = (
        "Aurek Harland\u2019s team, Quarnby Vortex Racing, has lodged an appeal against the Vexley Championship "
        'Sporting Authority. "We will appeal," the team said in a statement.'
    )
    assert _speakers(text)["We will appeal,"] == "Quarnby Vortex Racing"


def test_the_second_reader_s_misfires_of_v522_to_v524_keep_their_speakers():
    # a second reader's copy: a second quote after '" and the employer then said:', '" and was then asked:' or
    # '" and her sister then added:' has a subject of its own (not the first quote's speaker), nor does one across
    # a sentence's end; "The X Company cut off supplies, and residents complained, saying" is the residents';
    # "Ms X thanked the chairman, Y, ... and said" is X's (an -ed verb takes its object, whatever comes before);
    # "The mayor of X said" after the mayor was named is the mayor
    cases = [
        ('Union leader Cora Blythe said members were "angry" and the employer then said: "We have made a fair offer."', 'We have made a fair offer.', None),
        ('The Quarnby Gazette spoke to shoppers. One, Lena Dorsch, said prices were "ridiculous", and another then added: "I can barely afford bread."', 'I can barely afford bread.', None),
        ('Minister Tobias Wren said the project was "on track" and was then asked: "Why is it two years late?"', 'Why is it two years late?', None),
        ('Coroner Ada Pym asked the driver: "Did you see the cyclist?" The driver paused before replying: "No, I did not."', 'No, I did not.', None),
        ('Ena Vail told her husband the marriage was "over", and he then replied: "I know."', 'I know.', None),
        ('Mayor Jonas Eberle said the fair was "a triumph" and the crowd then chanted: "Four more years!"', 'Four more years!', None),
        ('Ms Valk said she was "fine" and her sister then added: "She is not fine at all."', 'She is not fine at all.', None),
        ('Asked if he would resign, Mr Wren said "no" and reporters then asked: "Why not?"', 'Why not?', None),
        ('Ms Oda Brisk, who chairs the residents group, said the estate was "forgotten", and her neighbour then said: "Nobody listens to us."', 'Nobody listens to us.', None),
        ('The Quarnby Standards Inspectorate told the hospital its care was "inadequate", and the hospital then replied: "We accept the findings."', 'We accept the findings.', None),
        ('The Quarnby Water Company cut off supplies to the village on Monday, and residents complained, saying the firm was "arrogant".', 'arrogant', None),
        ('The Quarnby Trust closed the library on Friday, and locals protested, calling it "vandalism".', 'vandalism', None),
        ('Ms Ena Vail thanked the chairman, Rafe Stone, for his support and said the result was "a team effort".', 'a team effort', 'Ena Vail'),
        ('Quarnby Rovers sacked the manager, Dell Farrowby, after the defeat, saying results had been "unacceptable".', 'unacceptable', 'Quarnby Rovers'),
        ('The Quarnby Trust sacked the chairman, Rafe Stone, last week, saying he had "lost the confidence of members".', 'lost the confidence', 'Quarnby Trust'),
        ('Jonas Eberle was elected mayor of Quarnby in May. On Saturday he opened the summer fair. The mayor of Quarnby said the event was "a triumph for the town".', 'a triumph for the town', 'Jonas Eberle'),
        ('Judge Irma Castell presided over the three-week trial. The judge in the trial of Sven Holt told the jury the evidence was "overwhelming".', 'overwhelming', 'Irma Castell'),
        ('Ms Brisk said Mr Wren had told her the deal was "off the table" and then added: "I do not believe him."', 'I do not believe him.', None),
    ]
    _assert_openings(cases)


def test_a_byline_s_outlet_and_the_dateline_after_it_give_the_writer_no_role():
    # "By Brisa Vexmoor, The Quarnby Herald / QUARNBY -- The artist who painted ...": the writer is no "artist"
    # (an apposition ends with its line), so "The artist said she would be there. '...,' she said" is the artist's
    text = (
        "By Brisa Vexmoor, The Quarnby Herald\n\n"
        "QUARNBY \u2014 The artist who painted the mural on the side of the old feed building asked a judge on Monday "
        "to stop its new owner from painting over it.\n\n"
        'In a complaint filed in court, Ysmay Quill, 71, said the mural was "a picture of the old street".\n\n'
        'The artist said she would be there. "I drew that wall when I was young," she said.'
    )
    assert _speakers(text)["I drew that wall when I was young,"] == "Ysmay Quill"


def test_a_name_before_a_parenthetical_he_says_is_whom_he_speaks_of():
    # "Vexley, he says, 'keeps us all honest'": what he says of Vexley -- never Vexley's words
    text = (
        "Aurek Quill started the firm with Ravi Vexley in 2019.\n\n"
        "Quill, who writes much of the code, is less comfortable in the spotlight. Vexley, he says, 'keeps "
        "us all honest'."
    )
    assert _speakers(text)["keeps us all honest"] == "Aurek Quill"


def test_a_possessive_opening_an_apposition_teaches_nothing_of_the_name_before():
    # "Pat Quill, her agent since 1991, says ...": whose agent -- the MP's; Pat's sex is still unknown, so
    # "He adds:" is Pat's, not the man named before
    text = (
        'Sir Dennis Vexley said she was "a terror".\n\n'
        'Pat Quill, her agent since 1991, says the office still gets "about forty letters a week". He adds: '
        '"I have asked her to stop using green ink."'
    )
    assert _speakers(text)["I have asked her to stop using green ink."] != "Sir Dennis Vexley"
    assert "Pat Quill" not in [e.name for e in _entities(text) if e.gender == "f"]


def test_the_second_reader_s_misfires_of_v525_to_v528_keep_their_speakers():
    # a second reader's copy: "He told a reporter asking ...:", "texted a friend saying", "sent parents a reminder
    # saying" are the teller's (the one addressed does not speak); "the spokesman said" is the last spokesperson
    # introduced, whatever the form ("A police spokesman", "X spokesman Y"), and only then the body after "for";
    # "The mayor of Quarnby said" after "Tollan's mayor, X," or a former mayor is nobody
    cases = [
        ('The councillor, Aurek Thorne, was asked about the closure at the meeting on Tuesday. He told a reporter asking about his future: "I am going nowhere."', 'I am going nowhere.', 'Aurek Thorne'),
        ('During the phone-in, First Minister Ardel Quarrow answered a caller asking about hospital waiting lists: "We are doing everything we can."', 'We are doing everything', 'Ardel Quarrow'),
        ('Headteacher Corrie Malvern sent parents a reminder saying: "Phones must be switched off during lessons." Some parents complained.', 'Phones must be switched off', 'Corrie Malvern'),
        ('Corran Vexhall emailed a colleague saying: "We cannot sign this contract." The email was later shown to the tribunal.', 'We cannot sign', 'Corran Vexhall'),
        ('Vessa Thornbury was elected on Thursday. She texted a friend saying: "I can\'t believe it."', "I can't believe it.", 'Vessa Thornbury'),
        ('Head of the inquiry Marit Okonjo interrupted a witness insisting the records had been lost: "Lost, or destroyed?"', 'Lost, or destroyed?', 'Marit Okonjo'),
        ('A spokesman for Tollan Rovers said the club was "aware of the incident". The Quarnby Police said two men had been arrested. A police spokesman said the men were aged 19 and 22. "Inquiries are continuing," the spokesman said.', 'Inquiries are continuing', 'Quarnby Police'),
        ('A spokeswoman for Orrel Chemicals said the plant was safe. Tollan Fire Service\'s spokesman, Arvid Kell, said crews had been called twice this year. "We take every call seriously," the spokesman said.', 'We take every call seriously', 'Tollan Fire Service'),
        ('A spokesman for Vexmoor Water said the leak had been fixed. Quarnby Environment Agency spokesman Derrin Vale said officers were still taking samples downstream. "We will not hesitate to prosecute," the spokesman added.', 'We will not hesitate', 'Quarnby Environment Agency'),
        ('A spokesman for Quarnby Council said the school would stay shut. A Department for Education spokeswoman said the minister had been briefed. "Pupils\' safety comes first," the spokeswoman said.', "Pupils' safety comes first", 'Department for Education'),
        ('Vexmoor Water has been fined £2m for polluting the River Tollan. A spokesman for Vexmoor Water said the company accepted the ruling. The Quarnby Angling Trust welcomed the fine. "It is a good day for the river," the spokesman said.', 'It is a good day for the river', 'Vexmoor Water'),
        ('Tollan\'s mayor, Ardel Brock, opened the bridge on Monday. The mayor of Quarnby, whose town lies on the other bank, said: "This bridge joins two communities."', 'This bridge joins two communities.', None),
        ('Former mayor Ysolde Pratt, who lost her seat in May, criticised the scheme. The mayor of Tollan said: "The scheme will go ahead."', 'The scheme will go ahead.', None),
    ]
    _assert_openings(cases)


def test_the_second_reader_s_misfires_of_v529_to_v532_keep_their_speakers():
    # a second reader's copy: 'told a man shouting "Liar!"' is the man's (the quote right after the shout);
    # 'told a caller asking about the bypass: "..."' the teller's; "the spokesman said" is the last one
    # introduced with that same word for a body (not a spokeswoman between, nor a person's title); "The mayor of
    # Quarnby said" after the mayor was elected, or after an ex-mayor; "Pat Quill, her voice breaking," is hers
    cases = [
        ('Sefton Drew was speaking in the market square when the trouble began. He told a man shouting "Liar!" to leave, and police moved in.', 'Liar!', None),
        ('The captain, Aurek Dunn, was booed off the pitch. He answered a fan shouting "You\'re a disgrace" with a wave.', "You're a disgrace", None),
        ('Judge Maren Ault interrupted a witness saying "I think he was there" and asked: "Do you know, or do you think?"', 'I think he was there', None),
        ('Teodor Brask told a journalist asking about the merger: "There is nothing to say."', 'There is nothing to say.', 'Teodor Brask'),
        ('Nessa Arlow runs the phone-in on Radio Quarnby. She told a caller asking about the bypass: "It will be built, whether we like it or not."', 'It will be built', 'Nessa Arlow'),
        ('Sefton Drew, who was elected mayor last May, cut the ribbon on the new bridge in Quarnby on Saturday.\nThe mayor of Quarnby said: "It has been a long time coming."', 'It has been a long time coming.', 'Sefton Drew'),
        ('Quarnby\'s former mayor, Linnet Oakes, criticised the plan. The current mayor, Sefton Drew, defended it.\nThe mayor of Quarnby said: "We will press ahead."', 'We will press ahead.', 'Sefton Drew'),
        ('Sefton Drew, Quarnby\'s ex-mayor, opposed the bridge from the start. The bridge opened on Saturday.\nThe mayor of Quarnby said: "It has been a long time coming."', 'It has been a long time coming.', None),
        ('The bridge was opposed by the town\'s former deputy mayor, Sefton Drew, and by residents of Quarnby.\nThe mayor of Quarnby said: "It has been a long time coming."', 'It has been a long time coming.', None),
        ('Pat Quill, her voice breaking, thanked the jury. Sam Orrin, the prosecutor, shook hands with the family.\n"Justice has been done," she said.', 'Justice has been done', 'Pat Quill'),
        ('Sam Orrin, his arm in a sling, limped out of the court. Beside him was the defence lawyer, Rowan Teale.\n"I am relieved," he said.', 'I am relieved', 'Sam Orrin'),
        ('A spokesman for the Department of Health said the plan was under review. Jordan Quill, the opposition health spokesman, called it "a shambles". The Royal College of Nursing said it was worried.\n"The plan is sound," the spokesman said.', 'The plan is sound', 'Department of Health'),
        ('A spokesman for Harwick Rail said the line would reopen on Monday. Tollan Council said it had not been consulted. A council spokeswoman, Rowan Teale, said residents were "furious".\n"We are sorry for the disruption," the spokesman said.', 'We are sorry for the disruption', 'Harwick Rail'),
        ('A spokesman for Harwick Rail said trains would run normally. A spokeswoman for the Tollan Transport Authority said it was monitoring the situation.\n"We apologise for the disruption," the spokesman said.', 'We apologise for the disruption', 'Harwick Rail'),
    ]
    _assert_openings(cases)


def test_writing_that_reports_words_written():
    # "apologised in a post, writing that the performance had been 'unacceptable ...'": the writer's words; "in
    # writing" and "writing in The X" stay no verb of speech
    text = (
        "Captain Otso Quill apologised to supporters in a post on the club\u2019s website, writing that the "
        "performance had been \u2018not good enough anywhere on the pitch\u2019."
    )
    assert _speakers(text)["not good enough anywhere on the pitch"] == "Otso Quill"


def test_words_inside_a_quote_introduce_no_interview():
    # "'Did you know ... before you spoke to Minister Brisa Quill?' asked the chairwoman, Y.": a question, not the
    # writer's "spoke to X" that opens an interview -- so Quill asks none of the questions after it
    text = (
        "Aurek Vexley, the foreign minister, was questioned for two hours yesterday by the committee.\n\n"
        "'Did you know about the clerk before you spoke to Minister Brisa Quill?' asked the committee's "
        "chairwoman, Ysmay Tarn.\n\n"
        "'Not that I recall.'\n\n"
        "'Why did you not ask more?'"
    )
    assert _speakers(text)["Why did you not ask more?"] != "Brisa Quill"


def test_the_one_said_to_be_questioned_answers_a_question_put_by_another():
    # "Mr Vexley was questioned for two hours by the committee. / '...?' asked its chairwoman, X. / '...'": the
    # answer is Vexley's -- not the asker's going on, nor whoever answered an earlier exchange
    text = (
        "Mr Vexley was questioned for two hours yesterday by the foreign affairs committee, and the exchanges "
        "were at times sharp.\n\n"
        "'Did you know about the clerk before you spoke to Minister Quill?' asked the committee's chairwoman, "
        "Martha Tarn.\n\n"
        "'Not that I recall.'"
    )
    assert _speakers(text)["Not that I recall."] == "Vexley"


def test_according_to_a_body_named_before_opens_its_words():
    # "According to the union, the crews have 'not been trained'": the union the article named, as "the union said"
    # would be (a person's role there, "According to the singer, ...", stays unclear)
    text = (
        "The Quarnby Transport Workers' Union called the strike. Quarnby Ferries runs the boats.\n\n"
        'According to the union, the crews have "not been trained" at all.'
    )
    assert _speakers(text)["not been trained"] == "Quarnby Transport Workers' Union"


def test_a_person_s_office_speaks_for_the_person():
    # "Governor X's office said in a statement that he had 'taken note'": X's words, through the office (not
    # left unclear as a body nobody named)
    text = (
        "Governor Aurek Vexley faces an impeachment vote.\n\n"
        "Governor Vexley\u2019s office said in a statement that he had \u2018taken note\u2019 of the vote."
    )
    assert _speakers(text)["taken note"] == "Aurek Vexley"


def test_the_second_reader_s_misfires_of_v534_to_v538_keep_their_speakers():
    # a second reader's copy: "According to the league" (never named), "the department", "the company's figures" stay
    # unclear; "Prosecutors from X's office said", "Staff at X's office said" are theirs; someone "questioned last week"
    # is no answerer now; two people questioned in turn answer in turn
    cases = [
        ('Harwick Rovers have been fined by the league. According to the league, the club\'s conduct was "wholly unacceptable".', 'wholly unacceptable', None),
        ('Mayfield Hospital has been struggling for months. The health minister, Ruth Calder, visited on Monday. According to the department, the hospital is "on the road to recovery".', 'on the road to recovery', None),
        ('Harwick Steel has been in talks with the GMB for months. According to the company\'s figures, the plant is "losing money every day".', 'losing money every day', None),
        ('Prosecutors from District Attorney Jo Flint\'s office said the defendant had shown "no remorse".', 'no remorse', None),
        ('Staff at Senator Ray Colt\'s office said they had received "hundreds of angry calls" since the vote.', 'hundreds of angry calls', None),
        ('"Did you sign the contract?" asked the chairman, Tom Pike.\n\n"Yes," said Ms Ana Reyes.\n\nHer deputy, Ben Holt, was questioned last week and denied any knowledge of it.\n\n"Why would he say that?" Mr Pike asked.\n\n"I have no idea."', 'I have no idea.', 'Ana Reyes'),
        ('Ms Ana Reyes was questioned first.\n\n"Did you sign the order?" asked the chairman, Tom Pike.\n\n"I did."\n\nMr Ben Holt was questioned next.\n\n"Did you see it?" Mr Pike asked.\n\n"No, never."', 'No, never.', 'Ben Holt'),
        ('Harwick Council has approved the new car park. According to the council, the scheme will bring "much-needed visitors" to the town centre.', 'much-needed visitors', 'Harwick Council'),
        ('Mayor Tess Adair\'s office said in a statement that the mayor was "fully cooperating" with the inquiry.', 'fully cooperating', 'Tess Adair'),
    ]
    _assert_openings(cases)


def test_a_lede_that_describes_its_speaker_is_theirs_when_the_next_paragraph_names_them():
    # wire copy opens on a description and names the person after: 'A contractor accused of ... told jurors that he
    # was "..."' then "X, 52, faces ...": X's words. Not a judge, a coroner or a spokesman (named after the people a
    # report is about, or kept anonymous), nor a verb that is someone else's ("by a judge who said", "after a
    # neighbour told") or passive ("who was told to")
    follow = "\n\nAurek Vexley, 52, faces nine counts of fraud.\n\n\u201cI kept every receipt,\u201d Vexley said."
    cases = [
        ("QUARNBY, Vexmoor \u2014 A former harbour clerk accused of selling berth permits told jurors on Tuesday that he"
         " had been \u201ca scapegoat for the whole office.\u201d" + follow, "a scapegoat", "Aurek Vexley"),
        ("A Vexmoor boatbuilder told an inquiry on Monday that the hull was \u201csound when it left the yard\u201d."
         + follow, "sound when", "Aurek Vexley"),
        ("A former treasurer who took money from a rowing club has been jailed by a judge who said he had \u201cbroken"
         " the trust of every member.\u201d" + follow, "broken the trust", None),
        ("A coroner has warned that the crossing will \u201cclaim another life\u201d unless it is changed." + follow,
         "claim another life", None),
        ("A spokesman for the firm told reporters the plan was \u201cunder review\u201d and would be settled soon."
         + follow, "under review", None),
        ("A fisherman was fined on Monday after a neighbour told the court the man had \u201cshamed the harbour\u201d."
         + follow, "shamed the harbour", None),
        ("A care worker who was told to leave the country has won her appeal against a \u201cclerical error\u201d."
         + follow, "clerical error", None),
        ("A former harbour clerk told jurors on Tuesday that she had been \u201ca scapegoat for the whole office.\u201d"
         + follow.replace("Aurek", "Ezio"), "a scapegoat", None),
    ]
    _assert_openings(cases)


def test_a_generational_suffix_stays_in_the_speaker_s_name():
    # "Aurek Quill Jr." is not his father: the suffix (Jr., Sr., II, III) stays in the name, unlike an honour ("KC");
    # the surname is still "Quill" ("Quill said" later is him)
    text = (
        'Mayor Ezio Pellin Jr., 61, said the town was "in shock".\n\n'
        '"We will rebuild," said Orlo Drummet III, the chief.\n\n'
        '"Not yet," said Brisa Saffery KC.\n\n'
        '"Again," Pellin said.'
    )
    got = _speakers(text)
    assert got["in shock"] == "Ezio Pellin Jr."
    assert got["We will rebuild,"] == "Orlo Drummet III"
    assert got["Not yet,"] == "Brisa Saffery"
    assert got["Again,"] == "Ezio Pellin Jr."


def test_the_second_reader_s_ledes_name_only_the_one_who_spoke():
    # a second reader's invented ledes: the next paragraph names the one who died, the one accused, the one
    # complained of, or someone the words are about ("her former partner", "by a man posing as"); they stay
    # unclear. A campaigner named next, with nobody else in her words, is hers.
    cases = [
        ('A neighbour who saw the crash said it sounded “like a bomb going off” in the street.\n\nEzio Drummet, 19, died at the scene after his car hit a wall on Saffery Road.\n\nPolice have appealed for witnesses.', 'like a bomb', None),
        ('A woman told the court that her former partner was “a monster behind closed doors.”\n\nTarn Quillby, 34, denies coercive and controlling behaviour.\n\nThe hearing was adjourned until Friday.', 'a monster', None),
        ('A retired teacher who was attacked in her home said she was “terrified to go out” after the burglary.\n\nMikel Tarn, 23, was jailed for six years at Vexmoor Crown Court on Friday.\n\nJudge Ysmay Orlo said the attack had been “cowardly”.', 'terrified', None),
        ('A landlord accused of renting out unsafe flats told a tribunal he had been “let down by my builders.”\n\nYsmay Vexmoor, a tenant, gave evidence that the ceiling had collapsed twice.\n\nThe tribunal reserved its decision.', 'let down', None),
        ('A pensioner told the court he had been “tricked out of my life savings” by a man posing as a bank official.\n\nDermot Saffery, 29, admitted fraud by false representation.\n\nHe will be sentenced next month.', 'tricked out', None),
        ('A bus driver who was punched by a passenger said he felt “lucky to be alive.”\n\nEzio Vexley, 22, was charged with assault on Tuesday.\n\nThe driver, who has not been named, needed twelve stitches.', 'lucky to be', None),
        ('A man who was stabbed outside a nightclub told jurors he thought he was “going to die.”\n\nAurek Pellin, 24, denies wounding with intent.\n\nThe prosecution says Pellin attacked the man after a row over a taxi.', 'going to die', None),
        ('An off-duty doctor who tried to save a drowning boy said the water was “freezing and incredibly fast.”\n\nJaxon Vexley, 9, was pulled from the river at Quarnby on Sunday.\n\nHe died in hospital later that day.', 'freezing', None),
        ('A veteran campaigner has called the new law “a betrayal of everything we fought for.”\n\nBrisa Pellin, 72, has campaigned for disability rights since the 1970s.\n\nShe said she would continue the fight.', 'a betrayal', 'Brisa Pellin'),
    ]
    _assert_openings(cases)


def test_words_on_boards_tags_and_buttons_are_quotes_of_nobody():
    # the words on a whiteboard, a tag, a marquee or a button are quoted, though nobody in particular said them
    # (kept as a quote with no speaker, as the words on a sign or a placard are)
    text = (
        "The station reopened on Friday.\n\n"
        'The whiteboard in the station kitchen reads "ORLO OWES US A CAKE." Nobody will admit to writing it.\n\n'
        'A paper tag on the box read "Burn these."\n\n'
        'Regulars wore buttons reading "QUARNBY = HOME." Aurek Vexley said the day was "a triumph".'
    )
    got = _speakers(text)
    assert got["ORLO OWES US A CAKE."] is None
    assert got["Burn these."] is None
    assert got["QUARNBY = HOME."] is None
    assert got["a triumph"] == "Aurek Vexley"


def test_a_justice_is_the_judge():
    # "Justice X", "Mr Justice X", "Lady Justice X" hold the office of judge: "the judge said" after them is theirs
    text = (
        "Justice Brisa Saffery presided.\n\n"
        '"My Lady, there is no evidence," Mr Pellin replied.\n\n'
        '"That is what I will decide," the judge said.\n\n'
        'Later Mr Justice Orlo Vexley heard the appeal. "The question is proper," said the judge.'
    )
    got = _speakers(text)
    assert got["That is what I will decide,"] == "Brisa Saffery"
    assert got["The question is proper,"] == "Orlo Vexley"


def test_a_body_s_name_keeps_its_en_dash_and_its_people_s():
    # "Quarnby–Vexmoor Roads Authority" is one body (two places joined by an en dash), "People's Civic Party" one
    # party (the people's, no sentence-opening "People"): not "Vexmoor Roads Authority", "Civic Party"
    text = (
        'The Quarnby\u2013Vexmoor Roads Authority said work would begin "no earlier than next year".\n\n'
        "The People\u2019s Civic Party said the result was \u201ca political earthquake\u201d."
    )
    got = _speakers(text)
    assert got["no earlier than next year"] == "Quarnby\u2013Vexmoor Roads Authority"
    assert got["a political earthquake"] == "People\u2019s Civic Party"


def test_the_second_reader_s_fathers_and_sons_keep_their_own_names():
    # a second reader's invented texts: "Aurek Quill Sr." and "Aurek Quill Jr." are two people; "His father, Aurek
    # Quill," after "Aurek Quill Jr." is the father; "gave Ezio Drummet IV fluids" names no fourth Ezio Drummet;
    # British "Jnr"/"Snr" are suffixes too
    cases = [
        ('Aurek Quill Sr., 78, and his son, Aurek Quill Jr., 51, have run the hardware store on Main Street together since 1998.\n\n"My father still opens up every morning at six," Aurek Quill Jr. said. "I have never once beaten him to the door."\n\n"He sleeps in," Aurek Quill Sr. said, laughing. "Always has."\n\nThe store will close in March, the two men said.', 'My father still opens up ', 'Aurek Quill Jr.'),
        ('Aurek Quill Sr., 78, and his son, Aurek Quill Jr., 51, have run the hardware store on Main Street together since 1998.\n\n"My father still opens up every morning at six," Aurek Quill Jr. said. "I have never once beaten him to the door."\n\n"He sleeps in," Aurek Quill Sr. said, laughing. "Always has."\n\nThe store will close in March, the two men said.', 'He sleeps in, Always has.', 'Aurek Quill Sr.'),
        ('"We never thought we would see the river this high," said Ezio Tarn Jr., who farms 300 acres near the levee.\n\nHis father, Ezio Tarn Sr., who farmed the same land for half a century, said he had seen worse. "In 1973 the water reached the porch," he said. "This is nothing."\n\nThe National Weather Service expects the river to crest on Friday.', 'We never thought we would', 'Ezio Tarn Jr.'),
        ('"We never thought we would see the river this high," said Ezio Tarn Jr., who farms 300 acres near the levee.\n\nHis father, Ezio Tarn Sr., who farmed the same land for half a century, said he had seen worse. "In 1973 the water reached the porch," he said. "This is nothing."\n\nThe National Weather Service expects the river to crest on Friday.', 'In 1973 the water reached', 'Ezio Tarn Sr.'),
        ('Orlo Tarn II and his son, Orlo Tarn III, both served as mayor of Quarnby.\n\n"Politics was the family trade," said Orlo Tarn III, 46. "I never really thought about doing anything else."\n\nHis father, now 81, was more sceptical. "I told him to be a dentist," Orlo Tarn II said.', 'Politics was the family t', 'Orlo Tarn III'),
        ('Orlo Tarn II and his son, Orlo Tarn III, both served as mayor of Quarnby.\n\n"Politics was the family trade," said Orlo Tarn III, 46. "I never really thought about doing anything else."\n\nHis father, now 81, was more sceptical. "I told him to be a dentist," Orlo Tarn II said.', 'I told him to be a dentis', 'Orlo Tarn II'),
        ('"I have nothing to say to you," Aurek Quill Jr. told reporters. He then got into a waiting car.\n\nHis father, Aurek Quill, was more forthcoming. "My son made a mistake," he said. "He will pay for it."\n\nQuill Jr. was released on bail.', 'I have nothing to say to ', 'Aurek Quill Jr.'),
        ('"I have nothing to say to you," Aurek Quill Jr. told reporters. He then got into a waiting car.\n\nHis father, Aurek Quill, was more forthcoming. "My son made a mistake," he said. "He will pay for it."\n\nQuill Jr. was released on bail.', 'My son made a mistake, He', 'Aurek Quill'),
        ('Nurses gave Ezio Drummet IV fluids for three days after he was found in the snow near Vexmoor Pass.\n\nOn Tuesday, sitting up in his hospital bed, Drummet said: "I thought that was it. I thought I was going to die up there."\n\nHis sister, Ysmay Drummet, said the family was "overwhelmed".', 'I thought that was it. I ', 'Ezio Drummet'),
        ('Nurses gave Ezio Drummet IV fluids for three days after he was found in the snow near Vexmoor Pass.\n\nOn Tuesday, sitting up in his hospital bed, Drummet said: "I thought that was it. I thought I was going to die up there."\n\nHis sister, Ysmay Drummet, said the family was "overwhelmed".', 'overwhelmed', 'Ysmay Drummet'),
        ('Orlo Pellin Jnr, 34, took over the family\'s fishmonger\'s on Quarnby High Street last year.\n\n"My grandfather sold herring here during the war," Mr Pellin said. "I sell sushi-grade tuna to people who drive in from Leeds."\n\nHis father, Orlo Pellin Snr, said: "He has done more in a year than I did in ten." ', 'My grandfather sold herri', 'Orlo Pellin Jnr'),
        ('Orlo Pellin Jnr, 34, took over the family\'s fishmonger\'s on Quarnby High Street last year.\n\n"My grandfather sold herring here during the war," Mr Pellin said. "I sell sushi-grade tuna to people who drive in from Leeds."\n\nHis father, Orlo Pellin Snr, said: "He has done more in a year than I did in ten." ', 'He has done more in a yea', 'Orlo Pellin Snr'),
    ]
    _assert_openings(cases)


def test_the_second_reader_s_boards_screens_and_labels_keep_their_speakers():
    # "Aboard the ferry, Captain X says:", "Showing a spreadsheet, X says:", "Her record label, X, says", "Asked
    # about the price tag, X says:", "The clinic screens every patient, X says:", "A fact sheet issued by the
    # Department says": someone speaks, not a display; "The whiteboard ... reads", "A bedsheet ... read" are displays
    cases = [
        ('Aboard the ferry from Quarnby to Vexmoor Island, Captain Ysmay Drummet says: "This crossing has never once been cancelled for money. Now it might be."\n\nThe council wants to cut the ferry\'s subsidy by half. Drummet, 58, has skippered the route for 22 years.\n\n"The island will die without us," she says.', 'This crossing has never o', 'Ysmay Drummet'),
        ('Aboard the ferry from Quarnby to Vexmoor Island, Captain Ysmay Drummet says: "This crossing has never once been cancelled for money. Now it might be."\n\nThe council wants to cut the ferry\'s subsidy by half. Drummet, 58, has skippered the route for 22 years.\n\n"The island will die without us," she says.', 'The island will die witho', 'Ysmay Drummet'),
        ('Showing reporters a spreadsheet of the council\'s spending, Councillor Orlo Pellin says: "Every line of this is money we did not have."\n\nPellin, who chairs the finance committee, wants to cut the mayor\'s office budget by a third.\n\nThe mayor, Brisa Quarnby, said: "This is political theatre." ', 'Every line of this is mon', 'Orlo Pellin'),
        ('Showing reporters a spreadsheet of the council\'s spending, Councillor Orlo Pellin says: "Every line of this is money we did not have."\n\nPellin, who chairs the finance committee, wants to cut the mayor\'s office budget by a third.\n\nThe mayor, Brisa Quarnby, said: "This is political theatre." ', 'This is political theatre', 'Brisa Quarnby'),
        ('Singer Ysmay Tarn has cancelled her autumn tour.\n\nHer record label, Saffery Sounds, says "the tour will go ahead next year".\n\nTarn, 31, said on social media that she needed "time to rest".', 'the tour will go ahead ne', 'Saffery Sounds'),
        ('Singer Ysmay Tarn has cancelled her autumn tour.\n\nHer record label, Saffery Sounds, says "the tour will go ahead next year".\n\nTarn, 31, said on social media that she needed "time to rest".', 'time to rest', 'Ysmay Tarn'),
        ('Asked about the price tag, Councillor Brisa Pellin says: "It is a lot of money, but it is a lot of bridge."\n\nThe new bridge will cost £38 million. Work begins in the spring.\n\nOpposition councillors say the cost has doubled.', 'It is a lot of money, but', 'Brisa Pellin'),
        ('The clinic screens every patient for the virus, and its director, Ezio Pellin, says: "Nobody gets in without a test."\n\nThe clinic in Vexmoor has had no cases since March.\n\n"We were lucky, and we were careful," Pellin said.', 'Nobody gets in without a ', 'Ezio Pellin'),
        ('The clinic screens every patient for the virus, and its director, Ezio Pellin, says: "Nobody gets in without a test."\n\nThe clinic in Vexmoor has had no cases since March.\n\n"We were lucky, and we were careful," Pellin said.', 'We were lucky, and we wer', 'Ezio Pellin'),
        ('A fact sheet issued by the Department of Health says "the vaccine is safe for pregnant women".\n\nDr Ysmay Saffery, an obstetrician in Quarnby, said: "The evidence is overwhelming."\n\nSome women remain unconvinced.', 'the vaccine is safe for p', 'Department of Health'),
        ('A fact sheet issued by the Department of Health says "the vaccine is safe for pregnant women".\n\nDr Ysmay Saffery, an obstetrician in Quarnby, said: "The evidence is overwhelming."\n\nSome women remain unconvinced.', 'The evidence is overwhelm', 'Ysmay Saffery'),
        ('Detectives investigating the disappearance of Ysmay Quill have been working around the clock.\n\nThe whiteboard in the incident room at Quarnby police station reads "Day 41". Detective Inspector Orlo Tarn said: "We have not given up and we will not give up."\n\nQuill, 19, was last seen leaving a bar in Vexmoor on 3 March.', 'Day 41', None),
        ('Detectives investigating the disappearance of Ysmay Quill have been working around the clock.\n\nThe whiteboard in the incident room at Quarnby police station reads "Day 41". Detective Inspector Orlo Tarn said: "We have not given up and we will not give up."\n\nQuill, 19, was last seen leaving a bar in Vexmoor on 3 March.', 'We have not given up and ', 'Orlo Tarn'),
        ('A bedsheet hung from a window on Quarnby Road read "Save Our Pool". Below it, residents gathered to hear the council\'s plans.\n\n"They are taking the one thing our kids have," said Orlo Tarn, who organised the meeting.\n\nThe council says the pool costs £400,000 a year to run.', 'Save Our Pool', None),
        ('A bedsheet hung from a window on Quarnby Road read "Save Our Pool". Below it, residents gathered to hear the council\'s plans.\n\n"They are taking the one thing our kids have," said Orlo Tarn, who organised the meeting.\n\nThe council says the pool costs £400,000 a year to run.', 'They are taking the one t', 'Orlo Tarn'),
    ]
    _assert_openings(cases)


def test_a_letter_read_out_by_someone_is_its_author_s():
    # "A letter from the X, read out by the clerk, said": the letter's words, X's (not the reader's, not nobody's)
    text = (
        "The committee met on Tuesday.\n\n"
        'A letter from Quarnby Parish Council, read out by the committee clerk, said residents were "firmly opposed".'
        "\n\nA letter from the Vexmoor Housing Alliance, read aloud by City Clerk Orlo Tarn, urged the council to "
        '"choose the harder kindness."'
    )
    got = _speakers(text)
    assert got["firmly opposed"] == "Quarnby Parish Council"
    assert got["choose the harder kindness."] == "Vexmoor Housing Alliance"


def test_analysts_at_a_firm_speak_for_it_and_residents_of_a_place_do_not():
    # "Analysts at X wrote", "Officials at X said": unnamed people of a trade or an office, speaking for the body (as
    # a spokesperson does); "Customers at X", "Residents from X" are no voice of X, and a place never speaks
    text = (
        "Shares fell 4% on Monday.\n\n"
        'Analysts at Quarnby Vexley Securities wrote in a note that the reset was "painful but overdue".\n\n'
        'Officials at the Vexmoor Transport Authority said the line was "safe".\n\n'
        'Customers at Quill Bank said the outage was "a nightmare".\n\n'
        'Residents from Quarnby Vale said the road was "a death trap".\n\n'
        'Pupils at Tarn Grammar School were told to "be brave" by the novelist Brisa Saffery.'
    )
    got = _speakers(text)
    assert got["painful but overdue"] == "Quarnby Vexley Securities"
    assert got["safe"] == "Vexmoor Transport Authority"
    assert got["a nightmare"] is None
    assert got["a death trap"] is None
    assert got["be brave"] != "Tarn Grammar School"


def test_the_third_reader_s_judges_kings_dashes_and_sons():
    # a third reader's invented texts: "the judge said" after an appeal panel, or after a trial judge and an appeal
    # judge, is unclear (which of them?), and after one justice is hers; "King Aurek IV opened", "Pope Orlo II
    # visited" keep the numeral; "Her father, Aurek Quill," after "Aurek Quill Jr." is the junior (her father);
    # an unspaced dash round an aside ("Ezio Tarn\u2013Quarnby's chief planner\u2013said") joins no names;
    # "People's Champion X" is X
    cases = [
        ('The Court of Appeal has overturned the conviction of Ezio Drummet, 41, for fraud.\n\nLord Justice Orlo Vexley, sitting with Lady Justice Brisa Saffery and Mr Justice Aurek Tarn, said the jury had been misdirected.\n\n"The summing-up was, with respect, confused," the judge said. Lady Justice Saffery agreed. "A retrial would not be in the interests of justice," she said.', 'The summing-up was, with ', None),
        ('A Vexmoor County judge\'s ruling was reversed on Tuesday by the state appeals court.\n\nJudge Ezio Drummet had ruled last year that the Quill family could not sue the hospital. Writing for the appeals panel, Justice Ysmay Quarnby said that ruling "misread the statute."\n\n"The trial court was bound by our earlier decisions," she wrote. Reached by phone, the judge said: "I respect the appellate process."', 'misread the statute.', 'Ysmay Quarnby'),
        ('A Vexmoor County judge\'s ruling was reversed on Tuesday by the state appeals court.\n\nJudge Ezio Drummet had ruled last year that the Quill family could not sue the hospital. Writing for the appeals panel, Justice Ysmay Quarnby said that ruling "misread the statute."\n\n"The trial court was bound by our earlier decisions," she wrote. Reached by phone, the judge said: "I respect the appellate process."', 'The trial court was bound', 'Ysmay Quarnby'),
        ('A Vexmoor County judge\'s ruling was reversed on Tuesday by the state appeals court.\n\nJudge Ezio Drummet had ruled last year that the Quill family could not sue the hospital. Writing for the appeals panel, Justice Ysmay Quarnby said that ruling "misread the statute."\n\n"The trial court was bound by our earlier decisions," she wrote. Reached by phone, the judge said: "I respect the appellate process."', 'I respect the appellate p', None),
        ('Sitting at Quarnby Crown Court, Mrs Justice Brisa Quill said the defendant had shown "not a flicker of remorse".\n\nDefending, Orlo Drummet said his client had a difficult childhood.\n\n"Many people have difficult childhoods and do not do this," the judge said.', 'not a flicker of remorse', 'Brisa Quill'),
        ('Sitting at Quarnby Crown Court, Mrs Justice Brisa Quill said the defendant had shown "not a flicker of remorse".\n\nDefending, Orlo Drummet said his client had a difficult childhood.\n\n"Many people have difficult childhoods and do not do this," the judge said.', 'Many people have difficul', 'Brisa Quill'),
        ('King Aurek IV opened the new bridge over the Vexmoor on Tuesday.\n\n"This bridge joins two peoples," the king said.\n\nEngineer Ysmay Drummet said: "It took six years."', 'This bridge joins two peo', 'Aurek IV'),
        ('King Aurek IV opened the new bridge over the Vexmoor on Tuesday.\n\n"This bridge joins two peoples," the king said.\n\nEngineer Ysmay Drummet said: "It took six years."', 'It took six years.', 'Ysmay Drummet'),
        ('Pope Orlo II visited Quarnby Cathedral on Sunday.\n\n"Peace be with this city," the pope said.\n\nBishop Ezio Saffery said the visit was "a blessing".', 'Peace be with this city,', 'Orlo II'),
        ('Pope Orlo II visited Quarnby Cathedral on Sunday.\n\n"Peace be with this city," the pope said.\n\nBishop Ezio Saffery said the visit was "a blessing".', 'a blessing', 'Ezio Saffery'),
        ('Aurek Quill Jr., 74, opened Quill Hardware on Main Street in 1979. His daughter, Brisa Quill, took over on Monday.\n\n"I grew up in the aisles," she said.\n\nHer father, Aurek Quill, said: "She will do better than I did." Quill Jr. will keep working Saturdays.', 'I grew up in the aisles,', 'Brisa Quill'),
        ('Aurek Quill Jr., 74, opened Quill Hardware on Main Street in 1979. His daughter, Brisa Quill, took over on Monday.\n\n"I grew up in the aisles," she said.\n\nHer father, Aurek Quill, said: "She will do better than I did." Quill Jr. will keep working Saturdays.', 'She will do better than I', 'Aurek Quill Jr.'),
        ('Ezio Tarn–Quarnby\'s chief planner–said the bypass would be built by 2028.\n\n"It is the single most important project we have," Tarn said.\n\nResidents of Vexmoor have objected.', 'It is the single most imp', 'Ezio Tarn'),
        ('People\'s Champion Ezio Drummet said he would defend his title in Vexmoor next month.\n\n"I am not finished yet," Drummet said.\n\nHis opponent, Orlo Quill, said: "He is finished."', 'I am not finished yet,', 'Ezio Drummet'),
        ('People\'s Champion Ezio Drummet said he would defend his title in Vexmoor next month.\n\n"I am not finished yet," Drummet said.\n\nHis opponent, Orlo Quill, said: "He is finished."', 'He is finished.', 'Orlo Quill'),
    ]
    _assert_openings(cases)


def test_the_one_asked_is_the_one_apposed_after_a_possessive_or_a_role():
    # '"...?" the magistrate asked X's solicitor, Y.' and '"...?" Ms Z asked the solicitor, W.': Y and W answer next
    # (not X, the client named first)
    text = (
        "The hearing lasted an hour.\n\n"
        '"Why did your client go back inside?" Magistrate Brisa Tarn asked Orlo Quill\u2019s solicitor, Ezio Pellin.\n\n'
        '"He says he went back for his phone, Your Honour."\n\n'
        '"Why did your client lie?" Ms Tarn asked the solicitor, Aurek Vexley.\n\n'
        '"He panicked, madam."'
    )
    got = _speakers(text)
    assert got["He says he went back for his phone, Your Honour."] == "Ezio Pellin"
    assert got["He panicked, madam."] == "Aurek Vexley"


def test_the_fourth_reader_s_letters_workers_judges_and_fathers():
    # a fourth reader's invented texts: "A letter to X, signed by Y, said" is not X's; "Workers at X", "Students at
    # X" are no voice of X (analysts, economists, officials are); "Justice Secretary X" is no second judge; "His
    # father, X," is the junior's father only where the last man of that surname named is the junior;
    # "People's Champion X" is X
    cases = [
        ('Plans for a wind farm near Tarn Moor have drawn fierce objections.\nA letter to Quarnby District Council, signed by 140 residents, said: "The turbines would ruin the view from every house in the valley."\nThe council\'s planning chief, Orlo Pellin, said the application would be decided in June.', 'The turbines would ruin t', None),
        ('Tributes have been paid to a Vexley lifeboat volunteer who died at sea.\nA tribute to Aurek Pellin, written by his sister Ysmay, said: "He went out in every storm and always came home, until now."\nThe Vexley lifeboat station said it was devastated.', 'He went out in every stor', None),
        ('A complaint against Quarnby Rovers manager Ezio Tarn, submitted by a group of supporters, said: "The club is being run into the ground."\nTarn said he had not seen the complaint.', 'The club is being run int', None),
        ('Workers at Vexley Steel said: "We are turning up every day and getting nothing."\nVexley Steel said the delay was caused by "a banking error".', 'We are turning up every d', None),
        ('Workers at Vexley Steel said: "We are turning up every day and getting nothing."\nVexley Steel said the delay was caused by "a banking error".', 'a banking error', 'Vexley Steel'),
        ('Students at Quarnby University said: "We will occupy the library until fees are cut."\nThe university\'s vice-chancellor, Professor Ezio Drummet, said he was "willing to meet them".', 'We will occupy the librar', None),
        ('Students at Quarnby University said: "We will occupy the library until fees are cut."\nThe university\'s vice-chancellor, Professor Ezio Drummet, said he was "willing to meet them".', 'willing to meet them', 'Ezio Drummet'),
        ('Players at Vexley Rovers said: "Nobody told us the club was being sold."\nThe club\'s owner, Ysmay Drummet, said talks were "at an early stage".', 'Nobody told us the club w', None),
        ('Players at Vexley Rovers said: "Nobody told us the club was being sold."\nThe club\'s owner, Ysmay Drummet, said talks were "at an early stage".', 'at an early stage', 'Ysmay Drummet'),
        ('A Quarnby man has been jailed for nine years for arson.\nJudge Ysmay Vexley told Quarnby Crown Court that Ezio Tarn had put lives at risk.\nJustice Secretary Orlo Drummet said last week that sentences for arson would be reviewed.\n"You knew there were children asleep upstairs," the judge said.', 'You knew there were child', 'Ysmay Vexley'),
        ('A judge has ordered a Quarnby hospital to pay £1m to a family.\nMr Justice Orlo Quill, sitting at the High Court, said the hospital had been negligent.\nJustice Minister Ezio Tarn said the case showed the need for reform.\n"The family have waited six years for this," the judge said.', 'The family have waited si', 'Orlo Quill'),
        ('Aurek Quill Jr. scored twice as Quarnby Rovers beat Vexley 3-1.\nHis coach, Orlo Pellin, said the 19-year-old was "the best finisher I have seen".\nHis father, Aurek Quill, said: "I played on this pitch forty years ago and never scored twice."', 'the best finisher I have ', 'Orlo Pellin'),
        ('Aurek Quill Jr. scored twice as Quarnby Rovers beat Vexley 3-1.\nHis coach, Orlo Pellin, said the 19-year-old was "the best finisher I have seen".\nHis father, Aurek Quill, said: "I played on this pitch forty years ago and never scored twice."', 'I played on this pitch fo', 'Aurek Quill'),
        ('Orlo Pellin Sr. has run the hardware store on Quarnby Street for fifty years.\nThe shop\'s manager, Ysmay Tarn, said: "He still opens up every morning."\nHis son, Orlo Pellin, said: "Dad will never retire."', 'He still opens up every m', 'Ysmay Tarn'),
        ('Orlo Pellin Sr. has run the hardware store on Quarnby Street for fifty years.\nThe shop\'s manager, Ysmay Tarn, said: "He still opens up every morning."\nHis son, Orlo Pellin, said: "Dad will never retire."', 'Dad will never retire.', 'Orlo Pellin'),
        ('Aurek Quill Jr. won the Vexley Open on Sunday.\nCaddie Ezio Tarn said: "He never panicked."\nHis father, Aurek Quill, who won the title in 1989, said: "He is better than I ever was."', 'He never panicked.', 'Ezio Tarn'),
        ('Aurek Quill Jr. won the Vexley Open on Sunday.\nCaddie Ezio Tarn said: "He never panicked."\nHis father, Aurek Quill, who won the title in 1989, said: "He is better than I ever was."', 'He is better than I ever ', 'Aurek Quill'),
        ('People\'s Champion Orlo Drummet has won the Quarnby Bake Off.\nDrummet said: "I never expected to get past the first round."', 'I never expected to get p', 'Orlo Drummet'),
        ('Quarnby Town Council has rejected plans for a new car park on Vexley Road.\nA letter from the Vexley Road Residents\' Association, read out by the town clerk, said: "We have waited ten years for a decision and this is not it."\nCllr Ysmay Orlo said the council would look again in the spring.', 'We have waited ten years ', "Vexley Road Residents' Association"),
        ('Economists at the Quarnby Institute for Fiscal Research said: "This budget leaves the poorest families worse off."\nThe Chancellor, Brisa Saffery, rejected the claim.', 'This budget leaves the po', 'Quarnby Institute for Fiscal Research'),
        ('Residents from Quarnby Vale said: "This is the worst flooding in living memory."\nThe Environment Agency said river levels were "falling slowly".', 'This is the worst floodin', None),
        ('Residents from Quarnby Vale said: "This is the worst flooding in living memory."\nThe Environment Agency said river levels were "falling slowly".', 'falling slowly', 'Environment Agency'),
    ]
    _assert_openings(cases)


def test_the_fifth_reader_s_questions_bodies_letters_and_fathers():
    # a fifth reader's invented texts: "asked the defendant, X." puts the question to X, but "asked the jury, X
    # staring at the floor" to no X; executives, prosecutors, regulators at a body speak for it; "A letter to X" is
    # not X's; "Justice Secretary X" is no judge; "His father, X," after "X Jr." is the father
    cases = [
        ('Orlo Drummet, 41, denies murder.\n\n"Have you reached a verdict?" Judge Ysmay Vexley asked the jury, Drummet staring at the floor.\n\n"We have."', 'Have you reached a verdic', 'Ysmay Vexley'),
        ('Orlo Drummet, 41, denies murder.\n\n"Have you reached a verdict?" Judge Ysmay Vexley asked the jury, Drummet staring at the floor.\n\n"We have."', 'We have.', 'Ysmay Vexley'),
        ('The hearing at Quarnby Crown Court continued on Wednesday.\n\n"Where were you that night?" prosecutor Brisa Vexley asked the defendant, Orlo Saffery.\n\n"At home. I\'ve told you that."\n\n"Can anyone confirm that?" Vexley asked.\n\n"My wife can."', 'Where were you that night', 'Brisa Vexley'),
        ('The hearing at Quarnby Crown Court continued on Wednesday.\n\n"Where were you that night?" prosecutor Brisa Vexley asked the defendant, Orlo Saffery.\n\n"At home. I\'ve told you that."\n\n"Can anyone confirm that?" Vexley asked.\n\n"My wife can."', "At home. I've told you th", 'Orlo Saffery'),
        ('The hearing at Quarnby Crown Court continued on Wednesday.\n\n"Where were you that night?" prosecutor Brisa Vexley asked the defendant, Orlo Saffery.\n\n"At home. I\'ve told you that."\n\n"Can anyone confirm that?" Vexley asked.\n\n"My wife can."', 'Can anyone confirm that?', 'Brisa Vexley'),
        ('The hearing at Quarnby Crown Court continued on Wednesday.\n\n"Where were you that night?" prosecutor Brisa Vexley asked the defendant, Orlo Saffery.\n\n"At home. I\'ve told you that."\n\n"Can anyone confirm that?" Vexley asked.\n\n"My wife can."', 'My wife can.', 'Orlo Saffery'),
        ('Quarnby Council\'s leader, Ysmay Saffery, faced questions on the budget.\n\n"Why is the library closing?" resident Orlo Pellin asked Vexmoor Council\'s finance chief, Ezio Drummet.\n\n"Because we have no money left."', 'Why is the library closin', 'Orlo Pellin'),
        ('Quarnby Council\'s leader, Ysmay Saffery, faced questions on the budget.\n\n"Why is the library closing?" resident Orlo Pellin asked Vexmoor Council\'s finance chief, Ezio Drummet.\n\n"Because we have no money left."', 'Because we have no money ', 'Ezio Drummet'),
        ('Saffery Motors announced 400 job cuts on Monday.\n\nExecutives at Saffery Motors said the cuts were "painful but unavoidable".\n\nWorkers at Saffery Motors said they felt betrayed.', 'painful but unavoidable', 'Saffery Motors'),
        ('The Vexmoor Crown Prosecution Service dropped the case on Friday.\n\nProsecutors at the Vexmoor Crown Prosecution Service said there was "insufficient evidence".', 'insufficient evidence', 'Vexmoor Crown Prosecution Service'),
        ('Regulators at the Vexmoor Financial Authority said the bank had "broken the rules".', 'broken the rules', 'Vexmoor Financial Authority'),
        ('A letter to Ezio Pellin, read out by the clerk, said the council "regrets the delay".\n\nPellin said he was not satisfied.', 'regrets the delay', None),
        ('Justice Secretary Brisa Vexmoor visited Quarnby Prison on Monday.\n\nAt Quarnby Crown Court later that day, Judge Ezio Tarn jailed Orlo Drummet for six years.\n\n"You showed no remorse whatsoever," the judge said.', 'You showed no remorse wha', 'Ezio Tarn'),
        ('Orlo Pellin Jr. scored twice as Quarnby beat Vexmoor 3-1 on Saturday, with Ezio Quill adding the third.\n\nHis father, Orlo Pellin, said: "I\'m so proud of him."\n\n"He\'s been working for this all year," Pellin Jr. said of his own form.', "I'm so proud of him.", 'Orlo Pellin'),
        ('Orlo Pellin Jr. scored twice as Quarnby beat Vexmoor 3-1 on Saturday, with Ezio Quill adding the third.\n\nHis father, Orlo Pellin, said: "I\'m so proud of him."\n\n"He\'s been working for this all year," Pellin Jr. said of his own form.', "He's been working for thi", 'Orlo Pellin Jr.'),
    ]
    _assert_openings(cases)


def test_people_for_a_person_are_unnamed_and_no_name_opens_on_for():
    # "Lawyers for Ezio Quill said": the lawyers, unnamed (never a speaker called "for Ezio Quill"); a group named
    # "Campaigners for Quarnby Library", "Neighbors for Thoughtful Growth" keeps its whole name
    text = (
        "The case was adjourned.\n\n"
        'Lawyers for Ezio Saffery said the charge was "baseless".\n\n'
        'Campaigners for Quarnby Library said the closure was "a disgrace".\n\n'
        'Neighbors for Thoughtful Growth said the fight was "not over".'
    )
    got = _speakers(text)
    assert got["baseless"] is None
    assert got["a disgrace"] == "Campaigners for Quarnby Library"
    assert got["not over"] == "Neighbors for Thoughtful Growth"


def test_the_letter_of_one_who_wrote_and_a_place_before_an_anonymous_source():
    # "X, whose district includes Y, wrote to the company. '...,' the letter said": X's letter (not the place the
    # last words named); "A longtime Quarnby session player who asked not to be named, said": someone unnamed,
    # never the town
    text = (
        "Patients began getting letters last week.\n\n"
        "State Rep. Ysmay Quill, whose district includes Vexmoor Heights, wrote to the company Tuesday. "
        '"Three weeks is too long," the letter said.\n\n'
        "A longtime Quarnby session player who has worked with Tarn, but who asked not to be named, said she was "
        '"the hardest-working person in this town".'
    )
    got = _speakers(text)
    assert got["Three weeks is too long,"] == "Ysmay Quill"
    assert got["the hardest-working person in this town"] is None


def test_the_reporter_who_asks_is_the_byline_and_the_one_profiled_answers():
    # '"Do you read your reviews?" I ask. / "Only the bad ones."': the question is the byline's writer's, the answer
    # the one the piece is about (not the last person quoted, her husband); "she says" after "I ask her" is never
    # the writer
    text = (
        "By Brisa Vexley\n\n"
        "Ysmay Quill is sitting in the back room of a pub where she wrote her new novel. \u2018They let me stay all "
        "afternoon,\u2019 she says.\n\n"
        "Her ninth book follows a lock-keeper\u2019s daughter. Quill says it is \u2018the one I was afraid to "
        "write\u2019.\n\n"
        "Her husband, the illustrator Aurek Quill, drew the maps. \u2018She rewrote chapter four eleven times,\u2019 "
        "he says.\n\n"
        "\u2018Do you read your reviews?\u2019 I ask.\n\n"
        "\u2018Only the bad ones.\u2019"
    )
    got = _speakers(text)
    assert got["Do you read your reviews?"] == "Brisa Vexley"
    assert got["Only the bad ones."] == "Ysmay Quill"


def test_the_sixth_reader_s_letters_spokespeople_and_campaigners():
    # a sixth reader's invented texts: "X wrote to the council, which replied ... '...,' the letter said" is no
    # longer X's (a reply came between); a body's spokesperson who asked not to be named is unclear (v763);
    # "Campaigners for Vexley Woods" is a group; "X wrote to Y. '...,' the letter said" is X's
    cases = [
        ('Brisa Tarn wrote to Vexley Council in March, and Vexley Council replied within days.\n\n"The council has no plans to reopen the footpath," the letter said.\n\nTarn said she would keep campaigning.', 'The council has no plans ', 'Vexley Council'),
        ('Aurek Vexley wrote to Quarnby Water, which rejected his complaint.\n\n"Your bill has been calculated correctly," the letter said.\n\nVexley has refused to pay.', 'Your bill has been calcul', 'Quarnby Water'),
        # (v763: "asked" there is no verb of saying; a spokesperson who asked not to be named is left unclear, as the
        # gold sets' brief has it and as about half of them do -- a body named instead would be wrong for the rest)
        ('A spokesman for Vexley Council who has handled the case, but who asked not to be named, said the decision was "final".', 'final', None),
        ('A Vexley Council spokeswoman who asked not to be named because she was not authorised to speak said the deal was "off".', 'off', None),
        ('Campaigners for Vexley Woods wrote to the minister in June.\n\n"The woods are irreplaceable," the letter said.', 'The woods are irreplaceab', 'Campaigners for Vexley Woods'),
        ('Campaigners for Ysmay Fields, a green space in Quarnby, said the council had betrayed them.\n\n"We were promised this land would be protected," the group said.', 'We were promised this lan', 'Campaigners for Ysmay Fields'),
        ('Ezio Tarn wrote to Quarnby Council in March about the potholes on Mill Lane.\n\n"The road is a danger to every cyclist in the village," the letter said.\n\nA council spokesman said repairs were scheduled for the summer.', 'The road is a danger to e', 'Ezio Tarn'),
        ('Brisa Saffery wrote to Vexley Council on Monday. "I am appalled," the letter said.\n\nThe council said it would respond in due course.', 'I am appalled,', 'Brisa Saffery'),
    ]
    _assert_openings(cases)


def test_the_seventh_reader_s_interviews():
    # a seventh reader's invented profiles: the writer's "I ask" question is the byline's; "I asked him" goes
    # to a man, "I ask a woman near the front" and "I asked his widow" to no one named; "I ask Pellin" to Pellin;
    # an "I" set out after "It read in full:" is not the writer's
    cases = [
        ('By Brisa Vexley\n\nEzio Quill is sitting in the back room of a Quarnby pub, nursing a lemonade. At 42, Quill has written eleven novels and sold more than two million copies.\n\n"I never planned any of it," Quill says. "I just kept going."\n\nHis agent, Orlo Pellin, puts it differently. "Ezio is the most stubborn man I have ever met," Pellin said.\n\n"Do you read your reviews?" I ask.\n\n"Never. Not one. My mother reads them and tells me the good bits."\n\nQuill\'s new book, The Saffery Line, is out next month.', 'I never planned any of it', 'Ezio Quill'),
        ('By Brisa Vexley\n\nEzio Quill is sitting in the back room of a Quarnby pub, nursing a lemonade. At 42, Quill has written eleven novels and sold more than two million copies.\n\n"I never planned any of it," Quill says. "I just kept going."\n\nHis agent, Orlo Pellin, puts it differently. "Ezio is the most stubborn man I have ever met," Pellin said.\n\n"Do you read your reviews?" I ask.\n\n"Never. Not one. My mother reads them and tells me the good bits."\n\nQuill\'s new book, The Saffery Line, is out next month.', 'Ezio is the most stubborn', 'Orlo Pellin'),
        ('By Brisa Vexley\n\nEzio Quill is sitting in the back room of a Quarnby pub, nursing a lemonade. At 42, Quill has written eleven novels and sold more than two million copies.\n\n"I never planned any of it," Quill says. "I just kept going."\n\nHis agent, Orlo Pellin, puts it differently. "Ezio is the most stubborn man I have ever met," Pellin said.\n\n"Do you read your reviews?" I ask.\n\n"Never. Not one. My mother reads them and tells me the good bits."\n\nQuill\'s new book, The Saffery Line, is out next month.', 'Do you read your reviews?', 'Brisa Vexley'),
        ('By Brisa Vexley\n\nEzio Quill is sitting in the back room of a Quarnby pub, nursing a lemonade. At 42, Quill has written eleven novels and sold more than two million copies.\n\n"I never planned any of it," Quill says. "I just kept going."\n\nHis agent, Orlo Pellin, puts it differently. "Ezio is the most stubborn man I have ever met," Pellin said.\n\n"Do you read your reviews?" I ask.\n\n"Never. Not one. My mother reads them and tells me the good bits."\n\nQuill\'s new book, The Saffery Line, is out next month.', 'Never. Not one. My mother', 'Ezio Quill'),
        ('By Aurek Drummet\n\nEzio Saffery was a fisherman for half a century. Saffery sailed out of Vexmoor harbour every morning, and Saffery\'s boat, the Ysmay, is still moored there. Saffery died in March.\n\nThe harbourmaster, Pellin Tarn, knew him for decades. "He was the last of the old ones," Tarn said.\n\n"What will you miss most?" I asked his widow.\n\n"His singing. He sang every morning, badly."\n\nA memorial bench will be unveiled in June.', 'He was the last of the ol', None),
        ('By Aurek Drummet\n\nEzio Saffery was a fisherman for half a century. Saffery sailed out of Vexmoor harbour every morning, and Saffery\'s boat, the Ysmay, is still moored there. Saffery died in March.\n\nThe harbourmaster, Pellin Tarn, knew him for decades. "He was the last of the old ones," Tarn said.\n\n"What will you miss most?" I asked his widow.\n\n"His singing. He sang every morning, badly."\n\nA memorial bench will be unveiled in June.', 'What will you miss most?', None),
        ('By Aurek Drummet\n\nEzio Saffery was a fisherman for half a century. Saffery sailed out of Vexmoor harbour every morning, and Saffery\'s boat, the Ysmay, is still moored there. Saffery died in March.\n\nThe harbourmaster, Pellin Tarn, knew him for decades. "He was the last of the old ones," Tarn said.\n\n"What will you miss most?" I asked his widow.\n\n"His singing. He sang every morning, badly."\n\nA memorial bench will be unveiled in June.', 'His singing. He sang ever', None),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', 'He never lets me touch th', 'Ezio Tarn'),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', 'How long does one take?', 'Brisa Vexley'),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', 'Four months, if nothing g', 'Pellin Saffery'),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', 'And if something goes wro', 'Brisa Vexley'),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', 'Then I start again.', 'Pellin Saffery'),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', 'Do you play?', 'Brisa Vexley'),
        ('By Brisa Vexley\n\nPellin Saffery makes violins in a workshop above a Drummet launderette. Saffery has made 140 of them, and Saffery\'s instruments are played in orchestras in six countries.\n\nHis apprentice, Ezio Tarn, sweeps the floor as we talk. "He never lets me touch the varnish," Tarn says.\n\n"How long does one take?" I ask.\n\n"Four months, if nothing goes wrong."\n\n"And if something goes wrong?" I ask.\n\n"Then I start again."\n\n"Do you play?" I ask.\n\n"Badly. That\'s why I make them."\n\nThe workshop is open to visitors on Saturdays.', "Badly. That's why I make ", 'Pellin Saffery'),
        ('By Aurek Drummet\n\nThe queue for Ysmay Quill\'s book signing stretched down Saffery Street by nine o\'clock. Quill, whose memoir has sold half a million copies, arrived at ten. Fans had travelled from across the country to meet Quill.\n\n"She changed my life," said one fan, Orlo Tarn, who had driven from Quarnby.\n\n"Why did you come?" I ask a woman near the front.\n\n"For my daughter. She\'s too shy to ask herself."\n\nQuill signed books until the shop closed.', 'She changed my life,', None),
        ('By Aurek Drummet\n\nThe queue for Ysmay Quill\'s book signing stretched down Saffery Street by nine o\'clock. Quill, whose memoir has sold half a million copies, arrived at ten. Fans had travelled from across the country to meet Quill.\n\n"She changed my life," said one fan, Orlo Tarn, who had driven from Quarnby.\n\n"Why did you come?" I ask a woman near the front.\n\n"For my daughter. She\'s too shy to ask herself."\n\nQuill signed books until the shop closed.', 'Why did you come?', None),
        ('By Aurek Drummet\n\nThe queue for Ysmay Quill\'s book signing stretched down Saffery Street by nine o\'clock. Quill, whose memoir has sold half a million copies, arrived at ten. Fans had travelled from across the country to meet Quill.\n\n"She changed my life," said one fan, Orlo Tarn, who had driven from Quarnby.\n\n"Why did you come?" I ask a woman near the front.\n\n"For my daughter. She\'s too shy to ask herself."\n\nQuill signed books until the shop closed.', "For my daughter. She's to", None),
        ('By Brisa Vexley\n\nYsmay Saffery became the first woman to captain the Quarnby lifeboat last year. Saffery has been on more than 300 call-outs, and Saffery\'s crew trust her completely.\n\n"The sea doesn\'t care who you are," Saffery says.\n\nHer husband, Pellin Orlo, waits on the slipway every time she goes out. "I never get used to it," Orlo said.\n\n"Do you ever ask her to stop?" I asked him.\n\n"Once. Never again."\n\nThe lifeboat station holds an open day in August.', "The sea doesn't care who ", 'Ysmay Saffery'),
        ('By Brisa Vexley\n\nYsmay Saffery became the first woman to captain the Quarnby lifeboat last year. Saffery has been on more than 300 call-outs, and Saffery\'s crew trust her completely.\n\n"The sea doesn\'t care who you are," Saffery says.\n\nHer husband, Pellin Orlo, waits on the slipway every time she goes out. "I never get used to it," Orlo said.\n\n"Do you ever ask her to stop?" I asked him.\n\n"Once. Never again."\n\nThe lifeboat station holds an open day in August.', 'I never get used to it,', 'Pellin Orlo'),
        ('By Brisa Vexley\n\nYsmay Saffery became the first woman to captain the Quarnby lifeboat last year. Saffery has been on more than 300 call-outs, and Saffery\'s crew trust her completely.\n\n"The sea doesn\'t care who you are," Saffery says.\n\nHer husband, Pellin Orlo, waits on the slipway every time she goes out. "I never get used to it," Orlo said.\n\n"Do you ever ask her to stop?" I asked him.\n\n"Once. Never again."\n\nThe lifeboat station holds an open day in August.', 'Do you ever ask her to st', 'Brisa Vexley'),
        ('By Brisa Vexley\n\nYsmay Saffery became the first woman to captain the Quarnby lifeboat last year. Saffery has been on more than 300 call-outs, and Saffery\'s crew trust her completely.\n\n"The sea doesn\'t care who you are," Saffery says.\n\nHer husband, Pellin Orlo, waits on the slipway every time she goes out. "I never get used to it," Orlo said.\n\n"Do you ever ask her to stop?" I asked him.\n\n"Once. Never again."\n\nThe lifeboat station holds an open day in August.', 'Once. Never again.', 'Pellin Orlo'),
        ('By Brisa Vexley\n\nEzio Quarnby, the Vexmoor councillor accused of misusing expenses, released a statement on Tuesday. It read in full:\n\nI have done nothing wrong. When the police came to my house, I said, "Search wherever you like." I have nothing to hide.\n\nThe council\'s leader, Ysmay Tarn, said the investigation would continue. "We will follow the evidence," Tarn said.', 'Search wherever you like.', None),
        ('By Brisa Vexley\n\nEzio Quarnby, the Vexmoor councillor accused of misusing expenses, released a statement on Tuesday. It read in full:\n\nI have done nothing wrong. When the police came to my house, I said, "Search wherever you like." I have nothing to hide.\n\nThe council\'s leader, Ysmay Tarn, said the investigation would continue. "We will follow the evidence," Tarn said.', 'We will follow the eviden', 'Ysmay Tarn'),
        ('By Aurek Drummet\n\nYsmay Tarn has just been named Saffery\'s poet laureate. We met at her cottage in Drummet.\n\nDRUMMET: How did you hear?\nTARN: A phone call. I said, "Are you sure you\'ve got the right person?"\n\nDRUMMET: And had they?\nTARN: Apparently.', "Are you sure you've got t", None),
        ('By Aurek Drummet\n\nOrlo Quarnby built the Quarnby mill in 1961. Orlo Quarnby ran it for forty years, and when Orlo Quarnby died last spring the town closed its shops for the funeral.\n\nHis son, Tarn Quarnby, now runs the place. "Dad would hate the new machines," Tarn says.\n\n"Do you ever think of selling?" I ask Tarn.\n\n"Every single day. But I won\'t."', 'Dad would hate the new ma', None),
        ('By Aurek Drummet\n\nOrlo Quarnby built the Quarnby mill in 1961. Orlo Quarnby ran it for forty years, and when Orlo Quarnby died last spring the town closed its shops for the funeral.\n\nHis son, Tarn Quarnby, now runs the place. "Dad would hate the new machines," Tarn says.\n\n"Do you ever think of selling?" I ask Tarn.\n\n"Every single day. But I won\'t."', 'Do you ever think of sell', None),
        ('By Aurek Drummet\n\nOrlo Quarnby built the Quarnby mill in 1961. Orlo Quarnby ran it for forty years, and when Orlo Quarnby died last spring the town closed its shops for the funeral.\n\nHis son, Tarn Quarnby, now runs the place. "Dad would hate the new machines," Tarn says.\n\n"Do you ever think of selling?" I ask Tarn.\n\n"Every single day. But I won\'t."', 'Every single day. But I w', None),
        ('By Aurek Drummet\n\nOrlo Quarnby built the Quarnby mill in 1961. Orlo Quarnby ran it for forty years, and when Orlo Quarnby died last spring the town closed its shops for the funeral.\n\nHis stepson, Ezio Pellin, now runs the place. "He would hate the new machines," Pellin says.\n\n"Do you ever think of selling?" I ask Pellin.\n\n"Every single day. But I won\'t."', 'He would hate the new mac', 'Ezio Pellin'),
        ('By Aurek Drummet\n\nOrlo Quarnby built the Quarnby mill in 1961. Orlo Quarnby ran it for forty years, and when Orlo Quarnby died last spring the town closed its shops for the funeral.\n\nHis stepson, Ezio Pellin, now runs the place. "He would hate the new machines," Pellin says.\n\n"Do you ever think of selling?" I ask Pellin.\n\n"Every single day. But I won\'t."', 'Do you ever think of sell', None),
        ('By Aurek Drummet\n\nOrlo Quarnby built the Quarnby mill in 1961. Orlo Quarnby ran it for forty years, and when Orlo Quarnby died last spring the town closed its shops for the funeral.\n\nHis stepson, Ezio Pellin, now runs the place. "He would hate the new machines," Pellin says.\n\n"Do you ever think of selling?" I ask Pellin.\n\n"Every single day. But I won\'t."', 'Every single day. But I w', 'Ezio Pellin'),
    ]
    _assert_openings(cases)


def test_a_beat_of_action_before_a_quote_is_its_speaker_s():
    # "She pauses, and adjusts her hat. '...'": the one the beat is about speaks (nothing else attributes it); "Coach
    # X was asked ... He paused. '...'" is X, the one the paragraph named, not the last speaker; never one who died
    text = (
        "Ysmay Quill has run the stall since 1971.\n\n"
        "She pauses, and adjusts her hat. \u201cNobody told me I would live to see this.\u201d\n\n"
        "\u201cWe played well,\u201d said Orlo Tarn, the captain.\n\n"
        "Coach Aurek Vexley was asked whether his team should have fouled. He paused. \u201cIn hindsight? Sure. It all looks different.\u201d"
        "\n\nHer husband died in 2011. \u201cHe was the kindest man in the valley.\u201d"
    )
    got = _speakers(text)
    assert got["Nobody told me I would live to see this."] == "Ysmay Quill"
    assert got["In hindsight? Sure. It all looks different."] == "Aurek Vexley"
    assert got["He was the kindest man in the valley."] is None


def test_the_eighth_reader_s_beats():
    # an eighth reader's invented texts: a beat whose subject is acted on ("He was jailed for six years.", "He was
    # visited in prison by his daughter"), reads or receives words ("She received a card", "He stopped at the sign")
    # or was hurt ("was struck by a van") gives the quote after it to no one; "She smiles.", "He shrugged." do
    cases = [
        ("Brisa Quarnby has run the bakery on Tarn Street for forty years.\n\nShe pauses, and adjusts her hat. 'Nobody told me I would live to see this.'\n\nThe shop will close in March.", 'Nobody told me I would li', 'Brisa Quarnby'),
        ("Aurek Vexley, 34, admitted fraud at Drummet Crown Court.\n\nHe was jailed for six years. 'You preyed on the vulnerable and you showed no remorse.'\n\nJudge Orlo Saffery said the sentence had to deter others.", 'You preyed on the vulnera', None),
        ("Orlo Pellin walked past the gates every day as a boy.\n\nHe stopped at the sign. 'Trespassers will be prosecuted.'\n\nNow he owns the land.", 'Trespassers will be prose', None),
        ("Brisa Saffery keeps every letter her father wrote from the front.\n\nShe reads the last one aloud. 'My dearest girl, I will be home by Christmas.'\n\nHe never came home.", 'My dearest girl, I will b', None),
        ("Aurek Quarnby, 19, was a talented footballer.\n\nHe was struck by a van on Tarn Lane and never recovered. 'He was the light of our lives.'\n\nHis family paid tribute on Friday.", 'He was the light of our l', None),
        ('Brisa Quill has coached at Drummet High for two decades.\n\n"I never wanted to do anything else," she said. "Not for a day."\n\nShe smiles. "Well, maybe one day."\n\nThe school will name its gym after her.', 'I never wanted to do anyt', 'Brisa Quill'),
        ('Brisa Quill has coached at Drummet High for two decades.\n\n"I never wanted to do anything else," she said. "Not for a day."\n\nShe smiles. "Well, maybe one day."\n\nThe school will name its gym after her.', 'Well, maybe one day.', 'Brisa Quill'),
        ('The coach, Ezio Vexley, was asked about the loss.\n\nHe shrugged. "We were beaten by a better side."\n\nVexley\'s team face Drummet next week.', 'We were beaten by a bette', 'Ezio Vexley'),
        ('Orlo Saffery runs the only pub in Quarnby.\n\nHe points to a framed note behind the bar. "No credit, no exceptions, no dogs."\n\nThe pub opened in 1821.', 'No credit, no exceptions,', None),
        ('Ysmay Saffery was a star striker for Drummet Ladies.\n\nShe was dropped last season. "She is not the player she was."\n\nHer manager, Orlo Tarn, later apologised for the remark.', 'She is not the player she', None),
        ('Ysmay Drummet is the new head of Tarn Primary.\n\nShe received a card from a pupil. "You are the best teacher ever."\n\nShe has it pinned above her desk.', 'You are the best teacher ', None),
        ('Orlo Drummet was jailed last year for fraud.\n\nHe was visited in prison by his daughter, Ysmay. "I forgave him a long time ago."\n\nShe now campaigns for prisoners\' families.', 'I forgave him a long time', None),
        ('Aurek Drummet, 28, was convicted of dangerous driving at Pellin Magistrates\' Court.\n\nHe was banned from driving for three years. "You could easily have killed someone that night."\n\nMagistrates also fined him £1,200.', 'You could easily have kil', None),
        ('Ezio Saffery was the first in his family to go to university.\n\nHe got his results by text. "Congratulations, you have been accepted to read law at Vexmoor."\n\nHis mother cried.', 'Congratulations, you have', None),
        ('The union leader, Brisa Vexmoor, addressed the rally.\n\nShe was cheered as she took the stage. "Fair pay now! Fair pay now!"\n\nThe strike continues.', 'Fair pay now! Fair pay no', None),
        ('Orlo Tarn was told on Monday that his contract would not be renewed.\n\nHe was informed by letter. "Your services are no longer required."\n\nTarn says he will appeal.', 'Your services are no long', None),
    ]
    _assert_openings(cases)


def test_an_exchange_set_up_with_him_or_he_alternates_between_the_two():
    # "The coroner, X, asked him whether ..." and "Cross-examined by X KC, prosecuting, he agreed ...": X asks, the
    # one "him"/"he" means (the witness quoted last) answers, and the bare turns after alternate; "she shoots back"
    # is a reply, present tense as well as past; "the senior coroner for the district, X," holds the role of coroner
    text = (
        "Orlo Saffery, 34, told the inquest that his friend had been annoyed. 'He said she was fussing,' he said.\n\n"
        "The coroner, Brisa Quill, asked him whether the group had checked the forecast.\n\n"
        "'We looked at it in the car park. It said cloud later.'\n\n'Later than two o'clock?'\n\n'We thought so.'"
    )
    got = _speakers(text)
    assert got["We looked at it in the car park. It said cloud later."] == "Orlo Saffery"
    assert got["Later than two o'clock?"] == "Brisa Quill"
    assert got["We thought so."] == "Orlo Saffery"
    text = (
        'Giving evidence at Tarnholm Crown Court, Mr Vexley said: "Every job I took, I meant to do."\n\n'
        "Cross-examined by Ysmay Quarnby KC, prosecuting, he agreed he had taken a deposit after the bank froze "
        'the account.\n\n"You knew you could not build that extension," Ms Quarnby said.\n\n'
        '"I thought something would come in."\n\n"Something like the next deposit?"\n\n"Yes. I am ashamed of that."'
    )
    got = _speakers(text)
    assert got["I thought something would come in."] == "Vexley"
    assert got["Something like the next deposit?"] == "Ysmay Quarnby"
    assert got["Yes. I am ashamed of that."] == "Vexley"
    text = (
        "Ysmay Drummet, 81, runs the diner. Her son, Orlo Drummet, 58, runs the kitchen.\n\n"
        "\u201cMom is going to tell you it is her knees,\u201d Orlo says from the doorway.\n\n"
        "\u201cMy knees are not fine,\u201d she shoots back.\n\n\u201cThey were fine at the dance.\u201d\n\n"
        "\u201cThat was one dance.\u201d"
    )
    got = _speakers(text)
    assert got["My knees are not fine,"] == "Ysmay Drummet"
    assert got["They were fine at the dance."] == "Orlo Drummet"
    assert got["That was one dance."] == "Ysmay Drummet"
    text = (
        "Aurek Tarn told the hearing his friend had climbed it before. 'He was careful,' Mr Tarn said.\n\n"
        "The senior coroner for the district, Helen Pellin, asked him whether anything could have been done.\n\n"
        "'Was there any sign, before he started up, that the rock was unstable?' the coroner asked.\n\n"
        "'None at all. People have climbed that route for sixty years.'"
    )
    got = _speakers(text)
    assert got["Was there any sign, before he started up, that the rock was unstable?"] == "Helen Pellin"
    assert got["None at all. People have climbed that route for sixty years."] == "Aurek Tarn"


def test_a_bare_turn_hailing_the_bench_is_not_the_judge_s():
    # '"..., counsel," the judge said. / "It is, Your Honor. It's all he has."': whoever calls the judge "Your
    # Honor" is not the judge, but the other in the exchange (the lawyer quoted before)
    text = (
        "Circuit Judge Ysmay Drummet sentenced Aurek Tarn to eight years in prison on Friday.\n\n"
        '"You made a choice that night," Drummet said.\n\n'
        'Defense attorney Orlo Pellin said his client had been sober for 214 days and was "a different man."\n\n'
        '"Two hundred and fourteen days is a start, counsel," the judge said.\n\n'
        "\"It is, Your Honor. It's all he has.\"\n\n"
        '"Then let us hope it lasts."'
    )
    got = _speakers(text)
    assert got["Two hundred and fourteen days is a start, counsel,"] == "Ysmay Drummet"
    assert got["It is, Your Honor. It's all he has."] == "Orlo Pellin"


def test_a_pair_s_apposition_and_a_person_of_a_body_in_everyday_words():
    # "Helen and Peter Drummet, husband and wife," says what each is, not that Peter is a wife (his "she said" was
    # hers); "Orlo Pellin of the sheriff's office said the boat '...'": the person, of a body the article does not
    # name
    text = (
        "Helen and Peter Drummet, husband and wife, who both represent Harbour ward, voted on opposite sides. "
        "\u201cWe do not discuss council business over breakfast,\u201d Peter Drummet said afterwards.\n\n"
        "\u201cIt was a very quiet breakfast,\u201d she said."
    )
    got = _speakers(text)
    assert got["It was a very quiet breakfast,"] == "Helen Drummet"
    text = (
        "All 112 passengers were brought back without injury, the Drummet County Sheriff's Office said.\n\n"
        "Lt. Howard Pellin of the sheriff's office said the boat \"came in under its own power.\"\n\n"
        "Amy Saffery from the county health department said the water \"was tested twice.\""
    )
    got = _speakers(text)
    assert got["came in under its own power."] == "Howard Pellin"
    assert got["was tested twice."] == "Amy Saffery"


def test_the_company_is_the_body_a_relative_clause_is_about_not_its_owner():
    # "X, which is owned by the private equity firm Y, said ... / A spokesperson for the company said": the
    # clause closes on Y just before "said", but X spoke, and "the company" goes on with X
    text = (
        'Drummet Ground Handling, which is owned by the private equity firm Saffery Kemp Partners, said it had made '
        '"a fair and generous offer" this year.\n\n'
        'A spokesperson for the company said: "We are disappointed that the union has chosen to strike."'
    )
    got = _speakers(text)
    assert got["a fair and generous offer"] == "Drummet Ground Handling"
    assert got["We are disappointed that the union has chosen to strike."] == "Drummet Ground Handling"


def test_a_body_s_name_joined_by_the_particle_o_is_whole():
    # "Te Rūnanga o Vexmoor Trust" (Maori "o", of): one body, not "Vexmoor Trust" cut out of its name
    text = (
        "A submission from Te R\u016bnanga o Vexmoor Trust, presented by its chairwoman, said the trust supported "
        'the expansion "in principle" but wanted local jobs "guaranteed, not promised".'
    )
    got = _speakers(text)
    assert got["in principle"] == "Te R\u016bnanga o Vexmoor Trust"


def test_the_ninth_reader_s_exchanges_set_up_and_hails():
    # a ninth reader's invented texts: "had asked him whether" recounted by the man himself sets up no exchange;
    # nor does "asked him" where "him" is not the one quoted last; "X asked whether he could" is X asking for
    # himself; a shout from the floor answers nobody's question; "fires back a shot", "hits back" are no speech;
    # "Oh my lord", "As my lord, Mr Justice X, observed", "called me Your Honour" hail nobody; the positive cases
    # of each rule stay right
    cases = [
        ('A van driver accused of fly-tipping says he was wrongly identified from a grainy photograph.\n\n"It wasn\'t my van in that picture," said Neil Gorrick, 46.\n\nHe said an enforcement officer, Amy Colbert, had asked him whether he still owned a white Transit.\n\n"I told her I\'d sold it two years ago," he said.\n\n"I\'ve got the paperwork to prove it. I had nothing to hide."', "It wasn't my van in that ", 'Neil Gorrick'),
        ('A van driver accused of fly-tipping says he was wrongly identified from a grainy photograph.\n\n"It wasn\'t my van in that picture," said Neil Gorrick, 46.\n\nHe said an enforcement officer, Amy Colbert, had asked him whether he still owned a white Transit.\n\n"I told her I\'d sold it two years ago," he said.\n\n"I\'ve got the paperwork to prove it. I had nothing to hide."', "I told her I'd sold it tw", 'Neil Gorrick'),
        ('A van driver accused of fly-tipping says he was wrongly identified from a grainy photograph.\n\n"It wasn\'t my van in that picture," said Neil Gorrick, 46.\n\nHe said an enforcement officer, Amy Colbert, had asked him whether he still owned a white Transit.\n\n"I told her I\'d sold it two years ago," he said.\n\n"I\'ve got the paperwork to prove it. I had nothing to hide."', "I've got the paperwork to", 'Neil Gorrick'),
        ('Two brothers pulled a swimmer from the sea at Halvern Cove on Sunday afternoon.\n\n"He was face down when we got to him," said Owen Quellmoor, 19.\n\nHis older brother, Rhys Quellmoor, 23, said the lifeguard on duty, Tomasz Pellworth, had asked him whether the man was breathing.\n\n"I said I didn\'t know. I just kept pulling him towards the sand."\n\n"Then Owen started CPR and the man coughed up a load of water. I\'ve never been so relieved."', 'He was face down when we ', 'Owen Quellmoor'),
        ('Two brothers pulled a swimmer from the sea at Halvern Cove on Sunday afternoon.\n\n"He was face down when we got to him," said Owen Quellmoor, 19.\n\nHis older brother, Rhys Quellmoor, 23, said the lifeguard on duty, Tomasz Pellworth, had asked him whether the man was breathing.\n\n"I said I didn\'t know. I just kept pulling him towards the sand."\n\n"Then Owen started CPR and the man coughed up a load of water. I\'ve never been so relieved."', "I said I didn't know. I j", 'Rhys Quellmoor'),
        ('Two brothers pulled a swimmer from the sea at Halvern Cove on Sunday afternoon.\n\n"He was face down when we got to him," said Owen Quellmoor, 19.\n\nHis older brother, Rhys Quellmoor, 23, said the lifeguard on duty, Tomasz Pellworth, had asked him whether the man was breathing.\n\n"I said I didn\'t know. I just kept pulling him towards the sand."\n\n"Then Owen started CPR and the man coughed up a load of water. I\'ve never been so relieved."', 'Then Owen started CPR and', 'Rhys Quellmoor'),
        ('Traders on Bridge Street say months of roadworks have driven customers away.\n\n"The works overran by six months because of a burst main," said the project manager, Tom Ellery.\n\nCafe owner Frank Tarnley asked whether he could be compensated for the lost trade.\n\n"My cafe has been half empty since March."\n\n"Who pays for that?"', 'The works overran by six ', 'Tom Ellery'),
        ('Traders on Bridge Street say months of roadworks have driven customers away.\n\n"The works overran by six months because of a burst main," said the project manager, Tom Ellery.\n\nCafe owner Frank Tarnley asked whether he could be compensated for the lost trade.\n\n"My cafe has been half empty since March."\n\n"Who pays for that?"', 'My cafe has been half emp', 'Frank Tarnley'),
        ('Plans for 300 homes on the edge of Wexcombe were debated at a packed public meeting.\n\n"The scheme meets every policy we have," said the council\'s planning officer, Simon Brisley.\n\nCllr Joan Lanmore asked him whether the plans would go to committee before the election.\n\n"What about the traffic?" someone shouted from the back of the hall.\n\n"We can\'t get out of our drives as it is."', 'The scheme meets every po', 'Simon Brisley'),
        ('Plans for 300 homes on the edge of Wexcombe were debated at a packed public meeting.\n\n"The scheme meets every policy we have," said the council\'s planning officer, Simon Brisley.\n\nCllr Joan Lanmore asked him whether the plans would go to committee before the election.\n\n"What about the traffic?" someone shouted from the back of the hall.\n\n"We can\'t get out of our drives as it is."', 'What about the traffic?', None),
        ('Plans for 300 homes on the edge of Wexcombe were debated at a packed public meeting.\n\n"The scheme meets every policy we have," said the council\'s planning officer, Simon Brisley.\n\nCllr Joan Lanmore asked him whether the plans would go to committee before the election.\n\n"What about the traffic?" someone shouted from the back of the hall.\n\n"We can\'t get out of our drives as it is."', "We can't get out of our d", None),
        ('Rovers came from behind to draw 2-2 at Kestwick Park.\n\n"We were second best for an hour," admitted manager Col Saffery.\n\nAfter the referee waves away a penalty, the away end chants "cheat, cheat" and striker Dele Vexmoor fires back a shot that hits the bar.\n\n"I just hit it and hoped," Vexmoor said.', 'We were second best for a', 'Col Saffery'),
        ('Rovers came from behind to draw 2-2 at Kestwick Park.\n\n"We were second best for an hour," admitted manager Col Saffery.\n\nAfter the referee waves away a penalty, the away end chants "cheat, cheat" and striker Dele Vexmoor fires back a shot that hits the bar.\n\n"I just hit it and hoped," Vexmoor said.', 'cheat, cheat', None),
        ('Rovers came from behind to draw 2-2 at Kestwick Park.\n\n"We were second best for an hour," admitted manager Col Saffery.\n\nAfter the referee waves away a penalty, the away end chants "cheat, cheat" and striker Dele Vexmoor fires back a shot that hits the bar.\n\n"I just hit it and hoped," Vexmoor said.', 'I just hit it and hoped,', 'Dele Vexmoor'),
        ('The row over the new bus lanes rumbles on.\n\nWhen Cllr Ben Pashley calls the scheme "a disaster", council leader Jan Skarrow hits back within the hour.\n\n"Cllr Pashley voted for it," she says.', 'a disaster', 'Ben Pashley'),
        ('The row over the new bus lanes rumbles on.\n\nWhen Cllr Ben Pashley calls the scheme "a disaster", council leader Jan Skarrow hits back within the hour.\n\n"Cllr Pashley voted for it," she says.', 'Cllr Pashley voted for it', 'Jan Skarrow'),
        ('A storm tore half the roof from Pellin Hall on Tuesday night.\n\n"We lost the east wing," said the estate manager, Penny Hale.\n\nLord Edmund Pellin, 71, who has lived at the hall all his life, said: "I have never seen anything like it."\n\n"Oh my lord, the noise. It sounded like a train coming through the library."', 'We lost the east wing,', 'Penny Hale'),
        ('Three judges at the Court of Appeal have cut the sentence of a man jailed for a motorway crash.\n\n"The judge had no proper basis for the starting point," said the man\'s barrister, Hugh Quorran.\n\nLord Justice Marrowby said: "The sentence was manifestly excessive."\n\n"As my lord, Mr Justice Cadwick, observed during argument, the judge had no pre-sentence report before him."', 'The judge had no proper b', 'Hugh Quorran'),
        ('Three judges at the Court of Appeal have cut the sentence of a man jailed for a motorway crash.\n\n"The judge had no proper basis for the starting point," said the man\'s barrister, Hugh Quorran.\n\nLord Justice Marrowby said: "The sentence was manifestly excessive."\n\n"As my lord, Mr Justice Cadwick, observed during argument, the judge had no pre-sentence report before him."', 'The sentence was manifest', 'Marrowby'),
        ('Three judges at the Court of Appeal have cut the sentence of a man jailed for a motorway crash.\n\n"The judge had no proper basis for the starting point," said the man\'s barrister, Hugh Quorran.\n\nLord Justice Marrowby said: "The sentence was manifestly excessive."\n\n"As my lord, Mr Justice Cadwick, observed during argument, the judge had no pre-sentence report before him."', 'As my lord, Mr Justice Ca', 'Marrowby'),
        ('A 22-year-old who robbed a petrol station has been jailed for five years.\n\n"He has shown genuine remorse," said his barrister, Owen Vantroy.\n\nSentencing him, Judge Harriet Lowell said: "I have read your letter."\n\n"You called me Your Honour three times and said you were sorry. Words are cheap."', 'He has shown genuine remo', 'Owen Vantroy'),
        ('A 22-year-old who robbed a petrol station has been jailed for five years.\n\n"He has shown genuine remorse," said his barrister, Owen Vantroy.\n\nSentencing him, Judge Harriet Lowell said: "I have read your letter."\n\n"You called me Your Honour three times and said you were sorry. Words are cheap."', 'I have read your letter.', 'Harriet Lowell'),
        ('A 22-year-old who robbed a petrol station has been jailed for five years.\n\n"He has shown genuine remorse," said his barrister, Owen Vantroy.\n\nSentencing him, Judge Harriet Lowell said: "I have read your letter."\n\n"You called me Your Honour three times and said you were sorry. Words are cheap."', 'You called me Your Honour', 'Harriet Lowell'),
        ('After 40 years on the bench, Judge Beatrice Holm retires on Friday.\n\n"She was fearsome but fair," said solicitor Greg Amos.\n\nJudge Holm said: "I have loved every minute of it, the hard days and the good ones, and I will miss the people in this building more than I can say."\n\n"But forty years of being called Your Honour is plenty. I\'m looking forward to being Bea again."', 'She was fearsome but fair', 'Greg Amos'),
        ('After 40 years on the bench, Judge Beatrice Holm retires on Friday.\n\n"She was fearsome but fair," said solicitor Greg Amos.\n\nJudge Holm said: "I have loved every minute of it, the hard days and the good ones, and I will miss the people in this building more than I can say."\n\n"But forty years of being called Your Honour is plenty. I\'m looking forward to being Bea again."', 'I have loved every minute', 'Beatrice Holm'),
        ('After 40 years on the bench, Judge Beatrice Holm retires on Friday.\n\n"She was fearsome but fair," said solicitor Greg Amos.\n\nJudge Holm said: "I have loved every minute of it, the hard days and the good ones, and I will miss the people in this building more than I can say."\n\n"But forty years of being called Your Honour is plenty. I\'m looking forward to being Bea again."', 'But forty years of being ', 'Beatrice Holm'),
        ('Gordon Treddle is stepping down as mayor of Kestwick after a decade in the job.\n\n"I have loved every minute, even the potholes," said Mayor Gordon Treddle, who is 74 and plans to spend more time with his grandchildren in Wales.\n\n"The children at the school still call me Your Worship. I have never had the heart to stop them."', 'I have loved every minute', 'Gordon Treddle'),
        ('Gordon Treddle is stepping down as mayor of Kestwick after a decade in the job.\n\n"I have loved every minute, even the potholes," said Mayor Gordon Treddle, who is 74 and plans to spend more time with his grandchildren in Wales.\n\n"The children at the school still call me Your Worship. I have never had the heart to stop them."', 'The children at the schoo', 'Gordon Treddle'),
        ('Governor Lisa Umberleigh signed the water bill on Thursday after a year of delays.\n\n"This is the most important thing I will do in office, and I am proud of every line of it, whatever the lobbyists say," Umberleigh said at the signing.\n\n"My staff keep calling me Your Honor. I keep telling them it\'s Lisa."', 'This is the most importan', 'Lisa Umberleigh'),
        ('Governor Lisa Umberleigh signed the water bill on Thursday after a year of delays.\n\n"This is the most important thing I will do in office, and I am proud of every line of it, whatever the lobbyists say," Umberleigh said at the signing.\n\n"My staff keep calling me Your Honor. I keep telling them it\'s Lisa."', 'My staff keep calling me ', 'Lisa Umberleigh'),
        ('A cyclist died after a collision with a delivery lorry on the ring road, an inquest heard.\n\nThe lorry driver, Gareth Dunstell, 52, told the hearing: "I checked my mirrors twice. I never saw him."\n\nThe coroner, Helena Thrushby, asked him whether he had been using his phone at the time.\n\n"No. It was in the cab, switched off."\n\n"Did you stop straight away?"\n\n"Yes, as soon as I felt the bump."', 'I checked my mirrors twic', 'Gareth Dunstell'),
        ('A cyclist died after a collision with a delivery lorry on the ring road, an inquest heard.\n\nThe lorry driver, Gareth Dunstell, 52, told the hearing: "I checked my mirrors twice. I never saw him."\n\nThe coroner, Helena Thrushby, asked him whether he had been using his phone at the time.\n\n"No. It was in the cab, switched off."\n\n"Did you stop straight away?"\n\n"Yes, as soon as I felt the bump."', 'No. It was in the cab, sw', 'Gareth Dunstell'),
        ('A cyclist died after a collision with a delivery lorry on the ring road, an inquest heard.\n\nThe lorry driver, Gareth Dunstell, 52, told the hearing: "I checked my mirrors twice. I never saw him."\n\nThe coroner, Helena Thrushby, asked him whether he had been using his phone at the time.\n\n"No. It was in the cab, switched off."\n\n"Did you stop straight away?"\n\n"Yes, as soon as I felt the bump."', 'Did you stop straight awa', 'Helena Thrushby'),
        ('A cyclist died after a collision with a delivery lorry on the ring road, an inquest heard.\n\nThe lorry driver, Gareth Dunstell, 52, told the hearing: "I checked my mirrors twice. I never saw him."\n\nThe coroner, Helena Thrushby, asked him whether he had been using his phone at the time.\n\n"No. It was in the cab, switched off."\n\n"Did you stop straight away?"\n\n"Yes, as soon as I felt the bump."', 'Yes, as soon as I felt th', 'Gareth Dunstell'),
        ('A mother of two accused of benefit fraud said she had not understood the forms.\n\nKaren Abbotsley, 36, told the jury: "I filled them in as best I could. Nobody explained anything."\n\nCross-examined by Martin Orrinford, prosecuting, she accepted she had not declared her cleaning work.\n\n"I didn\'t think a few hours counted."\n\n"It was twenty hours a week, wasn\'t it?"\n\n"Some weeks, yes."', 'I filled them in as best ', 'Karen Abbotsley'),
        ('A mother of two accused of benefit fraud said she had not understood the forms.\n\nKaren Abbotsley, 36, told the jury: "I filled them in as best I could. Nobody explained anything."\n\nCross-examined by Martin Orrinford, prosecuting, she accepted she had not declared her cleaning work.\n\n"I didn\'t think a few hours counted."\n\n"It was twenty hours a week, wasn\'t it?"\n\n"Some weeks, yes."', "I didn't think a few hour", 'Karen Abbotsley'),
        ('A mother of two accused of benefit fraud said she had not understood the forms.\n\nKaren Abbotsley, 36, told the jury: "I filled them in as best I could. Nobody explained anything."\n\nCross-examined by Martin Orrinford, prosecuting, she accepted she had not declared her cleaning work.\n\n"I didn\'t think a few hours counted."\n\n"It was twenty hours a week, wasn\'t it?"\n\n"Some weeks, yes."', 'It was twenty hours a wee', 'Martin Orrinford'),
        ('A mother of two accused of benefit fraud said she had not understood the forms.\n\nKaren Abbotsley, 36, told the jury: "I filled them in as best I could. Nobody explained anything."\n\nCross-examined by Martin Orrinford, prosecuting, she accepted she had not declared her cleaning work.\n\n"I didn\'t think a few hours counted."\n\n"It was twenty hours a week, wasn\'t it?"\n\n"Some weeks, yes."', 'Some weeks, yes.', 'Karen Abbotsley'),
        ('The council\'s finance chief defended a 4.9% rise in council tax at Tuesday\'s meeting.\n\n"We have cut everything we can cut," said Cllr Moira Wrenfold, cabinet member for finance.\n\nOpposition leader Cllr Rhys Cadwick asked her whether the reserves had been touched.\n\n"Not a penny."\n\n"Then why are residents paying more?"\n\n"Because the government grant has fallen for the sixth year running."', 'We have cut everything we', 'Moira Wrenfold'),
        ('The council\'s finance chief defended a 4.9% rise in council tax at Tuesday\'s meeting.\n\n"We have cut everything we can cut," said Cllr Moira Wrenfold, cabinet member for finance.\n\nOpposition leader Cllr Rhys Cadwick asked her whether the reserves had been touched.\n\n"Not a penny."\n\n"Then why are residents paying more?"\n\n"Because the government grant has fallen for the sixth year running."', 'Not a penny.', 'Moira Wrenfold'),
        ('The council\'s finance chief defended a 4.9% rise in council tax at Tuesday\'s meeting.\n\n"We have cut everything we can cut," said Cllr Moira Wrenfold, cabinet member for finance.\n\nOpposition leader Cllr Rhys Cadwick asked her whether the reserves had been touched.\n\n"Not a penny."\n\n"Then why are residents paying more?"\n\n"Because the government grant has fallen for the sixth year running."', 'Then why are residents pa', 'Rhys Cadwick'),
        ('The council\'s finance chief defended a 4.9% rise in council tax at Tuesday\'s meeting.\n\n"We have cut everything we can cut," said Cllr Moira Wrenfold, cabinet member for finance.\n\nOpposition leader Cllr Rhys Cadwick asked her whether the reserves had been touched.\n\n"Not a penny."\n\n"Then why are residents paying more?"\n\n"Because the government grant has fallen for the sixth year running."', 'Because the government gr', 'Moira Wrenfold'),
        ('A woman who admitted drink-driving asked magistrates not to ban her from the road.\n\n"I only had two glasses of wine," said Sarah Moxley, 34.\n\n"The reading was nearly three times the limit," District Judge Colin Drummet told her.\n\n"I know, Your Honour. I\'m ashamed."', 'I only had two glasses of', 'Sarah Moxley'),
        ('A woman who admitted drink-driving asked magistrates not to ban her from the road.\n\n"I only had two glasses of wine," said Sarah Moxley, 34.\n\n"The reading was nearly three times the limit," District Judge Colin Drummet told her.\n\n"I know, Your Honour. I\'m ashamed."', 'The reading was nearly th', 'Colin Drummet'),
        ('A woman who admitted drink-driving asked magistrates not to ban her from the road.\n\n"I only had two glasses of wine," said Sarah Moxley, 34.\n\n"The reading was nearly three times the limit," District Judge Colin Drummet told her.\n\n"I know, Your Honour. I\'m ashamed."', "I know, Your Honour. I'm ", 'Sarah Moxley'),
        ('The new chief constable has promised to put more officers back on the beat.\n\n"You will see us on your streets again," said Chief Constable Maria Bransdale.\n\nRadio Yarrowby presenter Tim Orrinford challenged her about the closure of six police stations.\n\n"Buildings don\'t catch criminals. Officers do."\n\n"But where will people go to report a crime?"\n\n"Online, by phone, or to any officer they see."', 'You will see us on your s', 'Maria Bransdale'),
        ('The new chief constable has promised to put more officers back on the beat.\n\n"You will see us on your streets again," said Chief Constable Maria Bransdale.\n\nRadio Yarrowby presenter Tim Orrinford challenged her about the closure of six police stations.\n\n"Buildings don\'t catch criminals. Officers do."\n\n"But where will people go to report a crime?"\n\n"Online, by phone, or to any officer they see."', "Buildings don't catch cri", 'Maria Bransdale'),
        ('The new chief constable has promised to put more officers back on the beat.\n\n"You will see us on your streets again," said Chief Constable Maria Bransdale.\n\nRadio Yarrowby presenter Tim Orrinford challenged her about the closure of six police stations.\n\n"Buildings don\'t catch criminals. Officers do."\n\n"But where will people go to report a crime?"\n\n"Online, by phone, or to any officer they see."', 'But where will people go ', 'Tim Orrinford'),
        ('The new chief constable has promised to put more officers back on the beat.\n\n"You will see us on your streets again," said Chief Constable Maria Bransdale.\n\nRadio Yarrowby presenter Tim Orrinford challenged her about the closure of six police stations.\n\n"Buildings don\'t catch criminals. Officers do."\n\n"But where will people go to report a crime?"\n\n"Online, by phone, or to any officer they see."', 'Online, by phone, or to a', 'Maria Bransdale'),
    ]
    _assert_openings(cases)


def test_the_tenth_reader_s_pairs_bodies_and_clauses():
    # a tenth reader's invented texts: "a husband and father" is one man (his sex stays), and only a pair named
    # together whose second's sex the words contradict loses the role; "A friend of X from the village said" is
    # the friend, unnamed -- the person of a body must open the subject; "X, whose parent company Y said ..." is
    # Y speaking (only "X, which is owned by Y, said" is X's); "o" joins a Maori body's name
    cases = [
        ('Helen and Peter Drummet, husband and wife, were asleep when the water came in.\n\n"I woke up and the floor was wet," he said.\n\n"We grabbed the dog and ran," Helen Drummet said.', 'I woke up and the floor w', 'Peter Drummet'),
        ('Helen and Peter Drummet, husband and wife, were asleep when the water came in.\n\n"I woke up and the floor was wet," he said.\n\n"We grabbed the dog and ran," Helen Drummet said.', 'We grabbed the dog and ra', 'Helen Drummet'),
        ('Peter and Jordan Lanmore, husband and wife, had lived above the bakery for twenty years.\n\n"We heard the roof go first," she said.\n\n"Then the whole front wall came down," Peter Lanmore said.', 'We heard the roof go firs', 'Jordan Lanmore'),
        ('Peter and Jordan Lanmore, husband and wife, had lived above the bakery for twenty years.\n\n"We heard the roof go first," she said.\n\n"Then the whole front wall came down," Peter Lanmore said.', 'Then the whole front wall', 'Peter Lanmore'),
        ('Robin Tarnley, a husband and father, was out walking the dog when the wall collapsed. Another resident, Sam Kestwick, saw it fall from across the road.\n\n"I just wanted to get to the children," he said.\n\n"It sounded like a train," Kestwick said.', 'I just wanted to get to t', 'Robin Tarnley'),
        ('Robin Tarnley, a husband and father, was out walking the dog when the wall collapsed. Another resident, Sam Kestwick, saw it fall from across the road.\n\n"I just wanted to get to the children," he said.\n\n"It sounded like a train," Kestwick said.', 'It sounded like a train,', 'Sam Kestwick'),
        ('Robin Tarnley, a father and grandfather, and Sam Kestwick, a retired teacher, were both rescued by boat on Tuesday.\n\n"I just wanted to get to the grandchildren," he said.\n\nKestwick said the water had reached his bedroom window.', 'I just wanted to get to t', 'Robin Tarnley'),
        ('Jordan Wrenfold, a wife and mother of three, was at work when the call came. Another resident, Sam Kestwick, had already called the fire brigade.\n\n"The kids were at school, thank God," she said.', 'The kids were at school, ', 'Jordan Wrenfold'),
        ('Peter Lorn, father and coach of the striker Danny Lorn, watched from the stand.\n\n"He has worked for this since he was six," Lorn said.\n\n"I am proud of him," he added.', 'He has worked for this si', 'Peter Lorn'),
        ('Peter Lorn, father and coach of the striker Danny Lorn, watched from the stand.\n\n"He has worked for this since he was six," Lorn said.\n\n"I am proud of him," he added.', 'I am proud of him,', 'Peter Lorn'),
        ('The singer pulled out of the festival on Friday night.\n\nHer mother and manager, Jordan Wrenfold, said: "She is exhausted and needs rest."\n\n"We are sorry to the fans," Wrenfold said.', 'She is exhausted and need', 'Jordan Wrenfold'),
        ('The singer pulled out of the festival on Friday night.\n\nHer mother and manager, Jordan Wrenfold, said: "She is exhausted and needs rest."\n\n"We are sorry to the fans," Wrenfold said.', 'We are sorry to the fans,', 'Jordan Wrenfold'),
        ('Sam and Jordan Orrinford, mother and son, clung to a fence for two hours before help came.\n\n"We held on to each other," Sam Orrinford said.\n\n"I really thought we would drown," he said.', 'We held on to each other,', 'Sam Orrinford'),
        ('Maria and Ana Moxley, mother and daughter, run the guest house on the quay.\n\n"We have never had a season like it," Maria Moxley said.\n\n"Every room is booked until October," her daughter said.', 'We have never had a seaso', 'Maria Moxley'),
        ('Maria and Ana Moxley, mother and daughter, run the guest house on the quay.\n\n"We have never had a season like it," Maria Moxley said.\n\n"Every room is booked until October," her daughter said.', 'Every room is booked unti', 'Ana Moxley'),
        ('Casey Brisley, a widow and grandmother, has lived in the cottage since 1968. A neighbour, Sam Kestwick, checks on her each morning.\n\n"I am not leaving," she said.\n\n"She is tougher than all of us," Kestwick said.', 'I am not leaving,', 'Casey Brisley'),
        ('Casey Brisley, a widow and grandmother, has lived in the cottage since 1968. A neighbour, Sam Kestwick, checks on her each morning.\n\n"I am not leaving," she said.\n\n"She is tougher than all of us," Kestwick said.', 'She is tougher than all o', 'Sam Kestwick'),
        ('Peter and Robin Lanmore, father and daughter, run the last forge in the valley.\n\n"People think it is a dying trade," she said.\n\n"It is not," Peter Lanmore said.', 'People think it is a dyin', 'Robin Lanmore'),
        ('Peter and Robin Lanmore, father and daughter, run the last forge in the valley.\n\n"People think it is a dying trade," she said.\n\n"It is not," Peter Lanmore said.', 'It is not,', 'Peter Lanmore'),
        ('Alex and Robin Pashley, husband and wife, were among the first to return.\n\n"The kitchen is gone," she said.\n\n"But we are alive," he said.', 'The kitchen is gone,', 'Robin Pashley'),
        ('Alex and Robin Pashley, husband and wife, were among the first to return.\n\n"The kitchen is gone," she said.\n\n"But we are alive," he said.', 'But we are alive,', 'Alex Pashley'),
        ('A fishing boat capsized off Cadwick Point on Sunday, leaving two men in the water for an hour.\n\nPeter Saffery of the sheriff\'s office said the boat had been overloaded.\n\n"It went over in seconds," he said.', 'It went over in seconds,', 'Peter Saffery'),
        ('Cases of the virus have doubled in a week.\n\nMaria Vexmoorby from the county health department said: "We are asking people to stay at home if they feel unwell."', 'We are asking people to s', 'Maria Vexmoorby'),
        ('Flood water reached the high street on Sunday night.\n\nA friend of Maria Vexmoorby from the village said: "She was the kindest person I knew."\n\nVexmoorby, 82, was found in her kitchen on Monday morning.', 'She was the kindest perso', None),
        ('Robert Drummet, 71, died in the fire on Tuesday.\n\nNeighbours of Robert Drummet at the farm said: "He was always first to help."', 'He was always first to he', None),
        ('Daniel Pellin left the village in 1979 and was never seen again.\n\nThose who knew Daniel Pellin at the time said: "He was a quiet man who kept to himself."', 'He was a quiet man who ke', None),
        ('Peter Saffery was last seen on Sunday afternoon.\n\nAnyone who met Peter Saffery at the weekend said: "He seemed happy and relaxed."\n\nPolice have asked for dashcam footage from the coast road.', 'He seemed happy and relax', None),
        ('The blaze destroyed three homes on Mill Lane.\n\nHelen Quorran thanked Robert Drummet of the fire service, saying: "Without him we would have lost everything."', 'Without him we would have', 'Helen Quorran'),
        ('Helen Quorran spoke to Peter Saffery of the local paper on Friday.\n\n"I have nothing to hide," she told Peter Saffery of the local paper.\n\n"The accounts are public," Quorran said.', 'I have nothing to hide,', 'Helen Quorran'),
        ('Helen Quorran spoke to Peter Saffery of the local paper on Friday.\n\n"I have nothing to hide," she told Peter Saffery of the local paper.\n\n"The accounts are public," Quorran said.', 'The accounts are public,', 'Helen Quorran'),
        ('Three men were pulled from the sea on Saturday.\n\nA man who was pulled from the water by Robert Drummet of the lifeboat crew said: "I owe him my life."', 'I owe him my life.', None),
        ('Peter Saffery drowned while trying to reach a stranded walker in 2019.\n\nThe widow of Peter Saffery of the lifeboat crew said: "He would have been proud of this new boat."', 'He would have been proud ', None),
        ('The library will close on Saturdays from next month.\n\nDaniel Pellin at the front desk said: "People are upset, and I understand why."', 'People are upset, and I u', 'Daniel Pellin'),
        ('Flood water reached the high street on Sunday night.\n\n"It came up so fast," a friend of Maria Vexmoorby from the village said.\n\n"Nobody had time to move their cars," another resident said.', 'It came up so fast,', None),
        ('Flood water reached the high street on Sunday night.\n\n"It came up so fast," a friend of Maria Vexmoorby from the village said.\n\n"Nobody had time to move their cars," another resident said.', 'Nobody had time to move t', None),
        ('The reading scheme has been praised by parents.\n\nPupils taught by Sarah Brisley at the school said: "She makes books fun."\n\nBrisley said: "They do all the hard work."', 'She makes books fun.', None),
        ('The reading scheme has been praised by parents.\n\nPupils taught by Sarah Brisley at the school said: "She makes books fun."\n\nBrisley said: "They do all the hard work."', 'They do all the hard work', 'Sarah Brisley'),
        ('The newspaper has been printed in the town since 1881.\n\nSpeaking to Peter Saffery of the local paper, Helen Quorran said: "We will fight to keep it here."', 'We will fight to keep it ', 'Helen Quorran'),
        ('Staff at the sorting office paid tribute on Thursday.\n\nHelen Quorran, who worked with Daniel Pellin at the sorting office, said: "He was a joy to work with."', 'He was a joy to work with', 'Helen Quorran'),
        ('The hospital has been praised for its care of the injured.\n\nEveryone who spoke to Maria Vexmoorby at the hospital said: "She is doing remarkably well."', 'She is doing remarkably w', None),
        ('A report by Sarah Brisley of the university found that river levels had risen by a metre.\n\n"The data are clear," Brisley said.\n\nPeter Saffery from the river trust said: "We have known this for years."', 'The data are clear,', 'Sarah Brisley'),
        ('The family of Maria Vexmoorby at the inquest said: "We want answers."\n\nVexmoorby, 34, died after a routine operation in March.', 'We want answers.', None),
        ('Helen Quorran from the tenants\' association said the heating had been off for a week.\n\n"Children are sleeping in their coats," she said.\n\nPeter Saffery at the housing office said: "Engineers are on site."', 'Children are sleeping in ', 'Helen Quorran'),
        ('Helen Quorran from the tenants\' association said the heating had been off for a week.\n\n"Children are sleeping in their coats," she said.\n\nPeter Saffery at the housing office said: "Engineers are on site."', 'Engineers are on site.', 'Peter Saffery'),
        ('The match was abandoned after twenty minutes.\n\nFans who had travelled with Daniel Pellin from the supporters\' club said: "We want our money back."', 'We want our money back.', None),
        ('A lawyer for Robert Drummet of the parish council said: "My client denies any wrongdoing."\n\nDrummet has been suspended pending an inquiry.', 'My client denies any wron', None),
        ('Skarrow Dairies, which is owned by the private equity firm Vexmoor Holdings, said on Monday it would close its Thrushby plant.\n\nA spokesperson for the company said: "This was a difficult decision."', 'This was a difficult deci', 'Skarrow Dairies'),
        ('Thrushby Foods, whose parent company Vexmoor Group said on Monday it would cut 300 jobs, runs six plants in the region.\n\n"We regret the impact on staff," the group said in a statement.', 'We regret the impact on s', 'Vexmoor Group'),
        ('The talks concern the sale of Thrushby Foods to Skarrow Dairies, which Vexmoor Group said on Monday was the right home for the brand.\n\n"We expect the deal to close in spring," the group said.', 'We expect the deal to clo', 'Vexmoor Group'),
        ('The contract was awarded to Skarrow Engineering, which Vexmoor Council said had offered the best value.\n\n"We followed every rule," the council said.', 'We followed every rule,', 'Vexmoor Council'),
        ('Tarn Valley Water, which Vexmoor Holdings bought last year, said bills would rise by 9 per cent.\n\n"We know this is hard for families," the company said.', 'We know this is hard for ', 'Tarn Valley Water'),
        ('Skarrow Dairies said on Tuesday it had agreed to buy Thrushby Foods for 40 million pounds.\n\n"This gives us a foothold in the north," the company said.', 'This gives us a foothold ', 'Skarrow Dairies'),
        ('The workers are employed by Thrushby Foods, which the Vexmoor Bakers Union says has refused to meet them since January.\n\n"Our members are out of patience," the union said.', 'Our members are out of pa', 'Vexmoor Bakers Union'),
        ('Residents have fought the expansion of Thrushby Quarries, which the Save Vexmoor Campaign said would double lorry traffic.\n\n"This is not over," the campaign said.', 'This is not over,', 'Save Vexmoor Campaign'),
        ('Care homes run by Skarrow Care, which the Vexmoor Care Commission said had failed three inspections, will close next month.\n\n"Residents were put at risk," the body said.', 'Residents were put at ris', 'Vexmoor Care Commission'),
        ('Helen Quorran, who is married to Peter Saffery, said the farm had been in the family for a century.\n\n"We will not sell," she said.', 'We will not sell,', 'Helen Quorran'),
        ('Vexmoor Rail, which runs trains through Thrushby, said services would resume on Friday.\n\n"We apologise to passengers," the company said.', 'We apologise to passenger', 'Vexmoor Rail'),
        ('Tarn Valley Water, whose owner Vexmoor Holdings said last week it wanted to sell the business, employs 400 people.\n\n"We have already had strong interest from buyers," the company said.', 'We have already had stron', 'Vexmoor Holdings'),
        ('The deal with Skarrow Dairies, which Thrushby Foods said was worth 40 million pounds, was signed on Friday.\n\n"It is a good day for both firms," the company said.', 'It is a good day for both', 'Thrushby Foods'),
        ('Skarrow Dairies, that has run the creamery since 1952, said the site would shut in June.\n\n"We have tried everything," the company said.', 'We have tried everything,', 'Skarrow Dairies'),
        ('Staff were told of the closure by Skarrow Dairies, which Vexmoor Group took over in 2021.\n\nVexmoor Group said: "The site is no longer viable."\n\n"We will support every worker," the group said.', 'The site is no longer via', 'Vexmoor Group'),
        ('Staff were told of the closure by Skarrow Dairies, which Vexmoor Group took over in 2021.\n\nVexmoor Group said: "The site is no longer viable."\n\n"We will support every worker," the group said.', 'We will support every wor', 'Vexmoor Group'),
        ('The festival is sponsored by Skarrow Brewing, which the Vexmoor Arts Trust said had paid for the main stage.\n\n"Without them there would be no festival," the trust said.', 'Without them there would ', 'Vexmoor Arts Trust'),
        ('Thrushby Bank, whose chief executive quit last month, said on Wednesday that profits had halved.\n\nSkarrow Credit Union, which the bank lends to, said it was not affected.\n\n"Our members\' savings are safe," the union said.', "Our members' savings are ", 'Skarrow Credit Union'),
        ('Shoppers have boycotted Skarrow Stores, whose supplier Vexmoor Organisation said on Friday it had stopped deliveries over unpaid bills.\n\n"We are owed more than a million pounds," the organisation said.', 'We are owed more than a m', 'Vexmoor Organisation'),
        ('Hundreds of parents queued outside the gates on Monday.\n\n"We were turned away at the door," parents waiting to see Sarah Brisley at the school said.', 'We were turned away at th', None),
        ('The settlement was signed at Vexmoor Marae on Saturday.\n\nHelen Quorran of Te Runanga o Vexmoor Trust said: "This has taken thirty years."\n\nThe Crown\'s negotiator, Peter Saffery, said: "It is a fair deal."\n\n"We will hold the Crown to every word," the trust said.', 'This has taken thirty yea', 'Helen Quorran'),
        ('The settlement was signed at Vexmoor Marae on Saturday.\n\nHelen Quorran of Te Runanga o Vexmoor Trust said: "This has taken thirty years."\n\nThe Crown\'s negotiator, Peter Saffery, said: "It is a fair deal."\n\n"We will hold the Crown to every word," the trust said.', 'It is a fair deal.', 'Peter Saffery'),
        ('The settlement was signed at Vexmoor Marae on Saturday.\n\nHelen Quorran of Te Runanga o Vexmoor Trust said: "This has taken thirty years."\n\nThe Crown\'s negotiator, Peter Saffery, said: "It is a fair deal."\n\n"We will hold the Crown to every word," the trust said.', 'We will hold the Crown to', 'Te Runanga o Vexmoor Trust'),
        ('At 10 o\'clock on Friday, Peter Saffery rang the bell at John o\' Groats for the last time.\n\n"It has been a good run," he said.\n\nHelen Quorran, who runs the cafe at John o\' Groats, said: "We will miss him."', 'It has been a good run,', 'Peter Saffery'),
        ('At 10 o\'clock on Friday, Peter Saffery rang the bell at John o\' Groats for the last time.\n\n"It has been a good run," he said.\n\nHelen Quorran, who runs the cafe at John o\' Groats, said: "We will miss him."', 'We will miss him.', 'Helen Quorran'),
        ('Rock \'n\' roll came to Vexmoor in 1956, when Peter Saffery opened the Ol\' Man River Club.\n\n"People queued round the block," said Helen O\'Brien, who was 15 at the time.\n\n"My father hated it," O\'Brien said.', 'People queued round the b', "Helen O'Brien"),
        ('Rock \'n\' roll came to Vexmoor in 1956, when Peter Saffery opened the Ol\' Man River Club.\n\n"People queued round the block," said Helen O\'Brien, who was 15 at the time.\n\n"My father hated it," O\'Brien said.', 'My father hated it,', "Helen O'Brien"),
        ('Joao da Gorrick and his wife arrived from Lisbon on Tuesday.\n\n"We will come back every year," Joao da Gorrick said.\n\nHis cousin, Maria dos Vantroy, said: "It reminds me of home."', 'We will come back every y', 'Joao da Gorrick'),
        ('Joao da Gorrick and his wife arrived from Lisbon on Tuesday.\n\n"We will come back every year," Joao da Gorrick said.\n\nHis cousin, Maria dos Vantroy, said: "It reminds me of home."', 'It reminds me of home.', 'Maria dos Vantroy'),
        ('The crowd sang O Canada before the match began.\n\n"It gave me goosebumps," Helen Quorran said.\n\nPeter Saffery said: "We came all the way from Toronto for this."', 'It gave me goosebumps,', 'Helen Quorran'),
        ('The crowd sang O Canada before the match began.\n\n"It gave me goosebumps," Helen Quorran said.\n\nPeter Saffery said: "We came all the way from Toronto for this."', 'We came all the way from ', 'Peter Saffery'),
        ('Hemi Quellmoor of Ngati Rangi o Vexmoor said the river was a living ancestor.\n\n"We have fought for it for 150 years," he said.\n\nTe Kura o Vexmoor principal Aroha Tane said: "Our children swim in this river."', 'Our children swim in this', 'Aroha Tane'),
        ('Peter Saffery, who plays Tam o Shanter in the festival parade, said the costume weighed ten kilos.\n\n"It is worth it," he said.\n\nHelen Quorran said: "He has done it for thirty years."', 'It is worth it,', 'Peter Saffery'),
        ('Peter Saffery, who plays Tam o Shanter in the festival parade, said the costume weighed ten kilos.\n\n"It is worth it," he said.\n\nHelen Quorran said: "He has done it for thirty years."', 'He has done it for thirty', 'Helen Quorran'),
        ('The march began outside Vexmoor Town Hall, where Helen Quorran o Thrushby Road addressed the crowd.\n\n"We want the road closed," Quorran said.', 'We want the road closed,', 'Helen Quorran'),
        ('The Spanish game show Verdad o Reto is being remade for British television.\n\nIts creator, Maria Halvern, said: "The format travels well."\n\n"We are delighted," said Peter Saffery of Vexmoor Studios.', 'The format travels well.', 'Maria Halvern'),
        ('The Spanish game show Verdad o Reto is being remade for British television.\n\nIts creator, Maria Halvern, said: "The format travels well."\n\n"We are delighted," said Peter Saffery of Vexmoor Studios.', 'We are delighted,', 'Peter Saffery'),
        ('Maria do Carmo Gorrick has run the bakery on Thrushby Street for forty years.\n\n"I still start at four every morning," Gorrick said.\n\nHer son, Joao Treddle da Moxley, said: "She will never retire."', 'She will never retire.', 'Joao Treddle da Moxley'),
        ('The hula school Marrowby o Lono will perform at the festival on Saturday.\n\nIts teacher, Ana Pellworth, said: "The dancers have trained all year."\n\n"It is a big honour," said Peter Saffery, who organises the festival.', 'The dancers have trained ', 'Ana Pellworth'),
        ('The hula school Marrowby o Lono will perform at the festival on Saturday.\n\nIts teacher, Ana Pellworth, said: "The dancers have trained all year."\n\n"It is a big honour," said Peter Saffery, who organises the festival.', 'It is a big honour,', 'Peter Saffery'),
        ('Te Runanga o Vexmoor has lodged a claim over the harbour.\n\n"The harbour was never sold," the runanga said in a statement.\n\nChair Hemi Quellmoor said: "We have the documents to prove it."', 'We have the documents to ', 'Hemi Quellmoor'),
        ('Helen Quorran and Peter Saffery o Vexmoor Farm won the prize for the best ewe.\n\n"She is a beauty," Saffery said.', 'She is a beauty,', 'Peter Saffery'),
    ]
    _assert_openings(cases)


def test_the_company_is_never_a_country():
    # "across the western United States" then "according to the airline": the business, not the country whose
    # name the article wrote last (countries from the Unicode CLDR, through babel)
    text = (
        "Vexmoor Skyways canceled more than 600 flights on Tuesday, stranding travelers across the western "
        "United States.\n\n"
        'Crews were "working around the clock," according to the airline.'
    )
    got = _speakers(text)
    assert got["working around the clock,"] == "Vexmoor Skyways"


def test_a_sign_hung_somewhere_and_a_street_described_are_nobody_s():
    # "The Vexmoor Box, a café, has put a sign in its window: '...'": the sign's words, nobody's; "One neighbor
    # on Tarnley Road, a nurse who asked that her name not be used, said ...": the street is no nurse, no speaker
    text = (
        "The Drummet Box, a caf\u00e9 on the concourse, has put a sign in its window: "
        "\u201cStrike days: open 7 till 2. Tea is on us.\u201d"
    )
    assert _speakers(text)["Strike days: open 7 till 2. Tea is on us."] is None
    text = (
        "One neighbor on Tarnley Road, a nurse who rents a basement apartment and asked that her name not be used "
        'because she works with two of the plaintiffs, said the ruling was "the first good news for renters here."'
    )
    assert _speakers(text)["the first good news for renters here."] is None


def test_the_official_the_paragraph_would_not_name_is_nobody_named():
    # "One senior figure at the agency, speaking on condition of anonymity, told ... '...,' the official said":
    # the official not named in that paragraph, not the agency (a spokesman still speaks for the body)
    text = (
        "The Drummet Waters Agency fined the company twice last year.\n\n"
        "One senior figure at the agency, speaking on condition of anonymity, told the Vexmoor Courier that fines "
        "were no longer working. \u201cThey budget for them. A fine is just another line in the spreadsheet,\u201d "
        "the official said."
    )
    assert _speakers(text)["They budget for them. A fine is just another line in the spreadsheet,"] is None


def test_the_eleventh_reader_s_countries_signs_and_streets():
    # an eleventh reader's invented texts: "the company" after an app named like a country ("the food-delivery app
    # Togo") is the app; only a sign put up somewhere speaks for nobody ("told the board in her letter:", "put her
    # cards on the table:", "a notice on its website:" are speech); "Tom Street, 61, a retired miner," is a man
    cases = [
        ('Dunstell Airways cancelled more than 400 flights on Tuesday after a computer fault grounded its fleet, stranding travelers across the western United States.\n\n"We are deeply sorry for the disruption and are working around the clock to restore service," according to the airline.\n\nPassengers at Denver said they had waited hours for news. "Nobody told us anything," said Rolf Emmerich, a teacher from Pellford.', 'We are deeply sorry for t', 'Dunstell Airways'),
        ('Dunstell Airways cancelled more than 400 flights on Tuesday after a computer fault grounded its fleet, stranding travelers across the western United States.\n\n"We are deeply sorry for the disruption and are working around the clock to restore service," according to the airline.\n\nPassengers at Denver said they had waited hours for news. "Nobody told us anything," said Rolf Emmerich, a teacher from Pellford.', 'Nobody told us anything,', 'Rolf Emmerich'),
        ('Food-delivery app Togo has been fined for misleading customers about its fees, the regulator said on Thursday.\n\n"We accept the ruling and have already changed the way fees are shown," the company said.\n\nTogo has about two million users.', 'We accept the ruling and ', 'Togo'),
        ('The ride-hailing app Samoa has been banned in three cities after complaints from drivers about pay.\n\n"We will challenge this decision in court," the company said.\n\nDrivers\' groups welcomed the ban. "At last someone is listening," said Kofi Quorran, who drives in Drummetby.', 'We will challenge this de', 'Samoa'),
        ('The ride-hailing app Samoa has been banned in three cities after complaints from drivers about pay.\n\n"We will challenge this decision in court," the company said.\n\nDrivers\' groups welcomed the ban. "At last someone is listening," said Kofi Quorran, who drives in Drummetby.', 'At last someone is listen', 'Kofi Quorran'),
        ('Dario Cadwick pointed to the sign in his window: "Closed Mondays."\n\n"I need one day off," he said. "I have worked six days a week for 30 years."', 'I need one day off, I hav', 'Dario Cadwick'),
        ('Helga Brisley, the chief executive of Orrinford Water, told the board in her letter: "We cannot keep asking customers to pay for our mistakes."\n\nThe company is under investigation for sewage spills.', 'We cannot keep asking cus', 'Helga Brisley'),
        ('The finance minister, Ruth Tarnley, put her cards on the table: "There will be no tax rises this year."\n\nOpposition MPs said the promise would not last.', 'There will be no tax rise', 'Ruth Tarnley'),
        ('Orlo Halvern, an economist, said he saw worrying signs in the figures: "Consumers are pulling back sharply."\n\nRetail sales fell for a third month in October.', 'Consumers are pulling bac', 'Orlo Halvern'),
        ('Vexmoorwell Rail posted a notice on its website: "All services between Drummetby and Safferyford are cancelled until further notice."\n\nCommuters said they had not been warned. "I found out on the platform," said Ines Wrenfold, a nurse.', 'All services between Drum', 'Vexmoorwell Rail'),
        ('Vexmoorwell Rail posted a notice on its website: "All services between Drummetby and Safferyford are cancelled until further notice."\n\nCommuters said they had not been warned. "I found out on the platform," said Ines Wrenfold, a nurse.', 'I found out on the platfo', 'Ines Wrenfold'),
        ('Ambrose Pashley, the club\'s chairman, briefed the board over the phone: "We have a buyer, and the deal will be done by Christmas."\n\nSupporters reacted with relief.', 'We have a buyer, and the ', 'Ambrose Pashley'),
        ('The manager, Gus Kestwick, said there were positive signs in the dressing room: "The lads are hungry, and the new signings have settled in well."\n\nHis side play Marrowby on Saturday.', 'The lads are hungry, and ', 'Gus Kestwick'),
        ('The chief constable, Ayesha Moxley, told officers in a notice on the intranet: "Anyone found to have leaked the report will be dismissed."\n\nThe force declined to comment further.', 'Anyone found to have leak', 'Ayesha Moxley'),
        ('The chairman of Safferyford Rovers, Rupert Treddle, gave notice in his resignation letter: "I will step down at the end of the season."\n\nFans had called for him to go after three relegations.', 'I will step down at the e', 'Rupert Treddle'),
        ('The chancellor, Imogen Vantroy, played her trump card in the budget: "From April, childcare will be free for every child over nine months."\n\nEconomists said the policy would cost about 4bn a year.', 'From April, childcare wil', 'Imogen Vantroy'),
        ('The chief executive of Orrinford Water, Bea Gorrick, wrote to the board on the matter: "I take full responsibility for what happened."\n\nThe regulator is expected to report next month.', 'I take full responsibilit', 'Bea Gorrick'),
        ('Nell Square, 52, a carer, said she had been waiting four months for her payment.\n\n"I have had to borrow from my sister," Square said.', 'I have had to borrow from', 'Nell Square'),
        ('The inquiry into the Hallow Pit explosion heard from survivors on Tuesday.\n\nTom Street, 61, a retired miner, told the inquiry he had lost three friends in the blast.\n\n"Nobody ever said sorry," Street said.', 'Nobody ever said sorry,', 'Tom Street'),
        ('The river ran brown for days after the spill, according to Pia Road, a hydrologist at the university.\n\n"It was the worst I have seen," she said.', 'It was the worst I have s', 'Pia Road'),
        ('Passengers in Drummetby say the new timetable has made things worse.\n\nElsie Crescent, 44, a cleaner, said the bus was always late. "I lose an hour a day," she said.', 'I lose an hour a day,', 'Elsie Crescent'),
    ]
    _assert_openings(cases)


def test_a_line_linking_to_another_story_quotes_nobody_here():
    # "Read more: 'We swim here every day' - the wild swimmers ...": the headline of another story, whose quote is
    # that story's; the article's own quotes around it are found as before
    text = (
        "Orrinford Water has been fined for a sewage spill into the River Quell.\n\n"
        "\u201cWe are sorry for the harm caused,\u201d the company said.\n\n"
        "Read more: \u2018We swim here every day\u2019: the wild swimmers taking on the water firms\n\n"
        "Related: \u201cIt smelt like a farmyard\u201d \u2013 readers on the summer of spills\n\n"
        "Up next: \u201cI\u2019ve never needed help before\u201d\n\n"
        "\u201cThe fine is a start,\u201d said Mina Vexcombe, who swims at Quell Bridge."
    )
    found = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert found == [
        ("We are sorry for the harm caused,", "Orrinford Water"),
        ("The fine is a start,", "Mina Vexcombe"),
    ]
    # a paragraph that only opens like one is the article's own
    said = extract_quotes("Watch what happens next, she said: \u201cThey will fold within a week.\u201d\n\nMina Vexcombe said so.")
    assert [q.text for q in said] == ["They will fold within a week."]


def test_the_name_of_an_illness_is_no_quote():
    # "what doctors call 'broken heart syndrome'": the name of an illness, not speech; a diagnosis spoken aloud,
    # or words about a disease, are
    text = (
        "Brisa Quelling, 54, was told she had what doctors call \u201cbroken heart syndrome,\u201d a weakening of "
        "the heart after a shock. Her husband had caught \u201cPontiac fever\u201d at a spa in Drummetby.\n\n"
        "\u201cMilk fever,\u201d the vet, Orla Pennick, told the farmer. \u201cGet some calcium into the others.\u201d\n\n"
        "\u201cIt is a disease,\u201d said Aurel Vantroy, a consultant. \u201cA useful disease, for us.\u201d"
    )
    found = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert found == [
        ("Milk fever, Get some calcium into the others.", "Orla Pennick"),
        ("It is a disease, A useful disease, for us.", "Aurel Vantroy"),
    ]


def test_a_paragraph_ending_on_another_s_he_or_she_names_no_speaker():
    # "Otso died in 2016 ... She kept the shop open." then a paragraph of quote: not the man the paragraph opened
    # on (a woman is the subject where it ends); with nothing else to go on, unclear
    text = (
        "\u201cHe could mend anything with a bit of wire,\u201d says Marit Quellow, who has run the hardware shop "
        "on Vexley Street for 40 years.\n\n"
        "Otso Quellow died in 2016 of a rare nerve disorder. She kept the shop open.\n\n"
        "\u201cThe first year after Otso, I thought about selling every single day.\u201d"
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Marit Quellow", None]
    # where the paragraph ends on the one it opens on, the quote is still his
    his = (
        "\u201cHe could mend anything with a bit of wire,\u201d says Marit Quellow, who has run the hardware shop "
        "on Vexley Street for 40 years.\n\n"
        "Her brother, Otso Quellow, sees the shop differently. He never wanted to run it.\n\n"
        "\u201cI would have sold it in a week.\u201d"
    )
    assert [q.speaker for q in extract_quotes(his)] == ["Marit Quellow", "Otso Quellow"]


def test_a_name_people_give_a_thing_is_no_quote():
    # "what firefighters call 'cold water shock'", "a block tenants have taken to calling 'the Icebox'": a term
    # many people use, nobody's words; what a named person, a he or she, or a body calls it stays their quote
    text = (
        "Anyone jumping into the reservoir risks what firefighters call \u201ccold water shock,\u201d the council "
        "warned. Residents of Quarnby Court, a block tenants have taken to calling \u201cthe Icebox,\u201d have had "
        "no heating since March.\n\n"
        "Brisa Vantroy, who chairs the tenants' association, spends her evenings on what she calls \u201cthe "
        "paperwork war.\u201d\n\n"
        "The Drummet and Quill Workers' Union has balloted the caretakers over what the union calls a "
        "\u201creal-terms pay cut.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("the paperwork war.", "Brisa Vantroy"),
        ("real-terms pay cut.", "Drummet and Quill Workers' Union"),
    ]


def test_a_song_that_says_the_twice_is_a_title_not_a_chant():
    # "sang 'The Banks of the Quell'": a song's title ("the" twice is no chant); "We're going up, we're going up"
    # says its words again and again: a chant, quoted
    text = (
        "The home fans stayed long after the final whistle and sang \u201cThe Banks of the Quell\u201d as the "
        "players did a lap of honour.\n\n"
        "The away end sang \u201cWe\u2019re going up, we\u2019re going up\u201d until the stewards cleared it."
    )
    assert [q.text for q in extract_quotes(text)] == ["We\u2019re going up, we\u2019re going up"]


def test_a_name_someone_is_called_by_is_no_quote_and_its_stop_ends_the_sentence():
    # "Everybody called him 'Curly'", "He calls it 'the Mule.'": nicknames, at the top level and inside a quote; a
    # nickname whose own stop ends the sentence lets the quote after it be read as a sentence of its own, split
    # by its attribution
    text = (
        "The first violin Orlo Pennick ever finished hangs on the wall of his workshop. He calls it \u201cthe "
        "Mule.\u201d \u201cIt\u2019s there to keep me humble,\u201d Pennick said. \u201cEvery time I think I\u2019m "
        "good, I take it down.\u201d\n\n"
        "\u201cThe men called me \u2018the Bank of Quell\u2019, which I didn\u2019t mind,\u201d said Brisa Vantroy, "
        "who ran the canteen for 30 years. Everybody called her husband \u201cCurly.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("It\u2019s there to keep me humble, Every time I think I\u2019m good, I take it down.", "Orlo Pennick"),
        ("The men called me \u2018the Bank of Quell\u2019, which I didn\u2019t mind,", "Brisa Vantroy"),
    ]


def test_a_term_or_a_title_inside_a_quote_is_nobody_s_words():
    # inside a quote: "the so-called 'grey belt'" is a term, "It's called 'Late Start,'" and "I wrote 'Quell Road'"
    # are titles; "I wrote 'CASH ONLY' on a card" is what the card said, and a quote inside a quote introduced by
    # speech stays one
    text = (
        "\u201cFirst it was the so-called \u2018grey belt\u2019, now it is the green belt,\u201d said Brisa Vantroy.\n\n"
        "\u201cI wrote \u2018Quell Road\u2019 in a week,\u201d said Orlo Pennick, the band\u2019s singer. "
        "\u201cThe second one\u2019s called \u2018Late Start,\u2019 and it took a year.\u201d\n\n"
        "\u201cWhen the card machine died I wrote \u2018CASH ONLY TODAY\u2019 on a bit of cardboard,\u201d said "
        "Mina Drummet, who runs the corner shop. \u201cMy son said, \u2018Nobody carries cash, Mum.\u2019\u201d"
    )
    inner = [q.text for q in extract_quotes(text) if q.method == "nested" or q.speaker is None]
    assert inner == ["CASH ONLY TODAY", "Nobody carries cash, Mum."]


def test_a_straight_single_mark_right_after_a_straight_double_one_closes_the_quote():
    # in copy quoting with straight single marks, '... said, "Did you know Dad was a hero?"' she says. 'And ...':
    # the single mark after the double one closes the outer quote (it was taken for an apostrophe, and the
    # paragraph's quotes were lost)
    text = (
        "'We never knew,' said Mina Quellow, 71, at the service on Saturday.\n\n"
        "'I went home and rang my brother and said, \"Did you know Dad was a hero?\"' she says. 'And he said, "
        "\"Well, he never told me either.\"'\n\n"
        "Her brother, Orlo Quellow, was not there. 'He hates a fuss,' she said."
    )
    found = extract_quotes(text)
    outer = [q for q in found if not any(o is not q and o.start < q.start and q.end <= o.end for o in found)]
    assert [(q.text, q.speaker) for q in outer] == [
        ("We never knew,", "Mina Quellow"),
        (
            'I went home and rang my brother and said, "Did you know Dad was a hero?" And he said, "Well, he never '
            'told me either."',
            "Mina Quellow",
        ),
        ("He hates a fuss,", "Mina Quellow"),
    ]


def test_one_word_a_speaker_used_is_a_quote_when_a_verb_of_saying_leads_to_it():
    # "said the chemicals had made the fire 'unpredictable' by noon": one word set off in a sentence that a verb of
    # saying opens is the speaker's word (a "that" after the verb is not needed); a word set off where nothing is
    # said stays a term
    text = (
        "Fire chief Brisa Vantroy said the chemicals had made the fire \u201cunpredictable\u201d by noon, and "
        "that crews had pulled back twice.\n\n"
        "Bees use what researchers call a \u201cdance\u201d to share where the flowers are."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("unpredictable", "Brisa Vantroy")]


def test_a_name_something_goes_by_among_some_people_is_no_quote():
    # "known to staff as 'the Big Grey'", "a practice known in the trade as 'pencil-whipping'", "referred to by
    # residents as the 'water mafia'": a nickname or a term, nobody's words; a speaker's words beside them stay
    text = (
        "Nurses at Quarnby General Hospital described a practice known among staff as \u201cthe shuffle\u201d "
        "and a late shift known to porters as the \u201cgraveyard double\u201d to inspectors.\n\n"
        "Brisa Vantroy, 91, a nurse there for 40 years, said the hospital had been \u201ca second home to half "
        "the town.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("a second home to half the town.", "Brisa Vantroy")]


def test_according_to_the_body_by_its_noun():
    # '"a milestone for the program," according to the zoo': the body the article names by that noun; a noun no
    # named body ends in gives no speaker (and the partial quote, attributed to nobody, is not kept)
    text = (
        "Quellmoor Zoo said on Monday that its pair of condors had bred.\n\n"
        "The pair laid their first fertile egg last spring, \u201ca milestone for the program,\u201d according to "
        "the zoo.\n\n"
        "The train was traveling at about 40 mph, \u201cwell under the track speed,\u201d according to the hatchery."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("a milestone for the program,", "Quellmoor Zoo"),
    ]
    # a body's noun that only a body of its kind is called (v759: "the railroad"), none named: nobody, never the zoo
    railroad = text.replace("the hatchery", "the railroad")
    assert [(q.text, q.speaker) for q in extract_quotes(railroad, unclear_below=0.0)] == [
        ("a milestone for the program,", "Quellmoor Zoo"),
        ("well under the track speed,", None),
    ]


def test_words_painted_or_printed_on_something_are_nobody_s():
    # 'someone had spray-painted "QUELL STRONG" on a barn', 'T-shirts printed with "Save Our Park,"', 'a sticker
    # bearing the words "If it's yellow, let it mellow"': words on things, quoted, said by nobody in particular;
    # a photograph someone posted "with the words" carries that person's words
    text = (
        "On Main Street, someone had spray-painted \u201cQUELL STRONG\u201d on the side of a ruined barn. Residents "
        "wearing T-shirts printed with \u201cSave Our Park,\u201d packed the hall.\n\n"
        "Brisa Vantroy posted a photograph of the barn on social media with the words: \u201cWe are still here.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("QUELL STRONG", None),
        ("Save Our Park,", None),
        ("We are still here.", "Brisa Vantroy"),
    ]


def test_a_he_or_she_in_a_quote_after_someone_the_narrative_just_brought_in():
    # 'Mr Vantroy said a neighbour had seen a van. "She rang me at seven and said, 'There were men on your roof,'"':
    # the neighbour, whom the article never names, not the last woman it named; a person named after the
    # description, or the description set beside a name ("Brisa Vantroy, 61, a retired nurse"), keeps her
    text = (
        "Brisa Vantroy, the churchwarden, said the lead had gone overnight.\n\n"
        "Aurek Vantroy said a neighbour had seen a white van parked by the gate late on Sunday.\n\n"
        "\u201cShe rang me at seven and said, \u2018There were men on your roof last night,\u2019\u201d he said.\n\n"
        "Martin Quarnholt said his wife, Helen Quarnholt, 58, a retired nurse, had found the gate open.\n\n"
        "\u201cShe rang me and said, \u2018Come quick,\u2019\u201d he said."
    )
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert ("There were men on your roof last night,", None) in got
    assert ("Come quick,", "Helen Quarnholt") in got


def test_two_given_names_the_lists_lack_before_one_surname_are_two_people():
    # "Ilani and Roiso Quarnby sat side by side", then "Ilani said": two sisters, the first Ilani Quarnby, though
    # neither given name is in the published lists (the article uses each alone, opening a clause); a place the
    # article only names after "in" or inside a body's name stays part of the body's name
    text = (
        "Ilani and Roiso Quarnby sat side by side at the news conference.\n\n"
        "\u201cThat\u2019s not true,\u201d Ilani said. \u201cShe had two steals in that run.\u201d\n\n"
        "\u201cOne steal,\u201d Roiso said.\n\n"
        "\u201cTwo.\u201d\n\n"
        "Households in Ostrel were told to boil their water, according to the Ostrel and District Water Board, "
        "which said the supply was \u201csafe again.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("That\u2019s not true, She had two steals in that run.", "Ilani Quarnby"),
        ("One steal,", "Roiso Quarnby"),
        ("Two.", "Ilani Quarnby"),
        ("safe again.", "Ostrel and District Water Board"),
    ]


def test_a_bare_turn_after_a_turn_that_calls_someone_by_name_is_theirs():
    # '"Mr Vexley, your three minutes are up," Quill said. / "I have one more sentence."': Vexley, who spoke
    # before, answers; a turn that calls no one is the last speaker going on
    text = (
        "Board president Brisa Quill chaired the meeting. Parent Aurek Vexley spoke against the ban. \u201cThese "
        "books taught my children to read,\u201d he said.\n\n"
        "Several parents in the room applauded him, and the board clerk rang the bell twice.\n\n"
        "\u201cMr Vexley, your three minutes are up,\u201d Quill said.\n\n"
        "\u201cI have one more sentence.\u201d\n\n"
        "The vote was put off to March.\n\n"
        "\u201cThe board will vote on the motion then,\u201d Quill said.\n\n"
        "\u201cWe have heard every side of it.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("These books taught my children to read,", "Aurek Vexley"),
        ("Mr Vexley, your three minutes are up,", "Brisa Quill"),
        ("I have one more sentence.", "Aurek Vexley"),
        ("The board will vote on the motion then,", "Brisa Quill"),
        ("We have heard every side of it.", "Brisa Quill"),
    ]


def test_a_name_inside_the_question_put_is_not_the_he_who_answers():
    # 'Asked whether he had spoken to the club's owner, Aurek Vexley, he replied: "..."': the manager asked, not
    # the owner named in the question (after a comma of its own, as well as before one)
    text = (
        "Brisa Quill's side were booed off at half-time on Saturday.\n\n"
        "Speaking at his news conference, Martin Quarnholt said: \u201cI understand the frustration.\u201d\n\n"
        "Asked whether he had spoken to the club\u2019s owner, Aurek Vexley, he replied: \u201cWe speak every "
        "week.\u201d"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("I understand the frustration.", "Martin Quarnholt"),
        ("We speak every week.", "Martin Quarnholt"),
    ]


def test_a_job_title_of_everyday_words_before_a_name_is_no_part_of_it():
    # "County Emergency Management Coordinator Martin Vexley", "Harbour Master Helen Quarnby": the job, then the
    # person (the title is not their name)
    text = (
        "County Emergency Management Coordinator Martin Vexley said two roads were closed. \u201cPlease stay at "
        "home,\u201d Vexley said.\n\n"
        "Harbour Master Helen Quarnby said ships would wait at anchor. \u201cWe have two vessels outside the "
        "breakwater,\u201d Quarnby said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Martin Vexley", "Helen Quarnby"]


def test_a_name_asked_about_in_the_sentence_before_is_not_the_he_who_answers():
    # 'Quill was less generous. Asked about a foul call on guard Peter Vexley, he paused for several seconds. /
    # "...," he said.': Vexley was asked about; the he who paused and speaks is Quill
    text = (
        "For 39 minutes, Quarnby State looked the better team. Then Peter Quarnholt hit a 3-pointer with a second "
        "left.\n\n"
        "\u201cYou tip your cap and you go home,\u201d Quarnby State coach Martin Quill said afterward.\n\n"
        "Quill was less generous about the officiating. Asked about a foul call on guard Peter Vexley with 40 "
        "seconds left, he paused for several seconds.\n\n"
        "\u201cI\u2019ll get fined if I answer that honestly,\u201d he said."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)][-1] == (
        "I\u2019ll get fined if I answer that honestly,",
        "Martin Quill",
    )


def test_a_word_of_saying_after_a_or_an_is_a_noun_and_the_verb_before_it_speaks():
    # "Its director, Martin Vexley, said in an emailed comment:", "Quill posted a message on social media:": the one
    # who said or posted; "read from an email sent to her by a constituent:" is the constituent's, unnamed
    text = (
        "Campaign group Cash For All said the closures would hurt. Its director, Martin Vexley, said in an emailed "
        "comment: \u201cEvery closure is another town left behind.\u201d\n\n"
        "Late on Tuesday, Brisa Quill posted a message on social media: \u201cIf you are still in town, go now.\u201d\n\n"
        "Helen Quarnholt, a committee member, read from an email sent to her by a constituent: \u201cWe were cooked "
        "alive in that carriage.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Martin Vexley", "Brisa Quill", None]


def test_a_court_paper_speaks_for_whoever_filed_it():
    # "Helen Quill filed a lawsuit on Tuesday. The complaint says ...", "Her complaint accuses ...", "A lawsuit
    # filed on behalf of Helen Quill accuses ..., according to the complaint", "The suit, brought by the Quarnby
    # law firm Vexley & Quarn, claims ...": the one who filed it (never the one sued, nor a place)
    cases = [
        (
            "Helen Quill, a retired teacher, filed a lawsuit Tuesday in federal court. The complaint says Ostrel "
            "Health \u201cfailed to take even the most basic steps\u201d to protect patient data.",
            "Helen Quill",
        ),
        (
            "His widow, Helen Quill, is suing the garage\u2019s owner, Ostrel Structures Group. Her complaint, filed "
            "in 2023, accuses Ostrel of \u201cchoosing paint over steel, year after year.\u201d",
            "Helen Quill",
        ),
        (
            "A lawsuit filed Tuesday on behalf of Helen Quill, whose son spent five days in hospital, accuses the "
            "farm of \u201ca reckless disregard for safety,\u201d according to the complaint.",
            "Helen Quill",
        ),
        (
            "The suit, brought on behalf of four homeowners by the Quarnby law firm Vexley & Quarn LLP, claims "
            "that the doorbells recorded audio \u201ceven when users had turned audio off.\u201d",
            "Vexley & Quarn LLP",
        ),
    ]
    for text, speaker in cases:
        assert [q.speaker for q in extract_quotes(text)] == [speaker], text


def test_a_he_in_a_clause_of_a_sentence_opening_on_he_is_that_he():
    # 'He also confirmed that goalkeeper Peter Vexley had been left out for what he called "personal reasons"':
    # the sentence's own he (Quill, or unclear), never the man its clause names
    text = (
        "Martin Quill, asked about the striker's fitness, said the scan would come on Monday. \u201cJoe is a "
        "warrior,\u201d he said.\n\n"
        "He also confirmed that goalkeeper Peter Vexley had been left out for what he called \u201cpersonal "
        "reasons\u201d, and asked for privacy."
    )
    got = dict((q.text, q.speaker) for q in extract_quotes(text))
    assert got["personal reasons"] in (None, "Martin Quill")


#: A second reader's probes of v582 to v590 (all names invented by that reader, who saw no gold set): each was
#: answered wrongly by the rules as first written, or by the engine before them, and is answered right now.
_REVIEW_OF_V582_TO_V590_PROBES = [
    ('Orla Brannick has farmed at Kell Top for fifty years, and at 80 is still a formidable negotiator. "She told me once, \'Nobody takes this farm from me,\'" said her neighbour, Wenna Strand.', ['Wenna Strand', 'Orla Brannick']),
    ('Sevrin and Aluna Drask opened the bakery on Mill Street in 1998.\n\n"We started with one oven," Sevrin said.\n\n"And one customer," Aluna added.', ['Sevrin Drask', 'Aluna Drask']),
    ('Teodric and Zenoa Falk have fostered 40 children since 2001.\n\nTeodric, for his part, says the first was the hardest. "We had no idea what we were doing," he said.', ['Teodric Falk']),
    ('"The bins are a disgrace," said resident Halvard Tusk.\n\n"Mr Tusk, your three minutes are up," said the chair, Councillor Ebba Lorne.\n\n"I have one more sentence."', ['Halvard Tusk', 'Ebba Lorne', 'Halvard Tusk']),
    ('"The water came up to here," said Kessa Dunmore, pointing at a mark on the wall that her neighbour, Idris Tallow, painted after the 2007 flood.\n\n"I painted it so we would never forget," said Tallow.\n\n"We forgot anyway."', ['Kessa Dunmore', 'Idris Tallow', 'Idris Tallow']),
    ('Ferris Dunmore was unrepentant. Asked about the claims made by his former partner, Orrin Vale, he said: "Orrin has never liked me."', ['Ferris Dunmore']),
    ('Councillor Ebba Lorne said the vote had been rushed. Asked whether the mayor, Pell Ambry, had briefed her, she said: "Not once."', ['Ebba Lorne']),
    ('Councillor Ebba Lorne said in an email: "The road will reopen on Monday."', ['Ebba Lorne']),
    ('Its director, Ansel Dray, said in an emailed comment: "We are reviewing the decision."', ['Ansel Dray']),
    ('Tova Rusk posted a message on social media: "Thank you all for the support."', ['Tova Rusk']),
    ('Ebba Lorne said she received a text minutes later: "Sorry, I cannot make it."', [None]),
    ('Orrin Vale said he got a reply within the hour: "Your claim has been rejected."', [None]),
    ('Sela Oakridge told the court her husband had left a message on her phone: "I am sorry for everything."', [None]),
    ('Ferris Dunmore said his landlord sent a text at midnight: "You have until Friday."', [None]),
    ('"The budget is balanced," said Councillor Ebba Lorne.\n\n"I live on Marsh Lane. Why has my bin not been emptied since May?"', ['Ebba Lorne', None]),
    ('"We played well for an hour," said coach Bram Holt.\n\n"Our readers have seen the figures. Is the club for sale?"', ['Bram Holt', None]),
    ('"I have nothing more to add," Councillor Tova Rusk said.\n\n"We have the minutes here. Why were they kept from the public?"', ['Tova Rusk', None]),
    ('"We will rebuild the pier," said Ansel Dray, the council\'s regeneration chief.\n\n"I was born in this town. Why should I believe him?"', ['Ansel Dray', None]),
    ('"We closed the ward to save lives," said hospital director Mara Vint.\n\n"I lost my mother there. Who decided that?"', ['Mara Vint', None]),
    ('"The ferry will run twice a day," said Orrin Vale.\n\n"I work nights. How do I get home?"', ['Orrin Vale', None]),
    ('Orla Brannick remains a formidable negotiator at 80. "She told me once, \'Nobody takes this farm,\'" said her neighbour, Wenna Strand.', ['Wenna Strand', 'Orla Brannick']),
    ('Goals from Varga and Sela Oakridge sealed the win for Kestley.\n\n"We never stopped running," Varga said.', ['Varga']),
    ('"The festival lost money again," said the treasurer, Ebba Lorne.\n\n"Ms Lorne, thank you," said the chair, Pell Ambry.\n\n"We now move to item four."', ['Ebba Lorne', 'Pell Ambry', 'Pell Ambry']),
    ('"We kept the club alive," said Ebba Lorne.\n\n"Lorne, to her credit, kept the books straight," said Orrin Vale, its president.\n\n"The rest of us did not."', ['Ebba Lorne', 'Orrin Vale', 'Orrin Vale']),
    ('"I ran as hard as I could," said Halvard Tusk.\n\n"Halvard, well run," said his coach, Ilse Varga.\n\n"Now go and get some rest."', ['Halvard Tusk', 'Ilse Varga', 'Ilse Varga']),
    ('"I will be fit for Saturday," said Ansel Dray.\n\n"Dray, as usual, was first in and last out," said Ilse Varga, the club captain.\n\n"Nobody works harder."', ['Ansel Dray', 'Ilse Varga', 'Ilse Varga']),
    ('"We won the toss," said captain Bram Holt, who opened the bowling that morning alongside his old friend and rival, the veteran seamer Ansel Dray.\n\n"The pitch was green," said Dray.\n\n"I took five wickets before lunch."', ['Bram Holt', 'Ansel Dray', 'Ansel Dray']),
    ('"Nobody told us," said Ilse Moor, who has run the bakery on Mill Street for twenty years with her business partner, Sela Oakridge.\n\n"We found out from a leaflet," Oakridge said.\n\n"It was pushed under the door on a Sunday."', ['Ilse Moor', 'Sela Oakridge', 'Sela Oakridge']),
    ('Asked about the vote, Councillor Ebba Lorne hesitated and, after a long pause, she said: "I stand by it."', ['Ebba Lorne']),
    ('Asked if he regretted the decision, Ferris Dunmore, 52, shrugged and, smiling, he said: "Not for a second."', ['Ferris Dunmore']),
    ('County Emergency Management Coordinator Tova Brannock said the river would peak on Friday. "Move your cars now," she said.', ['Tova Brannock']),
    ('Asked about winger Ansel Dray, who was sent off in the 80th minute, the club declined to comment.\n\n"I have done nothing wrong," he said on Friday.', ['Ansel Dray']),
    ('Coach Bram Holt was less generous. Asked about a foul call on guard Ansel Dray, he paused.\n\n"It was a foul, plain and simple," he said.', ['Bram Holt']),
    ('Ansel Dray told the court he received an email that evening: "Your account has been closed."', [None]),
    ('Ebba Lorne said in a text to the Courier: "We will not be resigning."', ['Ebba Lorne']),
    ('Dozens of residents packed the town hall on Tuesday night to question council leader Ebba Lorne.\n\n"The budget is balanced," Lorne said.\n\n"I live on Marsh Lane. Why has my bin not been emptied since May?"', ['Ebba Lorne', None]),
]


def test_review_of_v582_to_v590_probes():
    for text, speakers in _REVIEW_OF_V582_TO_V590_PROBES:
        assert [q.speaker for q in extract_quotes(text)] == speakers, text


def test_a_word_for_someone_inside_a_compound_is_no_mention_of_them():
    # "the husband-and-wife team Martin and Helen Quarnby": no husband mentioned there, so none is guessed at (the
    # outlet named before took the role); "her husband said" after Helen speaks is Martin
    text = (
        "The show closes on Saturday, its producers told Stage Weekly.\n\n"
        "The song was written by the husband-and-wife team Martin and Helen Quarnby, who also wrote the book.\n\n"
        "\u2018We wrote the chorus on the back of a bus timetable,\u2019 Helen Quarnby said. \u2018Martin still has "
        "the timetable.\u2019\n\n"
        "\u2018She has the timetable. I have the napkin,\u2019 her husband said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Helen Quarnby", "Martin Quarnby"]


def test_the_person_a_sentence_opens_on_keeps_the_he_after_it_whatever_the_model_doubts():
    # 'The opposition leader, Martin Vexley, asked her whether the health minister, Peter Quill, still had her
    # confidence. "Does he, or doesn't he?" he asked.': the sentence is about Vexley, who opens it; the pronoun
    # model's doubt (Quill is nearer) leaves it to the rules
    text = (
        "The Premier, Helen Quarnby, told the Assembly on Tuesday that the report made \u2018uncomfortable "
        "reading\u2019. She said: \u2018I am not going to pretend those numbers are acceptable.\u2019\n\n"
        "The opposition leader, Martin Vexley, asked her whether the health minister, Peter Quill, still had her "
        "confidence. \u2018Does he, or doesn\u2019t he?\u2019 he asked."
    )
    assert [q.speaker for q in extract_quotes(text)][-1] == "Martin Vexley"


#: A second reader's probes of v591 and v592 (names invented by that reader, who saw no gold set): each was answered
#: wrongly by the rule as first written or by the engine before it, and is answered right now.
_REVIEW_OF_V591_AND_V592_PROBES = [
    ('Lena Marsh filed a lawsuit on Tuesday against Corvane Foods. The complaint says the company "knowingly sold spoiled milk to schools."', ['Lena Marsh']),
    ('Orsolya Penk, a former nurse at Halvern General, sued the hospital last week. Her complaint accuses administrators of "retaliating against anyone who spoke up."', ['Orsolya Penk']),
    ('The Marrow Valley Growers Association also filed a lawsuit on Friday. The suit says the water board "broke every promise it made to farmers."', ['Marrow Valley Growers Association']),
    ('Kestrel Ames filed a complaint with the county ombudsman in March.\n\nThe complaint says staff at the benefits office "laughed at her" when she asked for help.', ['Kestrel Ames']),
    ('The lawsuit, filed by Judge Sela Marr\'s former clerk, Tobin Ferro, says she "created a climate of fear in chambers."', ['Tobin Ferro']),
    ('Corbin Hale filed a lawsuit against the county in 2019 and lost. A separate lawsuit, brought this week by a group of neighbours, says the county "rigged the zoning vote."', [None]),
    ('Dalton Freight filed an answer to the complaint on Friday, denying every claim. The complaint says drivers were "forced to skip rest breaks."', [None]),
    ('The suit, brought by Arlo Venn\'s widow, Sigrid Venn, says the hospital "ignored his chest pains for six hours."', ['Sigrid Venn']),
    ('The lawsuit, filed on behalf of tenants against landlord Ivor Penn, says the building "has had no heat since October."', [None]),
    ('The Pellam Water Company filed a motion against the lawsuit on Monday. The lawsuit says the utility "poisoned an entire town."', [None]),
    ('Coach Dario Mensk named his squad on Friday. He also confirmed that goalkeeper Tobi Raskin had been left out for what he called "personal reasons."', ['Dario Mensk']),
    ('Coach Dario Mensk named his squad on Friday.\n\nThe team flies to Orvik on Sunday for the qualifier.\n\nHe said goalkeeper Tobi Raskin, who was left out, came to his office, where he told the coach he was "not ready to give up."', ['Tobi Raskin']),
    ('Mayor Edvin Lask toured the flooded estate on Sunday.\n\nMore than 200 homes were damaged.\n\nHe met resident Sami Orrel, whose house was ruined, and he told the mayor the council had "abandoned us."', ['Sami Orrel']),
    ('Councillor Hedda Prine proposed the closure in March.\n\nThe vote is due next week.\n\nShe was followed at Tuesday\'s meeting by Councillor Ulla Senk: "This plan is a disgrace," she said.', ['Ulla Senk']),
]


def test_review_of_v591_and_v592_probes():
    for text, speakers in _REVIEW_OF_V591_AND_V592_PROBES:
        assert [q.speaker for q in extract_quotes(text)] == speakers, text


def test_a_town_with_its_state_after_it_is_no_he():
    # "died Sunday at his home in Marten Springs, Tenn.": a town ("Marten" as a given name made it a man), never
    # the he of a quote inside his daughter's
    text = (
        "Arlo Vexley, the pedal steel player, died Sunday at his home in Marten Springs, Tenn. He was "
        "84.\n\n"
        "His daughter, Mira Vexley-Price, said the cause was pneumonia. \u201cHe played right up until Thursday. "
        "He said, \u2018If I stop, the thing will rust,\u2019 and he meant himself,\u201d she said."
    )
    got = dict((q.text, q.speaker) for q in extract_quotes(text))
    assert got["If I stop, the thing will rust,"] in ("Arlo Vexley", None)


#: A third reader's probes of v594, v595 and v597 (names invented by that reader, who saw no gold set): each was
#: answered wrongly by the rule as first written or by the engine before it, and is answered right now.
_REVIEW_OF_V594_TO_V597_PROBES = [
    ('Radio Kelmar interviewed the husband-and-wife team Dara and Elias Fenwick, who run the bakery on Mill Street. "We wake at three every morning," her husband said.', ['Elias Fenwick']),
    ('Local councillor Brenna Hollis visited the mother-of-two, Aoife Drennan, at her flat on Tuesday. "Nobody listened to us for months," the mother said.', ['Aoife Drennan']),
    ('Fennick Orr and his chairman, Ralf Dunmore, have not spoken since the sixth straight defeat. On Saturday the coach--under growing pressure--stood alone on the touchline. "We were poor again," he said.', ['Fennick Orr']),
    ('Ruth Calder lost her husband in the flood. The council leader, Moira Penhale, has refused to meet her. The widow-turned-campaigner now pickets the town hall every week. "I still want answers," she said.', ['Ruth Calder']),
    ('Kit Darrow is Ashbridge Town\'s player-manager. Sid Kell runs Merrow. "The referee lost control," the player-manager said after the game.', ['Kit Darrow']),
    ('Among those in line at dawn was Gil Armand, Ga., a retired trucker. "I waited four hours to vote," he said.', ['Gil Armand']),
]


def test_review_of_v594_to_v597_probes():
    for text, speakers in _REVIEW_OF_V594_TO_V597_PROBES:
        assert [q.speaker for q in extract_quotes(text)] == speakers, text


def test_a_participle_after_whom_a_letter_went_to_is_the_writers():
    # v599: "has written to the council's leader, X, asking" and "had written to Ms X asking": X is whom the
    # letter went to; the writer asks
    text = (
        "Quarnby Council met on Monday.\n\nThe MP for Vexley, Aurek Quill, has written to the council's leader, "
        "Brisa Marten, asking for “a date, not a review”."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Quill"]
    text = "Quarnby Council met on Monday.\n\nAurek Quill said he had written to Ms Marten asking for “a named date”."
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Quill"]
    # but "according to the council's leader, X," is X's own word
    text = (
        "Quarnby Council met on Monday.\n\nThe plan is “dead in the water”, according to the council's leader, "
        "Brisa Marten."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Brisa Marten"]


def test_a_participle_after_a_second_clause_is_its_speakers():
    # v599: "X said ..., and Judge Y told jurors to disregard it, saying": Y, whose clause the participle ends
    text = (
        "The trial went on.\n\nAt one point Ilani Roiso said Ostrel had \"treated the club like a bank,\" and "
        "District Judge Brisa Marten told jurors to disregard the remark, saying it was \"not evidence of anything.\""
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ilani Roiso", "Brisa Marten"]
    # a second clause with no speaker of its own: the sentence's first speaker goes on
    text = (
        "The trial went on.\n\nIlani Roiso told jurors the books were a mess, and the room fell silent, "
        "adding that the club was \"a sinking ship.\""
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ilani Roiso"]


def test_a_company_form_in_lower_case_is_part_of_its_name():
    # v600: "plc" in lower case after a company's name is its form, part of the name as written
    text = "The plant will close.\n\nQuarnby Speciality Chemicals plc said the site was “no longer viable”."
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby Speciality Chemicals plc"]


def test_a_team_named_by_its_plural_without_its_place_is_the_same_team():
    # v600: "The River Hawks said" after "the Quarnby River Hawks": the team named before, its place left off
    text = (
        "QUARNBY — Aurek Quill threw the first no-hitter in Quarnby River Hawks history on Wednesday night.\n\n"
        "The River Hawks said in a statement that they would honor Quill “before Saturday’s game.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby River Hawks"]


def test_a_campaign_named_for_its_aim_is_one_body():
    # v600: "Save the X", "Freedom to Read Coalition of X", "Right to Know Network": one body each
    for name in ("Save the Vexley", "Freedom to Read Coalition of Quarnby", "Right to Know Network"):
        text = f"The board met.\n\nThe {name} said in a statement that it was “reviewing all legal options.”"
        assert [q.speaker for q in extract_quotes(text)] == [name]
    # but a person, "to", and a council are three words of a sentence
    text = "The board met.\n\nAurek Quill wrote to Quarnby Council, saying the plan was “dead in the water”."
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Quill"]


def test_a_role_with_a_hyphenated_tail_is_a_title():
    # v600: "Judge-Executive", "Secretary-General": a title before the name, not part of it
    for title in ("Quarnby County Judge-Executive", "Secretary-General"):
        text = f"The board met.\n\n{title} Bill Quill said: “Our people were born in that building.”"
        assert [q.speaker for q in extract_quotes(text)] == ["Bill Quill"]


def test_the_holder_of_a_role_in_a_band_is_no_band():
    # v600: "the lead singer of the Velvet Quills said": the singer (unnamed here), never the band
    text = "Fans cheered.\n\nThe lead singer of the Velvet Quills said the band would “never, ever” play again."
    assert [q.speaker for q in extract_quotes(text)] == [None]


def test_no_child_is_a_mr():
    # v601: "Mr Quill" after "Osbert Quill, 17," and "Osbert's father, Mark Quill": the father
    text = (
        "Osbert Quill, 17, was killed at the junction in May.\n\n"
        "Osbert's father, Mark Quill, described his son as “funny, stubborn and completely fearless on a bike”.\n\n"
        "“The last thing he did was wave,” Mr Quill said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Mark Quill", "Mark Quill"]
    # two grown men of one name: the first named, as before
    text = (
        "Osbert Quill, 47, runs the shop with his brother.\n\n"
        "His brother, Mark Quill, 44, does the books.\n\n"
        "“We open at six,” Mr Quill said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Osbert Quill"]


def test_mrs_is_the_one_named_with_her_husband():
    # v601: "Mrs Vexley" after "Beatrix Vexley" and "her parents, Osbert and Maud Vexley": the one of the couple
    text = (
        "Beatrix Vexley, a second-year student, was taken to hospital in March.\n\n"
        "Beatrix’s parents, Osbert and Maud Vexley, attended every day of the hearing. Mrs Vexley told the coroner "
        "that her daughter had phoned her from the waiting room.\n\n"
        "“She was scared. Those were nearly the last words I heard from her,” Mrs Vexley said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Maud Vexley"]


def test_a_she_after_an_unnamed_speaker_placed_by_where_she_works_is_hers():
    # v602: "One software engineer in the Vexley office, who learned ..., said ...": the next "she said" is that
    # engineer's (unnamed), not the analyst named before her
    text = (
        "Staff were told on Tuesday.\n\nBrisa Marten, an analyst at Quarnby Capital, said the cuts were deep. "
        "“The market is rewarding discipline,” she said.\n\n"
        "One software engineer in the Vexley office, who learned on Tuesday morning that her job had been "
        "eliminated, said her access had been cut off “before I finished my coffee.”\n\n"
        "“Eleven years ago they told us we were family,” she said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Brisa Marten", None, None]
    # one who disagreed, after a clause on who they are: the same
    text = (
        "The council voted on Monday.\n\nBrisa Marten said the land was worth saving. “It was a dairy,” she said.\n\n"
        "A woman from Aster Court, who gave only her street, disagreed. “Nobody asked us,” she said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Brisa Marten", None]


def test_words_heard_from_somebody_unnamed_are_not_the_hearers():
    # v602: "she had heard someone shout 'Go on, then'": somebody's, not the witness's
    for who in ("someone", "her neighbour", "a man"):
        text = f"The bar was busy.\n\nBrisa Marten told the court she had heard {who} shout ‘Go on, then’ at closing."
        assert [q.speaker for q in extract_quotes(text)] == [None], who
    # one heard by name is theirs, as before
    text = "The bar was busy.\n\nBrisa Marten said she heard Aurek Quill shout “Fire!” before the smoke came."
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Quill"]


def test_what_it_called_is_the_body_the_sentence_opens_on():
    # v603: "X fined Y for what it called '...'", "The regulator said ..., in what it called '...'": X, the subject,
    # not the body fined; after a passive ("Y was fined by X for what it called") the nearest body, as before
    text = (
        "LONDON, Oct 14 (Wire) - The Quarnby Lenders Authority fined Vexley Building Society £4.2 million on "
        "Tuesday for what it called “serious and prolonged failures” in its treatment of borrowers."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby Lenders Authority"]
    text = (
        "The Quarnby Lenders Authority fined Vexley Building Society £4.2 million on Tuesday.\n\nThe regulator said "
        "the society had applied the wrong charges for two years, in what it called “a basic and prolonged failure”."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby Lenders Authority"]
    text = "Vexley Building Society said it had paid the fine, which it called “fair”."
    assert [q.speaker for q in extract_quotes(text)] == ["Vexley Building Society"]


def test_the_company_is_never_a_building_nor_an_analysts_firm():
    # v603: "the company said" is not "City Hall" named in between, and "A company spokeswoman" is not the firm
    # of the analyst quoted just before, but the business the story is about
    text = (
        "The council approved the plan.\n\nQuarnby Cornerstone Partners LLC will build 200 flats.\n\n"
        "Residents marched to City Hall on Monday.\n\n“We’re grateful to the council,” the company said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby Cornerstone Partners LLC"]
    text = (
        "Quarnby & Vexley cut its forecast on Tuesday.\n\n“This is a blip,” said Brisa Marten, an analyst at "
        "Holroyd Strand Securities.\n\nA company spokeswoman said staff would be “the first to know”."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Brisa Marten", "Quarnby & Vexley"]
    # a firm named "Works" or "House" trades: still the company
    text = "Quarnby Polymer Works shut the line on Monday.\n\n“We will reopen,” the company said."
    assert [q.speaker for q in extract_quotes(text)] == ["Quarnby Polymer Works"]


def test_a_part_an_actor_plays_is_no_one_who_speaks():
    # v604: "For a generation she will always be Nan Quill, the landlady": a part, not a woman the next "she" can be
    text = (
        "Dame Brisa Marten is 81 and has, she says, ‘no intention whatsoever of being sensible about it’.\n\n"
        "For a generation of viewers she will always be Nan Quill, the landlady of the Anchor in ‘Vexley Lane’. "
        "She left the soap in 1991.\n\n‘I was 47,’ she says. ‘I went home and cried.’"
    )
    assert [q.speaker for q in extract_quotes(text)][-1] == "Dame Brisa Marten"
    # but one she played against in a final is a person
    text = (
        "Brisa Marten played Aurek Quill in the final on Sunday.\n\n“She was too good,” Quill said afterwards."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Quill"]


#: Probes of a second reader who saw no gold set (/work/review29): the 13 where v599-v602 first misfired,
#: and the 20 the rules fixed; (text, [(a fragment of a quote, its speaker)]).
_REVIEW_OF_V599_TO_V602_PROBES = [
    ('Aurek Vexley, a councillor, clashed with the mayor, Brisa Quill, on Tuesday. The meeting ended in uproar, with Mr Vexley shouting: "Resign!"', [('Resign', 'Aurek Vexley')]),
    ('Brisa Quill runs the Quarnby Arms. A video of Mrs Quill telling staff “you are all replaceable” has been shared thousands of times.', [('replaceable', 'Brisa Quill')]),
    ('Aurek Vexley, a retired teacher, attended the meeting. The session was interrupted by Mr Vexley asking "who paid for this?"', [('who paid', 'Aurek Vexley')]),
    ('Maud Dunmore said the plan was flawed, and that Aurek Vexley had told her it would be scrapped, adding: "It is a scandal."', [('scandal', 'Maud Dunmore')]),
    ('Brisa Quill said the backlog was growing, and as Aurek Vexley told MPs last week, it could not go on, adding: “We need more judges.”', [('more judges', 'Brisa Quill')]),
    ('Aurek Vexley said he had spoken to Brisa Quill, and that Ms Quill told him the deal was done, adding: "I believed her."', [('believed her', 'Aurek Vexley')]),
    ('Gideon Farrow said the cuts would hurt, but Maud Dunmore, who told the council last year that they were needed, was not in the chamber, with Mr Farrow saying: "She should be here."', [('should be here', 'Gideon Farrow')]),
    ("Gideon Farrow, the hospital's medical director, resigned on Friday. A recording of Dr Farrow telling staff 'the ward is not safe' was leaked last week.", [('not safe', 'Gideon Farrow')]),
    ('Maud Dunmore chaired the inquiry. The hearing was opened by Ms Dunmore saying "we are here for the families".', [('for the families', 'Maud Dunmore')]),
    ('Maud Dunmore told the court she had been threatened, and that Aurek Vexley had said he would burn the house down, adding: "I still have nightmares."', [('nightmares', 'Maud Dunmore')]),
    ('Helen Quill, 52, watched from the street as father and daughter Peter and Sarah Quill were rescued from the roof of their house. "I thought I had lost them both," Mrs Quill said.', [('lost them both', 'Helen Quill')]),
    ('Thomas Quill, 9, was evacuated from Quarnby in 1941 with his father, Peter Quill, a docker. Now 92, Mr Quill recalled: "We left with one suitcase."', [('one suitcase', 'Thomas Quill')]),
    ('Thomas Quill, 9, was evacuated from Quarnby in 1941 with his father, Peter Quill, a docker, who died in 1944. “We left with one suitcase,” Mr Quill, now 92, recalled.', [('one suitcase', 'Thomas Quill')]),
    ("Residents in Quarnby have complained about the potholes for years. Brisa Quill has written to the council's leader, Aurek Vexley, asking for “an urgent meeting before someone is hurt”.", [('urgent meeting', 'Brisa Quill')]),
    ("Parents at Quarnby Primary are angry about the closure. Osric Penhallow, 61, had written to Ms Dunmore asking for 'a straight answer on the school's future'. He said he had heard nothing back.", [('straight answer', 'Osric Penhallow')]),
    ("Osric Penhallow, 40, whose son attends the school, said the change was rushed. Parents have written to the school's headteacher, Maud Dunmore, asking for 'clarity on the new rules'.", [('clarity', None)]),
    ('Prosecutor Aurek Vexley said the defendant had lied about the money, and Judge Brisa Quill told jurors to disregard the remark, saying: "That is not evidence."', [('not evidence', 'Brisa Quill')]),
    ("The club's owner, Osric Penhallow, said the sale was off, but manager Tobin Rook told reporters he was staying, adding: “I have a job to do.”", [('job to do', 'Tobin Rook')]),
    ("Maud Dunmore said she was shocked by the verdict, and her lawyer, Gideon Farrow, said she would appeal, adding: 'This is not over.'", [('not over', 'Gideon Farrow')]),
    ('A spokeswoman for Rookwood Homes plc said: "We take these complaints seriously."', [('seriously', ['Rookwood Homes plc', 'Rookwood Homes'])]),
    ('The Quarnby River Hawks have sacked their coach after a ninth straight defeat. "We thank him for his service," the River Hawks said in a statement.', [('his service', 'Quarnby River Hawks')]),
    ('Save the Quarnby Lido has collected 4,000 signatures. "The pool is the heart of the town," Save the Quarnby Lido said in a statement.', [('heart of the town', ['Save the Quarnby Lido'])]),
    ('The Freedom to Read Coalition criticised the ban. “Children deserve books,” the coalition said.', [('deserve books', ['Freedom to Read Coalition'])]),
    ('A spokesman for the Right to Know Network said: "The public deserve answers."', [('deserve answers', ['Right to Know Network'])]),
    ('Governor-elect Osric Penhallow said: “We start work on day one.”', [('day one', 'Osric Penhallow')]),
    ('A fire broke out at a house in Quarnby on Sunday. Maud Quill, 54, said she heard her neighbour yell “Get out now!” before the roof collapsed.', [('Get out now', None)]),
    ('Osbert Quill, 60, and his wife, Maud Quill, were asleep when the fire started. Mr Quill said he heard his wife scream "Osbert, wake up!"', [('wake up', 'Maud Quill')]),
    ('Elowen Quill said she watched her son cry “Mummy!” as he was carried away by paramedics.', [('Mummy', None)]),
    ("Brisa Quill said she could hear her daughter whisper 'I'm scared' down the phone. Her daughter, Elowen Quill, 12, was trapped for an hour.", [('scared', 'Elowen Quill')]),
    ('Tobin Rook, a parent, said he had written to Mr Farrow demanding "a proper apology" for the trip fiasco.', [('proper apology', 'Tobin Rook')]),
    ('The lead singer of the Velvet Vexleys said: "I have lost my voice and we must cancel."', [('lost my voice', None)]),
    ('Tobin Rook said he had heard someone shout "Run, it\'s going to blow!" moments before the explosion.', [('going to blow', None)]),
    ('Helen Quill heard a child scream "Help me, please!" from the river bank.', [('Help me', None)]),
]


def test_review_of_v599_to_v602_probes():
    _check_probe_table(_REVIEW_OF_V599_TO_V602_PROBES)


def test_a_team_by_the_last_word_of_its_name_is_the_team():
    # v607: "The Lynx said in a statement" after "the Vexley River Lynx": the team, not the last person quoted
    text = (
        "QUARNBY — The Vexley River Lynx beat the Ostrel Foxes 3-2 in overtime on Friday.\n\n"
        "“He’s been listening to me for 24 years,” Aurek Marten said.\n\n"
        "The Lynx said in a statement that defenseman Brisa Quill would miss “at least two weeks”."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Marten", "Vexley River Lynx"]
    # of two teams that end with the word, neither: unclear (not the last person quoted)
    text = text.replace("Ostrel Foxes", "Ostrel Valley Lynx")
    assert [q.speaker for q in extract_quotes(text)] == ["Aurek Marten", None]


def test_a_call_by_title_in_the_middle_of_a_turn_hands_the_next_turn_over():
    # v608: '"Your trend, Ms Marten, is 3,100 spills," he said. / "It is 3,100 fewer ..."': Marten answers, and the
    # turns alternate from there
    text = (
        "The committee met on Tuesday.\n\n“We are heading in the right direction,” Brisa Marten told the committee.\n\n"
        "The committee’s chairman, Aurek Quill, was unimpressed. “Your trend, Ms Marten, is 3,100 spills last year,” "
        "he said.\n\n“It is 3,100 fewer than it would have been.”\n\n“That is not a sentence that means anything.”"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Brisa Marten", "Aurek Quill", "Brisa Marten", "Aurek Quill"]
    # one spoken of, apposed to a noun for a person, is no call
    text = text.replace("Your trend, Ms Marten, is", "My colleague, Ms Marten, is wrong: it is")
    assert [q.speaker for q in extract_quotes(text)][2] != "Brisa Marten"


#: Probes of a second reader who saw no gold set (/work/review30): the 15 where v603-v608 first misfired
#: (v609 narrowed v603, v604, v607 and v608 and took v605 back), and the 10 the rules fixed.
_REVIEW_OF_V603_TO_V608_PROBES = [
    ('The Quarnby Lenders Authority said on Tuesday that Vexley Building Society had apologised for what it called "a regrettable lapse" in its call centre.', [('regrettable lapse', ['Vexley Building Society'])]),
    ('The Quarnby Lenders Authority fined Vexley Building Society, which admitted what it called ‘an unacceptable lapse’ in its systems.', [('unacceptable lapse', ['Vexley Building Society'])]),
    ("Vexley Haulage cut its drivers' pay by 8% last month. The union said the company had acted for what it called “commercial reasons” but had never explained them.", [('commercial reasons', ['Vexley Haulage'])]),
    ("The Quarnby Gazette reported that Marlow Freight had blamed the delays on what it called 'a shortage of drivers across the region'.", [('shortage of drivers', ['Marlow Freight'])]),
    ('Builders Depot, the DIY retailer, said it would open 12 new stores this year. "We are seeing strong demand," the company said.', [('strong demand', ['Builders Depot'])]),
    ('Carrow Hall, the luxury knitwear maker, has been bought by a Vexley investor. “The brand is in safe hands,” the company said on Friday.', [('safe hands', ['Carrow Hall'])]),
    ('Vexley Tower, the broadband provider, has lost 40,000 customers. “We have let people down,” the company said.', [('let people down', ['Vexley Tower'])]),
    ('A new documentary portrayed Tom Vane, the former miners\' leader, as a bully. "It is a hatchet job," he said on Tuesday.', [('hatchet job', ['Tom Vane'])]),
    ('Tom Vane still has the front page from the day he won. He smiles at the headline:\n\n"Local lad makes good."', [('Local lad', [None])]),
    ("Tom Vane shows off the plaque his pupils gave him. He smiled at the inscription:\n\n'To the best teacher in Quarnby.'", [('best teacher', [None])]),
    ('Tom Vane, the Quarnby Chaplain, visits the prison twice a week. "Nobody is beyond hope," the Chaplain said.', [('beyond hope', ['Tom Vane'])]),
    ('The committee heard first from Mrs Mara Pell, the head of planning. “We warned them twice,” Mrs Pell said.\n\nIt then questioned Ms Ana Quill, chief executive of Vexley Water. “We acted on every warning,” Ms Quill said.\n\n“You wrote to the head of planning, Mrs Pell, in May, did you not?” the chairman, Tom Vane, asked.\n\n“I did, and I stand by that letter.”', [('warned them twice', ['Mara Pell']), ('stand by that letter', ['Ana Quill'])]),
    ("Mr Osric Mallow, the club's former chairman, spoke first. “The books were clean,” Mr Mallow said.\n\nThe panel then heard from the treasurer, Lena Dorsey. “I kept every receipt,” she said.\n\n“You reported to the man at the top, Mr Mallow, every week?” asked Hal Brennick, the panel's chair.\n\n“Every single week, without fail.”", [('kept every receipt', ['Lena Dorsey']), ('Every single week', ['Lena Dorsey'])]),
    ('The inquiry heard from Dr Osric Mallow, the former medical director. “We were overwhelmed,” Dr Mallow said.\n\nThe current director, Dr Lena Dorsey, was asked about staffing. “You will have read what my predecessor in the job, Dr Mallow, told this inquiry,” she said.\n\n“I agree with every word of it.”', [('We were overwhelmed', ['Osric Mallow']), ('predecessor in the job', ['Lena Dorsey']), ('agree with every word', ['Lena Dorsey'])]),
    ('Ana Rusk reads out the text her son sent from the plane. She smiles:\n\n“Mum, I made it. Love you.”', [('I made it', [None])]),
    ('The Quarnby Lenders Authority fined Vexley Building Society £2m on Tuesday for what it called “serious and persistent failings” in its mortgage arm.\n\nThe society said it accepted the findings.', [('persistent failings', ['Quarnby Lenders Authority'])]),
    ('OSTREL, May 3 (Wire) - The Ostrel Competition Board fined Marlow Freight 4 million crowns for what it called "a deliberate cartel" with two rival hauliers.', [('deliberate cartel', ['Ostrel Competition Board'])]),
    ("Vexley Building Society has been told to repay 40,000 savers. The regulator said the society had misled customers over two years, in what it called 'a wholesale failure of oversight'.", [('wholesale failure', [None, 'Quarnby Lenders Authority'])]),
    ('The Quarnby Lenders Authority said on Monday it would review Vexley Building Society. The regulator said the society had ignored earlier warnings, in what it called “a pattern of neglect”.', [('pattern of neglect', ['Quarnby Lenders Authority'])]),
    ('Shares in Vexley Motors fell 6% after it cut its sales forecast. “The margins are razor-thin,” said Tom Vane, an analyst at Ostrel Securities.\n\nA company spokeswoman said: “We remain confident in our plan.”', [('razor-thin', ['Tom Vane']), ('remain confident', ['Vexley Motors'])]),
    ('Quarnby Air reported a loss of 40 million pounds on Thursday. "Fuel and staff costs are biting," said Ana Rusk, an analyst with Marlow Capital.\n\n"We are on track to return to profit next year," the company said.', [('biting', ['Ana Rusk']), ('return to profit', ['Quarnby Air'])]),
    ('Mara Pell has played the landlady of the Crown for 30 years. To viewers she will always be Nan Ostrey. “I still get stopped in the supermarket,” she said.', [('stopped in the supermarket', ['Mara Pell'])]),
    ('The Vexley River Lynx beat the Ostrel Hawks 3-1 on Saturday. “We are delighted with the result,” the Lynx said in a statement.', [('delighted', ['Vexley River Lynx'])]),
    ('Councillors grilled Dr Osric Mallow, the hospital\'s medical director, on Monday. "Beds are full every night," Dr Mallow said.\n\n"Your own figures, Dr Mallow, show that you knew in March," said Cllr Lena Dorsey.\n\n"We knew the risk. We did not know the scale."', [('Beds are full', ['Osric Mallow']), ('own figures', ['Lena Dorsey']), ('did not know the scale', ['Osric Mallow'])]),
    ("Tenants met the landlord's agent, Mr Aurek Stane, on Friday. “Repairs are booked,” Mr Stane said.\n\nOne tenant, Ana Rusk, was unconvinced. “Your boss, Mr Stane, told us that last winter, and you know it,” she said.\n\n“This time it is different.”", [('Repairs are booked', ['Aurek Stane']), ('This time it is different', ['Aurek Stane'])]),
]


def test_review_of_v603_to_v608_probes():
    _check_probe_table(_REVIEW_OF_V603_TO_V608_PROBES)


#: A second reader's probes of v610 to v616 (written from the rules' descriptions alone, without the engine or the
#: gold sets; near misses about half): each (text, [(fragment, speaker or speakers)]) the engine answers right.
_REVIEW_OF_V610_TO_V616_PROBES = [
    ('Local 27 of the Quarnby Dock Workers Union said it would not return to the cranes until the contract was signed.\n\n"Our members have waited three years for this," Local 27 of the Quarnby Dock Workers Union said in a statement on Tuesday.', [('Our members have waited three years', ['Local 27 of the Quarnby Dock Workers Union'])]),
    ('“We will picket every gate from Monday morning,” said Local 114 of the Vexley Bus Drivers Union.', [('We will picket every gate', ['Local 114 of the Vexley Bus Drivers Union'])]),
    ('Local 9 of the Brisa Hospital Porters Union accused managers of stalling.\n\n‘The offer on the table is an insult to porters,’ Local 9 of the Brisa Hospital Porters Union said.', [('The offer on the table is an insult', ['Local 9 of the Brisa Hospital Porters Union'])]),
    ('The strike will cost the port "well over a million a week", according to Local 27 of the Quarnby Dock Workers Union.', [('well over a million a week', ['Local 27 of the Quarnby Dock Workers Union'])]),
    ('In a letter to members, Local 3 of the Osbert Valley Miners Union said the mine was unsafe. "No one goes underground until the pumps are fixed," it said.', [('No one goes underground until the pumps', ['Local 3 of the Osbert Valley Miners Union'])]),
    ('Local 802 of the Roiso Stagehands Union, which represents 400 crew members, said: “The theatre has broken every promise it made.”', [('The theatre has broken every promise', ['Local 802 of the Roiso Stagehands Union'])]),
    ('Talks broke down shortly after midnight.\n\nLocal 56 of the Ilani Transit Workers Union added: "We are ready to talk again at any hour."', [('We are ready to talk again at any hour', ['Local 56 of the Ilani Transit Workers Union'])]),
    ('"Nobody from the council asked us anything," local residents said at the meeting.', [('Nobody from the council asked us anything', None)]),
    ('Local residents said the noise had gone on for weeks.\n\n“I have not slept properly since March,” said Ana Quill, who lives opposite the yard.', [('I have not slept properly since March', ['Ana Quill'])]),
    ('"This deal is fair to everyone on the docks," said Tom Vexley, president of Local 27 of the Quarnby Dock Workers Union.', [('This deal is fair to everyone', ['Tom Vexley'])]),
    ('"We have not been consulted on any of this," the Quarnby Dock Workers Union said, adding that its Local 27 would vote next week.', [('We have not been consulted on any', ['Quarnby Dock Workers Union'])]),
    ('Local union leader Osbert Marten said: “The members will decide, not me.”', [('The members will decide, not me', ['Osbert Marten'])]),
    ('Ilani Roiso joined Local 9 in 1998.\n\n"I never thought I would see a strike here," she said.', [('I never thought I would see a strike', ['Ilani Roiso'])]),
    ('Members of Local 27 of the Quarnby Dock Workers Union cheered as the result was read out.\n\n"It is a good day for the docks," said Brisa Quill, a crane driver.', [('It is a good day for the docks', ['Brisa Quill'])]),
    ('“The contract was terminated lawfully and in good faith,” said Quill, Vexley & Marten.', [('The contract was terminated lawfully', ['Quill, Vexley & Marten'])]),
    ('In a statement, Brisa, Osbert & Roiso said: "Our client denies every allegation."', [('Our client denies every allegation', ['Brisa, Osbert & Roiso'])]),
    ('The architects Tarrow, Quennel & Fisk said the tower "will be finished on time and on budget".', [('will be finished on time and on budget', ['Tarrow, Quennel & Fisk'])]),
    ('Quill, Vexley & Marten Solicitors said it was "a claim without any merit whatsoever".', [('a claim without any merit whatsoever', ['Quill, Vexley & Marten Solicitors'])]),
    ('"We are proud of this verdict and of our team," Osbert, Ilani & Co said on Friday.', [('We are proud of this verdict', ['Osbert, Ilani & Co'])]),
    ('‘The fees were agreed in writing last spring,’ said Marten, Roiso & Quill.', [('The fees were agreed in writing', ['Marten, Roiso & Quill'])]),
    ('The accountancy firm Vexley, Brisa & Partners was fined last year.\n\n"We have since changed every procedure," it said.', [('We have since changed every procedure', ['Vexley, Brisa & Partners'])]),
    ('"I handled the case myself from start to finish," said Ilani Roiso, a partner at Quill, Vexley & Marten.', [('I handled the case myself', ['Ilani Roiso'])]),
    ('Ana Quill runs a hardware shop on Vexley Road.\n\n"Nobody told us about the deadline," said Quill, 54.', [('Nobody told us about the deadline', ['Ana Quill'])]),
    ('Tom Quill, Ana Vexley and Osbert Marten signed the letter.\n\n“We will not be silenced by anyone,” said Marten.', [('We will not be silenced by anyone', ['Osbert Marten'])]),
    ('Ilsa Vexley founded the firm in 1979.\n\n"The firm will appeal this ruling," said Vexley, the senior partner at Quill, Vexley & Marten.', [('The firm will appeal this ruling', ['Ilsa Vexley'])]),
    ('Quill, Vexley & Marten chief executive Brisa Osbert said: "Profits are up for the third year running."', [('Profits are up for the third year', ['Brisa Osbert'])]),
    ('The cafe, Salt & Pepper, was busy by seven.\n\n"We open at six every single day," said the owner, Tomas Roiso.', [('We open at six every single day', ['Tomas Roiso'])]),
    ('Osbert Marten, Quill\'s deputy, was asked about the settlement.\n\n"It was the right outcome for everyone," Marten, Quill\'s deputy, said.', [('It was the right outcome for everyone', ['Osbert Marten'])]),
    ('“We have never lost a piano yet,” said Two Rivers Piano Movers.', [('We have never lost a piano yet', ['Two Rivers Piano Movers'])]),
    ('Three Oaks Animal Alliance said in a statement: "The shelter is full and we need foster homes."', [('The shelter is full and we need foster homes', ['Three Oaks Animal Alliance'])]),
    ('The Seven Hills Tenants Association said the rent rise was "simply impossible for most families".', [('simply impossible for most families', ['Seven Hills Tenants Association'])]),
    ('‘Stocks in the lake have doubled since the ban,’ Four Lakes Angling Club said.', [('Stocks in the lake have doubled', ['Four Lakes Angling Club'])]),
    ('Five Bridges Rowing Society, founded in 1921, said: "The river is far too high to race."', [('The river is far too high to race', ['Five Bridges Rowing Society'])]),
    ('Nine Wells Water Company apologised to customers on Sunday.\n\n"The supply should be back by tonight," it said.', [('The supply should be back by tonight', ['Nine Wells Water Company'])]),
    ('"Every branch was inspected before we cut," said Twelve Pines Tree Surgeons.', [('Every branch was inspected before we cut', ['Twelve Pines Tree Surgeons'])]),
    ('Two Democrats said the bill would fail.\n\n"There are simply not enough votes for it," they said.', [('There are simply not enough votes', None)]),
    ('Two Republicans Ana Quill and Tom Vexley said they would oppose the plan.\n\n“It costs far too much money,” Quill said.', [('It costs far too much money', ['Ana Quill'])]),
    ('Two Republicans Ana Quill and Tom Vexley said: "We will vote against it on Tuesday."', [('We will vote against it on Tuesday', ['Ana Quill', 'Tom Vexley'])]),
    ('Three officers said the driver had fled on foot.\n\n"He was going far too fast for that road," one of them said.', [('He was going far too fast', None)]),
    ('Ana Quill, who has lived in Two Rivers for 30 years, said: "The town has changed beyond recognition."', [('The town has changed beyond recognition', ['Ana Quill'])]),
    ('Two Marten Road shopkeepers, Osbert Ilani and Tomas Brisa, said trade had halved.\n\n"We are barely hanging on," said Ilani.', [('We are barely hanging on', ['Osbert Ilani'])]),
    ('The Quarnby Arts Fund has cut grants to six theatres.\n\nA spokesman for the fund said: "These were difficult decisions taken with great care."', [('These were difficult decisions taken with great care', ['Quarnby Arts Fund'])]),
    ('The Vexley County Commissioners voted to close the depot on Monday.\n\n“The building is no longer safe to use,” a spokeswoman for the commissioners said.', [('The building is no longer safe to use', ['Vexley County Commissioners'])]),
    ('The Marten Pension Trust lost heavily on the bonds.\n\n‘We expect the losses to be recovered within two years,’ a spokeswoman for the trust said.', [('We expect the losses to be recovered', ['Marten Pension Trust'])]),
    ('The Roiso Heritage Fund gave two million to the restoration, its chairman Tom Ilani confirmed.\n\nA spokesman for the fund said: "The money will be paid in three instalments."', [('The money will be paid in three instalments', ['Roiso Heritage Fund'])]),
    ('Both the Quarnby Arts Fund and the Vexley Music Trust backed the festival.\n\n"We are delighted to support young players," a spokesman for the trust said.', [('We are delighted to support young players', ['Vexley Music Trust'])]),
    ('The Quarnby Arts Fund has cut grants to six theatres.\n\nA spokeswoman for the Vexley Playhouse said: "We will have to cancel the spring season."', [('We will have to cancel the spring season', ['Vexley Playhouse'])]),
    ('Tom Quill, 19, died in the crash on Sunday.\n\nA spokesman for the family said: “He was a kind and gentle boy.”', [('He was a kind and gentle boy', None)]),
    ('The Quarnby Arts Fund has cut its grant to the town\'s only gallery.\n\nA spokesman for the museum said: "We do not yet know what we will do."', [('We do not yet know what we will do', None)]),
    ('The Brisa Family Archive has closed its reading room.\n\n"We need to repair the roof before anyone comes back," said Ana Roiso, a spokeswoman for the archive.', [('We need to repair the roof', ['Ana Roiso'])]),
    ('The Vexley Pension Fund reported a surplus for the first time.\n\n"The fund is in good health again," said Osbert Marten, its chairman.', [('The fund is in good health again', ['Osbert Marten'])]),
    ('Investors pulled money from a hedge fund run by Tom Brisa last week.\n\nA spokesman for the fund said: "Redemptions have now been paid in full."', [('Redemptions have now been paid in full', None)]),
    ('The Vexley County Commissioners met on Monday night.\n\nCommissioner Ana Brisa said: “I voted against the closure and I would do so again.”', [('I voted against the closure', ['Ana Brisa'])]),
    ('Councillor Ana Quill pressed the director on the delays. "When will the depot reopen?" she asked.\n\n"Not before the spring," Osbert Marten replied.\n\n"That is simply not good enough for my residents."', [('Not before the spring', ['Osbert Marten']), ('That is simply not good enough', ['Ana Quill'])]),
    ('“The figures in this report are wrong,” said Brisa Vexley, the opposition leader.\n\n“They were checked twice,” the finance minister, Tom Roiso, retorted.\n\n“Then check them a third time.”', [('They were checked twice', ['Tom Roiso']), ('Then check them a third time', ['Brisa Vexley'])]),
    ('"You played without any spirit at all," said Ilani Osbert, the coach.\n\n"We ran further than they did," captain Mara Quill shot back.\n\n"Running is not the same as playing."', [('Running is not the same as playing', ['Ilani Osbert'])]),
    ('"This scheme will cost jobs in every town," said Osbert Brisa.\n\n"It will create them," countered Ilani Quill.\n\n"Name one job it has created so far."', [('Name one job it has created so far', ['Osbert Brisa'])]),
    ('"The vote was rigged from the start," said Osbert Ilani, the losing candidate.\n\n"That is a lie and you know it," a man at the back of the hall shouted.', [('That is a lie and you know it', None)]),
    ('‘Prices will fall by the summer,’ said Ana Osbert, the economist.\n\n‘They said that last year as well,’ Tomas Roiso, a baker, pointed out with a grin.', [('They said that last year as well', ['Tomas Roiso'])]),
    ('"We will publish the full figures in June," said Osbert Marten, the chief executive.\n\nOne reporter asked, "Why not publish them now?"\n\n"Because they are not finished yet," Marten replied.\n\n"They will be worth the wait, I promise you."', [('Because they are not finished yet', ['Osbert Marten']), ('They will be worth the wait', ['Osbert Marten'])]),
    ('"The hospital must stay open," said Ana Brisa, a nurse.\n\nThe board met for three hours on Tuesday evening.\n\n"We have no money left," chairman Osbert Ilani replied.\n\n"Not a single penny remains in the budget."', [('We have no money left', ['Osbert Ilani']), ('Not a single penny remains in the budget', ['Osbert Ilani'])]),
    ("Residents asked about the closure at Tuesday's meeting.\n\n“We had no choice,” Ilani Roiso, the director, responded.\n\n“The building was falling down around us.”", [('The building was falling down around us', ['Ilani Roiso'])]),
    ('"The river has burst its banks twice this year," said Ana Vexley, the flood warden.\n\n"And it will happen again before Christmas."', [('it will happen again before Christmas', ['Ana Vexley'])]),
    ('“We will rebuild the pier,” said Osbert Quill, the harbour master.\n\n“It will take two years at least,” he added.', [('It will take two years at least', ['Osbert Quill'])]),
    ('"The drains were never cleared," said Brisa Marten.\n\n"Nobody came, not once," she said, "not in ten whole years."', [('Nobody came, not once', ['Brisa Marten']), ('not in ten whole years', ['Brisa Marten'])]),
    ('"It is the best result this school has had in ten years," said head teacher Mara Brisa.\n\n"And the hardest won of them all," Brisa added with a smile.', [('the best result this school has had', ['Mara Brisa']), ('And the hardest won of them all', ['Mara Brisa'])]),
    ('"All staff have been sent home on full pay," said Osbert Steel Ltd\'s Roiso plant.', [('All staff have been sent home', ['Osbert Steel Ltd'])]),
    ('The player was banned for four games.\n\n"The hit was late, high and avoidable," the Quarnby Hockey Federation\'s Department of Player Safety said.', [('The hit was late, high and avoidable', ["Quarnby Hockey Federation's Department of Player Safety"])]),
    ('Ana Quill\'s Vexley bakery has been open since 1987.\n\n"We sold out by nine o\'clock this morning," Quill said.', [("We sold out by nine o'clock", ['Ana Quill'])]),
    ('"The rules are clear and they were broken," said the Vexley Rowing Association\'s Disciplinary Committee.', [('The rules are clear and they were broken', ["Vexley Rowing Association's Disciplinary Committee"])]),
    ('"This budget is a disgrace to the borough," said Council Member Brisa Vexley.', [('This budget is a disgrace', ['Brisa Vexley'])]),
    ('Council Member Ana Roiso stood on the steps of the Marten Street Library on Tuesday. "This building must not close while I hold office," she said.', [('This building must not close', ['Ana Roiso'])]),
    ('Board members voted 5-2 to approve the budget.\n\n"It was the only responsible choice," said the chairwoman, Ilani Brisa.', [('It was the only responsible choice', ['Ilani Brisa'])]),
    ('Council members argued for more than four hours.\n\n"We are going round and round in circles," one said.', [('We are going round and round in circles', None)]),
    ('"Evictions have tripled since January," the Quarnby Tenant Defense Project said.', [('Evictions have tripled since January', ['Quarnby Tenant Defense Project'])]),
    ('The Vexley Literacy Initiative said it had "taught more than 2,000 adults to read" last year.', [('taught more than 2,000 adults to read', ['Vexley Literacy Initiative'])]),
    ('Project manager Ana Brisa said: ‘The footbridge will open in June.’', [('The footbridge will open in June', ['Ana Brisa'])]),
    ('The Osbert Housing Project, built in 1962, is due to be demolished.\n\n"I have lived here all my life," said Tom Roiso, a tenant.', [('I have lived here all my life', ['Tom Roiso'])]),
    ('The mayor\'s Clean Streets Initiative has been running for a year.\n\n"It has made a real difference to the high street," said Ilani Quill, who runs it.', [('It has made a real difference', ['Ilani Quill'])]),
]


def test_review_of_v610_to_v616_probes():
    _check_probe_table(_REVIEW_OF_V610_TO_V616_PROBES)


def test_a_firms_legal_form_keeps_a_full_stop_only_where_the_article_writes_one_mid_sentence():
    # The first mention ends a sentence: its full stop is the sentence's, since the article writes "Ltd" bare later.
    text = (
        "He fell while fitting cables for his employer, Quorran Builders Ltd. He was 24.\n\n"
        'Quorran Builders Ltd said it had "cooperated fully" with the inquiry.'
    )
    assert _who(text) == [("cooperated fully", "Quorran Builders Ltd")]
    # Written with its stop everywhere, the stop is the abbreviation's own.
    text = 'Shares of Quorran Holdings Inc. fell. Quorran Holdings Inc. said it was "disappointed".'
    assert _who(text) == [("disappointed", "Quorran Holdings Inc.")]


def test_a_sentence_ending_on_an_initial_or_a_dotted_abbreviation_joins_no_name_to_the_next():
    # "A&M. He": a college's name ends the sentence, and the next opens with a pronoun; nobody is called "M. He".
    text = 'Aurek Vexley banked in a shot against Quarnby A&M. He said it was "pure luck".'
    assert _who(text) == [("pure luck", "Aurek Vexley")]
    text = 'Brisa Quill scored twice against Quarnby A&M. She said the win was "the best of my life".'
    assert _who(text) == [("the best of my life", "Brisa Quill")]
    # A club's "F.C." is the abbreviation of "FC": a club, never the "he" who speaks next.
    text = 'Aurek Vexley played ten seasons for Quarnby F.C. He said it was "a dream".'
    assert _who(text) == [("a dream", "Aurek Vexley")]
    # Initials inside a name still join it.
    text = 'Aurek J. Quill said it was "a dream". Mr. Will Vexley agreed: "It was."'
    assert _who(text) == [("a dream", "Aurek J. Quill"), ("It was.", "Will Vexley")]


def test_a_title_that_is_a_given_name_before_a_surname_that_speaks_is_the_mans_full_name():
    # "belonged to Duke Vexley." after a preposition reads as a place or a peer -- until "Vexley says" shows a man.
    text = (
        "For 31 years, the corner of Mill Lane and Fourth Street has belonged to Duke Vexley.\n\n"
        '"My knees told me it was time," Vexley says.'
    )
    assert _who(text) == [("My knees told me it was time,", "Duke Vexley")]


def test_a_question_the_writer_tells_rather_than_quotes_is_answered_by_the_one_asked():
    text = (
        '"We were poor in the first half," said Osbert Vexley, the Quarnby manager.\n\n'
        "Had he seen the penalty live?\n\n"
        '"I saw a man fall over. Whether he was pushed is for the referee."'
    )
    assert _who(text) == [
        ("We were poor in the first half,", "Osbert Vexley"),
        ("I saw a man fall over. Whether he was pushed is for the referee.", "Osbert Vexley"),
    ]
    # Put to more than one, or with words after the answer that name someone the rules cannot read: unclear.
    text = (
        '"We were poor," said Maud Quill, the Quarnby coach. "We will be better."\n\n'
        "Were they ever close to quitting?\n\n"
        '"Every week."'
    )
    assert _who(text) == [("We were poor, We will be better.", "Maud Quill"), ("Every week.", None)]


def test_asked_about_something_that_names_someone_the_he_after_the_comma_was_asked():
    text = (
        '"It was a moment of quality," Osbert Vexley said.\n\n'
        "Asked about the penalty appeal Quarnby had turned down, he was less forthcoming.\n\n"
        "\"I've not seen it back.\""
    )
    assert _who(text) == [("It was a moment of quality,", "Osbert Vexley"), ("I've not seen it back.", "Osbert Vexley")]


def test_a_spokesman_for_a_body_by_its_noun_and_a_modifier_gives_the_body():
    text = (
        "The Quarnby County Health Department closed the kitchen on Friday.\n\n"
        'A spokesman for the health department said results were expected "by Thursday at the latest."'
    )
    assert _who(text) == [("by Thursday at the latest.", "Quarnby County Health Department")]


def test_a_partial_quote_led_into_by_a_named_persons_said_that_is_theirs_not_the_one_who_reacts_after_it():
    text = (
        "When a reporter pointed out that the chairman, Aurek Quill, had said on the radio that "
        '"nothing is guaranteed", Osbert Vexley laughed.'
    )
    assert _who(text) == [("nothing is guaranteed", "Aurek Quill")]


def test_the_company_is_never_the_outlet_whose_records_the_story_cites():
    text = (
        "Vexley Specialty Chemicals was cited twice last year, according to records reviewed by Maud Press.\n\n"
        'A company spokeswoman said the firm would "share what we learn, when we learn it."'
    )
    assert _who(text) == [("share what we learn, when we learn it.", "Vexley Specialty Chemicals")]


def test_friends_of_a_place_are_a_body_and_never_the_she_who_chairs_it():
    text = (
        "Maud Vexley, who chairs Friends of the Quill Valley, said outside court: "
        '"Four million pounds is nothing to them."\n\n'
        'She said the group would ask ministers to "stop treating these fines as a cost of doing business".'
    )
    assert _who(text) == [
        ("Four million pounds is nothing to them.", "Maud Vexley"),
        ("stop treating these fines as a cost of doing business", "Maud Vexley"),
    ]
    assert _who('Friends of Osbert Park said the plan was "a betrayal".') == [("a betrayal", "Friends of Osbert Park")]


def test_a_person_apposed_as_working_for_a_body_is_a_person_not_the_body():
    text = 'Osbert Quill, an engineer for the highways authority, said the plan was "never funded".'
    assert _who(text) == [("never funded", "Osbert Quill")]
    from reader.quotes.kinds import appos_org_head

    assert appos_org_head(", an engineer for the highways authority, said", 0) is None
    assert appos_org_head(", the parcels firm, said", 0) == "firm"


def test_a_question_after_a_paragraph_reporting_someones_evidence_is_put_to_them():
    text = (
        'Asked whether the junction was safe, PC Maud Vexley replied: "In my opinion, no."\n\n'
        "Osbert Quill, an engineer for the highways authority, said a redesign had been approved but never funded.\n\n"
        '"So the danger was known?" asked the assistant coroner, Brisa Marten.\n\n'
        '"It was known, madam, yes."'
    )
    assert _who(text) == [
        ("In my opinion, no.", "Maud Vexley"),
        ("So the danger was known?", "Brisa Marten"),
        ("It was known, madam, yes.", "Osbert Quill"),
    ]


def test_a_told_question_then_a_reply_sets_up_an_exchange_whose_next_bare_turn_is_the_askers():
    text = (
        'The developer\'s consultant, Maud Vexley, said the scheme included "a drainage strategy".\n\n'
        "Cllr Osbert Quill, who represents the ward, asked whether the drainage had been tested against a storm.\n\n"
        '"It has been modelled," Ms Vexley replied.\n\n'
        "\"Modelled isn't tested.\""
    )
    assert _who(text)[-2:] == [("It has been modelled,", "Maud Vexley"), ("Modelled isn't tested.", "Osbert Quill")]


def test_her_statement_after_an_unnamed_victim_said_in_a_statement_is_hers_and_unnamed():
    text = (
        "Prosecutor Maud Vexley said the defendant would knock on doors after high winds.\n\n"
        '"He was a predator with a ladder," Ms Vexley told the court.\n\n'
        "One victim, an 84-year-old widow from Marston, said in a statement read to the court that she now "
        'checked her locks "four or five times a night".\n\n'
        '"I used to leave the back door open for the cat," her statement said.'
    )
    assert _who(text)[-1] == ("I used to leave the back door open for the cat,", None)


def test_the_company_once_meant_a_firm_means_it_again_after_another_body_is_named():
    text = (
        "Quarnby Ferries said the winter timetable would begin in November.\n\n"
        'In a statement, the company said: "We know this will be difficult news for island communities."\n\n'
        "The Vexley Transport Partnership, which subsidises the route, said it was \"seeking urgent clarification\".\n\n"
        'The company added that passengers with medical appointments "will always be prioritised".'
    )
    assert _who(text)[-1] == ("will always be prioritised", "Quarnby Ferries")


def test_the_parent_company_is_not_the_company_a_later_paragraph_means():
    # (a second reader's probe of v641: the binding of a bare "the company" never reaches "the parent company")
    text = (
        "Vexley Ferries was bought last year by Marten Holdings. In a statement, the parent company said "
        '"we support the crew".\n\n'
        "Vexley Ferries cancelled the crossing on Friday.\n\n"
        'The company said: "Sailings resume Monday."'
    )
    assert _who(text) == [("we support the crew", "Marten Holdings"), ("Sailings resume Monday.", "Vexley Ferries")]


def test_a_spokesman_for_a_body_by_a_modifier_no_named_body_has_is_unclear():
    # (a second reader's probe of v632: "the fire service" is no "Ambulance Service")
    text = 'Quarnby Ambulance Service sent two crews. A spokeswoman for the fire service said "the blaze is out".'
    assert _who(text) == [("the blaze is out", None)]


def test_a_second_readers_probes_of_v629_to_v641():
    """Misfires a second reader found in the session's rules, each now answered right or left unclear."""
    # v629: a bare surname that speaks may be another of the family, named in full since
    text = (
        "The corner shop has belonged to Duke Vexley since 1990.\n\n"
        'His niece, Maud Vexley, runs it now. "It is a burden," Vexley says.'
    )
    assert _who(text) == [("It is a burden,", "Maud Vexley")]
    # v630: a sub-heading's question is put to nobody
    text = '"We were the better side," said Osbert Quill, the coach.\n\nWhat happens next?\n\n"The league will decide."'
    assert _who(text)[-1] == ("The league will decide.", None)
    # v634: an engineering firm that reviewed plans is no outlet
    text = 'The plans, reviewed by Marten Engineering, were approved. "The bridge is sound," the company said.'
    assert _who(text) == [("The bridge is sound,", "Marten Engineering")]
    # v637: the coroner, unnamed, is not the witness named in the paragraph before
    text = (
        "Osbert Vexley, an engineer for the council, said a redesign was never funded.\n\n"
        '"So the danger was known?" asked the coroner.\n\n'
        '"It was known, madam, yes."'
    )
    assert _who(text) == [("So the danger was known?", None), ("It was known, madam, yes.", "Osbert Vexley")]
    # v638: a question asked of the jury by a judge in apposition takes no witness
    text = (
        "Osbert Vexley, 41, told the court he had left early.\n\n"
        '"Have you reached a verdict?" the judge, Maud Quill, asked the jury.\n\n'
        '"We have."'
    )
    assert _who(text)[-1][1] != "Osbert Vexley"
    # v639: "was asked whether" is the one asked, not the asker
    text = (
        "Cllr Osbert Quill was asked whether the drainage had been tested.\n\n"
        '"It has been modelled," Maud Vexley replied.\n\n'
        '"Modelled is not tested."'
    )
    assert _who(text)[-1][1] != "Osbert Quill"


def test_a_barristers_participle_opening_a_sentence_is_no_part_of_the_body_they_act_for():
    text = (
        "Prosecuting for the Quarnby Waterways Authority, Maud Vexley said the firm had \"ignored every alarm\".\n\n"
        'A spokeswoman for the authority said: "Companies that pollute our rivers will be prosecuted."'
    )
    assert _who(text) == [
        ("ignored every alarm", "Maud Vexley"),
        ("Companies that pollute our rivers will be prosecuted.", "Quarnby Waterways Authority"),
    ]


def test_a_relative_named_by_a_given_name_after_a_possessive_surname_takes_the_familys_surname():
    text = (
        "Jamie Vexley was sent off in the first half.\n\n"
        "Vexley's older sister Maud, who watched from the stand, was just as angry. "
        '"Jamie has been sat in there with his head in his hands," Maud said.'
    )
    assert _who(text) == [("Jamie has been sat in there with his head in his hands,", "Maud Vexley")]


def test_a_firm_named_after_at_and_the_kind_of_firm_is_no_speaker():
    # "Analyst X at broker Y said": Y is where she works ("broker" is no job title of Y's), so neither the
    # subject of "said" nor the "she" that follows
    text = (
        "Analyst Maud Quill at broker Osbert Marten said the \u201csecond warning\u201d would test patience. "
        "\u201cThe dividend is at risk,\u201d she wrote, adding that its debt was \u201cuncomfortably close\u201d "
        "to its limits."
    )
    assert _who(text) == [
        ("second warning", "Maud Quill"),
        ("The dividend is at risk,", "Maud Quill"),
        ("uncomfortably close", "Maud Quill"),
    ]
    firm = "Maud Quill with the firm Osbert Marten said the plan was \u201cbold\u201d."
    assert _who(firm) == [("bold", "Maud Quill")]


def test_her_mother_is_the_one_whose_double_barrelled_surname_holds_hers():
    # "said Ilani Quill ... her mother said": the person of the article whose surname is hers as one half of a
    # double-barrelled one, when nobody has the very same surname
    text = (
        "At dawn Brisa Marten-Quill was walking the rows of the orchard with a torch.\n\n"
        '"Mom says we got lucky," said Ilani Quill, 20.\n\n'
        '"It is lucky," her mother said.'
    )
    assert _who(text)[-1] == ("It is lucky,", "Brisa Marten-Quill")
    same = (
        "At dawn Brisa Marten-Quill and Maud Quill were walking the rows of the orchard.\n\n"
        '"Mom says we got lucky," said Ilani Quill, 20.\n\n'
        '"It is lucky," her mother said.'
    )
    assert _who(same)[-1] == ("It is lucky,", "Maud Quill")


def test_the_club_in_a_story_that_opens_on_a_club_is_that_club_not_the_side_it_played():
    text = (
        "Quarnby Town have sacked manager Osbert Marten after a 4-0 home defeat by Vexley Athletic.\n\n"
        'In a statement, the club said: "We thank Osbert for his work."'
    )
    assert _who(text) == [("We thank Osbert for his work.", "Quarnby Town")]


def test_the_singular_of_the_plural_noun_that_ends_a_firms_name_is_the_firm():
    text = (
        "Milk is delivered by Marten & Sons Dairies, which has run the round since 1950.\n\n"
        "The dairy said in a statement that it would \u2018not be replacing the round\u2019."
    )
    assert _who(text) == [("not be replacing the round", "Marten & Sons Dairies")]


def test_a_lane_after_on_opening_a_sentence_is_a_street_and_asking_that_her_name_not_be_used_is_anonymity():
    text = (
        "Osbert Marten has delivered milk for forty years.\n\n"
        "On Quarnby Lane, a woman in a dressing gown waves from her doorstep. \u2018He found my husband on the "
        "kitchen floor,\u2019 she says later."
    )
    assert _who(text)[0][1] != "Quarnby Lane"
    asking = (
        'Maud Marten won the seat by 212 votes, and said the count had been "long but fair".\n\n'
        'Outside, one of her own canvassers was less happy. "We spent six weeks talking about the wrong things," '
        "she said, asking that her name not be used."
    )
    assert _who(asking)[-1] == ("We spent six weeks talking about the wrong things,", None)


def test_the_name_apposed_to_the_one_written_to_is_not_the_writer():
    text = (
        "In an open letter to Quarnby Water's chief executive, Osbert Marten, the trust's director, Dr Maud "
        "Vexley, wrote: \u201cYou have told us for a decade that things are improving.\u201d"
    )
    assert _who(text) == [("You have told us for a decade that things are improving.", "Maud Vexley")]
    # (read to a court: the court listens, and the name after it is the one who speaks)
    court = (
        "In a statement read to the court, Maud Vexley, the firm's director, said her mother had "
        "\u2018cried at the kitchen table\u2019."
    )
    assert _who(court) == [("cried at the kitchen table", "Maud Vexley")]


def test_the_second_readers_misfires_of_the_rules_of_v645_to_v652():
    # each was a wrong or a lost name that an adversarial reader of those rules found; see docs/PERFORMANCE.md
    inverted = 'Aurek Quill called the plan "sound", but countered the mayor: "We need more time."'
    assert _speakers(inverted)["We need more time."] != "Aurek Quill"
    plural = 'Aurek Quill called the plan "sound", but say residents: "It will fail."'
    assert _speakers(plural)["It will fail."] != "Aurek Quill"
    with_the_firm = 'The council replaced Maud Vexley with the firm Quarnby Partners, which said: "We are ready."'
    assert _speakers(with_the_firm)["We are ready."] != "Maud Vexley"
    jeered = 'Fans jeered at manager Aurek Vexley, who said: "We were poor."'
    assert _speakers(jeered)["We were poor."] == "Aurek Vexley"
    lawyer = (
        'Maud Quill lost her home in the flood. "I have nothing left," she said. Aurek Marten-Quill, a council '
        'lawyer, declined to comment. "We are devastated," her husband said.'
    )
    assert _speakers(lawyer)["We are devastated,"] != "Aurek Marten-Quill"
    particle = (
        'Aurek al-Quarnby, 40, was hurt in the blast. "I cannot walk," he said. Osbert al-Marten, a police officer, '
        'said the area was sealed. "He is a fighter," his brother said.'
    )
    assert _speakers(particle)["He is a fighter,"] != "Aurek al-Quarnby"
    council = (
        "Quarnby Council has fined the owners of the Vexley Owls over crowd trouble.\n\n"
        'The fine is the largest this year. "We will appeal," the club said.'
    )
    assert _speakers(council)["We will appeal,"] is None
    other_club = (
        "Quarnby Hawks sacked their manager on Monday after a defeat by the Vexley Owls.\n\n"
        'The Vexley Owls have now won five in a row. "We are flying," the club said.'
    )
    assert _speakers(other_club)["We are flying,"] != "Quarnby Hawks"
    survivor = (
        "Maud Vexley was rescued from the rubble. Quarnby Survivors, a support group, has offered help. "
        '"I was lucky," the survivor said.'
    )
    assert _speakers(survivor)["I was lucky,"] != "Quarnby Survivors"
    eyes = 'All eyes were on Aurek Lane, a councillor who said: "I will not quit."'
    assert _speakers(eyes)["I will not quit."] == "Aurek Lane"
    promoted = 'Promoted to club captain, Aurek Quill, the team\'s top scorer, said: "It is an honour."'
    assert _speakers(promoted)["It is an honour."] == "Aurek Quill"


def test_pro_tem_is_part_of_the_title_and_a_magazine_is_no_person():
    text = 'Mayor Pro Tem Maud Vexley called the project "the most important housing decision."'
    assert _who(text) == [("the most important housing decision.", "Maud Vexley")]
    magazine = (
        "Dame Maud Vexley has a new memoir out.\n\n"
        "Speaking to the Sunday Quarnby Magazine ahead of publication, she is tender about her late husband, "
        "whom she calls \u201cthe only man who ever won an argument with me\u201d."
    )
    assert _who(magazine) == [("the only man who ever won an argument with me", "Dame Maud Vexley")]


def test_a_place_before_company_after_a_is_where_it_is_not_its_name():
    text = (
        "The system is supplied by Quarnby Dade Systems, a Vexleyton company, which said in a statement that the "
        'outage "was not the result of a cyberattack".'
    )
    assert _who(text)[0][1] != "Vexleyton"


def test_the_bodys_current_board_is_the_body():
    text = (
        "The Quarnby Harvest Share Food Network runs 40 pantries. Its former director, Osbert Marten, is on trial.\n\n"
        "Vexley Township officials said they had stopped funding.\n\n"
        'In a statement, the network\u2019s current board said it was "cooperating fully" with prosecutors.'
    )
    assert _who(text) == [("cooperating fully", "Quarnby Harvest Share Food Network")]


def test_the_coroner_beside_an_assistant_coroner_is_no_guess_at_the_one_who_died():
    text = (
        "Osbert Marten, 34, was hit by a lorry on 12 February.\n\n"
        "The assistant coroner, Maud Vexley, told the hearing that she would write to the council.\n\n"
        "\u201cWere you aware of the near misses?\u201d the coroner asked."
    )
    assert _who(text)[-1][1] != "Osbert Marten"


def test_a_pet_form_of_a_given_name_is_the_one_person_so_named():
    text = (
        "Winifred Quill started the phone-box library in 2019.\n\n"
        "\u2018Winnie said to me, \u201cLose one and you\u2019re paying for it,\u201d\u2019 he says."
    )
    assert _speakers(text)["Lose one and you\u2019re paying for it,"] == "Winifred Quill"


def test_the_name_after_said_is_no_inverted_speaker_once_a_relative_clause_closed_the_subject():
    text = (
        "Osbert Marten has sued Quarnby Labs.\n\n"
        "A spokeswoman for the company, who declined to be named, said Marten \u201cwill not be commenting on "
        "pending litigation.\u201d"
    )
    assert _who(text)[-1][1] != "Osbert Marten"
    inverted = '"We are sorry," said Maud Vexley, who chairs the board.'
    assert _who(inverted) == [("We are sorry,", "Maud Vexley")]


def test_a_body_named_with_an_office_then_for_a_place_is_one_body_not_a_fragment():
    text = (
        "A spokeswoman for the Office of the State Attorney for Quarnby County said prosecutors expected to rest "
        'their case "by the end of next week."'
    )
    assert _who(text) == [("by the end of next week.", "Office of the State Attorney for Quarnby County")]


def test_a_name_with_an_age_after_it_is_no_body_though_its_surname_reads_as_a_plural_word():
    # "Fields" ends like "Quorran Provisions", and a hyphenated given name is in no name list: the age says a person
    text = (
        "Osbert Quill has mended shoes on Vexley Street since 1961.\n\n"
        'Brisa-Maud Fields, 71, has brought her shoes here for half a century. "He resoled my wedding shoes," she said.'
    )
    assert _who(text) == [("He resoled my wedding shoes,", "Brisa-Maud Fields")]


def test_a_documents_writer_is_the_body_that_wrote_it_or_owns_it_never_its_reader_or_recipient():
    # a body that wrote to another: the letter is the writer's, not the board's it went to
    wrote = (
        "The Quarnby Hospitals Trust has been told to improve its maternity unit.\n\n"
        "The Union of Marten Midwives wrote to the trust board in the spring warning that the rota was "
        '"not sustainable". The letter, seen by the Courier, added: "Our members are exhausted."'
    )
    assert _who(wrote)[-1] == ("Our members are exhausted.", "Union of Marten Midwives")
    # an apposition that gives the report's owner: "the first of the inspectorate's reviews"
    owned = (
        'The Roiso Standards Inspectorate said staff at the Osbert Lodge unit, part of Quarnby Hospitals Trust, were "'
        'working beyond safe limits".\n\n'
        'The report, the first of the inspectorate\'s "Safe Births" review, said: "Leaders were aware of the risks."'
    )
    assert _who(owned)[-1] == ("Leaders were aware of the risks.", "Roiso Standards Inspectorate")
    # the one who read the letter aloud did not write it: nobody named, rather than the reader
    read = (
        'Maud Vexley wrote the novel in 2019. "My dad picked onions," she said in a video.\n\n'
        "The author sent a letter to the board that was read aloud by the district librarian, Brisa Quill. "
        '"I wrote it for the kids in the back of the bus," the letter said.'
    )
    assert _who(read)[-1] == ("I wrote it for the kids in the back of the bus,", None)


def test_one_who_answered_under_questioning_from_another_gives_the_bare_answers_that_follow():
    text = (
        "Osbert Quill died at Vexley General Hospital in March.\n\n"
        'That doctor, Dr Roiso Marten, told the inquest he did not recall the conversation. "I accept that I should '
        'have reviewed him in person," he said.\n\n'
        "The trust's deputy medical director, Dr Maud Vexley, accepted under questioning from the family's barrister, "
        "Aurek Quarnby, that its policy had not been followed.\n\n"
        '"Was it followed on any of the three nights?" Mr Quarnby asked.\n\n'
        '"Not fully, no."\n\n'
        '"Not fully, or not at all?"\n\n'
        '"Not at all on the second night. I accept that."'
    )
    assert _who(text)[1:] == [
        ("Was it followed on any of the three nights?", "Aurek Quarnby"),
        ("Not fully, no.", "Maud Vexley"),
        ("Not fully, or not at all?", "Aurek Quarnby"),
        ("Not at all on the second night. I accept that.", "Maud Vexley"),
    ]


def test_one_named_in_an_apposition_then_was_questioned_by_another_gives_the_bare_answers():
    text = (
        "Osbert Quill, 34, died at the junction in May.\n\n"
        'PC Maud Vexley, a collision investigator, said the cyclist was in the blind spot "for two seconds".\n\n'
        "The council's highways manager, Roiso Marten, was questioned by Aurek Quarnby, representing the family.\n\n"
        '"Were you aware of the petition?" Mr Quarnby asked.\n\n'
        '"I was aware of it, yes."\n\n'
        '"And what was done?"\n\n'
        '"It was added to a list."'
    )
    assert _who(text)[1:] == [
        ("Were you aware of the petition?", "Aurek Quarnby"),
        ("I was aware of it, yes.", "Roiso Marten"),
        ("And what was done?", "Aurek Quarnby"),
        ("It was added to a list.", "Roiso Marten"),
    ]


def test_more_ways_of_saying_a_speaker_will_not_be_named_leave_the_quote_unnamed():
    for words in (
        "who did not want her name used",
        "who does not want to be named",
        "who would rather not give her name",
        "who prefers not to be named",
    ):
        text = (
            "Maud Vexley has run the Quarnby pie shop for forty years.\n\n"
            f'A regular, a retired teacher {words}, called the pies "frankly witchcraft".'
        )
        assert _who(text) == [("frankly witchcraft", None)], words


def test_a_man_of_the_surname_named_after_mrs_so_and_so_is_not_she():
    text = (
        "Osbert Quarnby, 61, was jailed for six years for stealing from pensioners.\n\n"
        '"When Mrs Vexley asked for her money back, he texted her," the prosecutor, Aurek Marten, said.\n\n'
        "Osric and Brisa Vexley, who lost £64,000, watched from the public gallery.\n\n"
        'Speaking outside court, Mrs Vexley said: "We\'re not rich people."'
    )
    assert _who(text)[-1] == ("We're not rich people.", "Brisa Vexley")


def test_the_second_readers_misfires_of_the_rules_of_v661_to_v665():
    # v661 (withdrawn in v668): "X said she ..." taught X's sex though the she was the woman the story is about
    trial = (
        "The trial of Maud Vexley continued on Tuesday.\n\n"
        "Judge Aurek Roiso warned the jury about social media.\n\n"
        "Osbert Quill said she had planned the fraud for months.\n\n"
        '"She lied to everyone," he said.'
    )
    assert _who(trial) == [("She lied to everyone,", "Osbert Quill")]
    # v662: a number after a club's name is no age ("Quill Wanderers, 12,": points, not a person)
    club = (
        "Quill Wanderers, 12, were the only club to improve, said Maud Roiso of the league.\n\n"
        '"It has been a good year for them," she said.'
    )
    assert _who(club)[-1] == ("It has been a good year for them,", "Maud Roiso")
    # v663: an apposition naming what the document answers is not its owner
    answers = (
        "Vexley Council complained to the Quarnby Schools Inspectorate about the academy in January.\n\n"
        'The report, a response to the council\'s complaint, said: "Leadership is weak."'
    )
    assert _who(answers)[-1] == ("Leadership is weak.", "Quarnby Schools Inspectorate")
    # v664: a name inside the asker's role ("counsel for Dr X, Y") leaves who asks unclear; an unnamed subject
    # ("The nurse who treated X") is not X
    counsel = (
        "Aurek Marten accepted under questioning from counsel for Dr Osbert Roiso, Brisa Quill, that the ambulance "
        'had been late.\n\n"It was about forty minutes late," Mr Marten said.\n\n"Was that usual?"\n\n"No."'
    )
    assert ("Was that usual?", "Osbert Roiso") not in _who(counsel)
    nurse = (
        "Osbert Vexley died in hospital.\n\n"
        "The nurse who treated Osbert Vexley accepted under questioning from Brisa Quill that the drip was late.\n\n"
        '"Was that usual?" Ms Quill asked.\n\n"No."'
    )
    assert _who(nurse)[-1] != ("No.", "Osbert Vexley")
    # v665: the name before ", was questioned by" must be the one an opening noun is apposed to
    for opening in (
        "The trust's chief executive, Aurek Ilani, who succeeded Osbert Marten,",
        "The housing report, written by Osbert Marten,",
    ):
        text = (
            "Maud Quill died at the junction in May.\n\n"
            f"{opening} was questioned by Brisa Vexley, for the family.\n\n"
            '"Were you aware of the petition?" Ms Vexley asked.\n\n"I was aware of it, yes."'
        )
        assert _who(text)[-1] != ("I was aware of it, yes.", "Osbert Marten"), opening


def test_a_title_that_is_also_a_given_name_is_the_title_of_one_styled_so_before():
    # "Pastor" is a given name in the name data too; after "X Quarnby, the pastor of ...", "Pastor Quarnby" is X
    text = (
        "Roiso Quarnby, the pastor of Vexley Fellowship, urged the council to approve the purchase. "
        '"We have buried four people," Pastor Quarnby said.'
    )
    assert _who(text) == [("We have buried four people,", "Roiso Quarnby")]
    # (but with no such noun beside the name, a "Pastor Quarnby" stays a person of that given name)
    brothers = 'Roiso Quarnby runs the farm with his brother. "We have buried four cows," Pastor Quarnby said.'
    assert _who(brothers) == [("We have buried four cows,", "Pastor Quarnby")]


def test_a_name_apposed_in_a_whose_clause_closed_before_the_verb_is_not_its_subject():
    text = (
        "Aurek Vexley kicked a penalty from halfway with the last act of the match.\n\n"
        "Vexley, 21, whose older brother, Osbert Vexley, captains the side, had missed two earlier kicks and admitted "
        'he "couldn\'t feel my legs" as he lined up the winner.'
    )
    assert _who(text) == [("couldn't feel my legs", "Aurek Vexley")]
    # (inside the clause, the name apposed is the subject of its own verbs: "whose captain, X, skates ... and has
    # described")
    inside = (
        "The league's fiercest rivalry is with the Quarnby Crush, whose captain, Maud Roiso, skates as a jammer and "
        'has described the Vexley side as "a bunch of glitter with a bad attitude."'
    )
    assert _who(inside) == [("a bunch of glitter with a bad attitude.", "Maud Roiso")]


def test_the_second_readers_misfires_of_the_rules_of_v669_to_v672():
    # v669: a title-name after the pastor's son is named with the title too, or a "Duke of Edinburgh" award
    son = (
        "Roiso Quarnby, the pastor of Grace Chapel, retired last year. His son, Pastor Aurek Quarnby, now leads the "
        'congregation.\n\n"It was time," Roiso Quarnby said.\n\n"My father built this church," Pastor Quarnby said.'
    )
    assert _who(son)[-1] != ("My father built this church,", "Roiso Quarnby")
    award = (
        "Dale Quill, a Duke of Edinburgh award leader, took the group to the hills. His father, Duke Quill, 71, drove "
        'the minibus.\n\n"I have done this route for years," Duke Quill said.'
    )
    assert _who(award) == [("I have done this route for years,", "Duke Quill")]
    # v670: an age set off by commas is no clause closed before the verb; "whose side lost," is a clause of its own
    for text, speaker in (
        (
            "Keith Osbert visited the school, whose head teacher, Helen Marten, 52, showed him round and told him: "
            '"We need a new roof."',
            "Helen Marten",
        ),
        (
            "Maud Quill joined the Rollers, whose captain, Brisa Marten, 27, skates as a jammer and has described the "
            'sport as "chess on wheels".',
            "Brisa Marten",
        ),
        ('Unlike Dale Vexley, whose side lost, Keith Quill, who scored twice, was upbeat and said: "We deserved it."',
         "Keith Quill"),
    ):
        assert [s for _q, s in _who(text)] == [speaker], text
    # v671 and v672 (withdrawn): a guest named mostly inside a coach's quotes; a caller who goes on after "Sir, you"
    coach = (
        "When Dale Marten first saw Keith Quill bowl, he rang the county straight away.\n\n"
        '"Quill was fourteen and already quicker than anyone we had," Marten recalls. "I told them, you have to see '
        'Quill. Quill is the real thing."\n\n'
        "Marten coached him for six years. Marten now runs a sports shop in Vexleyton, and still has the ball from "
        "Quill's first wicket.\n\n"
        "Twenty years on, Quill has retired. We meet at the club where it started.\n\n"
        '"Do you miss it?" I asked.\n\n"Every single day. You never stop missing it."'
    )
    assert _who(coach)[-1] != ("Every single day. You never stop missing it.", "Dale Marten")
    caller = (
        '"Get off my property," Dale Quill told them.\n\n'
        '"Sir, you need to put the bottle down," PC Keith Vexley said.\n\n'
        '"Sir, I am not going to ask you again."'
    )
    assert _who(caller)[-1] != ("Sir, I am not going to ask you again.", "Dale Quill")


def test_a_call_of_maam_or_sir_is_nobody_named():
    # found by the second reader of v669-v672 (wrong before the session too): the call was taken for a person
    text = '"Ma\'am, you are blocking an ambulance bay," the warden, Dale Osbert, replied.'
    assert _who(text) == [("Ma'am, you are blocking an ambulance bay,", "Dale Osbert")]


def test_the_one_a_reporter_asked_answers_with_a_he_or_she():
    text = (
        'Herons coach Maud Quill was less poetic. "We were soft for 24 minutes," she told reporters.\n\n'
        "Brisa Vexley, seated next to her at the podium, grinned. \"I got tired of getting pushed around,\" she said.\n\n"
        'A reporter asked Quill whether the Herons had switched defenses at the break. "No," she said.'
    )
    assert _who(text)[-1] == ("No,", "Maud Quill")
    # (not where someone else is named between: "... whether Vexley had played hurt. 'No,' she said")
    between = text.replace("whether the Herons had switched defenses", "whether Brisa Vexley had played hurt")
    assert _who(between)[-1] != ("No,", "Maud Quill")


def test_the_second_readers_misfires_of_the_rule_of_v675():
    # somebody unnamed answers for the one asked; a possessive; an asker who is no reporter; a sex the text gives
    for text in (
        'A reporter asked Helen Quill whether the plant would close. A company spokeswoman answered. "It is under '
        'review," she said.',
        'A reporter asked Helen Quill whether the deal was done. Her lawyer cut in. "My client will not comment," '
        "she said.",
        'A reporter asked Susan Quill\'s spokeswoman whether the mayor would resign. "Absolutely not," she said.',
        'One fan asked Maud Quill for an autograph after the match. "I have supported this club since I was six," '
        "she said.",
        'A reporter asked Dale Quill whether he would resign. "No," she said.',
        "Councillor Susan Vexley unveiled her housing plan on Monday.\n\nA reporter asked Dale Quill, the opposition "
        'leader, whether the plan would work. "It will, and he knows it," she said.',
    ):
        assert [s for _q, s in _who(text)][-1] not in ("Helen Quill", "Susan Quill", "Maud Quill", "Dale Quill"), text


def test_a_saint_names_a_church_or_a_school_never_a_person_of_the_story():
    # "St Quarnby's church" made a person "St Quarnby", whom the next "she said" went to
    text = (
        "The village has a replica of its own St Quarnby\u2019s church, lych gate and all.\n\n"
        "The maker agreed to speak to the Vexley Gazette, on condition that her name was not published.\n\n"
        "\u2018If people knew it was me, it would stop being fun,\u2019 she said."
    )
    assert _who(text) == [("If people knew it was me, it would stop being fun,", None)]
    # (a surname that opens with "St" after a given name is still a person's)
    organist = "Susan St Clair, the organist at St Quarnby's church, was pleased. 'We raised \u00a3400,' St Clair said."
    assert _who(organist) == [("We raised \u00a3400,", "Susan St Clair")]


def test_a_party_that_runs_a_council_is_not_part_of_its_name():
    for party in ("Liberal Alliance-run", "Quill Party-led", "Labour-controlled"):
        text = f"The {party} Vexley District Council voted to shut the library. It said the cut was \u201cunavoidable\u201d."
        assert _who(text) == [("unavoidable", "Vexley District Council")], party


def test_on_condition_that_her_name_was_not_published_leaves_her_unnamed():
    text = (
        "Dale Marten, the postmaster, keeps the notes. Villagers call the maker the Night Painter. He agreed to talk "
        "to the Herald on condition that his name was not used.\n\n\u2018I paint at dawn,\u2019 he said."
    )
    assert _who(text) == [("I paint at dawn,", None)]
    nurse = (
        "Dr Helen Quill runs the ward. A nurse at Vexley General spoke on condition her name be withheld.\n\n"
        "\u201cWe are at breaking point,\u201d she said."
    )
    [q] = extract_quotes(nurse)
    assert (q.speaker, q.speaker_description) == (None, "A nurse at Vexley General")


def test_a_name_ending_in_s_with_the_apostrophe_alone_owns_the_role_after_it():
    # "said Marcus' mother, Dana Vexley": the mother speaks, not Marcus
    for owner in ("Marcus\u2019", "Marcus'", "the Quills\u2019"):
        text = f"\u201cWhen the phone rang, I sat down,\u201d said {owner} mother, Dana Vexley."
        assert _who(text) == [("When the phone rang, I sat down,", "Dana Vexley")], owner


def test_a_street_named_for_a_body_is_a_street_not_the_body():
    # "Quill Street, Mill Lane and Station Approach car parks": "Station" made the streets a body, which then spoke
    text = (
        "Vexley District Council voted to bring in a charge at the Quill Street, Mill Lane and Station Approach "
        "car parks from April.\n\nA council spokesperson said the charge would raise \u00a3380,000. \u201cAll income "
        "will be reinvested,\u201d the spokesperson added."
    )
    assert _who(text) == [("All income will be reinvested,", "Vexley District Council")]
    surgery = "The Station Road Surgery said it was 'full'."
    assert _who(surgery) == [("full", "Station Road Surgery")]


def test_the_spokesperson_a_body_noun_introduced_speaks_for_that_body_not_the_last_one_named():
    council = (
        "Vexley District Council voted to bring in a charge from April.\n\n"
        "Dale Marten, chair of the Quarnby Traders\u2019 Association, said the charge was \u201ca disaster\u201d.\n\n"
        "A council spokesperson said the charge would raise \u00a3380,000. \u201cAll income will be reinvested,\u201d "
        "the spokesperson added."
    )
    assert _who(council)[-1] == ("All income will be reinvested,", "Vexley District Council")


def test_the_second_readers_misfires_of_the_rules_of_v679():
    # a name standing for a government, a body on a street, a body of the noun's kind named only after "a school
    # spokeswoman", and a party whose name has no "party" in it
    cases = [
        ('Downing Street said the prime minister, Dale Quarnby, would not resign. "He has a mandate," it said.',
         "Downing Street"),
        ('Station Road Surgery said it was recruiting two more GPs. "We apologise to anyone who has been kept '
         'waiting," a spokeswoman said.', "Station Road Surgery"),
        ('College Road Primary has been rated outstanding. "We are so proud of our pupils," the school said.',
         "College Road Primary"),
        ('A school spokeswoman said: "We have followed all the guidance." Parents at Vexley Academy have complained '
         'about the new uniform. "The blazers are available second-hand," the spokeswoman said.', "Vexley Academy"),
        ("A party spokesman said the councillor had been suspended. The Quarnby Independents, who run the council, "
         'said they had acted at once. "We will not tolerate abuse of any kind," the spokesman said.',
         "Quarnby Independents"),
    ]
    for text, speaker in cases:
        assert _who(text)[-1][1] == speaker, text


def test_words_saying_when_or_to_whom_before_he_said_leave_the_he_to_the_sentence_before():
    # "Speaking to reporters, he said:" after "Vexley was just as frustrated.": Vexley, not the man who spoke last
    for lead in ("Speaking to reporters,", "Afterwards,", "In an interview with Quarnby Radio,"):
        text = (
            "Jordan Vexley scored a header.\n\n\u2018I still can\u2019t see the contact,\u2019 Keith Quill told "
            f"reporters.\n\nVexley was just as frustrated. {lead} he said: \u2018We were the better side.\u2019"
        )
        assert _who(text)[-1] == ("We were the better side.", "Jordan Vexley"), lead


def test_one_unnamed_then_named_after_what_they_are_is_that_person():
    text = (
        "Dale Marten, the builder, took deposits and vanished.\n\nOne victim, retired nurse Susan Quill, 81, paid "
        "\u00a326,000 for a kitchen. In a statement read to the court, she said: \u201cI gave him my savings.\u201d"
    )
    assert _who(text)[-1] == ("I gave him my savings.", "Susan Quill")


def test_the_second_readers_misfires_of_the_rule_of_v680():
    # the sentence before names two people: "Afterwards, she said:" is no longer handed to its subject
    lead = [
        ("Helen Roiso won the Orrin marathon. Susan Ilani, the race director, handed the trophy to Roiso at the "
         'finish. Afterwards, she said: "It was the hardest race of my life."', "Susan Ilani"),
        ("Keith Osbert walked free from Harlow Gate prison on Monday. The governor, Dale Marten, shook Osbert's hand "
         'at the gate. Speaking to reporters, he said: "I never thought I would see this day."', "Dale Marten"),
        ("Susan Quill, 81, was attacked in her home last month. A neighbour, Helen Maud, found Quill lying in the "
         'hallway. Speaking from her hospital bed, she said: "I thought I was going to die."', "Helen Maud"),
    ]
    for text, not_them in lead:
        assert _who(text)[-1][1] != not_them, text
    # words before the apposed name that make it someone else: "whose son", "who arrested", "like her neighbour"
    apposed = [
        ("Families packed the court. One father, whose son Dale Quill, 17, was stabbed in March, wept as the verdict "
         'was read. "I will never forgive them," he said.', "Dale Quill"),
        ("Police made arrests on Saturday night. One officer, who arrested Dale Quill, 34, was taken to hospital with "
         'a broken wrist. "It was chaos," he said.', "Dale Quill"),
        ("Residents have fought the bypass for years. One resident, like her neighbour Helen Maud, 80, has lived on "
         'the street for 50 years. "We are not moving," she said.', "Helen Maud"),
    ]
    for text, not_them in apposed:
        assert _who(text)[-1][1] != not_them, text


def test_a_body_does_not_answer_a_question_from_the_floor():
    text = (
        "Dale Quill, the Vexley Rovers manager, was furious. \u201cI speak to him every day,\u201d Quill said.\n\n"
        "Vexley Rovers said in a statement that the manager had its \u201cfull support\u201d.\n\n"
        "\u201cDo the players still believe in you?\u201d asked a reporter.\n\n"
        "\u201cAsk them. They\u2019re in the dressing room.\u201d"
    )
    assert _who(text)[-1] != ("Ask them. They\u2019re in the dressing room.", "Vexley Rovers")


def test_a_document_named_as_someones_by_a_possessive_gives_their_words():
    for owner in ("The Quarnby Health Commission", "Dale Quill"):
        text = (
            "Vexley General Hospital was rated 'inadequate'. "
            f"{owner}'s report said staff were 'working incredibly hard'."
        )
        assert _who(text)[-1] == ("working incredibly hard", owner.removeprefix("The ")), owner


def test_a_bylines_job_title_is_nobody():
    # "By Dale Quill | Staff Writer": "Staff Writer" was a person, whom the next "he" went to
    text = (
        "By Dale Quill | Staff Writer\n\nVEXLEY, Ga. \u2014 A former manager of a trampoline park testified Tuesday "
        'that he warned his bosses about a torn net "at least four times" before a boy was hurt.'
    )
    assert _who(text)[-1][1] != "Staff Writer"
    from reader.quotes.registry import Registry

    assert "Staff Writer" not in [e.name for e in Registry(text, []).entities]


def test_the_second_readers_misfires_of_the_rules_of_v683_and_v684():
    # a body at a briefing answers the floor's question; the inspected school and the letter's recipient are not
    # the writers of "its" report or "her" letter
    briefing = (
        'At a briefing on Tuesday, a spokeswoman for the Osbert Police Service said: "Two men have been arrested."'
        '\n\n"Were they armed?" asked one reporter.\n\n"I can confirm a knife was found."'
    )
    assert _who(briefing)[-1] == ("I can confirm a knife was found.", "Osbert Police Service")
    inspected = (
        "Inspectors from the Vexley Schools Inspectorate visited Osbert Academy in May and issued a report on "
        'Tuesday.\n\nOsbert Academy\'s report said: "Leadership at the school is weak."'
    )
    assert _who(inspected)[-1][1] != "Osbert Academy"
    letter = (
        "Helen Quill received a letter from the Vexley Borough Council in May telling her to leave her flat.\n\n"
        'Quill\'s letter said: "You must vacate the property within 28 days."'
    )
    assert _who(letter)[-1][1] != "Helen Quill"


def test_the_report_is_the_one_the_article_brought_in_with_its_author():
    # "a report by the X Inspectorate has found" in the lede, then paragraphs on the inspected hospital and its
    # chief executive: "The report said" is still the inspectorate's (not the last body named, nor the one whose
    # mother sends "a statement from Mr Y's mother, Z": the possessive is not the author)
    text = (
        "Patients at Osbert General Hospital waited up to 41 hours for a bed, a report by the Vexley Care "
        "Standards Inspectorate has found.\n\nThe hospital's chief executive, Maud Quill, said the trust was "
        '"deeply sorry". The trust has opened a new ward.\n\nInspectors visited in February.\n\n'
        "Ms Quill said more beds would open in the spring.\n\n"
        'The report said staff were "doing their best in a building that is working against them".'
    )
    assert _who(text)[-1][1] == "Vexley Care Standards Inspectorate"
    kin = (
        "Dale Marten, 19, drowned below the weir in June.\n\nA statement from Mr Marten's mother, Susan Marten, "
        'was read to the court. "He loved the water," it said.\n\nThe Osbert River Trust said in a statement after '
        'the hearing that it was sorry. "Nothing we do now can bring Dale back," the statement said.'
    )
    assert _who(kin)[-1][1] != "Dale Marten"


def test_a_coach_there_in_what_was_said_is_someone_unnamed():
    # "X said a coach there had once told him he was '...'": the coach (the "there" after the noun is no break),
    # and not the coach the article names in the next paragraph (no cataphora inside what somebody said)
    text = (
        "Dale Quill, who transferred two years ago, said a coach there had once told him he was "
        '"too small for Division I."\n\nQuarnby State coach Susan Marten, in her second season, called it '
        '"the best win this program has had."'
    )
    assert _who(text)[0] == ("too small for Division I.", None)
    lede = (
        "An MP has criticised the budget as unfair.\n\nKeith Osbert, the MP for Vexley, said the cuts were "
        '"a disgrace".'
    )
    assert extract_quotes(lede, unclear_below=0.0)[0].speaker == "Keith Osbert"


def test_a_shared_surname_is_the_one_the_paragraph_opened_on():
    # two brothers: "Aaron Quill, speaking afterwards, was less amused. '...,' Quill said" is Aaron, though his
    # brother spoke just before; a relative named in passing ("Her mother, Helen Quill,") leaves the surname to
    # the one named first
    text = (
        '"Mum will be happy with one of us tonight," Lewis Quill said. "Aaron won\'t be."\n\n'
        "Aaron Quill, speaking afterwards in the tunnel, was less amused. "
        '"He can enjoy it. He\'s still my little brother in my head," Quill said.'
    )
    assert _who(text)[-1][1] == "Aaron Quill"
    passing = (
        'Susan Quill opened the bakery in 1990. "I wanted a shop of my own," Quill said.\n\n'
        'Her mother, Helen Quill, 84, still calls in every morning. "It was hard at first," Quill said.'
    )
    assert _who(passing)[-1][1] == "Susan Quill"


def test_a_place_named_once_never_speaks():
    # "the Mill End sang", "sections of the Vexley Stand sang": the crowd in a part of a ground, nobody named; a
    # street's or a landform's name nobody else used is a place too (a body named once still speaks)
    end = 'As the final whistle went, the Quarnby End sang "We\'re not going down" to the tune of the club anthem.'
    assert _who(end) == [("We're not going down", None)]
    stand = (
        'At the home defeat, sections of the Vexley Stand sang "We want our club back" in the closing minutes.'
    )
    assert _who(stand) == [("We want our club back", None)]
    body = 'The Quarnby Trust said the plans were "a disgrace".'
    assert _who(body) == [("a disgrace", "Quarnby Trust")]


def test_her_office_speaks_for_the_office_holder_the_her_is():
    # "Mayor X was away. Her office said in a statement that she '...'": the mayor, as "Mayor X's office said"
    text = (
        "The council passed the rental cap 6-3 on Tuesday.\n\nMayor Susan Marten, who must sign the ordinance, was "
        'at a conference in Washington. Her office said in a statement that she "intends to sign it as written".'
    )
    assert _who(text)[-1] == ("intends to sign it as written", "Susan Marten")
    staff = (
        "District Attorney Dale Quill was in court. Prosecutors from his office said the charges were "
        '"fully justified".'
    )
    assert _who(staff)[-1][1] is None


def test_the_quote_after_x_s_captain_y_did_something_is_y_s():
    # "Quill's captain, Aurek Osbert, also faced the cameras. '...,' said the centre-half": the captain the
    # sentence is about, not his manager, whose name only owns him
    text = (
        'Manager Dale Quill said his side had been poor. "We were second to everything," Quill said.\n\n'
        "Quill's captain, Dale Osbert, also faced the cameras. \"The lads are hurting, but we're not hiding,\" "
        'said the centre-half.'
    )
    assert _who(text)[-1][1] == "Dale Osbert"
    died = (
        'Manager Dale Quill said his side had been poor. "We were second to everything," Quill said.\n\n'
        "Quill's father, Dale Osbert, died in 2019. \"He would have hated this,\" said the manager."
    )
    assert _who(died)[-1][1] != "Dale Osbert"


def test_the_second_readers_misfires_of_the_rules_of_v687_to_v692():
    # a newer report brought in without its author; "commissioned by" is no author; "the manager there" is
    # another club's; "The doctor, Y," names the "a doctor" someone told of; a mother named with "his mother"
    # leaves "Quill said" to her son; "said Ilani Marsh, 54." is a person; "Her office" of someone in no office
    newer = (
        "A report by the Quarnby Inspectorate has found serious failings at Vexley Hospital. The hospital said it "
        "would respond in full.\n\nThe hospital's trust published a report of its own on Friday. The report said: "
        '"Staff have been retrained."'
    )
    assert _who(newer)[-1][1] != "Quarnby Inspectorate"
    written = (
        "A report commissioned by the Vexley Council and written by Quarnby University was published on Monday. "
        'The report said: "The bridge is unsafe."'
    )
    assert _who(written)[-1][1] != "Vexley Council"
    there = (
        "Quill played for Vexley Rovers, whose manager is Aurek Marten, until 2019. He then moved to Quarnby Town. "
        'The manager there said: "He has been a revelation."'
    )
    assert _who(there)[-1][1] != "Aurek Marten"
    doctor = (
        'Maud Osbert said a doctor at the hospital had told her: "There is nothing more we can do." The doctor, '
        "Brisa Marten, later apologised."
    )
    assert _who(doctor)[-1][1] == "Brisa Marten"
    mother = (
        'Osbert Quill, 17, was named young player of the year on Friday. "I did not expect it at all," Quill said.'
        '\n\nMaud Quill, his mother, was in the crowd. "I owe her everything," Quill said.'
    )
    assert _who(mother)[-1][1] == "Osbert Quill"
    aged = '"I was ready," said Ilani Marsh, 54.'
    assert _who(aged) == [("I was ready,", "Ilani Marsh")]
    pardoned = (
        "Governor Maud Vexley pardoned Helen Quill on Friday. Quill, 63, served nine years. Her office said the "
        'pardon was "an act of mercy".'
    )
    assert _who(pardoned)[-1][1] != "Helen Quill"
    asked = 'Ilani Quarnby said her husband had lost his job in March and asked: "How are we supposed to pay the rent?"'
    assert _who(asked) == [("How are we supposed to pay the rent?", "Ilani Quarnby")]


def test_the_second_readers_misfires_of_the_rules_of_v693():
    # Y of "X's lawyer, Y," only speaks next where the sentence sets Y up to; "her office" only of a public
    # office holder; a reply ("Asked why, Quill said") is the one who has been speaking, not the paragraph's
    # subject; "described it as a report" brings in no other report
    beside = (
        "Aurek Roiso was convicted of fraud on Tuesday. Roiso's lawyer, Helen Marten, stood beside him outside "
        'the court. "I am innocent and I will appeal."'
    )
    assert _who(beside)[-1][1] != "Helen Marten"
    nurse = (
        "Susan Quill, a nurse at Quarnby General, wrote to Health Secretary Maud Vexley about staff shortages. "
        'Her office said: "The secretary has read the letter and will reply personally."'
    )
    assert _who(nurse)[-1][1] != "Susan Quill"
    reply = (
        'Osbert Quill, the Vexley coach, said the squad was settled. "We know our best side," he said.\n\n'
        'Aurek Quill, 19, was left out of the squad for Saturday. Asked why, Quill said: "He has not been '
        'training well enough."'
    )
    assert _who(reply)[-1][1] == "Osbert Quill"
    described = (
        "A report by the Vexley Housing Ombudsman found the council had failed tenants.\n\nCouncillor Dale Roiso "
        'described it as a report "written by people who have never run a council".\n\nThe report said: '
        '"Complaints were ignored for years."'
    )
    assert _who(described)[-1][1] == "Vexley Housing Ombudsman"


def test_said_a_bodys_word_then_a_titled_name_is_that_person():
    # "said board President X", "said union General Secretary Y": the person, not the board or the union; not a
    # name after a chant ("chanted '...' until board President X called for order": the chanters)
    board = (
        "VEXLEY, Pa. \u2014 The Vexley Area School Board voted 6-3 on Monday night to remove the novel.\n\n"
        '"This is about what\'s appropriate for 14-year-olds," said board President Dale Quill.'
    )
    assert _who(board)[-1] == ("This is about what's appropriate for 14-year-olds,", "Dale Quill")
    union = '"We will not accept this offer," said union General Secretary Susan Marten.'
    assert _who(union) == [("We will not accept this offer,", "Susan Marten")]


def test_the_second_readers_misfires_of_the_rules_of_v695_and_v696():
    # the teller goes on after '"...," Osbert told him' (the reply-to-the-one-told reading of v696 is dropped); a
    # titled name that owns someone after "said board President" is not the speaker
    coach = (
        "Coach Marten Osbert pulled winger Aurek Quill aside at half-time.\n\n"
        '"You\'re better than this," Osbert told him.\n\n"I need you to run at their full-back."'
    )
    assert _who(coach)[-1] == ("I need you to run at their full-back.", "Marten Osbert")
    lawyer = '"We will fight this ruling," said board President Brisa Quill\'s lawyer, Dale Marten.'
    assert _who(lawyer)[-1][1] != "Brisa Quill"


def test_a_capitalised_word_before_a_role_modifies_it_and_a_titled_part_is_nobody():
    # "said the Quarnby captain": the captain (a capitalised word with a nationality's ending, "Vexmarch", is the
    # team's name here, not "the Frenchman"); "has played King Vexley four times": a part, not a man in the story
    captain = (
        "Vexmarch were bowled out for 61. The captain, Aurek Marten, said the pitch was fine.\n\n"
        "\u2018Ask me on Thursday,\u2019 said the Vexmarch captain."
    )
    assert _who(captain)[-1] == ("Ask me on Thursday,", "Aurek Marten")
    actor = (
        "Sir Osbert Quill is 81, has played King Vexley four times and still learns his lines on the bus.\n\n"
        "\u2018It\u2019s the only place nobody asks me for a selfie,\u2019 he says."
    )
    assert _who(actor) == [("It\u2019s the only place nobody asks me for a selfie,", "Sir Osbert Quill")]
    italian = '"We were not good enough," said the Italian.'
    assert _who("Marco Vexley played for an hour.\n\n" + italian)[-1][1] == "Marco Vexley"


def test_the_one_told_asks_and_the_teller_answers():
    # '"...," she told Quill. / "Was there a moment ...?" Quill asked. / "A show in Vexley."': the answer is hers,
    # not the asker's (the one told became the one to answer, and then asked instead)
    radio = (
        "In an hourlong interview with Osbert Quill on his radio show, Maud Marten, 46, said she had been ill.\n\n"
        '"There were nights I\'d hold onto the bus door because the parking lot was spinning," she told Quill.\n\n'
        '"Was there a moment you knew something was wrong?" Quill asked.\n\n'
        '"A show in Vexley, 2019. I couldn\'t hear the fiddle."'
    )
    assert _who(radio)[-1] == ("A show in Vexley, 2019. I couldn't hear the fiddle.", "Maud Marten")


def test_bodies_named_for_what_they_do_a_numbered_local_and_the_health_system():
    # "the Quarnby Conduct Regulator said" names a body (no person called Regulator), so "the regulator said" is it;
    # "members of Vexley Bakery Workers Local 77": a union by its numbered local; "the health system said": the
    # body with System in its name -- but "the system said" of a machine's message is no bank's
    regulator = (
        "Osbert Building Society has been fined, the Quarnby Conduct Regulator said on Thursday.\n\n"
        "The regulator said it had pushed customers into \u201cunaffordable and unrealistic\u201d repayment plans."
    )
    assert _who(regulator) == [("unaffordable and unrealistic", "Quarnby Conduct Regulator")]
    local = (
        "Members of Vexley Bakery Workers Local 77 set up picket lines.\n\n"
        "The union said the offer was \u201can insult to all of us here\u201d."
    )
    assert _who(local) == [("an insult to all of us here", "Vexley Bakery Workers Local 77")]
    health = (
        "Marten Regional Health System said hackers had stolen patient data.\n\n"
        '"We take this seriously," the health system said in a statement.'
    )
    assert _who(health) == [("We take this seriously,", "Marten Regional Health System")]
    machine = 'Customers of Quill Bank could not log in on Monday.\n\n"Please try again later," the system said.'
    assert _who(machine) == [("Please try again later,", None)]


def test_a_pet_name_inside_a_quote_is_not_guessed_to_be_someone_named_in_full():
    # v701 gave "'Ossie kept saying, "..."'" to the one person named in full whose given name it shortens; a second
    # reader found 14 misfires against 2 gains (an official of that given name, "my daughter Emily", a "he" after a
    # woman's name), so v703 drops it: the name the quote gives, never an unrelated person's
    daughter = (
        "Emilia Roiso, the head teacher, praised the pupils.\n\n"
        "Parent Aurek Vexley said: \"My daughter Emily would say, 'I love it here.' She is only six.\""
    )
    assert dict(_who(daughter)).get("I love it here.") != "Emilia Roiso"
    son = (
        "Charlotte Quill, the coroner, opened the inquest.\n\n"
        "His mother, Maud Marten, said: \"Charlie kept saying, 'I feel sick.' He's nine.\""
    )
    assert dict(_who(son)).get("I feel sick.") != "Charlotte Quill"

def test_the_second_readers_misfires_of_the_rules_of_v698_to_v700():
    # someone something was played to is no part ("played Judge X a recording", "played Mayor X's favourite
    # song"); a question put to someone ("Quill asked her husband") or a paragraph that goes on is no sign the
    # teller answers; "the court system" is no bank named last, nor "the health system" one of two health systems
    judge = (
        "Prosecutors played Judge Aurek Roiso a recording of the call on Monday.\n\n"
        '"I have heard enough," the judge said.'
    )
    assert _who(judge)[-1] == ("I have heard enough,", "Aurek Roiso")
    mayor = 'The band played Mayor Brisa Roiso\'s favourite song as she arrived.\n\n"I am honoured," the mayor said.'
    assert _who(mayor)[-1] == ("I am honoured,", "Brisa Roiso")
    farm = (
        "Maud Vexley and her husband, Aurek Marten, run the farm with Brisa Quill.\n\n"
        '"I love it here," Vexley told Quill.\n\n"And you?" Quill asked her husband.\n\n"Not really."'
    )
    assert _who(farm)[-1][1] != "Maud Vexley"
    court = (
        "Maud Quill runs the Quarnby court system. Vexley Bank sued the court on Monday.\n\n"
        '"We will defend the case," the court system said.'
    )
    assert _who(court)[-1][1] != "Vexley Bank"
    two = (
        "Vexley Health System said hackers had stolen data. Quarnby Health System said it had been hit too.\n\n"
        '"We take this seriously," the health system said.'
    )
    assert _who(two)[-1] == ("We take this seriously,", None)


def test_plural_possessives_joined_by_and_are_one_bodys_name():
    # "United Vexley Dockers' and Harbour Workers' Union": one union, not "Harbour Workers' Union" cut at the
    # apostrophe; "Quarnby Federation of Tenants' and Residents' Associations" likewise; two families stay apart
    union = (
        "The United Vexley Dockers\u2019 and Harbour Workers\u2019 Union said the stoppage was "
        "\u201cthe last resort of a workforce\u201d."
    )
    assert _who(union) == [("the last resort of a workforce", "United Vexley Dockers\u2019 and Harbour Workers\u2019 Union")]
    tenants = (
        "In a letter, the Quarnby Federation of Tenants' and Residents' Associations said the plan would "
        '"cut off the estates".'
    )
    assert _who(tenants) == [("cut off the estates", "Quarnby Federation of Tenants' and Residents' Associations")]
    homes = "The Quills\u2019 and Vexleys\u2019 houses were flooded.\n\n\u201cWe lost everything,\u201d said Maud Quill."
    assert _who(homes) == [("We lost everything,", "Maud Quill")]


def test_a_spokesperson_who_was_not_authorised_to_speak_is_no_bodys_voice():
    # "A Quarnby Air spokeswoman, who asked not to be named because she was not authorized to discuss the vendor,
    # said": her own words, unnamed (described so), not the airline's; one who asked not to be named "citing
    # company policy" speaks for the airline as before
    leak = (
        "Quarnby Air cancelled 400 flights on Friday.\n\n"
        "A Quarnby Air spokeswoman, who asked not to be named because she was not authorized to discuss the vendor, "
        'said the update had been installed overnight "without the usual testing window."'
    )
    assert _who(leak) == [("without the usual testing window.", None)]
    assert extract_quotes(leak)[0].speaker_description == "A Quarnby Air spokeswoman"
    official = leak.replace("because she was not authorized to discuss the vendor", "citing company policy")
    assert _who(official) == [("without the usual testing window.", "Quarnby Air")]
    body = (
        "A spokeswoman for the Vexley Fire Protection District, who asked not to be named because she was not "
        'authorized to discuss an open investigation, said the fire began in "a battery pack left charging."'
    )
    assert _who(body) == [("a battery pack left charging.", None)]


def test_the_second_readers_misfires_of_the_rules_of_v704_and_v705():
    # the who-clause must be the spokesperson's own leave to speak: not "who said pilots were not authorized", nor
    # a "who" of someone else's, nor "the spokeswoman, who said staff were not authorised"
    pilots = (
        'A Quarnby Air spokeswoman, who said pilots were not authorized to speak to the media, said: '
        '"Our crews are professionals."'
    )
    assert _who(pilots) == [("Our crews are professionals.", "Quarnby Air")]
    other = (
        "A Quarnby Air spokeswoman, responding to a pilot who was not authorized to speak to the press, said: "
        '"Our crews are professionals."'
    )
    assert _who(other) == [("Our crews are professionals.", "Quarnby Air")]
    staff = (
        "'Bookings are down,' a Quarnby Air spokeswoman said. The spokeswoman, who said staff were not authorised "
        "to speak, added: 'We are hiring.'"
    )
    assert _who(staff)[-1] == ("We are hiring.", "Quarnby Air")


def test_a_name_owning_something_in_a_question_is_not_the_one_who_answers():
    # "Ms Quill asked him: 'You took Mrs Vexley's money, didn't you?' / 'No,' the defendant replied.": Mrs Vexley
    # owns the money, nobody calls on her; the one asked (of two brothers on trial) answers
    trial = (
        "Aurek Marten, 38, and his brother Osbert Marten, 35, deny eleven counts of fraud.\n\n"
        "One complainant, 84-year-old Maud Vexley, paid \u00a36,400 for a new roof.\n\n"
        "Giving evidence on Tuesday, Osbert Marten said the work had been \u2018booked in good faith\u2019.\n\n"
        "Under cross-examination, Ms Quill asked him: \u2018You took Mrs Vexley\u2019s money knowing there was no "
        "roofer, didn\u2019t you?\u2019\n\n"
        "\u2018No. I thought Aurek had it sorted,\u2019 the defendant replied."
    )
    assert _who(trial)[-1] == ("No. I thought Aurek had it sorted,", "Osbert Marten")


def test_the_second_readers_misfires_of_the_rules_of_v707_and_v708():
    # "the defendant said" is the one a question was put to only where its paragraph names them ("asked him:",
    # "asked Marten:"), never the one who answered the question before; "has played King Vexley three times" is a
    # part still (v708, "the company" preferring the business before a bidder, was dropped: a second reader found
    # it a coin toss, 7 better and 5 worse, the other party as often the one speaking)
    two = (
        "Brisa Vexley and Ilani Roiso deny fraud.\n\n"
        'Prosecutor Maud Quill asked Vexley: "Did you open the account?"\n\n"No," Vexley replied.\n\n'
        'Roiso was then cross-examined. "Did you?" Ms Quill asked.\n\n"Yes," the defendant said.'
    )
    assert _who(two)[-1][1] != "Brisa Vexley"
    actor = (
        "Sir Osbert Quill has played King Vexley three times and still learns his lines on the bus.\n\n"
        "\u2018It\u2019s the only place nobody asks me for a selfie,\u2019 he says."
    )
    assert _who(actor) == [("It\u2019s the only place nobody asks me for a selfie,", "Sir Osbert Quill")]


def test_the_second_readers_misfires_of_the_rules_of_v709_and_v710():
    # "played Judge X one of the tapes", "three voicemails": played to her, who speaks (a number word makes a part
    # only before "times", "seasons", "years"); v710 ("the club said" after a bare dateline and a described
    # opponent) was dropped: 11 misfires by a second reader ("has agreed to join Marten Rangers. '...,' the club
    # said": the buying club), so the club named after "to join" is not the article's
    tapes = 'Osbert Quill played Judge Maud Brisa one of the tapes. "Turn it off," she said.'
    assert _who(tapes) == [("Turn it off,", "Maud Brisa")]
    join = (
        "VEXLEY - Quarnby Harbour FC striker Aurek Brisa has agreed to join Marten Rangers.\n\n"
        '"Aurek is a proven goalscorer," the club said.'
    )
    assert _who(join)[-1][1] != "Quarnby Harbour FC"


def test_a_run_of_short_bare_quotes_is_the_last_speaker_going_on():
    # v712-v716 gave a short bare quote in a run of them to the other side of a back-and-forth; four second readers
    # found it misfiring on everyday copy at every width of evidence (one speaker going on in short paragraphs, two
    # people interviewed apart, a vox pop, an official then a neighbour, "told Vexley that ..." and then Vexley
    # silent, a kin vocative to someone never quoted), for 9 gains over every gold set, so v717 drops it: these
    # are the readers' misfires, each the last speaker's
    alone = (
        "Aurek Vexley runs the only bakery in Quarnby.\n\n"
        '"The ovens go on at four," Vexley said.\n\n"We bake three hundred loaves."\n\n"Then we open."'
    )
    assert [who for _q, who in _who(alone)] == ["Aurek Vexley"] * 3
    voxpop = (
        "Residents of Holme Lane are angry about the bins.\n\n"
        '"It\'s a disgrace," said Maud Quill, 70.\n\n'
        '"We\'ve been waiting three weeks," said Osbert Vexley, who lives next door.\n\n'
        '"Nobody comes."\n\n"Nobody cares."'
    )
    assert dict(_who(voxpop))["Nobody comes."] == "Osbert Vexley"
    phrase = (
        "The coach, Aurek Quill, was delighted. His assistant, Osbert Marten, said the plan was \"bold\".\n\n"
        '"We wanted to win," Quill said.\n\n"A draw was no use."\n\n"We gambled."\n\n"It paid off."'
    )
    assert [who for _q, who in _who(phrase)][1:] == ["Aurek Quill"] * 4
    colleague = (
        '"The vaccine works," said the scientist Aurek Marten.\n\n'
        'His colleague, Ilani Brisa, put it differently. "It\'s the best we have," she said.\n\n'
        '"It isn\'t perfect."\n\n"Nothing is."\n\n"But it saves lives."'
    )
    assert [who for _q, who in _who(colleague)][1:] == ["Ilani Brisa"] * 4
    # (and the second reader's misfires of v713: an official, then a neighbour speaking of the dead man; a coach,
    # then his goalkeeper speaking of him in a bare line)
    neighbour = (
        "Police chief Osbert Quill confirmed the death on Monday.\n\n"
        '"We are appealing for witnesses," Quill said.\n\n'
        'Neighbour Maud Vexley, 68, was in tears. "He was a gentle man," she said.\n\n'
        '"He loved this town."\n\n"We will all miss him."'
    )
    assert [who for _q, who in _who(neighbour)][1:] == ["Maud Vexley"] * 3
    keeper = (
        "Manager Osbert Quill was relieved.\n\n"
        '"We rode our luck," Quill said.\n\n'
        'Goalkeeper Aurek Marten said: "The gaffer told us to stay calm."\n\n'
        '"He trusts us."\n\n"We showed that today."'
    )
    assert [who for _q, who in _who(keeper)][1:] == ["Aurek Marten"] * 3
    # (and a third reader's of v714: the rival captain praising the other by name and as "she", a generic "you")
    captains = (
        '"You have to be honest, they were better," Maud Quill said.\n\n'
        'The opposing captain, Brisa Marten, praised Quill. "She held them together today, her batting was'
        ' superb," Marten said.\n\n"It was a great game of cricket."\n\n"We were lucky to win."'
    )
    assert [who for _q, who in _who(captains)][1:] == ["Brisa Marten"] * 3
    # (and a fourth reader's of v716: a kin vocative to someone never quoted; the one told, then silent)
    phone = (
        '"We are grateful to the public," said Inspector Aurek Quarnby.\n\n'
        '"Mum, I\'m sorry," Brisa Marten, 15, said.\n\n"I\'m coming home."\n\n"Please don\'t be angry."'
    )
    assert dict(_who(phone))["I'm coming home."] == "Brisa Marten"
    plant = (
        '"This plant poisons our river," said campaigner Maud Vexley.\n\n'
        'Plant manager Aurek Marten told Vexley that tests showed no breach. "We test every week," he said.\n\n'
        '"The results are published."\n\n"Anyone can read them."'
    )
    assert dict(_who(plant))["The results are published."] == "Aurek Marten"


def test_a_club_or_college_named_by_its_last_word_is_no_person():
    # "Marten Rovers coach Osbert Quill ... he said": "Rovers", "Tech" end a club's or a college's name, never a
    # person's, so the team is no man for "he" to find (v718); "Thistle", a surname too, stays a person's (v719)
    for team in ("Marten Rovers", "Marten Tech", "Quarnby Wanderers"):
        text = f'{team} coach Osbert Quill was brief with reporters. "We stopped moving the ball," he said.'
        assert _who(text) == [("We stopped moving the ball,", "Osbert Quill")]
    baker = 'Brisa Thistle has run the bakery for 30 years. "Bread is in my blood," she said.'
    assert _who(baker) == [("Bread is in my blood,", "Brisa Thistle")]


def test_the_company_is_the_business_that_spoke_not_a_bidder_named_after_a_preposition():
    # 'X said it had rejected an approach from private equity firm Y Capital Partners. "...," the company said':
    # X, which spoke; Y is named only in passing, after "from" (v720)
    bid = (
        "LONDON (Quarnby Wire) \u2013 Vexmarch Foods said on Tuesday it had rejected a \u00a3600 million takeover "
        "approach from private equity firm Marten Capital Partners, calling the offer \u201copportunistic\u201d.\n\n"
        "\u201cThe board sees no reason to engage on these terms,\u201d the company said in a statement."
    )
    assert dict(_who(bid))["The board sees no reason to engage on these terms,"] == "Vexmarch Foods"
    shares = (
        "Shares in Ilani & Roiso, the biscuit maker, jumped 31 per cent after it confirmed a takeover approach from "
        "the American private equity firm Vexley Capital Partners.\n\n"
        "In a statement, Ilani & Roiso said it had received \u201ca preliminary approach\u201d valuing it at "
        "\u00a3410m.\n\n"
        "\u201cThere can be no certainty that any offer will be made,\u201d the company added."
    )
    assert dict(_who(shares))["There can be no certainty that any offer will be made,"] == "Ilani & Roiso"
    # (the bidder that then speaks for itself is "the company" after its own words)
    answer = (
        "Vexmarch Foods said it had rejected a takeover approach from Marten Capital Partners, calling it "
        "\u201copportunistic\u201d.\n\n"
        "Marten Capital Partners said it was considering its options. \u201cWe remain interested,\u201d the company "
        "said."
    )
    assert dict(_who(answer))["We remain interested,"] == "Marten Capital Partners"
    # (a second reader's of v720: the one a thing is "run by" or "dropped by" is a doer, not named in passing; v722)
    dropped = (
        "Osbert Foods said it had been dropped as a supplier by the supermarket chain Marten Retail. "
        "\u201cWe have decided to work with local producers instead,\u201d the company said."
    )
    assert dict(_who(dropped))["We have decided to work with local producers instead,"] == "Marten Retail"
    run_by = (
        "Vexley Steel said it would cut output.\n\n"
        "Elsewhere, shoppers have complained about empty shelves at stores run by the supermarket chain Marten "
        "Retail. \u201cDeliveries will return to normal next week,\u201d the company said."
    )
    assert dict(_who(run_by))["Deliveries will return to normal next week,"] == "Marten Retail"


def test_the_one_asked_a_question_by_name_answers_not_the_asker():
    # 'X asked Y why she had quit. "Because ...," she answered': Y answers; X, who asked, is no "she" for it (v721)
    cases = [
        (
            "Later, the family's lawyer, Maud Quill, asked Brisa Vexley why she had quit the job she had held for "
            'six years.\n\n"Because I couldn\'t sleep," she answered.',
            "Because I couldn't sleep,",
            "Brisa Vexley",
        ),
        (
            "Osbert Quill, defending, asked Aurek Vexley whether he had seen the letter. "
            '"I never saw it," he replied.',
            "I never saw it,",
            "Aurek Vexley",
        ),
    ]
    for text, quote, speaker in cases:
        assert dict(_who(text))[quote] == speaker
    # (a question in the answer's place is the asker's; so is a request, which either may follow)
    question = (
        "Prosecutor Maud Quill asked Brisa Vexley why she had kept the receipts. "
        '"You knew they were false," she said. "Didn\'t you?"'
    )
    assert dict(_who(question))["You knew they were false, Didn't you?"] == "Maud Quill"
    stand = 'Judge Maud Quill asked Brisa Vexley to stand. "You have shown no remorse," she said.'
    assert dict(_who(stand))["You have shown no remorse,"] == "Maud Quill"
    # (a second reader's of v721, v725: the asking told in someone's account, the one asked spoken of, a remark made
    # later or elsewhere, the answer already told, the asker going on: the asker's words, as before)
    kept = [
        (
            'Maud Quarnby said she asked Ms Brisa whether the money was safe. "She told me not to worry," she said.',
            "She told me not to worry,",
            "Maud Quarnby",
        ),
        (
            'Mr Vexmarch asked Mr Quill whether he would apologise. "He should be ashamed of himself," he said.',
            "He should be ashamed of himself,",
            "Vexmarch",
        ),
        (
            "The family's lawyer, Aurek Brisa, asked Dr Osbert why he had not ordered a scan. \u201cThe family still "
            "has no answer,\u201d he said outside court.",
            "The family still has no answer,",
            "Aurek Brisa",
        ),
        (
            "Ms Quarnby asked Ms Vexley about the budget and was told the figures were sound. "
            '"I am not convinced," she said.',
            "I am not convinced,",
            "Quarnby",
        ),
        (
            "Ms Vexley asked Ms Marten about her plans, then turned to the crowd. \u201cWe are not finished,\u201d "
            "she said.",
            "We are not finished,",
            "Vexley",
        ),
    ]
    for text, quote, speaker in kept:
        assert dict(_who(text))[quote] == speaker, text
    # (a code review's of v721, v738: "asked Y, who had wept, to stand" puts no question to Y)
    wept = (
        "Judge Maud Quill asked Brisa Vexley, who had wept throughout, to stand. "
        '"You have shown no remorse," she said.'
    )
    assert dict(_who(wept))["You have shown no remorse,"] == "Maud Quill"


def test_a_name_given_in_the_next_paragraph_is_not_the_spokespersons():
    # '"...," the spokesperson said.' then "One resident, who would give only her first name, Brisa, ...": the name
    # she gave is hers, not the spokesperson's; the search for "who gave her name" stops at a sentence that brings
    # someone else in (v723, v733)
    text = (
        "In a statement after the vote, Quarnby Ridge Residential Partners said it was \u201cgrateful to the "
        "council\u201d.\n\n"
        "A spokesperson for the company, reached by phone, said construction could start next spring. \u201cWe want "
        "to be good neighbors,\u201d the spokesperson said.\n\n"
        "One longtime resident, who would give only her first name, Brisa, because she had been harassed online, "
        "said she would consider an appeal. \u201cThis isn't over,\u201d she said."
    )
    got = dict(_who(text))
    assert got["We want to be good neighbors,"] == "Quarnby Ridge Residential Partners"
    assert got["This isn't over,"] == "Brisa"
    # (in its own sentence the name given is still the one who speaks)
    caller = 'A caller, who gave her name only as Maud, said the line was busy. "I waited an hour," she said.'
    assert dict(_who(caller))["I waited an hour,"] == "Maud"
    # (a second reader's of v723, v733: an abbreviation ends no sentence, and "The man, who gave ..." goes back to
    # the one before; only a sentence bringing in someone else, "One resident", stops the search)
    street = '"It was terrifying," said a woman on St. Ilver Road who gave only her first name, Brisa.'
    assert dict(_who(street))["It was terrifying,"] == "Brisa"
    tenant = (
        '"We were not warned," a tenant said. The man, who gave only his first name, Osbert, has lived in the block '
        "since 1990."
    )
    assert dict(_who(tenant))["We were not warned,"] == "Osbert"
    # (a code review's of v733, v738: an abbreviation before the sentence's real end does not hide it)
    street_end = (
        '"It was bad," the spokesperson said on St. Ilver Road. One resident, who gave only her first name, Brisa, '
        "disagreed."
    )
    assert dict(_who(street_end))["It was bad,"] is None


def test_a_given_name_alone_is_never_the_bylines_writer_when_someone_in_the_story_has_it():
    # "By Aurek Quill" over the story and "Aurek Vexley" in it: "Aurek said" is the player, not the writer (v724)
    text = (
        "By Aurek Quill, Sports Writer\n\n"
        "Brisa Vexley scored 31 points, and her brother, Aurek Vexley, answered with 28 before the Lakers won "
        "97-91.\n\n"
        '"Every day until I was 15," Aurek said.'
    )
    assert dict(_who(text))["Every day until I was 15,"] == "Aurek Vexley"


def test_an_inspection_report_is_the_inspecting_bodys_not_the_place_it_inspected():
    # "Inspectors from the X Agency visited Y Hospital ... / '...,' the report said": X's report (v726)
    text = (
        "Inspectors from the Quarnby Care Standards Agency visited Vexley General Hospital's emergency department "
        "three times between December and February.\n\n"
        "The report, published on Thursday, said staff were \u201cdoing their utmost in impossible conditions\u201d."
        "\n\n\u201cOn one occasion we observed an elderly patient who had been in a corridor for 50 hours,\u201d the "
        "report said."
    )
    got = dict(_who(text))
    assert got["doing their utmost in impossible conditions"] == "Quarnby Care Standards Agency"
    assert got["On one occasion we observed an elderly patient who had been in a corridor for 50 hours,"] == (
        "Quarnby Care Standards Agency"
    )
    # (in the passive, the inspector is the one after "by": "Y was visited by officers from X")
    passive = (
        "Marten & Osbert, a bistro on the quay, was visited by environmental health officers from Quarnby District "
        "Council in November.\n\n"
        "The inspection report said the cellar floor was \u201ccovered in standing water\u201d."
    )
    assert dict(_who(passive))["covered in standing water"] == "Quarnby District Council"
    # (a second reader's of v726, v729: only the object of the verb is the one inspected, and a report whose
    # wording says whose it is keeps that author)
    head = (
        "The Quill Schools Office inspected the school in March, and the head teacher, Brisa Vexley, wrote a report "
        'for governors.\n\n"Our pupils are making strong progress," the report said.'
    )
    assert dict(_who(head))["Our pupils are making strong progress,"] == "Brisa Vexley"
    own = (
        "The Vexley Gazette investigated Quill Energy's billing practices for six months.\n\n"
        'Quill Energy\'s annual report, published on Wednesday, said: "We have never overcharged a customer."'
    )
    assert dict(_who(own))["We have never overcharged a customer."] == "Quill Energy"


def test_they_for_people_a_body_sent_is_that_body_not_the_place_they_went():
    # "Inspectors from the X Agency visited Y Hospital and found crowding that they said was 'unsafe'": X (v727)
    text = (
        "Inspectors from the Quarnby Care Standards Agency visited Vexley General Hospital three times and found "
        "crowding that they said was \u201cunsafe\u201d."
    )
    assert dict(_who(text))["unsafe"] == "Quarnby Care Standards Agency"
    study = (
        "Researchers at Marten University studied 400 patients at Vexley General Hospital and found outcomes that "
        "they described as \u201calarming\u201d."
    )
    assert dict(_who(study))["alarming"] == "Marten University"


@pytest.mark.xfail(strict=True, reason="known gap: the they of customers goes to the body they complained to")
def test_they_for_customers_of_a_body_is_nobody_named():
    # (a second reader's of v727: customers of a body are no voice of it -- v729 keeps them from the bank, but the
    # they still goes to the ombudsman they complained to, where nobody named is right)
    customers = (
        "Customers of Quill Bank complained to the Brisa Ombudsman, and they said the bank had \u201cstolen\u201d "
        "their savings."
    )
    assert dict(_who(customers))["stolen"] is None


def test_her_boss_whom_the_article_never_names_is_unclear_not_the_woman_named_next():
    # 'A former bookkeeper testified that her boss told her to "..."', then the bookkeeper named: no one was ever
    # called her boss, and the one named next is the "her" (v728); "her owner" after a pet is still the one named
    text = (
        "A former office manager for a roofing company testified Thursday that her boss told her to \u201cmake the "
        "paperwork look like a real job\u201d on hundreds of claims.\n\n"
        "Brisa Vexley, who worked for Aurek Marten for nine years, said she was afraid to refuse. \u201cI had two kids "
        "and a mortgage,\u201d she said."
    )
    got = dict(_who(text))
    assert got["make the paperwork look like a real job"] is None
    assert got["I had two kids and a mortgage,"] == "Brisa Vexley"
    pet = (
        "A tabby cat missing for 11 days has turned up 300 miles from home in a moving truck, after a journey her "
        'owner says she "must have slept through."\n\n'
        'Maud Quarnholt, 52, said the cat had been "in a terrible mood" since.'
    )
    assert dict(_who(pet))["must have slept through."] == "Maud Quarnholt"
    # (a second reader's of v728, v731: only where the his/her is someone unnamed the sentence brings in; where it
    # is a person already named, the next name may well be the role's holder)
    named = (
        "Brisa Marten, a junior doctor, said her consultant told her to change the notes.\n\n"
        '"I never said any such thing," her consultant said.\n\nDr Aurek Quill denied the claim.'
    )
    assert dict(_who(named))["I never said any such thing,"] == "Aurek Quill"
    # (a code review's of v731, v738: "Another former office manager" brings someone unnamed in too)
    another = (
        "Another former office manager testified that her boss told her to \u201cmake it look real\u201d.\n\n"
        "Brisa Vexley said she was afraid."
    )
    assert dict(_who(another))["make it look real"] is None


def test_two_people_joined_by_and_stay_two_when_the_second_given_name_is_also_a_word():
    # "Passengers Maud Quill and Bill Vexley": "Bill" (also a word, and a bill in Parliament) opens a person's name
    # after a full name, so the run is two people and "Vexley said" is the second (v730)
    text = (
        "Passengers Maud Quill and Bill Vexley, who were seated together in row 14, said the oxygen masks dropped. "
        '"The masks came down and nobody screamed," Quill said.\n\n'
        'Vexley said he "just held her hand and counted backward from a hundred."'
    )
    got = dict(_who(text))
    assert got["just held her hand and counted backward from a hundred."] == "Bill Vexley"
    assert got["The masks came down and nobody screamed,"] == "Maud Quill"


def test_a_letter_signed_by_many_people_is_none_of_theirs_by_name():
    # "read from a letter signed by 212 students. '...,' the letter said": many people's words, no one named; not
    # the one reading it, nor the body it is sent to (v732)
    text = (
        'A junior, Brisa Vexley, 16, read from a letter signed by 212 students. "We are not asking you to like these '
        'books," the letter said.'
    )
    assert dict(_who(text))["We are not asking you to like these books,"] is None
    staff = (
        "The Quarnby Trust said it would review its governance.\n\n"
        "An open letter signed by 23 former members of staff, published on Sunday, said they had raised concerns. "
        'The letter went on: "We loved this work."'
    )
    assert dict(_who(staff))["We loved this work."] is None
    # (a body's own letter, many signing it, stays the body's)
    union = (
        "The Quarnby Students' Union has published an open letter, signed by more than 2,300 students, calling on "
        "both sides to return to talks. \u2018We are not pawns in your dispute,\u2019 the letter says."
    )
    assert dict(_who(union))["We are not pawns in your dispute,"] == "Quarnby Students' Union"
    # (a second reader's of v732, v737: a letter someone named wrote, owns or sends stays theirs)
    own = "Maud Quill's letter, signed by 30 colleagues, said: \"We were misled.\""
    assert dict(_who(own))["We were misled."] == "Maud Quill"
    backbencher = (
        "In a letter signed by more than 100 MPs, backbencher Aurek Marten called on the government to act.\n\n"
        '"The time for delay is over," the letter said.'
    )
    assert dict(_who(backbencher))["The time for delay is over,"] == "Aurek Marten"


def test_initials_with_full_stops_inside_a_description_do_not_end_it():
    # '"It was terrifying," said a U.S. Army veteran who gave only his first name, Aurek.': the stop after "U.S"
    # ended the description, the quote found no attribution and was dropped (v734)
    text = '"It was terrifying," said a U.S. Army veteran who gave only his first name, Aurek.'
    assert _who(text) == [("It was terrifying,", "Aurek")]
    official = '"We are watching closely," said a U.S. official.'
    quotes = extract_quotes(official)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("We are watching closely,", None, "said")]


def test_the_role_of_the_second_of_a_pair_in_the_possessive_speaks_not_the_first():
    # "said Maud Quill and Osbert Vexley's lawyer, Ilani Roiso": the lawyer; "... and Osbert Vexley's daughter":
    # someone unnamed, never Maud Quill, the first of the pair (a second reader's find; v735)
    lawyer = '"We are confident," said Maud Quill and Osbert Vexley\'s lawyer, Ilani Roiso.'
    assert _who(lawyer) == [("We are confident,", "Ilani Roiso")]
    daughter = '"We are confident," said Maud Quill and Osbert Vexley\'s daughter.'
    assert _who(daughter) == [("We are confident,", None)]
    pair = '"We are confident," said Maud Quill and Osbert Vexley.'
    assert _who(pair) == [("We are confident,", "Maud Quill")]


def test_people_met_in_the_street_are_described_by_what_they_were_doing():
    # '"...," said a retiree who gave only his first name, Osbert.' found no attribution: "retiree" was no noun for
    # a person (v736: retiree, shopper, bystander, passer-by, motorist, onlooker, mourner, hiker, eyewitness,
    # evacuee)
    text = '"I have lived here 40 years," said a retiree who gave only his first name, Osbert.'
    assert _who(text) == [("I have lived here 40 years,", "Osbert")]
    quotes = extract_quotes('"The bus never came," said one shopper.')
    assert [(q.speaker, q.cue, q.speaker_description) for q in quotes] == [(None, "said", "one shopper")]


def test_a_person_of_a_firm_described_by_its_trade_speaks_not_the_firm():
    # "Analyst X of the brokerage Y said": the analyst; "of the brokerage" named the firm as the speaker (v754)
    text = (
        "The shares fell 4 per cent. Analyst Tobias Quill of the brokerage Marten Vexley Capital said the cuts had "
        'been "well flagged" but described the outlook as "murky at best".'
    )
    assert _who(text) == [("well flagged", "Tobias Quill"), ("murky at best", "Tobias Quill")]
    consultancy = (
        "Airline analyst Gordon Quill of the consultancy Marten Vexley Partners said failures were "
        '"the nightmare scenario" for carriers.'
    )
    assert _who(consultancy) == [("the nightmare scenario", "Gordon Quill")]


def test_a_surname_after_one_of_a_family_named_in_apposition_opening_the_sentence_is_that_one():
    # "Her neighbour, Luis Quill, no relation, was less patient. '...,' Quill said." after Marisol Quill: the
    # neighbour just named, not the first Quill (v754); a relative so named ("His son, X,") may still be either
    text = (
        'Marisol Quill, 52, said the smoke came in at night. "We shut every window," she said.\n\n'
        'Her neighbour, Luis Quill, no relation, was less patient. "We have been breathing this for years," '
        'Quill said.'
    )
    assert ("We have been breathing this for years,", "Luis Quill") in _who(text)


def test_a_pet_name_that_is_an_everyday_word_before_has_been_saying_is_linked():
    # "Tommy has been saying 'Put that in'": "tommy" is an everyday word too, so only a verb of saying after it
    # makes it a name; "has"/"is"/"keeps" before the verb now count (v755)
    text = (
        'Her younger brother, Thomas Quill, a retired farmer, disputes this. "I drink on Sundays," he says.\n\n'
        "When this is read back to her a week later, she laughs. \"Tommy has been saying 'Put that in' since 1971,\" "
        "she says."
    )
    assert ("Put that in", "Thomas Quill") in _who(text)


def test_grandma_before_a_given_name_is_a_family_title_and_the_name_is_linked():
    # "Grandma Ruth used to say" after "their grandmother, Ruth Quill": Ruth Quill, not a person "Grandma Ruth"
    # (v755; "Gran Canaria" and "Mam X" stay names)
    text = (
        "The sisters grew up on the farm of their grandmother, Ruth Quill, who died in 2001. \"Grandma Ruth used to "
        "say, 'Rain on tin is the Lord clapping,' and I put that in the second verse,\" Maud Vexley said."
    )
    assert ("Rain on tin is the Lord clapping,", "Ruth Quill") in _who(text)


def test_told_reporters_then_where_before_a_colon_is_the_speakers_own_going_on():
    # "X told reporters in the interview room behind the dugout: '...'": X (a bare plural listener after "told",
    # then a phrase of where, was read as handing the quote to someone else; v756)
    text = (
        "Loggers manager Alma Quill told reporters in the interview room behind the home dugout: \"He's been our "
        "best hitter for two months. Three strikeouts don't change that.\""
    )
    assert _who(text) == [("He's been our best hitter for two months. Three strikeouts don't change that.", "Alma Quill")]


def test_a_team_then_a_role_then_a_name_opens_a_short_clause_before_a_colon():
    # "Millers manager Maud Vexley was blunt: '...'": the person after the team's name and her role (v756)
    text = 'Millers manager Maud Vexley was blunt: "Give the kid credit. We had nothing. Zero."'
    assert _who(text) == [("Give the kid credit. We had nothing. Zero.", "Maud Vexley")]


def test_a_relative_named_by_a_possessive_of_the_same_sex_is_no_next_he_or_she():
    # "Did she show her mother the second draft? 'God, no,' she says.": the daughter the interview is about, not
    # "her mother" named in passing (v757; before, the rules left it unclear between the two)
    text = (
        "Brisa Quill has chosen the snug of the Vexley Arms for our interview because, she says, 'nobody here has "
        "read a word I've written'.\n\n"
        "Her mother is the poet Maud Quill, now 81.\n\n"
        "'Mum read the first draft and sent it back with one word on the title page,' Quill says. 'It said "
        '"Coward." In red pen.\'\n\n'
        "Did she show her mother the second draft? 'God, no,' she says. 'I posted it to her editor instead.'"
    )
    assert ("God, no, I posted it to her editor instead.", "Brisa Quill") in _who(text)


def test_the_one_who_told_the_speaker_in_reported_speech_said_the_quoted_words():
    # "Osbert Quill said his brother had told him at lunch to 'stop trying ...'": the brother's words, not Osbert's
    # (v758); the brother named before is his brother, never Osbert himself though both were called brothers
    text = (
        "The brothers Walter and Osbert Quill shared nine wickets, and it was the younger brother, Osbert, who did most "
        "of the damage.\n\n"
        "Osbert Quill, 20, said his brother had told him at lunch to 'stop trying to bowl the perfect ball'."
    )
    assert ("stop trying to bowl the perfect ball", "Walter Quill") in _who(text)
    nobody_named = "Maud Vexley said her lawyer told her the deal was \"as good as done\"."
    quotes = extract_quotes(nobody_named)
    assert [(q.speaker, q.speaker_description) for q in quotes] == [(None, "her lawyer")]
    herself = 'Maud Vexley said she had told her sister the money was "a bonus the trust had voted her".'
    assert _who(herself) == [("a bonus the trust had voted her", "Maud Vexley")]


def test_the_session_s_rules_hold_back_where_a_second_reader_found_them_wrong():
    # v759, from a second reader's invented texts: a participle's object in apposition is no sentence's subject;
    # "his Grandma Ruth" is someone's relative, not the one Ruth named in full; "X's father was blunt:" is the
    # father's; "Trader X of the bank Y, which said" is the bank's
    flanked = (
        "Tom Quill, 42, denies three counts of fraud.\n\n"
        'Flanked by his lawyer, Maud Quill, the defendant stared straight ahead. "I did nothing wrong," Quill said.'
    )
    assert _who(flanked) == [("I did nothing wrong,", "Tom Quill")]
    grandma = (
        "Ruth Vexley, the council's planning officer, said the application would be decided next month.\n\n"
        "Tom Marten grew up in the farmhouse with his Grandma Ruth. Grandma Ruth said it best: \"Never sell the land.\""
    )
    assert ("Never sell the land.", "Ruth Vexley") not in _who(grandma)
    father = 'Quarnby Rovers striker Aurek Moss\'s father was blunt: "He should have been on the pitch from the start."'
    assert ("He should have been on the pitch from the start.", "Aurek Moss") not in _who(father)
    bank = (
        "Police have named the victim as Ruth Quill. Trader Ruth Quill of the investment bank Vexley Securities, "
        'which said: "We are devastated," had worked there for ten years.'
    )
    assert ("We are devastated,", "Ruth Quill") not in _who(bank)


def test_a_document_from_a_body_speaks_past_its_participle_aside():
    # "A report from the X Inspectorate, published on Thursday, said staff were '...'": the body (v760; the aside
    # hid the author, as ", read out by the clerk," no longer does)
    text = 'A report from the Quarnby Care Inspectorate, published on Thursday, said staff were "working beyond their limits".'
    assert _who(text) == [("working beyond their limits", "Quarnby Care Inspectorate")]


def test_a_relative_or_a_role_then_how_they_answered_before_a_colon_speaks():
    # "Her sister disagreed: '...'": the sister (v761), as "She was blunter:" is the she
    text = (
        "Maud Quill, 34, has driven buses for twelve years. Her sister, Ilani Quill, works in the depot canteen.\n\n"
        'Her sister disagreed: "I\'d strike too, if I could."'
    )
    assert _who(text) == [("I'd strike too, if I could.", "Ilani Quill")]


def test_a_body_in_apposition_named_with_its_town_speaks():
    # "The supplier, X Cable Co. of Dayton, said it '...'": the supplier named, not the firm named before (v762)
    text = (
        "Quarnby Home Products Inc. recalled 40,000 heaters on Monday.\n\n"
        'The supplier, Marten Wire & Cable Co. of Vexley, said it "stands behind the quality of its products".'
    )
    assert _who(text) == [("stands behind the quality of its products", "Marten Wire & Cable Co.")]


def test_four_misreadings_of_bodies_and_numbers_found_in_held_out_347_to_350():
    # v763: "The British carrier said": the airline, not a body called "British"; "Forty-one former employees":
    # a number, no name; "The trust's own spokeswoman": the trust's; "who asked not to be named said": "asked"
    # is no verb of saying, and the place the neighbour lives on does not speak
    carrier = (
        "LONDON, March 4 (Marten Wire) - Quarnby Airways cancelled 200 flights on Tuesday, the airline said.\n\n"
        'The British carrier said in a statement the outage had been caused by "a hardware fault".'
    )
    assert _who(carrier) == [("a hardware fault", "Quarnby Airways")]
    number = 'Forty-one former employees of Quarnby Interactive have sued, saying they had no "60 days of notice".'
    assert all(s != "Forty-one" for _t, s in _who(number))
    trust = (
        "The Quarnby Valley Hospitals Trust closed the unit. A spokeswoman for the Vexley Health Alliance said "
        "members had been given \"less than a week's notice\".\n\n"
        'The trust\'s own spokeswoman said later that it would "publish a timetable within three months".'
    )
    assert ("publish a timetable within three months", "Quarnby Valley Hospitals Trust") in _who(trust)
    neighbour = 'Outside court, a neighbour on Orchard Vale who asked not to be named said the street had "taken sides".'
    assert _who(neighbour) == [("taken sides", None)]


def test_the_session_s_later_rules_hold_back_where_a_review_found_them_wrong():
    # v764, from a code review and a second reader of v758-v763 (invented texts): "encountered" is no "countered";
    # "was never there:" is no way of putting it; a nurse "from" a hospital is no document of it; a demonym before
    # a body's noun is no name anywhere in the sentence; "On Monday her mother rang" makes the mother the next she;
    # "his Grandma Ruthanne" says nothing of "Grandma Ruth"; "the council's own report" is the council's
    base = "Maud Vexley runs the Quarnby bakery. Her sister, Brisa Vexley, helps on Saturdays. "
    assert _who(base + 'Her sister encountered abuse: "Go back where you came from."') == [
        ("Go back where you came from.", None)
    ]
    assert _who(base + 'Her sister was never there: "I did it all myself."') == [("I did it all myself.", None)]
    nurse = (
        "Maud Vexley was taken to Quarnby General Hospital on Monday.\n\n"
        'A nurse from Quarnby General Hospital, seen leaving the ward on Monday, said: "She is stable."'
    )
    assert _who(nurse) == [("She is stable.", None)]
    carrier = 'Quarnby Airways cancelled 300 flights on Monday.\n\n"We apologise," the British carrier said.'
    assert _who(carrier) == [("We apologise,", "Quarnby Airways")]
    mother = (
        "Maud Vexley, 34, lost her job at the Quarnby mill in May. Her mother, Brisa Vexley, 61, lives nearby.\n\n"
        '"It was a shock," Maud Vexley says.\n\nOn Monday her mother rang.\n\n"I cried all night," she says.'
    )
    assert ("I cried all night,", "Brisa Vexley") in _who(mother)
    ruth = (
        "Ruth Quill, 88, has lived in Quarnby all her life. Tom Vexley, her grandson, visits on Sundays.\n\n"
        'Tom Vexley took his Grandma Ruthanne to the fair. "I never miss it," Grandma Ruth said.'
    )
    assert _who(ruth) == [("I never miss it,", "Ruth Quill")]
    report = 'Quarnby Council\'s own report said the service was "failing".'
    assert _who(report) == [("failing", "Quarnby Council")]


def test_a_relative_s_word_before_a_title_and_the_name_binds_the_relative():
    # "left his father, director of rugby Clive Quill, lost for words. '...,' said the elder Quill": Clive (v765;
    # the title between the comma and the name kept the father's word from him, and the elder went to the son)
    text = (
        "Tom Quill's penalty with the last kick of the game gave Vexley Harriers a 27-24 win and left his father, "
        "director of rugby Clive Quill, lost for words. Almost.\n\n"
        "'I've coached him since he was five and I've never seen him that calm,' said the elder Quill."
    )
    assert _who(text) == [("I've coached him since he was five and I've never seen him that calm,", "Clive Quill")]


def test_a_relative_named_by_a_given_name_after_a_passive_s_agent_is_of_that_agent_s_family():
    # "found by Clara Quill, 31, who runs the shop with her father, Vincent." then "Mr Quill said": Vincent Quill
    # (v766: "by" before her name read as a place's preposition, so she owned no father and he no surname)
    text = (
        "The letters were found by Clara Quill, 31, who runs Quill Antiques in Vexley with her father, Vincent.\n\n"
        "'They were tied up with a shoelace,' Miss Quill said.\n\n"
        "Mr Quill said: 'Clara did all the detective work. I just made the tea.'"
    )
    assert ("Clara did all the detective work. I just made the tea.", "Vincent Quill") in _who(text)


def test_the_one_a_question_names_as_its_object_does_not_answer_it():
    # "'Did you tell Mrs Vexley you had a team ready?' Ms Marten asked. / 'I might have said that,' the defendant
    # replied.": the defendant, not Mrs Vexley, whom the question is about (v767: only a name set off as a call
    # hands the answer to its bearer)
    text = (
        "Osbert Quill, 46, denies eight counts of fraud at Carrow Crown Court.\n\n"
        "Cross-examined by Gemma Marten KC, prosecuting, he was asked why he had taken a deposit from a widow.\n\n"
        "'Did you tell Mrs Vexley you had a team ready to start on the Monday?' Ms Marten asked.\n\n"
        "'I might have said that,' the defendant replied."
    )
    assert ("I might have said that,", "Osbert Quill") in _who(text)
    called = text.replace("Did you tell Mrs Vexley you had a team ready to start on the Monday?", "Did you start, Mr Brisa?")
    assert ("I might have said that,", "Osbert Quill") not in _who(called)


def test_the_last_places_of_a_list_joined_by_and_are_no_body():
    # "voted to shut the branches at Osbury, Vexley Vale and Upper Marten, saying the savings were
    # 'unavoidable'": no body called "Vexley Vale and Upper Marten" speaks (v768)
    text = (
        "The cabinet of Quarnby Borough Council voted 6-3 on Wednesday night to shut the branches at Osbury, "
        "Vexley Vale and Upper Marten, saying the savings were 'unavoidable'."
    )
    assert ("unavoidable", "Vexley Vale and Upper Marten") not in _who(text)


def test_v765_and_v766_hold_back_where_a_second_reader_found_them_wrong():
    # v768: an opening phrase's relative ("Asked about his son, head coach X, 55, said") is not X's role; an agent
    # inside a relative clause ("X, who was coached by Y, said her father, Z, ...") owns nobody's relative
    asked = (
        "Jake Quill, 24, scored twice on Saturday.\n\n"
        "Asked about his son, head coach Ben Quill, 55, said he was proud. 'He has earned it,' said the elder Quill."
    )
    assert ("He has earned it,", "Ben Quill") in _who(asked)
    coached = (
        "On Friday, Clara Vexley, who was coached by Anna Marten, said her father, Vincent, had built the boat.\n\n"
        "Mr Vexley said: 'She did all the work. I just held the ladder.'"
    )
    assert ("She did all the work. I just held the ladder.", "Vincent Vexley") in _who(coached)


def test_a_sentence_s_full_stop_after_ltd_is_no_part_of_the_firm_s_name():
    # "... from Quarnby Counters Ltd. A spokesman said ..." : "Quarnby Counters Ltd" (v769: "Ltd", "LLC" and "plc"
    # take no full stop of their own; "Inc." and "Co." keep theirs)
    text = (
        "The shop's new counters were made by Quarnby Counters Ltd. A spokesman for Quarnby Counters Ltd said the "
        'firm was "immensely proud" of the work.'
    )
    ltd = "The counters came from Quarnby Counters Ltd.\n\nThe firm said it was \"immensely proud\" of the work."
    assert _who(ltd) == [("immensely proud", "Quarnby Counters Ltd")]
    inc = "The counters came from Quarnby Counters Inc.\n\nThe firm said it was \"immensely proud\" of the work."
    assert _who(inc) == [("immensely proud", "Quarnby Counters Inc.")]
    assert _who(text) == [("immensely proud", "Quarnby Counters Ltd")]
    # (v771: an article that writes "Ltd." inside a sentence too keeps its stop: a second reader's find)
    dotted = (
        "The counters came from Quarnby Counters Ltd.\n\nA spokesman for Quarnby Counters Ltd. added that the firm "
        'was "immensely proud" of the work.'
    )
    assert _who(dotted) == [("immensely proud", "Quarnby Counters Ltd.")]


def test_a_name_holding_women_s_or_children_s_is_a_body_s():
    # "The National Women's Soccer Circuit said": a body, its name kept whole (v770; it was read as a person and
    # lost its "'s")
    text = "The National Women's Soccer Circuit said it would \"review all match incidents as standard procedure.\""
    assert _who(text) == [("review all match incidents as standard procedure.", "National Women's Soccer Circuit")]


def test_a_role_in_a_sentence_whose_he_or_she_is_someone_named_is_not_them():
    # "She says the surgeon gave her a choice": the surgeon is not the "she" (the role was guessed to be the last
    # woman named, so the surgeon's words, quoted by her, went to her)
    text = (
        "Maud Vexmoor, 52, sat in the hall in Dalby. Her brother, Osbert Vexmoor, sat beside her.\n\n"
        '"She made me play it 40 times in one night," says Osbert Vexmoor.\n\n'
        'Last year, Vexmoor was diagnosed with nodules and cancelled a tour. She says the surgeon gave her a choice.\n\n'
        "\"The surgeon said, 'You can sing again, or you can tour, but not both this year,' and I chose singing,\" "
        "she says."
    )
    who = _who(text)
    assert ("You can sing again, or you can tour, but not both this year,", None) in who
    assert who[1][1] == "Maud Vexmoor"
    # the role that describes the he or she is theirs: "she is now the mayor"
    mayor = (
        "Maud Vexmoor grew up in Dalby, and she is now the mayor of the town.\n\n"
        '"We will not close the library," the mayor said.'
    )
    assert _who(mayor) == [("We will not close the library,", "Maud Vexmoor")]


def test_a_role_owned_by_a_named_body_after_written_to_is_the_one_written_to():
    # "has written to Vexley Buses's managing director, X, asking him to '...'": X is whom the letter went to; the
    # writer asks (as with "the company's managing director", a body's name owns the role)
    text = (
        "The local MP, Maud Osgrave-Price, has written to Vexley's managing director, Osbert Quarn, asking him to "
        "'pause and talk'."
    )
    assert _who(text) == [("pause and talk", "Maud Osgrave-Price")]


def test_the_one_a_reported_clause_opens_on_does_its_telling():
    # "X testified that Y knocked on her door and told her: '...'": Y's words; "X said Y then said:" too -- but
    # "X said Y had been dismissed and described the suit as '...'": X's second verb
    told = (
        "Agnes Quarn, 84, testified that Osbert Vexmoor knocked on her door the morning after the storm and told "
        'her: "Your roof is one more rain away from falling in."'
    )
    assert _who(told) == [("Your roof is one more rain away from falling in.", "Osbert Vexmoor")]
    then = 'Agnes Quarn said Osbert Vexmoor then said: "Your roof is falling in."'
    assert _who(then) == [("Your roof is falling in.", "Osbert Vexmoor")]
    pluperfect = (
        "Miss Quarn said Mr Vexmoor had paid invoices to so-called ghost suppliers and had assured fellow trustees "
        "the accounts were 'in the rudest of health'."
    )
    assert _who(pluperfect) == [("in the rudest of health", "Vexmoor")]
    described = (
        'Maud Quarn said Osbert Vexmoor was dismissed for "repeated failures" and described his lawsuit as '
        '"an attempt to rewrite history."'
    )
    assert ("an attempt to rewrite history.", "Maud Quarn") in _who(described)


def test_the_relative_of_someone_named_is_nobody_named_and_their_she_theirs():
    # "the sister of Vexmoor said ... '...,' she said": the sister, whom the article does not name -- not the last
    # woman named (the relative's word was guessed to be her)
    text = (
        "Tomas Vexmoor, 34, died when the garage roof fell in.\n\n"
        "Brisa Quarn, who is expected to testify next week, sat in the second row and wept.\n\n"
        'Outside the courthouse, the sister of Vexmoor said the family had waited "two long years" for the trial. '
        '"We just want somebody to say out loud what happened," she said.'
    )
    assert [who for _q, who in _who(text)] == [None, None]


def test_a_role_opening_a_sentence_of_the_quote_is_not_the_he_after_it():
    # '"Fair? The butcher has told me he will close," he said': the councillor who spoke before, not the butcher
    # the next paragraph names
    text = (
        "Cllr Maud Osgrave told the meeting the village had to pay its share.\n\n"
        'Cllr Aurek Vexmoor, who represents the village, said the plan would "finish off" its five remaining shops.\n\n'
        '"You say finish off. I say fair," Cllr Osgrave replied.\n\n'
        '"Fair? The butcher has told me he will close," he said.\n\n'
        "The butcher, Osbert Quarn, was sitting in the public gallery, and he read from a prepared note."
    )
    assert ("Fair? The butcher has told me he will close,", "Aurek Vexmoor") in _who(text)


def test_the_narrowings_a_second_reader_asked_of_v772_to_v774():
    # v775, from a second reader's invented texts: an opening clause's he/she may be the role's own ("When he
    # arrived, the chief executive promised"); a copula, a possessive or a person as the object after "said" or
    # "recalled" leaves the second verb the sayer's; "prompted X Council's leader, Y, to say" is Y's; "the widow of
    # X" may be the one of X's surname the article named
    opening = (
        "Osbert Quarn became chief executive of Vexmoor Water in May.\n\n"
        'When he arrived, the chief executive promised: "Every leak will be fixed within a year."'
    )
    assert _who(opening) == [("Every leak will be fixed within a year.", "Osbert Quarn")]
    copula = 'Maud Quarn said Osbert Vexmoor was a liar and told us: "He will get what he deserves."'
    assert _who(copula) == [("He will get what he deserves.", "Maud Quarn")]
    recalled = 'Maud Quarn recalled Osbert Vexmoor and told us: "He was the kindest man I ever knew."'
    assert _who(recalled) == [("He was the kindest man I ever knew.", "Maud Quarn")]
    prompted = "The decision prompted Vexmoor Council's leader, Osbert Quarn, to say: \"This is a dark day.\""
    assert _who(prompted) == [("This is a dark day.", "Osbert Quarn")]
    widow = (
        "Maud Lindqvist, 58, lost her husband in the blast at the mill. Osbert Lindqvist had worked there for "
        "thirty years.\n\n"
        'The widow of Osbert Lindqvist told the inquest: "He knew the boiler was dangerous."'
    )
    assert _who(widow) == [("He knew the boiler was dangerous.", "Maud Lindqvist")]


def test_according_to_a_statement_from_someone_is_theirs():
    # '"...," according to a statement from the company': the company's, as "according to the company" (the words
    # were left to nobody, or given to the last body that issued a statement)
    text = 'Vexmoor Homes backed the decision. "Nobody got everything," according to a statement from the company.'
    assert _who(text) == [("Nobody got everything,", "Vexmoor Homes")]
    office = (
        'In a statement, Osgrave Homes said it was "grateful to the council".\n\n'
        'Mayor Maud Lindqvist backed the decision. "Nobody got everything," according to a statement from her office.'
    )
    assert ("Nobody got everything,", "Osgrave Homes") not in _who(office)


def test_the_narrowings_a_second_reader_and_a_review_asked_of_v773_and_v776():
    # v777: "a statement from the regulator, Quarnwatch" is the name's, read as before; "told us" and "recalled X
    # at her wedding" leave the quote the sayer's
    named_after = (
        'Fares will rise by 9%. "The rise is fair," according to a statement from the regulator, Quarnwatch.'
    )
    assert _who(named_after) == [("The rise is fair,", "Quarnwatch")]
    told_us = 'Maud Vexmoor said Osbert Quarn did a great job for her and told us: "He is the best."'
    assert _who(told_us) == [("He is the best.", "Maud Vexmoor")]
    recalled = 'Maud Vexmoor recalled Osbert Quarn at her wedding and told us: "He was the kindest man."'
    assert _who(recalled) == [("He was the kindest man.", "Maud Vexmoor")]
