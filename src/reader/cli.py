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
@click.option("-v", "--verbose", count=True, help="Say what reader does on stderr (-vv: debug detail).")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, verbose: int) -> None:
    """A local-first reader for news and long-form articles.

    With no command, opens the window. What happens is also kept in
    DATA_DIR/logs/reader.log (rotated at 1 MB).

    Example: reader add story.txt && reader
    """
    from reader import paths
    from reader.launch import attach_log_file, setup_logging

    setup_logging(verbose)
    attach_log_file(paths.data_dir(data_dir))
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
@click.option(
    "--view",
    type=click.Choice(["all", "unread", "favourites", "archive"]),
    default="all",
    show_default=True,
    help="all: everything but the archive.",
)
@click.option("--sort", type=click.Choice(["added", "published", "title"]), default="added", show_default=True)
@click.option("--tag", help="Only articles with this tag.")
@json_option
@pass_ctx
@user_errors
def list_cmd(obj: Context, view: str, sort: str, tag: str | None, as_json: bool) -> None:
    """List saved articles: newest first, in a view, an order, with a tag.

    Example: reader list --view unread --sort published --json
    """
    with obj.library() as lib:
        items = lib.summaries(lib.article_ids(view=view, sort=sort, tag=tag))
    if as_json:
        emit_json([s.to_dict() for s in items])
        return
    for s in items:
        site = f"  ({s.site})" if s.site else ""
        click.echo(f"{s.id}\t{s.title}{site}")


@cli.command()
@click.argument("article_ids", type=int, nargs=-1, required=True)
@click.option("--read/--unread", default=None, help="Mark read, or unread again.")
@click.option("--favourite/--unfavourite", default=None, help="Star, or take the star off.")
@click.option("--archive/--unarchive", "archived", default=None, help="Move to the archive, or back.")
@json_option
@pass_ctx
@user_errors
def mark(
    obj: Context,
    article_ids: tuple[int, ...],
    read: bool | None,
    favourite: bool | None,
    archived: bool | None,
    as_json: bool,
) -> None:
    """Mark articles read or unread, favourite, archived.

    Example: reader mark 3 4 --read --archive
    """
    if read is None and favourite is None and archived is None:
        raise ReaderError("say what to mark: --read, --unread, --favourite, --unfavourite, --archive or --unarchive")
    with obj.library() as lib:
        lib.set_state(list(article_ids), read=read, favourite=favourite, archived=archived)
        items = lib.summaries(list(article_ids))
    if as_json:
        emit_json([s.to_dict() for s in items])
        return
    for s in items:
        state = ", ".join(
            x
            for x in (
                "read" if s.read else "unread",
                "favourite" if s.favourite else "",
                "archived" if s.archived else "",
            )
            if x
        )
        click.echo(f"{s.id}\t{s.title}\t{state}")


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
        tags = lib.article_tags(article_id)
        note = lib.article_note(article_id)
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
                "tags": tags,
                "note": note.body if note else None,
                "blocks": [b.to_dict() for b in a.blocks],
                "text": a.text,
            }
        )
        return
    click.echo(a.title)
    meta = " · ".join(x for x in (a.author, a.site, a.published, f"{a.word_count} words") if x)
    click.echo(meta)
    if tags:
        click.echo("tags: " + ", ".join(tags))
    if note:
        click.echo("note: " + note.body)
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
@click.argument("source", required=False)
@click.option("--speaker", help="Instead: this person's quotes across the whole library, newest first.")
@click.option(
    "--set-speaker",
    nargs=2,
    metavar="SEQ NAME",
    help='Correct quote SEQ (its number in the list): NAME said it ("" for speaker unclear).',
)
@click.option("--not-quote", type=int, metavar="SEQ", help="Mark quote SEQ as not a quote (a title, a slogan).")
@click.option("--reset", is_flag=True, help="Forget your corrections of this article's quotes.")
@json_option
@pass_ctx
@user_errors
def quotes(
    obj: Context,
    source: str | None,
    speaker: str | None,
    set_speaker: tuple[str, str] | None,
    not_quote: int | None,
    reset: bool,
    as_json: bool,
) -> None:
    """List the direct quotes in an article, each with its speaker.

    SOURCE is a saved article's ID, or a FILE or URL, which is read and
    extracted without being saved. --json prints objects with text, speaker,
    start and end (offsets in the canonical text, as `reader show ID --text`
    prints it), kind, and how the speaker was found (method: name,
    organisation, statement, role, pronoun, previous sentence, previous
    paragraph, nested, reader) with its confidence (how often that way was
    right on test articles); a weakly found speaker is marked [check]. A
    speaker the article does not name is shown in its own words ("a person
    familiar with the talks", speaker_description in --json); a speaker
    nothing in the article gives is "Speaker unclear".
    With --speaker NAME (any name or role the articles
    used), the quotes of that person across the library, each with its
    article.

    Corrections (--set-speaker, --not-quote, --reset) are kept apart from
    what the extractor found and survive re-extraction; a corrected quote
    has the cue "reader".

    Example: reader quotes 1 --json
    Example: reader quotes 1 --set-speaker 3 "Ada Lovelace"
    """
    corrections = sum(x is not None and x is not False for x in (set_speaker, not_quote, reset or None))
    if corrections:
        if corrections > 1 or speaker is not None or source is None or not source.isdigit():
            raise ReaderError("give one saved article's ID with one of --set-speaker, --not-quote or --reset")
        with obj.library() as lib:
            if reset:
                n = lib.reset_quote_corrections(int(source))
                click.echo(f"forgot {n} correction(s)", err=as_json)
                found = lib.quotes(int(source))
            elif set_speaker is not None:
                seq, name = set_speaker
                if not seq.isdigit():
                    raise ReaderError(f"--set-speaker takes the quote's number, then the name (got {seq!r})")
                found = lib.correct_quote(int(source), int(seq), speaker=name)
            else:
                found = lib.correct_quote(int(source), int(not_quote), not_quote=True)
        if as_json:
            emit_json([q.to_dict() for q in found])
        else:
            _print_quotes(found)
        return
    if speaker is not None:
        if source is not None:
            raise ReaderError("give an article or --speaker, not both")
        with obj.library() as lib:
            hits = lib.search(f'speaker:"{speaker.replace(chr(34), "")}"', limit=1000)
        if as_json:
            emit_json([h.to_dict() for h in hits])
            return
        if not hits:
            click.echo(f"no quotes by “{speaker}”")
        for h in hits:
            click.echo(f"{h.article_id}\t{h.speaker}: “{h.snippet}”\t({h.title})")
        return
    if source is None:
        raise ReaderError("give an article ID, a FILE or URL, or --speaker NAME")
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
    _print_quotes(found)


def _print_quotes(found: list) -> None:
    from reader.quotes.confidence import CHECK_BELOW
    from reader.store.articles import CORRECTED_CUE

    if not found:
        click.echo("no direct quotes")
    for i, q in enumerate(found, 1):
        kind = "" if q.kind == "direct" else f" ({q.kind})"
        mark = " [corrected]" if q.cue == CORRECTED_CUE else ""
        if q.confidence is not None and q.confidence < CHECK_BELOW and not mark:
            mark = " [check]"
        click.echo(f"{i}. {q.who}{kind}{mark}: {q.display()}")


# -- highlights, notes, tags -----------------------------------------------------------


def _highlight_line(h) -> str:
    where = f"{h.start}-{h.end}" if not h.detached else "detached"
    extra = ""
    if h.tags:
        extra += "  " + " ".join(f"#{t}" for t in h.tags)
    if h.note:
        extra += f"  note: {h.note}"
    status = " (moved)" if h.status == "moved" else ""
    words = h.exact if len(h.exact) <= 80 else h.exact[:79] + "…"
    return f"{h.id}\t{h.article_id}\t{where}{status}\t{h.color}\t“{words}”{extra}"


def _span_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(
        [
            click.option("--text", "words", help="The exact words to highlight, as `reader show ID --text` has them."),
            click.option("--occurrence", type=click.IntRange(min=1), help="Which occurrence of --text (from 1)."),
            click.option("--start", type=click.IntRange(min=0), help="Start offset in the canonical text."),
            click.option("--end", type=click.IntRange(min=0), help="End offset (exclusive)."),
        ]
    ):
        f = opt(f)
    return f


def _span(lib, article_id: int, words: str | None, occurrence: int | None, start: int | None, end: int | None):
    if words is not None:
        if start is not None or end is not None:
            raise ReaderError("give either --text or --start and --end, not both")
        return lib.find_words(article_id, words, occurrence)
    if start is None or end is None:
        raise ReaderError("give the words with --text, or a span with --start and --end")
    if occurrence is not None:
        raise ReaderError("--occurrence goes with --text")
    return start, end


@cli.command()
@click.argument("article_id", type=int)
@_span_options
@click.option("--note", help="A note on the highlight.")
@click.option("--color", default="yellow", show_default=True, help="yellow, green, blue, pink or purple.")
@click.option("--tag", "tags", multiple=True, help="A tag for the highlight (repeat for more).")
@json_option
@pass_ctx
@user_errors
def highlight(
    obj: Context,
    article_id: int,
    words: str | None,
    occurrence: int | None,
    start: int | None,
    end: int | None,
    note: str | None,
    color: str,
    tags: tuple[str, ...],
    as_json: bool,
) -> None:
    """Highlight words in an article; prints the new highlight's id.

    Name the words with --text (add --occurrence N when they occur more than
    once) or give offsets into the canonical text with --start and --end.

    Example: reader highlight 1 --text "return hubs" --occurrence 2 --note "key claim" --tag policy
    """
    with obj.library() as lib:
        s, e = _span(lib, article_id, words, occurrence, start, end)
        h = lib.add_highlight(article_id, s, e, color=color, note=note, tags=tags)
    if as_json:
        emit_json(h.to_dict())
    else:
        click.echo(h.id)


@cli.command()
@click.argument("article_id", type=int, required=False)
@json_option
@pass_ctx
@user_errors
def highlights(obj: Context, article_id: int | None, as_json: bool) -> None:
    """List highlights: one article's in article order (detached last), or all.

    Plain output: id, article, span (or "detached"), colour, words, tags, note.

    Example: reader highlights 1 --json
    """
    with obj.library() as lib:
        found = lib.highlights(article_id)
    if as_json:
        emit_json([h.to_dict() for h in found])
        return
    if not found:
        click.echo("no highlights")
    for h in found:
        click.echo(_highlight_line(h))


@cli.command()
@click.argument("highlight_ids", type=int, nargs=-1, required=True)
@json_option
@pass_ctx
@user_errors
def unhighlight(obj: Context, highlight_ids: tuple[int, ...], as_json: bool) -> None:
    """Delete highlights, with their notes and tags.

    Example: reader unhighlight 4 5
    """
    with obj.library() as lib:
        for hid in highlight_ids:  # a clear error before anything is deleted
            lib.highlight(hid)
        gone = [lib.delete_highlight(hid) for hid in highlight_ids]
    if as_json:
        emit_json([h.to_dict() for h in gone])
        return
    for h in gone:
        click.echo(f"deleted highlight {h.id}")


@cli.command()
@click.argument("highlight_id", type=int)
@click.argument("color")
@json_option
@pass_ctx
@user_errors
def recolor(obj: Context, highlight_id: int, color: str, as_json: bool) -> None:
    """Change a highlight's colour (yellow, green, blue, pink or purple).

    Example: reader recolor 4 green
    """
    with obj.library() as lib:
        h = lib.set_highlight_color(highlight_id, color)
    if as_json:
        emit_json(h.to_dict())
    else:
        click.echo(_highlight_line(h))


@cli.command()
@click.argument("highlight_id", type=int)
@_span_options
@json_option
@pass_ctx
@user_errors
def place(
    obj: Context,
    highlight_id: int,
    words: str | None,
    occurrence: int | None,
    start: int | None,
    end: int | None,
    as_json: bool,
) -> None:
    """Put a highlight on other words of its article (e.g. a detached one).

    Example: reader place 4 --text "the new wording"
    """
    with obj.library() as lib:
        h = lib.highlight(highlight_id)
        s, e = _span(lib, h.article_id, words, occurrence, start, end)
        h = lib.move_highlight(highlight_id, s, e)
    if as_json:
        emit_json(h.to_dict())
    else:
        click.echo(_highlight_line(h))


@cli.command()
@click.argument("target_id", type=int)
@click.argument("text")
@click.option("--article", "on_article", is_flag=True, help="TARGET_ID is an article: write its own note.")
@json_option
@pass_ctx
@user_errors
def note(obj: Context, target_id: int, text: str, on_article: bool, as_json: bool) -> None:
    """Write the note on a highlight (or, with --article, on an article).

    An empty TEXT removes the note.

    Example: reader note 4 "Compare with the March figures"
    """
    with obj.library() as lib:
        if on_article:
            n = lib.set_article_note(target_id, text)
            result = n.to_dict() if n else {"article_id": target_id, "body": None}
        else:
            h = lib.set_highlight_note(target_id, text)
            result = {"highlight_id": h.id, "article_id": h.article_id, "body": h.note}
    if as_json:
        emit_json(result)
    else:
        what = f"article {target_id}" if on_article else f"highlight {target_id}"
        click.echo(f"noted {what}" if text.strip() else f"removed the note on {what}")


def _tag_target(highlight_flag: bool) -> str:
    return "highlight" if highlight_flag else "article"


@cli.command()
@click.argument("target_id", type=int, required=False)
@click.argument("names", nargs=-1)
@click.option("--highlight", "on_highlight", is_flag=True, help="TARGET_ID is a highlight, not an article.")
@click.option("--rename", nargs=2, metavar="OLD NEW", help="Rename a tag everywhere.")
@click.option("--merge", nargs=2, metavar="FROM INTO", help="Retag everything tagged FROM as INTO; delete FROM.")
@click.option("--delete", "delete_name", metavar="NAME", help="Delete a tag from every article and highlight.")
@json_option
@pass_ctx
@user_errors
def tag(
    obj: Context,
    target_id: int | None,
    names: tuple[str, ...],
    on_highlight: bool,
    rename: tuple[str, str] | None,
    merge: tuple[str, str] | None,
    delete_name: str | None,
    as_json: bool,
) -> None:
    """Tag an article (or a highlight), or rename, merge or delete a tag.

    Tags are compared without case ("Climate" and "climate" are one tag) and
    may hold spaces and any script; quote a tag with spaces.

    Example: reader tag 3 climate "long reads"
    """
    chosen = [x for x in (rename, merge, delete_name) if x]
    if len(chosen) > 1 or (chosen and (target_id is not None or names)):
        raise click.UsageError("--rename, --merge and --delete each go alone")
    with obj.library() as lib:
        if rename:
            t = lib.rename_tag(*rename)
            message, result = f"renamed “{rename[0]}” to “{t.name}”", t.to_dict()
        elif merge:
            t = lib.merge_tags(*merge)
            message, result = f"merged “{merge[0]}” into “{t.name}”", t.to_dict()
        elif delete_name:
            t = lib.delete_tag(delete_name)
            message = f"deleted “{t.name}” from {t.articles} article(s) and {t.highlights} highlight(s)"
            result = t.to_dict()
        else:
            if target_id is None or not names:
                raise click.UsageError("give an ID and at least one TAG")
            kind = _tag_target(on_highlight)
            now = lib.tag(kind, target_id, names)
            message, result = f"{kind} {target_id}: " + ", ".join(now), {"id": target_id, "kind": kind, "tags": now}
    if as_json:
        emit_json(result)
    else:
        click.echo(message)


@cli.command()
@click.argument("target_id", type=int)
@click.argument("names", nargs=-1, required=True)
@click.option("--highlight", "on_highlight", is_flag=True, help="TARGET_ID is a highlight, not an article.")
@json_option
@pass_ctx
@user_errors
def untag(obj: Context, target_id: int, names: tuple[str, ...], on_highlight: bool, as_json: bool) -> None:
    """Take tags off an article (or a highlight).

    Example: reader untag 3 climate
    """
    kind = _tag_target(on_highlight)
    with obj.library() as lib:
        now = lib.untag(kind, target_id, names)
    if as_json:
        emit_json({"id": target_id, "kind": kind, "tags": now})
    else:
        click.echo(f"{kind} {target_id}: " + (", ".join(now) if now else "no tags"))


@cli.command()
@json_option
@pass_ctx
@user_errors
def tags(obj: Context, as_json: bool) -> None:
    """List every tag with how many articles and highlights carry it.

    Example: reader tags --json
    """
    with obj.library() as lib:
        found = lib.tags()
    if as_json:
        emit_json([t.to_dict() for t in found])
        return
    if not found:
        click.echo("no tags")
    for t in found:
        click.echo(f"{t.name}\t{t.articles} article(s)\t{t.highlights} highlight(s)")


# -- search -----------------------------------------------------------------------------------


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True, help="Hits of each kind at most.")
@json_option
@pass_ctx
@user_errors
def search(obj: Context, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Find words in every article, highlight, note and quote.

    Words must all match; also "exact phrases", prefix*, a OR b, -excluded,
    and filters tag:NAME, speaker:"NAME", site:NAME, is:unread|read|favourite|
    archived|highlighted|noted, before:/after:YYYY[-MM[-DD]],
    in:articles|highlights|notes|quotes. Plain output: kind, article id,
    title, and the snippet with the matched words in [brackets].

    Example: reader search '"return hubs" speaker:Starmer after:2024'
    """
    with obj.library() as lib:
        hits = lib.search(" ".join(query), limit=limit)
    if as_json:
        emit_json([h.to_dict() for h in hits])
        return
    if not hits:
        click.echo("nothing found")
    for h in hits:
        shown, last = [], 0
        for a, b in h.marks:
            shown.append(h.snippet[last:a] + "[" + h.snippet[a:b] + "]")
            last = b
        snippet = "".join(shown) + h.snippet[last:]
        who = f" — {h.speaker}" if h.speaker else ""
        click.echo(f"{h.kind}\t{h.article_id}\t{h.title}\t{snippet}{who}")


@cli.command()
@json_option
@pass_ctx
@user_errors
def speakers(obj: Context, as_json: bool) -> None:
    """Everyone quoted across the library, most quoted first, with counts.

    Their quotes: reader search 'speaker:"NAME"'.

    Example: reader speakers --json
    """
    with obj.library() as lib:
        found = lib.speakers()
    if as_json:
        emit_json([s.to_dict() for s in found])
        return
    if not found:
        click.echo("no quotes yet")
    for s in found:
        click.echo(f"{s.name}\t{s.quotes} quote(s)\t{s.articles} article(s)")


# -- backups --------------------------------------------------------------------------------


@cli.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the backup here instead.")
@click.option("--list", "list_them", is_flag=True, help="List the backups in the backups folder.")
@json_option
@pass_ctx
@user_errors
def backup(obj: Context, out: Path | None, list_them: bool, as_json: bool) -> None:
    """Back the library up now (SQLite's online backup: safe while reader runs).

    Backups go to the backups folder in the data folder; reader also makes one
    on the first start of each day and before each upgrade, keeping the last 7.

    Example: reader backup --out ~/library-copy.db
    """
    with obj.library() as lib:
        if list_them:
            found = lib.backups()
            if as_json:
                emit_json([b.to_dict() for b in found])
            else:
                for b in found:
                    count = "unreadable" if b.articles is None else f"{b.articles} article(s)"
                    click.echo(f"{b.made}\t{b.kind}\t{count}\t{b.path}")
            return
        path = lib.backup(out)
    if as_json:
        emit_json({"path": str(path)})
    else:
        click.echo(str(path))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_ctx
@user_errors
def restore(obj: Context, file: Path) -> None:
    """Replace the library with a backup, after checking the backup is whole.

    The library as it was is kept as a backup first (its path is printed).

    Example: reader restore ~/.local/share/reader/backups/library-daily-2026-11-30T09-00-00.db
    """
    from reader.errors import StoreError

    try:
        lib = obj.library()
    except StoreError:  # the library no longer opens: put the backup in its place, keeping the damaged file
        from reader import backup, paths

        aside = backup.restore_offline(paths.data_dir(obj.data_dir), file)
        lib = obj.library()
    else:
        with lib:
            aside = lib.restore_backup(file)
        lib = obj.library()
    with lib:
        count = lib.count()
    click.echo(f"restored {count} article(s) from {file}; the library as it was is kept at {aside}")


@cli.command()
@json_option
@pass_ctx
@user_errors
def check(obj: Context, as_json: bool) -> None:
    """Check the library file: SQLite's integrity and foreign-key checks.

    Exits 1 if anything is wrong.

    Example: reader check
    """
    with obj.library() as lib:
        result = lib.check()
    if as_json:
        emit_json(result)
    elif result["ok"]:
        click.echo("ok: the library is whole")
    else:
        for line in result["integrity"]:
            if line != "ok":
                click.echo(f"integrity: {line}", err=True)
        for row in result["foreign_keys"]:
            click.echo(f"foreign key: {row}", err=True)
    if not result["ok"]:
        sys.exit(1)


# -- export and import --------------------------------------------------------------------


@cli.command("export")
@click.argument("article_ids", type=int, nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json", "w3c"]),
    default="markdown",
    show_default=True,
    help="markdown: one file per article for Obsidian or Logseq; json: a full backup; "
    "w3c: highlights, notes and tags as W3C Web Annotation JSON-LD.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="markdown: the folder to write into (default: the current folder); json and w3c: "
    "a folder or a .json/.jsonld file (default: standard output).",
)
@pass_ctx
@user_errors
def export_cmd(obj: Context, article_ids: tuple[int, ...], fmt: str, out: Path | None) -> None:
    """Export articles (all, or the IDs given) with highlights, notes, tags and quotes.

    Markdown writes one file per article, named after its title and id (the
    same name every time), with YAML front matter. JSON is a backup of
    everything, which `reader import` restores into any library. W3C writes
    one Web Annotation per highlight (TextQuoteSelector and
    TextPositionSelector, the note and tags as bodies), which `reader import`
    also reads, as do other annotation tools.

    Example: reader export --format markdown --out ~/Obsidian/Reading
    """
    import datetime as dt

    from reader.export import article_markdown, backup_document, markdown_filename, w3c_document
    from reader.text import text_hash

    with obj.library() as lib:
        bundles = lib.bundles(list(article_ids) if article_ids else None)
    if fmt in ("json", "w3c"):
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        if fmt == "json":
            doc, name = backup_document(bundles, exported=stamp), f"reader-backup-{stamp[:10]}.json"
        else:
            digests = {b.article.id: text_hash(b.article.text) for b in bundles}
            doc, name = (
                w3c_document(bundles, exported=stamp, digests=digests),
                f"reader-annotations-{stamp[:10]}.jsonld",
            )
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        if out is None:
            click.echo(text, nl=False)
            return
        target = out if out.suffix.lower() in (".json", ".jsonld") else out / name
        _write_file(target, text)
        click.echo(str(target))
        return
    folder = out or Path.cwd()
    for b in bundles:
        target = folder / markdown_filename(b.article)
        _write_file(target, article_markdown(b))
        click.echo(str(target))


def _write_file(target: Path, text: str) -> None:
    """Write a file whole or not at all (a temporary file renamed into place)."""
    import os
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".reader-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        raise ReaderError(f"{target}: cannot write ({exc.strerror or exc})") from exc


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--fetch",
    "fetch_now",
    is_flag=True,
    help="Fetch the text of items saved as links now (else: `reader fetch --all`).",
)
@json_option
@pass_ctx
@user_errors
def import_cmd(obj: Context, file: Path, fetch_now: bool, as_json: bool) -> None:
    """Bring in a library exported from another service, or a reader backup.

    Knows, by their content: Pocket (ril_export.html, pocket.zip), Omnivore's
    export ZIP, Instapaper CSV, Readwise Reader's documents CSV and Readwise's
    highlights CSV, Wallabag JSON, Hypothesis JSON, W3C Web Annotation
    JSON-LD, and reader's own JSON backup. Every item comes in with its
    tags, dates and state; its highlights and notes are placed on the
    article's text. Items whose export has no text are saved as links, and
    their text is fetched with --fetch or later with `reader fetch --all`.
    Nothing already in the library changes except by adding; importing the
    same file twice adds nothing.

    Example: reader import ~/Downloads/pocket.zip
    """
    from reader.interop import detect

    try:
        detected = detect(file)
    except ReaderError:
        if not _looks_like_backup(file):
            raise
        detected = None  # a backup reader cannot read: its own reader says what is wrong with it
    if detected is None or detected[0].name == "reader":
        _import_backup(obj, file, as_json)
        return
    with obj.library() as lib:
        report = lib.import_file(file, detected=detected)
        if fetch_now:
            waiting = [r.article_id for r in report.items if r.outcome == "waiting" and r.article_id is not None]
            failures = _fetch_all(lib, waiting, quiet=as_json)
            report.fetched = len(waiting) - len(failures)
            for r in report.items:
                if r.article_id in failures:
                    r.outcome, r.message = "failed", failures[r.article_id]
                elif r.article_id in waiting:
                    r.outcome = "added"
    if as_json:
        emit_json(report.to_dict())
    else:
        click.echo(report.summary())


def _looks_like_backup(file: Path) -> bool:
    """A .json file that is not JSON, or a JSON object with a backup's keys."""
    if file.suffix.lower() != ".json" or not file.is_file():
        return False
    try:
        doc = json.loads(file.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        return True
    return isinstance(doc, dict) and bool({"format", "articles"} & set(doc))


def _import_backup(obj: Context, file: Path, as_json: bool) -> None:
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{file}: {exc.strerror or 'cannot read the file'}") from exc
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReaderError(f"{file}: not a reader backup (not JSON: {exc})") from exc
    with obj.library() as lib:
        result = lib.import_backup(doc)
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(result.summary())


def _fetch_all(lib, ids: list[int], *, quiet: bool) -> dict[int, str]:  # noqa: ANN001 (Library, imported lazily)
    """Fetch the text of each link; returns the ones that failed, with why. Progress goes to stderr."""
    failures: dict[int, str] = {}
    for n, aid in enumerate(ids, 1):
        try:
            r = lib.fetch(aid)
        except ReaderError as exc:
            failures[aid] = exc.message
            if not quiet:
                click.echo(f"[{n}/{len(ids)}] failed: {aid}: {exc.message}", err=True)
            continue
        if not quiet:
            click.echo(f"[{n}/{len(ids)}] {aid}\t{r.title}", err=True)
    return failures


@cli.command("fetch")
@click.argument("article_ids", type=int, nargs=-1)
@click.option(
    "--all", "fetch_every", is_flag=True, help="Every link still waiting for its text (and those that failed)."
)
@json_option
@pass_ctx
@user_errors
def fetch_cmd(obj: Context, article_ids: tuple[int, ...], fetch_every: bool, as_json: bool) -> None:
    """Fetch the text of items imported as links, and place their highlights on it.

    Items that another service's export brought in without their text wait
    for it; so may those imported offline. A page that cannot be fetched is
    marked failed with the reason, and the rest go on; run it again later.

    Example: reader fetch --all
    """
    if not article_ids and not fetch_every:
        raise ReaderError("give the ids of the items to fetch, or --all")
    with obj.library() as lib:
        ids = list(article_ids) or lib.ids_to_fetch()
        for aid in ids:
            lib.article(aid)  # an unknown id is an error before anything is fetched
        failures = _fetch_all(lib, ids, quiet=as_json)
        results = [
            {"id": aid, "fetched": aid not in failures, "error": failures.get(aid), "title": lib.article(aid).title}
            for aid in ids
        ]
    if as_json:
        emit_json({"fetched": len(ids) - len(failures), "failed": len(failures), "results": results})
    else:
        click.echo(f"fetched {len(ids) - len(failures)}, failed {len(failures)}")
    if failures:
        raise SystemExit(1)


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
@click.option(
    "--panel",
    type=click.Choice(["quotes", "highlights"]),
    default="quotes",
    show_default=True,
    help="Which tab the side panel shows.",
)
@pass_ctx
@user_errors
def screenshot(obj: Context, out: Path, article_id: int | None, size: tuple[int, int], panel: str) -> None:
    """Render the main window offscreen and write it as a PNG.

    Works without a display.

    Example: reader screenshot docs/window.png --size 1400x900
    """
    from reader.ui.app import screenshot as take

    take(obj.data_dir, out, article_id=article_id, size=size, panel=panel)
    click.echo(str(out))


def main() -> None:
    """Run the click command line (the console script is :func:`reader.launch.main`)."""
    from reader.launch import setup_logging

    setup_logging()
    cli(prog_name="reader")
