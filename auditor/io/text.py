"""Read a witness file into text exactly as written: BOM detection, strict decoding, clear errors.

Accepted: UTF-8 with or without a BOM, UTF-16 LE/BE and UTF-32 LE/BE with a BOM. The BOM is
dropped; nothing else changes (line endings stay as they are, mixed or not), so offsets index
the decoded text exactly. Refused, each with one line naming the file:

* missing files, folders, special files and unreadable files;
* files over ``MAX_WITNESS_BYTES`` (50 MiB): the whole witness is held in memory and segmented
  and aligned as one document, so a limit keeps memory bounded and says so up front;
* binary files (known signatures, NUL bytes, mostly undecodable bytes);
* undecodable bytes, reported with the byte offset and line number;
* characters an XML (TEI) record cannot hold (C0 controls other than tab, LF and CR,
  U+FFFE/U+FFFF), reported like undecodable bytes, since the audit must be saved losslessly;
* empty or whitespace-only witnesses.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from auditor.errors import InputError

MAX_WITNESS_BYTES = 50 * 1024 * 1024
"""Largest witness file accepted, in bytes (50 MiB)."""

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)
# Characters XML 1.0 cannot carry (tab, LF, CR are fine); surrogates cannot survive strict decoding.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def read_text(path: str | Path, *, max_bytes: int = MAX_WITNESS_BYTES) -> str:
    """Decode a witness file (see module doc); any problem raises ``InputError`` naming it."""
    p = Path(path)
    data = read_bytes(p, max_bytes=max_bytes)
    text = decode_text(data, p)
    if not text.strip():
        raise InputError("empty witness: the file holds no text", p)
    return text


def read_bytes(path: str | Path, *, max_bytes: int = MAX_WITNESS_BYTES, kind: str = "witness files") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, with one-line errors (``kind`` names
    what is limited in the size error)."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError("no such file", p) from None
    except PermissionError:
        raise InputError("permission denied", p) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", p) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a folder, expected a text file", p)
    if not stat.S_ISREG(st.st_mode):
        raise InputError("not a regular file (device, pipe or socket)", p)
    if st.st_size > max_bytes:
        raise InputError(_too_big(st.st_size, max_bytes, kind), p)
    try:
        with open(p, "rb") as f:
            # Read one byte past the limit in case the file grew since stat().
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise InputError("permission denied", p) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", p) from None
    if len(data) > max_bytes:
        raise InputError(_too_big(len(data), max_bytes, kind), p)
    return data


def _too_big(size: int, limit: int, kind: str) -> str:
    hint = ": split the text into several witnesses" if kind == "witness files" else ""
    return f"file is {size:,} bytes; {kind} are limited to {limit:,} bytes ({limit / 2**20:g} MiB){hint}"


def decode_text(data: bytes, path: str | Path | None = None) -> str:
    """Decode witness bytes strictly; the BOM, if any, is dropped. Errors name ``path``."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _decode(data, len(bom), codec, name, path)
    _refuse_binary(data, path)
    return _decode(data, 0, "utf-8", "UTF-8", path)


def _decode(data: bytes, skip: int, codec: str, name: str, path: str | Path | None) -> str:
    try:
        text = codecs.decode(memoryview(data)[skip:], codec)
    except UnicodeDecodeError as e:
        offset = skip + e.start
        if name == "UTF-8" and _mostly_undecodable(data):
            raise InputError("looks like a binary file, not UTF-8 text", path) from None
        line = _line_of(data, skip, offset, codec)
        if e.reason in ("truncated data", "unexpected end of data"):
            what = f"truncated {name} at byte {offset:,} (line {line})"
        else:
            bad = data[offset:min(e.end + skip, offset + 4)].hex(" ")
            what = f"invalid {name} at byte {offset:,} (line {line}): bytes {bad}"
        hint = " (if it is in a legacy encoding, convert it to UTF-8, e.g. with iconv)"
        raise InputError(what + (hint if name == "UTF-8" else ""), path) from None
    m = _XML_ILLEGAL.search(text)
    if m:
        _refuse_control(text, m.start(), skip, codec, path)
    return text


def _refuse_binary(data: bytes, path: str | Path | None) -> None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(f"looks like a binary file ({what}), not text", path)
    nul = data.find(b"\x00")
    if nul < 0:
        return
    head = data[:4096]
    # UTF-16 text of mostly ASCII has a NUL in every other byte.
    if head.count(b"\x00") * 3 >= len(head) and (head[1::2].count(0) > len(head) // 3 or
                                                head[0::2].count(0) > len(head) // 3):
        raise InputError(
            "looks like UTF-16 without a byte-order mark: save it as UTF-8 or UTF-16 with a BOM",
            path,
        )
    line = data.count(b"\n", 0, nul) + 1
    raise InputError(f"looks like a binary file: NUL byte at byte {nul:,} (line {line})", path)


def _mostly_undecodable(data: bytes) -> bool:
    """Random or compressed bytes: many invalid sequences and controls in the first 4 KiB."""
    head = data[:4096]
    text = head.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") + sum(1 for c in text if c < " " and c not in "\t\n\r")
    return bad >= 8 and bad * 10 > len(text)


def _line_of(data: bytes, skip: int, offset: int, codec: str) -> int:
    prefix = codecs.decode(memoryview(data)[skip:offset], codec, errors="replace")
    return _count_lines(prefix)


def _count_lines(prefix: str) -> int:
    """1-based line number of the position after ``prefix`` (CR LF, CR and LF all end lines)."""
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


def _refuse_control(text: str, index: int, skip: int, codec: str, path: str | Path | None) -> None:
    ch = text[index]
    offset = skip + len(text[:index].encode(codec))
    line = _count_lines(text[:index])
    if ch == "\x00":
        raise InputError(
            f"looks like a binary file: NUL character at byte {offset:,} (line {line})", path
        )
    raise InputError(
        f"control character U+{ord(ch):04X} at byte {offset:,} (line {line}) cannot be kept "
        "in a TEI record: remove it",
        path,
    )

