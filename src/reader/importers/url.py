"""Fetching an article by URL with httpx.

Limits: 10 s to connect and between bytes, 30 s in all, 20 MB, 5 redirects.
Only http(s); the content type must be HTML (or plain text / Markdown). The
charset comes from the headers, then the page's meta tags, then
charset-normalizer. Every failure is one clear line naming the URL.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader import __version__
from reader.errors import ImportFailed
from reader.importers import MAX_BYTES, Imported

log = logging.getLogger(__name__)

USER_AGENT = f"reader/{__version__} (local desktop article reader; fetches one page on request)"
TIMEOUT_S = 10.0
TOTAL_S = 30.0
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str
    charset: str | None


def is_url(source: str) -> bool:
    return "://" in source[:12] or source.lower().startswith(("javascript:", "file:", "data:", "mailto:"))


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailed(f"{url}: only http and https links can be opened (not {parts.scheme or 'this'}:)")
    if not parts.hostname:
        raise ImportFailed(f"{url}: not a complete web address")


IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
MAX_IMAGE_BYTES = 10 * 1024 * 1024


def fetch(
    url: str,
    *,
    cancelled=None,
    types: tuple[str, ...] | None = None,
    max_bytes: int | None = None,
    accept: str = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
) -> Fetched:
    """Download ``url`` within the limits above; ``cancelled()`` can stop it.

    ``types`` and ``max_bytes`` change what is accepted (an article's image:
    :data:`IMAGE_TYPES`, :data:`MAX_IMAGE_BYTES`).
    """
    types = types or HTML_TYPES + TEXT_TYPES
    limit = max_bytes or MAX_BYTES
    import httpx

    check_url(url)
    deadline = time.monotonic() + TOTAL_S
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(TIMEOUT_S),
                headers={"User-Agent": USER_AGENT, "Accept": accept},
            ) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                raise ImportFailed(f"{url}: the server answered {resp.status_code} {resp.reason_phrase}".rstrip())
            check_url(str(resp.url))  # a redirect to another scheme is refused too
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            image = types == IMAGE_TYPES
            if (ctype and ctype not in types) or (image and not ctype):
                what = "an image" if image else "a web page"
                raise ImportFailed(f"{url}: not {what} (content type {ctype or 'unknown'})")
            length = resp.headers.get("content-length")
            mb = limit // (1024 * 1024)
            if length and length.isdigit() and int(length) > limit:
                raise ImportFailed(
                    f"{url}: the download is too large ({int(length) // (1024 * 1024)} MB; the limit is {mb} MB)"
                )
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise ImportFailed(f"{url}: the download is too large (over {mb} MB)")
                if time.monotonic() > deadline:
                    raise ImportFailed(f"{url}: the download took longer than {TOTAL_S:.0f} s")
                if cancelled is not None and cancelled():
                    raise ImportFailed(f"{url}: cancelled")
                chunks.append(chunk)
            return Fetched(str(resp.url), b"".join(chunks), ctype or "text/html", resp.charset_encoding)
    except httpx.UnsupportedProtocol:
        raise ImportFailed(
            f"{url}: redirected to a link that is not http or https; only http and https links can be opened"
        ) from None
    except httpx.TooManyRedirects:
        raise ImportFailed(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise ImportFailed(f"{url}: the server did not answer within {TIMEOUT_S:.0f} s") from None
    except httpx.ConnectError as exc:
        raise ImportFailed(f"{url}: cannot connect ({_reason(exc)})") from None
    except httpx.HTTPError as exc:
        raise ImportFailed(f"{url}: the download failed ({_reason(exc)})") from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:120]


def load_url(url: str, *, cancelled=None) -> Imported:
    from reader.importers import parse_bytes

    got = fetch(url, cancelled=cancelled)
    imp = parse_bytes(got.data, got.content_type or "text/html", source=url, url=got.url, charset=got.charset)
    imp.article.url = imp.article.url or got.url
    return imp
