"""Expanding ``auditor batch`` arguments: folders, globs, manifests, stable unique names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditor.batch.manifest import chain_inputs, expand, read_manifest
from auditor.errors import InputError
from tests.batch.conftest import make_chain


def test_folder_of_chains_finds_every_chain_and_bilingual_file(corpus: Path) -> None:
    (corpus / "sub").mkdir()
    make_chain(corpus / "sub" / "deep")
    (corpus / "memo.tmx").write_text("<tmx/>", encoding="utf-8")
    (corpus / ".hidden").mkdir()
    make_chain(corpus / ".hidden" / "x")
    jobs = expand([str(corpus)])
    names = [j.name for j in jobs]
    assert names == ["c0", "c1", "c2", "c3", "memo.tmx", "sub__deep", "zz-broken"]
    assert Path(jobs[0].path) == corpus / "c0"


def test_a_chain_folder_and_its_chain_toml_are_one_chain(corpus: Path) -> None:
    jobs = expand([str(corpus / "c1"), str(corpus / "c1" / "chain.toml")])
    assert [j.name for j in jobs] == ["c1"]


def test_glob_and_missing_paths(tmp_path: Path, corpus: Path) -> None:
    warnings: list[str] = []
    jobs = expand([str(corpus / "c*" / "chain.toml"), str(tmp_path / "nothing-*"), str(tmp_path / "gone")],
                  warn=warnings.append)
    assert [j.name for j in jobs] == ["c0", "c1", "c2", "c3", "gone"]
    assert len(warnings) == 1 and "matches nothing" in warnings[0]


def test_csv_manifest_with_header_relative_paths_name_and_lang(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "story.txt").write_text("One sentence. Two.", encoding="utf-8")
    m = tmp_path / "list.csv"
    m.write_text("path,lang,name\ncorpus/c0,,\nstory.txt,en,my story\n\n", encoding="utf-8")
    jobs = read_manifest(m)
    assert [(j.name, j.lang) for j in jobs] == [("corpus__c0", None), ("my_story", "en")]
    assert Path(jobs[1].path) == tmp_path / "story.txt"
    assert all(j.manifest == str(m) for j in jobs)


def test_csv_without_header_and_jsonl_manifest(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "a.csv").write_text("corpus/c0\ncorpus/c1\n", encoding="utf-8")
    assert [j.name for j in expand([str(tmp_path / "a.csv")])] == ["corpus__c0", "corpus__c1"]
    lines = [json.dumps("corpus/c2"), json.dumps({"path": "corpus/c3", "name": "third"}), ""]
    (tmp_path / "b.jsonl").write_text("\n".join(lines), encoding="utf-8")
    assert [j.name for j in expand([str(tmp_path / "b.jsonl")])] == ["corpus__c2", "third"]


def test_malformed_jsonl_manifest_names_file_and_line(tmp_path: Path) -> None:
    m = tmp_path / "bad.jsonl"
    m.write_text('{"path": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_manifest(m)
    assert "bad.jsonl" in str(exc.value) and "line 2" in str(exc.value)


def test_clashing_names_get_a_stable_hash(tmp_path: Path) -> None:
    a = make_chain(tmp_path / "x" / "same")
    b = make_chain(tmp_path / "y" / "same")
    first = [j.name for j in expand([str(a), str(b)])]
    again = [j.name for j in expand([str(b), str(a)])]
    assert len(set(first)) == 2 and all(n.startswith("same-") for n in first)
    assert sorted(first) == sorted(again)


def test_chain_inputs_cover_manifest_witnesses_and_translations(tmp_path: Path) -> None:
    c = make_chain(tmp_path / "c")
    with (c / "chain.toml").open("a", encoding="utf-8") as fh:
        fh.write('translation = "en.de.txt"\n')
    m = tmp_path / "m.csv"
    m.write_text("path\nc\n", encoding="utf-8")
    (job,) = read_manifest(m)
    inputs = {p.resolve() for p in chain_inputs(job)}
    assert inputs == {(c / n).resolve() for n in ("chain.toml", "en.txt", "de.txt", "en.de.txt")} | {m.resolve()}
