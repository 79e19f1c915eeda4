"""Reading and writing the human-editable YAML files, safely.

Only the safe loader is ever used: a data file is text from anywhere and must never be able
to construct Python objects.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is several times faster and just as safe
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

#: A data file larger than this is refused before it is parsed.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Records nest a handful of levels deep; far deeper text is a mistake or an attack, and the
#: C composer recurses once per level, so a few hundred thousand `[` would crash the process.
MAX_DEPTH = 40
#: Anchors and aliases (`&a`, `*a`) are rare in hand-written records; a few are fine, but a
#: "billion laughs" file makes a tiny text stand for a huge tree that any later walk would
#: expand. This caps how many values the aliases may stand for, in total.
MAX_ALIAS_VALUES = 10_000


class TargetExistsError(FileExistsError):
    """An exclusive write found the file already there: someone else saved it first."""


class YamlError(ValueError):
    """A file that is not readable YAML text; the message says where and why."""


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise YamlError(f"file is too large: {size:,} bytes, over the limit of {max_bytes:,} bytes")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise YamlError(
            f"not UTF-8 text (byte {err.start} is 0x{raw[err.start]:02x}); "
            "save the file with UTF-8 encoding"
        ) from None


def _check_shape(text: str) -> None:
    """Refuse too-deep or alias-heavy text from the event stream, before any tree is built.

    The parser keeps its own stack and yields one event at a time, so this pass needs little
    memory whatever the text says; only the composer and constructor, which run afterwards,
    recurse and expand.
    """
    loader = _Loader(text)
    try:
        sizes: dict[str, int] = {}  # anchor -> how many values it stands for
        open_anchors: set[str] = set()
        stack: list[tuple[str | None, int]] = []  # open collections: (anchor, values so far)
        via_aliases = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise YamlError(
                        f"nested too deep at line {event.start_mark.line + 1}: more than "
                        f"{MAX_DEPTH} levels of lists and mappings; records need only a few"
                    )
                if event.anchor is not None:
                    open_anchors.add(event.anchor)
                stack.append((event.anchor, 1))
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, count = stack.pop()
                if anchor is not None:
                    open_anchors.discard(anchor)
                    sizes[anchor] = count
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor in open_anchors:
                    raise YamlError(
                        f"alias *{event.anchor} at line {event.start_mark.line + 1} refers to "
                        "the value that contains it; write the data out instead"
                    )
                count = sizes.get(event.anchor, 1)  # an unknown alias is reported later
                via_aliases += count
                if via_aliases > MAX_ALIAS_VALUES:
                    raise YamlError(
                        f"too many aliases: the anchors and aliases (& and *) would expand to "
                        f"more than {MAX_ALIAS_VALUES:,} values (at line "
                        f"{event.start_mark.line + 1}); write the data out instead"
                    )
            elif isinstance(event, yaml.ScalarEvent):
                count = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            else:
                continue
            if stack:
                anchor, total = stack[-1]
                stack[-1] = (anchor, total + count)
    finally:
        loader.dispose()


def parse(text: str) -> Any:
    try:
        _check_shape(text)
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a safe loader
    except yaml.constructor.ConstructorError as err:
        mark = err.problem_mark
        where = f" at line {mark.line + 1}" if mark else ""
        raise YamlError(
            f"unsupported YAML tag{where} ({err.problem}); only plain data is allowed"
        ) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise YamlError(f"invalid YAML{where}: {problem}") from None


def load(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Any:
    return parse(read_text(path, max_bytes))


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def write_atomic(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write via a temporary file in the same folder and rename it into place.

    A crash at any moment leaves either the old file or the new one, never a torn one. With
    ``exclusive`` the final step is a hard link, which fails if the name exists: two sessions
    saving the same new article cannot both succeed, and the second one learns why.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; a saved record keeps the old file's mode, or the
        # mode any new file would get under the user's umask.
        umask = os.umask(0)
        os.umask(umask)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise TargetExistsError(path) from None
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk, so a power cut after saving cannot undo it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some platforms cannot open a folder; the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
