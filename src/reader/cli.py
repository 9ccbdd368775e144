"""The ``reader`` command line: a thin shell over :mod:`reader.library`.

Each command parses its options, opens the library, makes one call and prints
the result, plain or as ``--json``. User-facing errors become one line on
stderr and a non-zero exit. Qt is imported only by the commands that open the
window or render it, so the rest start fast.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from reader import __version__
from reader.errors import ReaderError

log = logging.getLogger(__name__)


class Context:
    """What the root command hands to every subcommand."""

    def __init__(self, data_dir: str | None) -> None:
        self.data_dir = data_dir

    def library(self):  # -> Library; imported lazily to keep --help fast
        from reader.library import Library

        return Library.open(self.data_dir)


pass_ctx = click.make_pass_decorator(Context)


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


def user_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn :class:`ReaderError` into a one-line message and exit code 1."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except ReaderError as exc:
            raise click.ClickException(exc.message) from exc

    return wrapper


def emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="reader")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=str),
    envvar="READER_DATA_DIR",
    help="Where the library lives (default: the user data directory; env READER_DATA_DIR).",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None) -> None:
    """A local-first reader for news and long-form articles.

    With no command, opens the window.

    Example: reader add story.txt && reader
    """
    ctx.obj = Context(data_dir)
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_cmd)


@cli.command("open")
@click.argument("target", required=False)
@pass_ctx
@user_errors
def open_cmd(obj: Context, target: str | None) -> None:
    """Open the window, on an article ID or a FILE (which is added first).

    Example: reader open 3
    """
    from reader.ui.app import run

    sys.exit(run(obj.data_dir, target))


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@json_option
@pass_ctx
@user_errors
def add(obj: Context, sources: tuple[str, ...], as_json: bool) -> None:
    """Save files, folders and web pages to the library.

    Each SOURCE is a file (.html, .htm, .md, .txt), a folder (every supported
    file below it) or an http(s) URL. Prints each new article's id and title,
    or "already saved as ID"; a folder ends with a summary. Exits 1 if any
    source failed (the others are still saved).

    Example: reader add story.html notes.md ~/Saved https://example.com/news/story
    """
    from reader.library import expand_sources

    with obj.library() as lib:
        files = expand_sources(sources)
        many = len(files) > 1 or any(Path(s).is_dir() for s in sources if "://" not in s)
        show_bar = many and not as_json and sys.stderr.isatty()
        if show_bar:
            with click.progressbar(length=len(files), label="Adding", file=sys.stderr) as bar:

                def progress(done: int, _total: int, _src: str) -> None:
                    bar.update(done - bar.pos)

                result = lib.add_many(files, progress=progress)
        else:
            result = lib.add_many(files)
    if as_json:
        emit_json(result.to_dict())
    else:
        for r in result.added:
            click.echo(f"{r.id}\t{r.title}")
        for r in result.existing:
            click.echo(f"already saved as {r.id}\t{r.title}")
        if many:
            click.echo(result.summary())
    for _source, message in result.failed:
        click.echo(f"Error: {message}", err=True)
    if result.failed:
        sys.exit(1)


@cli.command()
@click.argument("article_id", type=int, required=False)
@click.option("--fetch", is_flag=True, help="Download the page again instead of re-extracting the kept copy.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Recompute quotes made by an older extractor.")
@click.option("--all", "all_", is_flag=True, help="With --quotes: recompute every article's quotes.")
@json_option
@pass_ctx
@user_errors
def refresh(obj: Context, article_id: int | None, fetch: bool, quotes_only: bool, all_: bool, as_json: bool) -> None:
    """Re-extract an article from its kept original (or re-fetch it).

    With --quotes, recompute the stored quotes of every article whose quotes
    came from an older extractor.

    Example: reader refresh 3 --fetch
    """
    with obj.library() as lib:
        if quotes_only:
            ids = [article_id] if article_id is not None else None
            if ids:
                lib.article(article_id)  # clear error for an unknown id
                done = lib.refresh_quotes(force=True, ids=ids)
            else:
                done = lib.refresh_quotes(force=all_)
            if as_json:
                emit_json({"refreshed": done})
            else:
                click.echo(f"recomputed quotes for {len(done)} article(s)")
            return
        if article_id is None:
            raise click.UsageError("give an ARTICLE_ID, or --quotes")
        r = lib.refresh(article_id, fetch=fetch)
    if as_json:
        emit_json(r.to_dict())
    else:
        click.echo(f"refreshed {r.id}\t{r.title}")


@cli.command("list")
@json_option
@pass_ctx
@user_errors
def list_cmd(obj: Context, as_json: bool) -> None:
    """List saved articles, newest first.

    Example: reader list --json
    """
    with obj.library() as lib:
        items = lib.summaries()
    if as_json:
        emit_json([s.to_dict() for s in items])
        return
    for s in items:
        site = f"  ({s.site})" if s.site else ""
        click.echo(f"{s.id}\t{s.title}{site}")


@cli.command()
@click.argument("article_id", type=int)
@json_option
@click.option("--text", "as_text", is_flag=True, help="Print exactly the canonical text.")
@pass_ctx
@user_errors
def show(obj: Context, article_id: int, as_json: bool, as_text: bool) -> None:
    """Show one article: its metadata and text.

    --text prints exactly the canonical text that every offset refers to.

    Example: reader show 1 --text
    """
    with obj.library() as lib:
        a = lib.article(article_id)
    if as_text:
        click.echo(a.text, nl=False)
        return
    if as_json:
        emit_json(
            {
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "url": a.url,
                "author": a.author,
                "site": a.site,
                "published": a.published,
                "added": a.added,
                "language": a.language,
                "description": a.description,
                "word_count": a.word_count,
                "reading_minutes": a.reading_minutes,
                "blocks": [b.to_dict() for b in a.blocks],
                "text": a.text,
            }
        )
        return
    click.echo(a.title)
    meta = " · ".join(x for x in (a.author, a.site, a.published, f"{a.word_count} words") if x)
    click.echo(meta)
    click.echo()
    click.echo(a.text)


@cli.command()
@click.argument("article_id", type=int)
@json_option
@pass_ctx
@user_errors
def remove(obj: Context, article_id: int, as_json: bool) -> None:
    """Delete an article with its highlights, notes and quotes.

    Example: reader remove 3
    """
    with obj.library() as lib:
        r = lib.remove(article_id)
    if as_json:
        emit_json(r.to_dict())
        return
    extra = []
    if r.highlights:
        extra.append(f"{r.highlights} highlight(s)")
    if r.notes:
        extra.append(f"{r.notes} note(s)")
    click.echo(f"removed {r.id}\t{r.title}" + (f" with {', '.join(extra)}" if extra else ""))


@cli.command()
@click.argument("source")
@json_option
@pass_ctx
@user_errors
def quotes(obj: Context, source: str, as_json: bool) -> None:
    """List the direct quotes in an article, each with its speaker.

    SOURCE is a saved article's ID, or a FILE or URL, which is read and
    extracted without being saved. --json prints objects with text, speaker,
    start and end (offsets in the canonical text, as `reader show ID --text`
    prints it) and kind.

    Example: reader quotes 1 --json
    """
    if source.isdigit() and not Path(source).exists():
        with obj.library() as lib:
            found = lib.quotes(int(source))
    else:
        from reader.importers import load
        from reader.quotes import extract_quotes

        article = load(source).article
        found = extract_quotes(article.text, article.blocks)
    if as_json:
        emit_json([q.to_dict() for q in found])
        return
    if not found:
        click.echo("no direct quotes")
    for i, q in enumerate(found, 1):
        kind = "" if q.kind == "direct" else f" ({q.kind})"
        click.echo(f"{i}. {q.speaker or 'Unattributed'}{kind}: “{q.text}”")


def _parse_size(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise click.BadParameter("expected WIDTHxHEIGHT, e.g. 1400x900") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise click.BadParameter("width and height must be between 200 and 8000")
    return w, h


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--article", "article_id", type=int, help="Article to show (default: the newest).")
@click.option("--size", default="1400x900", callback=_parse_size, help="Window size, WIDTHxHEIGHT.")
@pass_ctx
@user_errors
def screenshot(obj: Context, out: Path, article_id: int | None, size: tuple[int, int]) -> None:
    """Render the main window offscreen and write it as a PNG.

    Works without a display.

    Example: reader screenshot docs/window.png --size 1400x900
    """
    from reader.ui.app import screenshot as take

    take(obj.data_dir, out, article_id=article_id, size=size)
    click.echo(str(out))


def main() -> None:
    """Run the click command line (the console script is :func:`reader.launch.main`)."""
    from reader.launch import LOG_FORMAT

    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT)
    cli(prog_name="reader")
