"""Quality gate: the extractor's scores on the gold set (tests/data/quotes) must hold.

A threshold on quality, not on time: a change that loses quotes or speakers fails CI.
benchmarks/quotes_eval.py prints the full report (per case type, every error).
"""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("quotes_eval", ROOT / "benchmarks" / "quotes_eval.py")
quotes_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quotes_eval)


@pytest.fixture(scope="module")
def report():
    return quotes_eval.evaluate()


def test_gold_set_is_big_enough(report):
    assert report["articles"] >= 25 and report["gold_quotes"] >= 250


def test_span_f1(report):
    assert report["span_f1"] >= 0.95, "\n".join(report["errors"])


def test_end_to_end_f1(report):
    assert report["e2e_f1"] >= 0.92, "\n".join(report["errors"])


def test_no_trap_is_reported_as_speech(report):
    assert report["trap_false_positives"] == 0


def test_every_case_type_is_mostly_found(report):
    weak = {t: v["span_recall"] for t, v in report["per_tag"].items() if v["span_recall"] < 0.75}
    assert weak == {}
