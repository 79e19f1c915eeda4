"""Bytes of a .txt, .md or .html article to clean paragraphs, or a refusal a person can act on.

Everything after this step works on plain paragraphs, so this is where every way a file can be
odd is dealt with once: encodings and byte-order marks, Windows line ends, non-breaking and soft
hyphens, HTML entities, Markdown syntax. Markup is never kept or run, only its text and a short
structural ``hint`` (``"figcaption"``, ``"newsletter"``, ``"image"``...) that lets the
boilerplate step tell a photo credit or a sign-up box from article text.

The given file name is only ever used in messages, never as a path: an uploaded file may be
called anything, including ``../../etc/passwd``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Final

import charset_normalizer

from dashboard.ingest.errors import IngestError


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The limit for one article file or paste; a long article is well under 200 KB of text.
MAX_INPUT_BYTES: Final = 2 * 1024 * 1024

#: File name endings and the format each is read as.
SUFFIXES: Final[dict[str, str]] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}

#: Single-byte code pages tried before any other guess: the three supported languages are
#: written in Latin script, and a guess outside these (cp1250, mac_iceland) mangles the odd
#: "à" or "ñ" even when the umlauts come out right.
_WESTERN: Final = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]

_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (a Word, OpenDocument or EPUB file is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3", "an SQLite database"),
)

#: File endings of documents that are not text: refused by name when an upload has one.
_OTHER_DOCUMENTS: Final = _words(
    ".pdf .doc .docx .odt .rtf .epub .pages .xls .xlsx .ods .ppt .pptx .zip .gz .png .jpg "
    ".jpeg .gif .webp .tif .tiff .mp3 .mp4 .mov .wav .exe .json .xml .csv .eml .msg"
)

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: C0 control bytes that never occur in text (tab, line feed, form feed, carriage return and
#: escape are left out: old text files do contain them).
_CONTROL_BYTES: Final = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_CONTROL_CHARS: Final = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")

_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_LOOKS_HTML: Final = re.compile(
    r"<(?:p|div|br|h[1-6]|span|a|ul|ol|li|article|section|html|body|head|title|meta|table|tr|"
    r"td|strong|em|b|i|img|figure|figcaption|blockquote|header|footer|nav|aside|main)\b[^<>]*>",
    re.IGNORECASE,
)
_LOOKS_HTML_DOC: Final = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_LOOKS_MD: Final = re.compile(
    r"^#{1,6}[ \t]+\S|!?\[[^\][\n]{1,500}\]\([^)\s]{1,2000}(?:[ \t]+\"[^\"\n]{0,200}\")?\)",
    re.MULTILINE,
)

#: Spaces that are not ASCII (no-break, thin, figure...) become plain spaces; invisible
#: characters that only steer line breaking or joining are dropped.
_SPACES: Final = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE: Final = re.compile(r"[\u00ad\u200b\u2060\ufeff]")
_LINE_BREAKS: Final = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_RUN_OF_SPACES: Final = re.compile(r" {2,}")


@dataclass(frozen=True)
class RawBlock:
    """One paragraph as read; ``hint`` is structural evidence of what it is, if any."""

    text: str
    hint: str | None = None
    #: The source lines of a paragraph written over several lines, for telling a list of
    #: teaser headlines from running text; empty for a one-line paragraph.
    lines: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class RawText:
    blocks: tuple[RawBlock, ...]
    title: str | None
    format: str  # "txt" | "md" | "html"
    encoding: str


# --- entry points -----------------------------------------------------------------------------


def read_path(path: Path, *, max_bytes: int = MAX_INPUT_BYTES) -> RawText:
    """Read an article file; the size is checked before a single byte is read."""
    name = path.name
    _check_name(name)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(
            f"{name}: unsupported file type {path.suffix or '(no extension)'!r}; "
            f"save the article as {_supported()}"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(_too_large(name, size, max_bytes))
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise IngestError(f"{name}: is a folder, not an article file") from None
    except PermissionError:
        raise IngestError(f"{name}: permission denied; check the file's access rights") from None
    except OSError as err:
        raise IngestError(f"{name}: cannot be read ({err.strerror or err})") from None
    return _read(data, name, fmt, max_bytes)


def read_bytes(
    data: bytes, name: str = "pasted text", *, max_bytes: int = MAX_INPUT_BYTES
) -> RawText:
    """Read an uploaded file or piped input; ``name`` is the file name it came with, if any."""
    _check_name(name)
    suffix = Path(name).suffix.lower()
    fmt = SUFFIXES.get(suffix)
    if fmt is None and suffix in _OTHER_DOCUMENTS:
        # a name without a known ending ("standard input", "Reuters 12.5.2024") is sniffed
        _refuse_binary(data, name)
        raise IngestError(
            f"{name}: unsupported file type {suffix!r}; save the article as {_supported()}"
        )
    return _read(data, name, fmt, max_bytes)


def read_text(text: str, name: str = "pasted text") -> RawText:
    """Read pasted text; whether it is HTML, Markdown or plain text is judged from the text."""
    _check_name(name)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_INPUT_BYTES:
        raise IngestError(_too_large(name, size, MAX_INPUT_BYTES))
    if "\x00" in text:
        raise IngestError(f"{name}: contains NUL characters, so it is not text")
    return _parse(text, name, _sniff(text), "utf-8")


# --- checks -----------------------------------------------------------------------------------


def _supported() -> str:
    return ", ".join(SUFFIXES)


def _check_name(name: str) -> None:
    """A name is shown to the user, so it must be a bare file name and nothing more."""
    if not isinstance(name, str) or not name.strip():
        raise IngestError("the input has no name; give it a file name such as article.txt")
    if (
        "/" in name
        or "\\" in name
        or "\x00" in name
        or name.strip() in (".", "..")
        or _CONTROL_CHARS.search(name)
        or len(name) > 255
    ):
        shown = name.encode("unicode_escape").decode("ascii")[:80]
        raise IngestError(
            f"{shown!r} is not a plain file name; give the article a name without folders "
            "or special characters, such as article.txt"
        )


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    return f"{max(1, round(n / 1024))} KB"


def _too_large(name: str, size: int, limit: int) -> str:
    return (
        f"{name}: is {_size(size)}, over the limit of {_size(limit)} for one article; "
        "save only the article text"
    )


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError(
                f"{name}: looks like {what}, not text; open it and save the article as text "
                "(.txt), Markdown (.md) or HTML (.html)"
            )


def _is_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte; say which byte order."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.7 and even < 0.1:
        return "utf-16-le"
    if even > 0.7 and odd < 0.1:
        return "utf-16-be"
    return None


def _read(data: bytes, name: str, fmt: str | None, max_bytes: int) -> RawText:
    if len(data) > max_bytes:
        raise IngestError(_too_large(name, len(data), max_bytes))
    if not data.strip():
        raise IngestError(f"{name}: is empty; it contains no text")
    _refuse_binary(data, name)
    text, encoding = _decode(data, name, fmt)
    if fmt is None:
        fmt = _sniff(text)
    return _parse(text, name, fmt, encoding)


def _decode(data: bytes, name: str, fmt: str | None) -> tuple[str, str]:
    """Text and the encoding it was read with: BOM, UTF-8, the page's own charset, a guess."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec
            except UnicodeDecodeError:
                raise IngestError(
                    f"{name}: starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()}; save it again as UTF-8"
                ) from None
    if b"\x00" in data:
        codec = _is_utf16_without_bom(data)
        if codec is None:
            raise IngestError(
                f"{name}: contains NUL bytes, so it is a binary file rather than text; "
                "save the article as text (.txt)"
            )
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            raise IngestError(f"{name}: cannot be decoded; save it again as UTF-8") from None
    controls = sum(data.count(bytes([b])) for b in _CONTROL_BYTES)
    if controls > max(2, len(data) // 200):
        raise IngestError(
            f"{name}: contains {controls} control characters, so it is a binary file rather "
            "than text; save the article as text (.txt)"
        )
    try:
        # Text in another encoding almost never happens to be valid UTF-8, so a clean UTF-8
        # decode wins even over a page that declares latin-1 but was saved as UTF-8.
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if fmt == "html" or (fmt is None and _LOOKS_HTML.search(data[:20000].decode("latin-1"))):
        declared = _META_CHARSET.search(data[:8192])
        if declared:
            codec = _codec(declared.group(1).decode("ascii"))
            if codec:
                try:
                    return data.decode(codec), codec
                except UnicodeDecodeError:
                    pass
    guess = charset_normalizer.from_bytes(data, cp_isolation=_WESTERN).best()
    if guess is None:
        guess = charset_normalizer.from_bytes(data).best()
    if guess is None:
        raise IngestError(
            f"{name}: the text encoding cannot be recognised; open it in an editor and save it "
            "as UTF-8"
        )
    return str(guess), guess.encoding


def _codec(label: str) -> str | None:
    """The Python codec for a charset label, read as browsers do (latin-1 means cp1252)."""
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return None  # a page without NUL bytes is not UTF-16, whatever it says
    return codec


def _sniff(text: str) -> str:
    head = text[:20000]
    if _LOOKS_HTML_DOC.search(head) or len(_LOOKS_HTML.findall(head)) >= 2:
        return "html"
    if _LOOKS_MD.search(head):
        return "md"
    return "txt"


# --- normalising ------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, plain spaces, no soft hyphens, no runs of spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _RUN_OF_SPACES.sub(" ", text)


def _one_line(text: str) -> str:
    return " ".join(normalise(text).split())


def _parse(text: str, name: str, fmt: str, encoding: str) -> RawText:
    if _CONTROL_CHARS.search(text[:100000]):
        found = len(_CONTROL_CHARS.findall(text))
        if found > max(2, len(text) // 200):
            raise IngestError(
                f"{name}: contains {found} control characters, so it is a binary file rather "
                "than text; save the article as text (.txt)"
            )
        text = _CONTROL_CHARS.sub(" ", text)
    if not text.strip():
        raise IngestError(f"{name}: is empty; it contains no text")
    if fmt == "html":
        title, blocks = _html_blocks(text)
    elif fmt == "md":
        title, blocks = _markdown_blocks(normalise(text))
    else:
        title, blocks = _plain_blocks(normalise(text))
    if not blocks:
        raise IngestError(f"{name}: contains no paragraphs of text once the markup is set aside")
    return RawText(blocks=tuple(blocks), title=title, format=fmt, encoding=encoding)


# --- plain text -------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[RawBlock]:
    lines = text.split("\n")
    if not re.search(r"\n[ ]*\n", text.strip()) and sum(1 for line in lines if line.strip()) > 1:
        return [RawBlock(line.strip()) for line in lines if line.strip()]
    chunks = re.split(r"\n[ ]*\n", text)
    return [RawBlock(" ".join(c.split()), lines=_lines(c)) for c in chunks if c.strip()]


def _lines(chunk: str) -> tuple[str, ...]:
    lines = tuple(" ".join(line.split()) for line in chunk.split("\n") if line.strip())
    return lines if len(lines) > 1 else ()


def _title_from_first(blocks: list[RawBlock]) -> tuple[str | None, list[RawBlock]]:
    """A short first paragraph with no full stop, followed by more text, is the headline."""
    if len(blocks) > 1 and blocks[0].hint is None:
        first = blocks[0].text
        if len(first) < 160 and not first.rstrip().endswith(".") and len(first.split()) >= 2:
            return first, blocks[1:]
    return None, blocks


def _plain_blocks(text: str) -> tuple[str | None, list[RawBlock]]:
    return _title_from_first(_paragraphs(text))


# --- Markdown ---------------------------------------------------------------------------------

# Inline spans are bounded in length so that a hostile line full of unclosed "**" or "[" costs
# linear time, not quadratic.
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_MD_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_MD_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MD_BULLET = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_MD_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_MD_REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]]{1,200}\]:[ \t]*\S+")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
_URL: Final = r"(?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:[ \t]+\"[^\"\n]{0,200}\")?"
_MD_IMAGE_LINE = re.compile(  # also a linked image: [![alt](src)](href)
    rf"^[ \t]*\[?!\[([^\][]{{0,500}})\]\({_URL}\)(?:\]\({_URL}\))?[ \t]*$"
)
_MD_IMAGE = re.compile(rf"!\[([^\][]{{0,500}})\]\({_URL}\)")
_MD_LINK = re.compile(rf"\[([^\][]{{1,500}})\](?:\({_URL}\)|\[[^\][]{{0,200}}\])")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
_MD_STRONG_STAR = re.compile(r"\*\*(?=\S)((?:[^*\n]|\*(?!\*)){1,500}?)(?<=\S)\*\*")
_MD_STRONG_UNDER = re.compile(r"__(?=\S)((?:[^_\n]|_(?!_)){1,500}?)(?<=\S)__")
# a span of emphasis stops at the next marker, so each opening marker costs one short scan
_MD_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*(?![\w*])")
_MD_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(?![\w_])")
_MD_STRIKE = re.compile(r"~~(?=\S)((?:[^~\n]|~(?!~)){1,500}?)(?<=\S)~~")
_MD_CODE = re.compile(r"(`{1,3})([^`\n]{1,500})\1")
_MD_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?/?>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_WHOLLY_EMPHASISED = re.compile(r"^(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1$")


def _md_inline(text: str) -> str:
    text = _MD_CODE.sub(lambda m: m.group(2).strip(), text)
    text = _MD_IMAGE.sub("", text)  # an image inside a sentence is not part of the sentence
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_TAG.sub("", text)
    for pattern in (_MD_STRONG_STAR, _MD_STRONG_UNDER, _MD_STRIKE):
        text = pattern.sub(r"\1", text)
    text = _MD_EM_STAR.sub(r"\1", text)
    text = _MD_EM_UNDER.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    if text.startswith("|") and text.rstrip().endswith("|"):
        text = " ".join(cell.strip() for cell in text.strip().strip("|").split("|"))
    return " ".join(text.split())


def _closing_hashes(text: str) -> str:
    """ "## Title ##" is "Title"; "C#" stays "C#"."""
    text = text.rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        return bare.rstrip()
    return text


def _front_matter(lines: list[str]) -> tuple[str | None, list[str]]:
    """YAML front matter (between two ``---`` lines) is metadata; its title is a fallback."""
    if not lines or lines[0].strip() != "---":
        return None, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            title = None
            for line in lines[1:end]:
                found = re.match(r"title:\s*(.+)$", line.strip(), re.IGNORECASE)
                if found:
                    title = found.group(1).strip().strip("\"'") or None
            return title, lines[end + 1 :]
    return None, lines


def _markdown_blocks(text: str) -> tuple[str | None, list[RawBlock]]:
    meta_title, lines = _front_matter(text.split("\n"))
    title: str | None = None
    blocks: list[RawBlock] = []
    para: list[str] = []
    para_hint: str | None = None
    after_image = False  # the paragraph right after an image is its caption if it looks it
    caption_next = False
    in_fence = False

    def flush() -> None:
        nonlocal para, para_hint, after_image
        if para:
            joined = _md_inline(" ".join(para))
            hint = para_hint
            raw_joined = " ".join(p.strip() for p in para)
            if hint is None and after_image and _WHOLLY_EMPHASISED.match(raw_joined):
                hint = "image"
            if joined:
                lines = tuple(_md_inline(p) for p in para) if len(para) > 1 else ()
                blocks.append(RawBlock(joined, hint, lines))
            after_image = hint == "image" and bool(joined)
        para, para_hint = [], None

    for line in lines:
        if _MD_FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                para.append(line.strip())
            else:
                flush()
            continue
        if not line.strip():
            flush()
            caption_next = False
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            after_image = False
            content = _md_inline(_closing_hashes(heading.group(2) or ""))
            if heading.group(1) == "#" and title is None and content:
                title = content
            elif content:
                blocks.append(RawBlock(content, "heading"))
            continue
        setext = _MD_SETEXT.match(line)
        if setext and len(para) == 1 and para_hint is None:
            content = _md_inline(para[0])
            para = []
            if setext.group(1).startswith("=") and title is None and content:
                title = content
            elif content:
                blocks.append(RawBlock(content, "heading"))
            continue
        if _MD_RULE.match(line) or _MD_REFDEF.match(line) or _MD_TABLE_RULE.match(line):
            flush()
            continue
        image = _MD_IMAGE_LINE.match(line)
        if image:
            flush()
            alt = _md_inline(image.group(1))
            if alt:
                blocks.append(RawBlock(alt, "image"))
            after_image = caption_next = True
            continue
        quote = _MD_QUOTE.match(line)
        if quote:
            if para and para_hint != "quote":
                flush()
            para_hint = "quote"
            content = line[quote.end() :]
            while _MD_QUOTE.match(content):  # nested quotes
                content = content[_MD_QUOTE.match(content).end() :]  # type: ignore[union-attr]
            if not content.strip():
                flush()
                continue
            line = content
        elif para_hint == "quote":
            flush()
        bullet = _MD_BULLET.match(line)
        if bullet:
            flush()
            if quote:
                para_hint = "quote"
            line = line[bullet.end() :]
        if caption_next and not para and para_hint is None:
            para_hint = "image"  # a line straight under an image, no blank line between
        caption_next = False
        para.append(line.strip())
    flush()
    if title is None:
        title = meta_title
    if title is None and not any(_MD_HEADING.match(line) for line in lines):
        title, blocks = _title_from_first(blocks)
    return title, blocks


# --- HTML -------------------------------------------------------------------------------------

_HTML_DROP: Final = _words(
    "script style noscript template svg math iframe object canvas head select textarea button "
    "audio video map dialog"
)
_HTML_BLOCK: Final = _words(
    "p div li ul ol dl dd dt h1 h2 h3 h4 h5 h6 blockquote figcaption figure section article "
    "aside header footer nav main tr table thead tbody tfoot caption pre address form fieldset "
    "details summary hr body center legend"
)
_HTML_VOID: Final = _words(
    "area base br col embed hr img input link meta param source track wbr keygen"
)
#: Landmark elements whose name alone says what a block is part of.
_HTML_LANDMARK: Final = _words("figcaption aside nav footer header form address")
_HTML_ROLES: Final[dict[str, str]] = {
    "navigation": "nav",
    "contentinfo": "footer",
    "complementary": "aside",
    "banner": "header",
    "search": "form",
}
#: class and id words worth passing on; anything else ("content", "col-md-8") says nothing.
_HTML_WORDS: Final = _words("""
    newsletter newsletters subscribe subscription subscriptions signup abo abonnement paywall
    donate donation donations spenden spende membership
    related recommended recommendations teaser teasers readmore weiterlesen mostread
    popular trending relacionadas relacionados
    ad ads advert adverts advertisement advertising anzeige werbung sponsor sponsored promo
    publicidad
    cookie cookies consent gdpr
    share sharing social socials sharebar comments comment kommentare comentarios
    byline author authors autor autores credit credits caption copyright
    footer nav navigation menu breadcrumb breadcrumbs sidebar logo masthead tags
    etiquetas schlagworte stichworte keywords
    """)
#: Elements whose classes describe the whole page, so they say nothing about one block.
_HTML_PAGE: Final = _words("html body main article")
_CLASS_SPLIT: Final = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_AUTHOR_WORDS: Final = _words("byline author authors autor autores")

#: Every ``RawBlock.hint`` the reader can give; the boilerplate lexicon knows each of them.
HINTS: Final = (
    (_HTML_WORDS - _AUTHOR_WORDS)
    | _HTML_LANDMARK
    | frozenset(_HTML_ROLES.values())
    | _words("byline image quote heading")
)


def _element_hint(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    if tag == "figcaption":
        return "figcaption"
    values = dict((k.lower(), v or "") for k, v in attrs)
    if values.get("rel", "").lower() == "author" or values.get("itemprop", "").lower() == "author":
        return "byline"
    if tag not in _HTML_PAGE:
        words = [
            w for w in _CLASS_SPLIT.split(f"{values.get('class', '')} {values.get('id', '')}") if w
        ]
        # "read-more", "mostRead": a known word split in two by a hyphen or a capital
        joined = [a + b for a, b in zip(words, words[1:], strict=False)]
        for word in (*words, *joined):
            low = word.lower()
            if low in _HTML_WORDS:
                return "byline" if low in _AUTHOR_WORDS else low
    role = _HTML_ROLES.get(values.get("role", "").lower())
    if role:
        return role
    return tag if tag in _HTML_LANDMARK else None


class _HtmlBlocks(HTMLParser):
    """Collects the text of an HTML page as blocks; nothing of the markup survives."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[RawBlock] = []
        self.h1: str | None = None
        self.title_tag: str | None = None
        self._drop: list[str] = []
        self._stack: list[tuple[str, str | None]] = []  # (tag, hint in force inside it)
        self._buffer: list[tuple[str, str | None]] = []
        self._in_title = False
        self._title_parts: list[str] = []
        self._in_h1 = False
        self._h1_parts: list[str] = []
        self._h1_hint: str | None = None
        self._h1_depth = 0
        self._pending_br = False

    # structure

    def _hint(self) -> str | None:
        return self._stack[-1][1] if self._stack else None

    def _flush(self) -> None:
        self._pending_br = False
        if not self._buffer:
            return
        text = _one_line("".join(part for part, _ in self._buffer))
        weights: dict[str | None, int] = {}
        for part, hint in self._buffer:
            weights[hint] = weights.get(hint, 0) + len(part.strip())
        self._buffer = []
        if not text:
            return
        total = sum(weights.values()) or 1
        best = max(weights, key=lambda h: weights[h])
        hint = best if best is not None and weights[best] * 2 >= total else None
        self.blocks.append(RawBlock(text, hint))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and self.title_tag is None and self._drop in ([], ["head"]):
            self._in_title = True
            self._title_parts = []
            return
        if tag == "body" and self._drop[:1] == ["head"]:
            self._drop.clear()  # a page that never closed its <head>
        if self._drop:
            if tag == self._drop[-1] and tag not in _HTML_VOID:
                self._drop.append(tag)
            return
        if tag in _HTML_DROP:
            self._drop.append(tag)
            return
        if tag == "br":
            if self._pending_br:
                self._flush()
            else:
                self._buffer.append(("\n", self._hint()))
                self._pending_br = True
            return
        if tag in ("td", "th"):
            self._buffer.append((" ", self._hint()))
        if tag in _HTML_BLOCK:
            self._flush()
        if tag in _HTML_VOID:
            return
        own = _element_hint(tag, attrs)
        self._stack.append((tag, own or self._hint()))
        if tag == "h1" and self.h1 is None and not self._in_h1:
            hint = self._hint()
            if hint not in ("nav", "logo", "masthead", "menu", "navigation"):
                self._in_h1, self._h1_parts, self._h1_hint = True, [], hint
                self._h1_depth = len(self._stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or tag in _HTML_VOID:
            self.handle_starttag(tag, attrs)
        elif not self._drop and tag in _HTML_BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title_tag = _page_title(self._title_parts)
            return
        if self._drop:
            if tag == self._drop[-1]:
                self._drop.pop()
            elif tag == "head" and "head" in self._drop:
                self._drop.clear()
            return
        if tag in _HTML_BLOCK:
            self._flush()
        if tag in ("td", "th"):
            self._buffer.append((" ", self._hint()))
        if any(t == tag for t, _ in self._stack):
            while self._stack:
                open_tag, _ = self._stack.pop()
                if self._in_h1 and len(self._stack) < self._h1_depth:
                    self._end_h1()
                if open_tag == tag:
                    break

    def _end_h1(self) -> None:
        self._in_h1 = False
        text = _one_line("".join(self._h1_parts))
        if text:
            self.h1 = text  # the headline is the title, not also a paragraph

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._drop:
            return
        if data.strip():
            self._pending_br = False
        if self._in_h1:
            self._h1_parts.append(data)
            return
        self._buffer.append((data, self._hint()))

    def close(self) -> None:
        super().close()
        if self._in_h1:
            self._end_h1()
        self._flush()


def _page_title(parts: list[str]) -> str | None:
    """``<title>`` often reads "Headline | Outlet"; the longest part is the headline."""
    text = _one_line("".join(parts))
    if not text:
        return None
    pieces = [p.strip() for p in text.split(" | ") if p.strip()]
    return max(pieces, key=len) if pieces else None


def _html_blocks(text: str) -> tuple[str | None, list[RawBlock]]:
    parser = _HtmlBlocks()
    parser.feed(text)
    parser.close()
    return parser.h1 or parser.title_tag, parser.blocks
