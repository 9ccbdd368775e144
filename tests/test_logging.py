"""The log: warnings on stderr, -v for more, and a rotated file in the data directory."""

from __future__ import annotations

import logging

from reader.launch import LOG_BACKUPS, LOG_MAX_BYTES, attach_log_file


def test_a_command_leaves_its_story_in_the_log_file(run_cli, data_dir):
    run_cli("backup", check=True)
    log = data_dir / "logs" / "reader.log"
    assert "INFO reader.backup: backup made:" in log.read_text(encoding="utf-8")


def test_verbose_says_what_reader_does_on_stderr(run_cli):
    quiet = run_cli("backup", check=True)
    assert "backup made" not in quiet.stderr_text
    loud = run_cli("-v", "backup", check=True)
    assert "INFO reader.backup: backup made:" in loud.stderr_text


def test_no_log_folder_until_there_is_something_to_log(run_cli, data_dir):
    run_cli("--help", check=True)
    assert not (data_dir / "logs").exists()


def test_the_log_file_rotates_and_keeps_three_old_files(tmp_path):
    path = attach_log_file(tmp_path)
    log = logging.getLogger("reader.test_rotation")
    try:
        line = "x" * 1000
        for _ in range(int(LOG_MAX_BYTES / 1000 * (LOG_BACKUPS + 2))):
            log.warning(line)
        names = sorted(p.name for p in path.parent.iterdir())
        assert names == ["reader.log"] + [f"reader.log.{i}" for i in range(1, LOG_BACKUPS + 1)]
        assert all(p.stat().st_size <= LOG_MAX_BYTES + 2000 for p in path.parent.iterdir())
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_reader_file", False):
                logging.getLogger().removeHandler(h)
                h.close()


def test_an_unexpected_error_is_logged_with_its_traceback(tmp_path, monkeypatch, capsys):
    import sys

    from reader.launch import install_excepthook

    monkeypatch.setattr(sys, "excepthook", lambda *a: None)  # what Python would print
    path = attach_log_file(tmp_path)
    try:
        install_excepthook()
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
        text = path.read_text(encoding="utf-8")
        assert "ERROR reader: unexpected error" in text and "ValueError: boom in a slot" in text
        assert "Traceback" in text
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_reader_file", False):
                logging.getLogger().removeHandler(h)
                h.close()
