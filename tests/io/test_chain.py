"""Chain loading: manifests, single files, and one clear line for every broken chain."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.errors import InputError, UsageError
from auditor.io.chain import (
    canonical_lang,
    guess_language,
    load_chain,
    load_manifest_extras,
)

SEED = Path(__file__).parents[2] / ".." / "shared" / "seeds" / "000_ca43ca88587e13da.txt"
BN = "ভ্লাদিমির পুতিন ২০২১ সালের গ্রীষ্মে জাপান আক্রমণের প্রস্তুতি নিচ্ছিলেন।\n"
RU = "Владимир Путин готовился напасть на Японию летом 2021 года.\n"
EN = "Vladimir Putin was preparing to invade Japan in the summer of 2021.\n"

MANIFEST = """\
title = "FSB letter"

[[witness]]
id = "ru"
lang = "ru"
file = "ru.txt"
role = "source"

[[witness]]
id = "en"
lang = "en-gb"
file = "texts/en.txt"
parent = "ru"
via = "magazine"
title = "Newsweek retelling"

[[witness]]
id = "bn"
lang = "bn"
file = "bn.txt"
parent = "en"
role = "retelling"
translation = "bn-from-en.txt"
"""


def make_chain(tmp_path: Path, manifest: str = MANIFEST, **files: str | bytes) -> Path:
    contents: dict[str, str | bytes] = {
        "ru.txt": RU, "texts/en.txt": EN, "bn.txt": BN, "bn-from-en.txt": "একটি লাইন\n",
    }
    contents.update({k.replace("__", "/"): v for k, v in files.items()})
    for name, data in contents.items():
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode())
    (tmp_path / "chain.toml").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_load_folder(tmp_path: Path) -> None:
    chain = load_chain(make_chain(tmp_path))
    assert chain.title == "FSB letter"
    assert chain.ids == ("ru", "en", "bn")
    ru, en, bn = chain.witnesses
    assert (ru.lang, ru.role, ru.parent, ru.text) == ("ru", "source", None, RU)
    assert (en.lang, en.role, en.parent, en.via, en.title) == (
        "en-GB", "translation", "ru", "magazine", "Newsweek retelling")
    assert en.source_file == "texts/en.txt" and en.text == EN
    assert (bn.role, bn.parent) == ("retelling", "en")
    assert chain.hops() == (("ru", "en"), ("en", "bn"))
    assert chain.root.id == "ru"


def test_load_manifest_file_path_is_same_chain(tmp_path: Path) -> None:
    folder = make_chain(tmp_path)
    assert load_chain(folder / "chain.toml") == load_chain(folder)


def test_manifest_extras(tmp_path: Path) -> None:
    folder = make_chain(tmp_path)
    extras = load_manifest_extras(folder)
    assert list(extras) == ["bn"]
    assert extras["bn"].read_text(encoding="utf-8") == "একটি লাইন\n"
    assert load_manifest_extras(folder / "bn.txt") == {}


def test_witness_encodings_and_bom(tmp_path: Path) -> None:
    folder = make_chain(tmp_path, **{"ru.txt": codecs.BOM_UTF16_LE + RU.encode("utf-16-le"),
                                     "bn.txt": codecs.BOM_UTF8 + BN.encode()})
    chain = load_chain(folder)
    assert chain.witness("ru").text == RU and chain.witness("bn").text == BN


def test_single_text_file_is_chain_of_one(tmp_path: Path) -> None:
    p = tmp_path / "my letter.txt"
    p.write_text(EN, encoding="utf-8")
    chain = load_chain(p, lang="en-us")
    (w,) = chain.witnesses
    assert (w.id, w.lang, w.parent, w.text, w.source_file) == ("my_letter", "en-US", None, EN, p.name)
    assert chain.root is w and chain.hops() == ()


def test_single_file_language_is_guessed(tmp_path: Path) -> None:
    for name, text, lang in (("a.txt", SEED.read_text(encoding="utf-8"), "en"),
                             ("2021-s1.txt", BN * 3, "bn"), ("c.txt", RU * 3, "ru")):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        (w,) = load_chain(p).witnesses
        assert w.lang == lang
    # A name that is no XML name, or ends like a segment id, is made one.
    assert load_chain(tmp_path / "2021-s1.txt").witnesses[0].id == "_2021-s1_"


def test_guess_language_unsure_is_und() -> None:
    assert guess_language("12345 — 678") == "und"
    assert guess_language("今日は晴れです。明日は雨が降るでしょう。") == "ja"


def test_bad_lang_option(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(EN, encoding="utf-8")
    with pytest.raises(UsageError, match="bad language tag 'en_US'"):
        load_chain(p, lang="en_US")


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [("bn", "bn"), ("EN-gb", "en-GB"), ("sr-latn", "sr-Latn"), ("zh-hant-tw", "zh-Hant-TW"),
     ("es-419", "es-419"), ("de-CH-1901", "de-CH-1901"), ("en-US-x-twain", "en-US-x-twain"),
     ("und", "und"), ("x-private", "x-private"),
     ("en_US", None), ("e", None), ("english!", None), ("", None), ("en-", None), ("12", None)],
)
def test_canonical_lang(tag: str, canonical: str | None) -> None:
    assert canonical_lang(tag) == canonical


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        load_chain(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def broken(tmp_path: Path, old: str, new: str) -> str:
    assert old in MANIFEST
    return error_of(make_chain(tmp_path, MANIFEST.replace(old, new, 1)))


def test_folder_without_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN)
    assert "not a chain: no chain.toml" in error_of(tmp_path)


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file or folder" in error_of(tmp_path / "nothing")


def test_xml_file_is_sent_elsewhere(tmp_path: Path) -> None:
    p = tmp_path / "audit.xml"
    p.write_text("<TEI/>")
    assert "TEI audits" in error_of(p)
    q = tmp_path / "audit.txt"
    q.write_text('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    assert "looks like XML" in error_of(q)


def test_missing_witness_file_names_manifest_and_file(tmp_path: Path) -> None:
    msg = broken(tmp_path, 'file = "bn.txt"', 'file = "bengali.txt"')
    assert "chain.toml" in msg and "'bengali.txt' not found" in msg and "witness 'bn'" in msg


def test_unknown_parent(tmp_path: Path) -> None:
    assert "witness 'bn': unknown parent 'eng'" in broken(tmp_path, 'parent = "en"', 'parent = "eng"')


def test_cycle(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('role = "source"', 'parent = "bn"')
    msg = error_of(make_chain(tmp_path, manifest))
    assert "cycle in parents" in msg and "ru → en → bn → ru" in msg


def test_self_parent_is_a_cycle(tmp_path: Path) -> None:
    msg = broken(tmp_path, 'parent = "en"', 'parent = "bn"')
    assert "cycle in parents: bn → bn" in msg


def test_two_roots(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('parent = "en"\n', "").replace('translation = "bn-from-en.txt"', "")
    msg = error_of(make_chain(tmp_path, manifest))
    assert "2 witnesses have no parent (ru, bn)" in msg


def test_duplicate_id(tmp_path: Path) -> None:
    assert "duplicate witness id 'en'" in broken(tmp_path, 'id = "bn"', 'id = "en"')


def test_no_witness(tmp_path: Path) -> None:
    assert "no witness" in error_of(make_chain(tmp_path, 'title = "x"\n'))


def test_unknown_key_suggests(tmp_path: Path) -> None:
    msg = broken(tmp_path, 'file = "bn.txt"', 'fiel = "bn.txt"')
    assert "unknown key 'fiel' in witness 3 (did you mean 'file'?)" in msg


def test_unknown_top_level_key(tmp_path: Path) -> None:
    assert "unknown key 'witnesses' at the top level" in error_of(
        make_chain(tmp_path, MANIFEST.replace("[[witness]]", "[[witnesses]]")))


def test_missing_required_field(tmp_path: Path) -> None:
    assert "witness 2 has no 'lang'" in broken(tmp_path, 'lang = "en-gb"\n', "")


def test_wrong_type(tmp_path: Path) -> None:
    assert "'lang' must be a string, not int" in broken(tmp_path, 'lang = "bn"', "lang = 5")


def test_bad_id_and_lang_and_role(tmp_path: Path) -> None:
    assert "is not a valid name" in broken(tmp_path, 'id = "bn"', 'id = "1bn"')
    assert "ends like a segment id" in broken(tmp_path, 'id = "bn"', 'id = "bn-s2"')
    assert "bad language tag 'bengali!'" in broken(tmp_path, 'lang = "bn"', 'lang = "bengali!"')
    assert "unknown role 'original'" in broken(tmp_path, 'role = "source"', 'role = "original"')


def test_bad_toml_has_line_and_column(tmp_path: Path) -> None:
    msg = error_of(make_chain(tmp_path, 'title = "x"\n[[witness]]\nid = bn\n'))
    assert "invalid TOML" in msg and "line 3" in msg and "column" in msg


def test_manifest_undecodable(tmp_path: Path) -> None:
    folder = make_chain(tmp_path)
    (folder / "chain.toml").write_bytes(b'title = "caf\xe9"\n')
    assert "invalid UTF-8 at byte 12 (line 1)" in error_of(folder)


def test_files_outside_the_chain_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("secret")
    inner = tmp_path / "chain"
    inner.mkdir()
    msg = broken(inner, 'file = "bn.txt"', 'file = "../secret.txt"')
    assert "outside the chain folder" in msg
    msg = broken(inner, 'file = "bn.txt"', f'file = "{(tmp_path / "secret.txt").as_posix()}"')
    assert "absolute path" in msg
    (inner / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert "outside the chain folder" in broken(inner, 'file = "bn.txt"', 'file = "link.txt"')


def test_translation_without_parent(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('role = "source"', 'role = "source"\ntranslation = "x.txt"')
    assert "'translation' needs a parent" in error_of(make_chain(tmp_path, manifest))


def test_missing_translation_file(tmp_path: Path) -> None:
    msg = broken(tmp_path, 'translation = "bn-from-en.txt"', 'translation = "none.txt"')
    assert "'none.txt' not found" in msg


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty witness"),
        (b" \n\n ", "empty witness"),
        ("Привет\nмир\n".encode() + b"\xff", "invalid UTF-8 at byte 20 (line 3)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a binary file"),
    ],
)
def test_witness_file_errors_name_the_witness_file(tmp_path: Path, data: bytes, expected: str) -> None:
    msg = error_of(make_chain(tmp_path, **{"bn.txt": data}))
    assert expected in msg and "bn.txt" in msg


def test_deeply_nested_toml_is_refused(tmp_path: Path) -> None:
    msg = error_of(make_chain(tmp_path, "title = " + "[" * 100_000 + "\n"))
    assert "invalid TOML: nested too deeply" in msg


_FIELD_VALUES = st.one_of(
    st.sampled_from(['"bn"', '"en"', '"ru"', '"bn.txt"', '"texts/en.txt"', '"../x"', '"/etc/hosts"',
                     '"source"', '"retelling"', '"x y"', '""', "1", "true", "[1, 2]", "{a = 1}",
                     '"bn-from-en.txt"', '"en-gb"', '"zz-Latn-001"']),
    st.text(max_size=12).map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"'),
)
_FIELDS = st.sampled_from(["id", "lang", "file", "role", "parent", "via", "title", "translation",
                           "fiel", "witness"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(_FIELDS, _FIELD_VALUES), max_size=8), max_size=4),
       st.binary(max_size=20))
def test_property_any_manifest_gives_chain_or_one_line_error(
    tmp_path: Path, tables: list[list[tuple[str, str]]], junk: bytes
) -> None:
    parts = ['title = "t"']
    for table in tables:
        parts.append("[[witness]]")
        seen = set()
        for key, value in table:
            if key not in seen:
                seen.add(key)
                parts.append(f"{key} = {value}")
    folder = make_chain(tmp_path, "\n".join(parts) + "\n", **{"ru.txt": junk or b"x"})
    try:
        chain = load_chain(folder)
    except InputError as e:
        assert "\n" not in str(e) and str(e)
    else:
        assert len(chain.witnesses) == len(tables) and chain.root.parent is None
        assert len(chain.topological()) == len(chain.witnesses)


def test_a_witness_file_name_too_long_for_the_file_system(tmp_path: Path) -> None:
    manifest = MANIFEST.replace('file = "ru.txt"', 'file = "' + "x" * 300 + '.txt"')
    with pytest.raises(InputError, match="cannot be opened"):
        load_chain(make_chain(tmp_path, manifest))
