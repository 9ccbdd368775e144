"""`reader quotes` and `reader refresh --quotes` through the command line."""

import json

from tests_helpers import SAMPLE_GOLD


def test_quotes_of_a_file_without_saving(run_cli, sample_file):
    out = json.loads(run_cli("quotes", str(sample_file), "--json", check=True).stdout_text)
    assert [(q["text"], q["speaker"], q["kind"]) for q in out] == SAMPLE_GOLD
    assert json.loads(run_cli("list", "--json", check=True).stdout_text) == []  # nothing saved


def test_quotes_of_a_saved_article_cut_out_of_its_canonical_text(run_cli, sample_file):
    aid = run_cli("add", str(sample_file), check=True).stdout_text.split("\t")[0]
    text = run_cli("show", aid, "--text", check=True).stdout_text
    out = json.loads(run_cli("quotes", aid, "--json", check=True).stdout_text)
    assert [(q["text"], q["speaker"], q["kind"]) for q in out] == SAMPLE_GOLD
    for q in out:
        assert text[q["start"] : q["end"]] == q["text"]
        assert set(q) >= {"text", "speaker", "start", "end", "kind"}
    plain = run_cli("quotes", aid, check=True).stdout_text.splitlines()
    assert plain[0] == "1. Sir Keir Starmer (partial): “a number of countries”"
    assert plain[4].startswith("5. Edi Rama: “We have been asked")


def test_quotes_errors(run_cli, tmp_path):
    missing = run_cli("quotes", "42")
    assert missing.returncode == 1 and "no article with id 42" in missing.stderr_text
    nofile = run_cli("quotes", str(tmp_path / "nope.html"))
    assert nofile.returncode == 1 and "no such file" in nofile.stderr_text


def test_refresh_quotes_recomputes_old_ones(run_cli, sample_file, data_dir):
    import sqlite3

    aid = run_cli("add", str(sample_file), check=True).stdout_text.split("\t")[0]
    db = sqlite3.connect(data_dir / "library.db")
    with db:  # as if saved by an older extractor that found nothing
        db.execute("DELETE FROM quotes")
        db.execute("UPDATE articles SET quotes_version = 0")
    db.close()
    assert json.loads(run_cli("quotes", aid, "--json", check=True).stdout_text) == []
    done = json.loads(run_cli("refresh", "--quotes", "--json", check=True).stdout_text)
    assert done == {"refreshed": [int(aid)]}
    assert len(json.loads(run_cli("quotes", aid, "--json", check=True).stdout_text)) == 5
    # nothing is stale now
    assert json.loads(run_cli("refresh", "--quotes", "--json", check=True).stdout_text) == {"refreshed": []}


def test_quotes_say_which_speakers_to_check_and_which_are_unclear(run_cli, tmp_path):
    article = tmp_path / "bakery.txt"
    article.write_text(
        "\u201cWe will appeal,\u201d said Ottilie Vanterpool, the borough's housing minister, and Aleksey Vexwick "
        "agreed.\n\n"
        "The housing minister later spoke again. \u201cWe expected better,\u201d the minister said.\n\n"
        "Quillan Provisions recalled 2 million bags on Monday.\n\n"
        "The company said the sites were \u201cno longer profitable in any form\u201d.\n\n"
        "Quessa Vexley has run the bakery on Osric Street for a decade.\n\n"
        "Asked about the fashion for sourdough, Ms Vexley laughed. \u201cEveryone is a baker now,\u201d she said.\n\n"
        "On why she has turned down offers to open a second shop: "
        "\u201cBecause then I would be a manager, not a baker.\u201d\n",
        encoding="utf-8",
    )
    out = json.loads(run_cli("quotes", str(article), "--json", check=True).stdout_text)
    by_text = {q["text"]: q for q in out}
    assert by_text["We will appeal,"]["confidence"] >= 0.8  # named right beside the quote
    role = by_text["We expected better,"]
    assert (role["speaker"], role["method"]) == ("Ottilie Vanterpool", "role") and role["confidence"] >= 0.5
    unclear = by_text["Because then I would be a manager, not a baker."]
    assert unclear["speaker"] is None and unclear["confidence"] is None
    plain = run_cli("quotes", str(article), check=True).stdout_text.splitlines()
    assert len(plain) == len(out)
    for q, line in zip(out, plain, strict=True):  # marked exactly when less likely right than 80%
        assert ("[check]" in line) == (q["confidence"] is not None and q["confidence"] < 0.8)
    assert any("[check]" in line for line in plain)  # a role, or a firm found by "the company", is such a one
    assert plain[-1] == f"{len(out)}. Speaker unclear: \u201cBecause then I would be a manager, not a baker.\u201d"


def test_a_speaker_the_article_does_not_name_is_given_in_its_words(run_cli, tmp_path):
    article = tmp_path / "yard.txt"
    article.write_text(
        "The Quarnby yard stayed shut on Monday.\n\n"
        "\u201cNobody has been paid since March,\u201d said one senior driver, who asked not to be named.\n\n"
        "\u201cWe are close to a deal,\u201d he said.\n",
        encoding="utf-8",
    )
    out = json.loads(run_cli("quotes", str(article), "--json", check=True).stdout_text)
    assert [(q["speaker"], q["speaker_description"]) for q in out] == [
        (None, "one senior driver"),
        (None, None),  # a "he" the article never names: nothing to describe him by
    ]
    plain = run_cli("quotes", str(article), check=True).stdout_text.splitlines()
    assert plain == [
        "1. One senior driver: \u201cNobody has been paid since March,\u201d",
        "2. Speaker unclear: \u201cWe are close to a deal,\u201d",
    ]
