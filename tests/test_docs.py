"""Docs are tested like code: every command is in the README and has help with an example."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented_in_readme(name):
    assert f"reader {name}" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_ends_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example: reader" in result.output


def test_readme_starts_with_the_two_setup_commands():
    blocks = README.split("```sh\n")[1:3]
    app_cmd, test_cmd = (b.split("\n", 1)[0] for b in blocks)
    assert "pip install -e ." in app_cmd and app_cmd.endswith("reader")
    assert "pip install -e '.[test]'" in test_cmd and "pytest" in test_cmd
