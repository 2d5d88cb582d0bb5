"""Witness decoding: encodings and BOMs, exact text, and one-line errors for broken input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.errors import InputError
from auditor.io.text import MAX_WITNESS_BYTES, decode_text, read_text

TEXT = "Osechkin — ওসেচকিন, Осечкин 😀\r\nline two\nline three\r"


def write(tmp_path: Path, data: bytes, name: str = "w.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "utf32le", "utf32be"],
)
def test_encodings_decode_to_the_same_exact_text(tmp_path: Path, data: bytes) -> None:
    # Mixed line endings are kept as they are: offsets index this exact text.
    assert read_text(write(tmp_path, data)) == TEXT


def test_bom_only_in_the_middle_is_kept(tmp_path: Path) -> None:
    # A U+FEFF inside the text is content, not a BOM.
    assert read_text(write(tmp_path, "a\ufeffb".encode())) == "a\ufeffb"


def error_of(tmp_path: Path, data: bytes, name: str = "w.txt") -> str:
    p = write(tmp_path, data, name)
    with pytest.raises(InputError) as info:
        read_text(p)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(p))
    assert info.value.exit_code == 2
    return message


def test_invalid_utf8_reports_byte_offset_and_line(tmp_path: Path) -> None:
    data = "first line\nsecond\r\nthird café ".encode() + b"\xff\xfe rest"
    msg = error_of(tmp_path, data)
    offset = data.index(b"\xff")
    assert f"invalid UTF-8 at byte {offset:,} (line 3)" in msg
    assert "ff" in msg


def test_latin1_file_gets_an_encoding_hint(tmp_path: Path) -> None:
    msg = error_of(tmp_path, "Ceci est un texte en français, déjà.\n".encode("latin-1"))
    assert "invalid UTF-8 at byte 25 (line 1): bytes e7" in msg and "iconv" in msg


def test_truncated_utf8_at_end(tmp_path: Path) -> None:
    assert "truncated UTF-8 at byte 3" in error_of(tmp_path, b"caf\xc3")


def test_invalid_utf16_reports_offset_including_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "ab\nc".encode("utf-16-le") + b"\x00\xdcz\x00"
    assert "invalid UTF-16 at byte 10 (line 2)" in error_of(tmp_path, data)


def test_odd_length_utf16(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_BE + "ab".encode("utf-16-be") + b"\x00"
    assert "truncated UTF-16" in error_of(tmp_path, data)


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    assert "UTF-16 without a byte-order mark" in error_of(tmp_path, "hello world\n".encode("utf-16-le"))


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(200)), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
        (b"\x1f\x8b\x08\x00" + bytes(100), "gzip"),
    ],
)
def test_binary_signatures(tmp_path: Path, data: bytes, what: str) -> None:
    msg = error_of(tmp_path, data)
    assert "looks like a binary file" in msg and what in msg


def test_nul_byte_is_binary(tmp_path: Path) -> None:
    msg = error_of(tmp_path, b"some text\nmore\x00text")
    assert "looks like a binary file: NUL byte at byte 14 (line 2)" in msg


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    data = bytes((i * 37 + 11) % 256 for i in range(4000)).replace(b"\x00", b"\x80")
    assert "looks like a binary file" in error_of(tmp_path, data)


def test_control_character_is_refused_with_position(tmp_path: Path) -> None:
    msg = error_of(tmp_path, b"ok\npage\x0cbreak")
    assert "control character U+000C at byte 7 (line 2)" in msg


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_witness(tmp_path: Path, data: bytes) -> None:
    assert "empty witness" in error_of(tmp_path, data)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_special_file_is_refused() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_text("/dev/null")


def test_size_limit(tmp_path: Path) -> None:
    p = write(tmp_path, b"word " * 300)
    assert read_text(p, max_bytes=1500) == "word " * 300
    with pytest.raises(InputError, match=r"limited to 1,000 bytes"):
        read_text(p, max_bytes=1000)
    assert MAX_WITNESS_BYTES == 50 * 1024 * 1024


def test_over_limit_sparse_file_is_refused_quickly(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(MAX_WITNESS_BYTES + 1)  # sparse: no disk or memory used
    with pytest.raises(InputError, match="witness files are limited"):
        read_text(p)


def test_one_megabyte_single_line(tmp_path: Path) -> None:
    line = "ওসেচকিন Osechkin " * 40000
    assert read_text(write(tmp_path, line.encode())) == line


def test_decode_text_without_path() -> None:
    assert decode_text(codecs.BOM_UTF8 + b"x") == "x"
    with pytest.raises(InputError) as info:
        decode_text(b"a\xffb")
    assert str(info.value).startswith("invalid UTF-8 at byte 1")


_PREFIXES = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                             codecs.BOM_UTF32_LE, b"\x89PNG\r\n\x1a\n"])


@settings(max_examples=400, deadline=None)
@given(_PREFIXES, st.binary(max_size=200) | st.text(max_size=100).map(str.encode))
def test_property_any_bytes_decode_or_one_line_error(prefix: bytes, body: bytes) -> None:
    try:
        text = decode_text(prefix + body, "f.txt")
    except InputError as e:
        assert str(e).startswith("f.txt: ") and "\n" not in str(e)
    else:
        assert not any(c in text for c in "\x00\x01\x0b\x0c\x1f\ufffe\uffff")
        if prefix == codecs.BOM_UTF8:
            assert text.encode() == body
