"""The command line, driven through a subprocess as a user would."""

import json
import subprocess
import sys

import pytest

from reader import __version__


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Floods hit the valley\n\nRain fell all night.\n\nMore is due on Friday.", encoding="utf-8")
    return p


def test_version_and_help(run_cli):
    assert run_cli("--version", check=True).stdout_text.strip() == f"reader, version {__version__}"
    out = run_cli("--help", check=True).stdout_text
    for cmd in ("add", "list", "show", "remove", "open", "screenshot", "refresh"):
        assert cmd in out


def test_console_script_matches_python_m(tmp_path):
    exe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import shutil,sys; print(shutil.which('reader', path=__import__('os').path.dirname(sys.executable)))",
        ],
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert exe and exe != "None", "the reader console script is installed beside the interpreter"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout


def test_add_list_show_remove(run_cli, article):
    added = run_cli("add", str(article), check=True).stdout_text
    aid, title = added.strip().split("\t")
    assert title == "Floods hit the valley"

    listed = json.loads(run_cli("list", "--json", check=True).stdout_text)
    assert [(a["id"], a["title"]) for a in listed] == [(int(aid), title)]
    assert run_cli("list", check=True).stdout_text.startswith(f"{aid}\tFloods hit the valley")

    shown = json.loads(run_cli("show", aid, "--json", check=True).stdout_text)
    assert shown["text"] == "Rain fell all night.\n\nMore is due on Friday."
    assert shown["word_count"] == 9
    assert [b["kind"] for b in shown["blocks"]] == ["paragraph", "paragraph"]
    assert run_cli("show", aid, "--text", check=True).stdout_text == shown["text"]
    plain = run_cli("show", aid, check=True).stdout_text
    assert plain.splitlines()[0] == "Floods hit the valley" and "More is due on Friday." in plain

    again = run_cli("add", str(article), check=True).stdout_text
    assert again.startswith(f"already saved as {aid}")

    assert run_cli("remove", aid, check=True).stdout_text.startswith(f"removed {aid}")
    assert json.loads(run_cli("list", "--json", check=True).stdout_text) == []


def test_add_json(run_cli, article):
    out = json.loads(run_cli("add", str(article), "--json", check=True).stdout_text)
    assert out == {
        "added": [{"id": 1, "title": "Floods hit the valley", "created": True}],
        "existing": [],
        "failed": [],
        "cancelled": False,
    }


def test_data_dir_option_and_env_var(run_cli, article, tmp_path):
    other = tmp_path / "elsewhere"
    run_cli("--data-dir", str(other), "add", str(article), check=True)
    assert (other / "library.db").exists()
    assert json.loads(run_cli("list", "--json", check=True).stdout_text) == []  # READER_DATA_DIR one is empty
    env_dir = tmp_path / "from-env"
    run_cli("add", str(article), env={"READER_DATA_DIR": str(env_dir)}, check=True)
    assert (env_dir / "library.db").exists()


def _assert_one_line_error(proc, needle):
    assert proc.returncode != 0
    lines = proc.stderr_text.strip().splitlines()
    assert len(lines) == 1, proc.stderr_text
    assert needle in lines[0]
    assert "Traceback" not in proc.stderr_text


def _file(name, content):
    def make(d):
        (d / name).write_bytes(content)
        return d / name

    return make


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "a folder with no articles in it"),
        (_file("empty.txt", b""), "empty"),
        (_file("bin.txt", b"\x00\x01\x02PK\x03\x04" * 50), "binary"),
        (_file("noise.txt", bytes(range(0x80, 0x100)) * 3), "cannot tell how the text is encoded"),
        (_file("paper.pdf", b"%PDF-1.7 fake"), "PDF files are not supported yet"),
    ],
    ids=["missing", "directory", "empty", "binary", "undecodable", "pdf"],
)
def test_add_errors_leave_library_unchanged(run_cli, article, tmp_path, make, needle):
    run_cli("add", str(article), check=True)
    before = run_cli("list", "--json", check=True).stdout_text
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    target = make(bad_dir)
    _assert_one_line_error(run_cli("add", str(target)), needle)
    assert run_cli("list", "--json", check=True).stdout_text == before


@pytest.mark.parametrize("cmd", [("show", "99"), ("remove", "99"), ("show", "99", "--text")])
def test_unknown_id(run_cli, cmd):
    _assert_one_line_error(run_cli(*cmd), "no article with id 99")


def test_good_files_saved_even_when_one_fails(run_cli, article, tmp_path):
    proc = run_cli("add", str(article), str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert proc.stdout_text.startswith("1\t")
    assert "1 added, 0 already saved, 1 failed" in proc.stdout_text
    assert "nope.txt: no such file" in proc.stderr_text


def test_core_commands_do_not_import_qt(run_cli):
    code = (
        "import sys; from click.testing import CliRunner; from reader.cli import cli; "
        "r = CliRunner().invoke(cli, ['list', '--json']); assert r.exit_code == 0, r.output; "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_library_chatter_stays_out_of_command_output():
    import subprocess
    import sys

    code = (
        "import logging; from reader.launch import setup_logging; setup_logging(); "
        "logging.getLogger('trafilatura.core').warning('discarding data: None'); "
        "logging.getLogger('trafilatura.core').error('a real failure'); "
        "logging.getLogger('reader.library').warning('ours still shows')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "discarding data" not in out.stderr
    assert "a real failure" in out.stderr and "ours still shows" in out.stderr
