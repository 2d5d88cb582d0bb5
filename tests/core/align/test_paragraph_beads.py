"""``paragraph_beads``: whole paragraphs paired where one side's sentences are its paragraphs."""

from __future__ import annotations

import numpy as np

from auditor.core.align.aligner import align_texts
from auditor.core.align.paragraph_beads import paragraph_beads

THAI = [  # one "sentence" per paragraph: Thai marks no sentence end
    "ส่งออกข้าวหอมมะลิ 2 เดือนแรกหดตัว ภัยแล้งอีสานฉุดผลผลิต",
    "กรมการค้าต่างประเทศเปิดเผยว่า ไทยส่งออกข้าวหอมมะลิได้ 3.32 แสนตัน ลดลง 8.6% มูลค่า 1.2 หมื่นล้านบาท "
    "ขณะที่การส่งออกข้าวทุกชนิดเพิ่มขึ้น 12.4% เป็น 1.62 ล้านตัน",
    "นายบุญมี แสงทอง อายุ 58 ปี ชาวนาร้อยเอ็ด กล่าวว่า ปีนี้เก็บเกี่ยวได้ไม่ถึง 10 ตัน จากเดิม 18 ตัน "
    "ราคาดีจริง แต่ไม่มีข้าวจะขาย",
    "กระทรวงพาณิชย์จะเสนอคณะรัฐมนตรีในวันที่ 19 มี.ค. ให้อนุมัติวงเงิน 2,500 ล้านบาท",
]
ENGLISH = [
    "Thai hom mali exports shrink in first two months as drought hits output",
    "Thailand exported 332,000 tonnes of hom mali rice, down 8.6%.", "The shipments were worth 12 billion baht.",
    "Exports of all rice types rose 12.4% to 1.62 million tonnes.",
    "Boonmee Saengthong, 58, farms in Roi Et.", "He harvested less than 10 tonnes this year, against 18 before.",
    "“The price is good, that’s true, but I have no rice to sell,” he said.",
    "The Ministry of Commerce will ask the cabinet on 19 March to approve 2.5 billion baht.",
]
PARAS = ([0, 1, 2, 3], [0, 1, 1, 1, 2, 2, 2, 3])


def _lengths(texts: list[str]) -> np.ndarray:
    return np.array([len(t) for t in texts], dtype=np.float64)


def test_each_paragraph_is_paired_with_its_counterpart_whole() -> None:
    got = paragraph_beads(_lengths(THAI), _lengths(ENGLISH), PARAS)
    assert got == [((0,), (0,)), ((1,), (1, 2, 3)), ((2,), (4, 5, 6)), ((3,), (7,))]
    beads = align_texts(THAI, ENGLISH, src_lang="th", tgt_lang="en", paragraphs=PARAS)
    assert [(b.source, b.target) for b in beads] == got


def test_only_where_one_side_cuts_at_paragraphs_and_the_paragraphs_correspond() -> None:
    # the same number of sentences a paragraph on both sides: sentence beads do
    assert paragraph_beads(_lengths(ENGLISH), _lengths(ENGLISH), (PARAS[1], PARAS[1])) is None
    # a paragraph more on one side: the paragraphs do not pair one to one
    assert paragraph_beads(_lengths(THAI), _lengths(ENGLISH), ([0, 1, 2, 3], [0, 1, 1, 1, 2, 2, 3, 4])) is None
    # one paragraph far longer for its counterpart than the others: not one proportion
    lopsided = _lengths(ENGLISH)
    lopsided[7] *= 12
    assert paragraph_beads(_lengths(THAI), lopsided, PARAS) is None
    # too few paragraphs to say anything
    assert paragraph_beads(_lengths(THAI[:2]), _lengths(ENGLISH[:4]), ([0, 1], [0, 1, 1, 1])) is None
