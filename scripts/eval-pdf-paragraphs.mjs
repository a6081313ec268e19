// node scripts/eval-pdf-paragraphs.mjs   (after npm run build; needs Debian's libreoffice-writer)
// How well the PDF reader finds paragraphs: decrees of ../shared/corpus/raw, one paragraph per
// line, printed by LibreOffice two ways — as plain text (a monospaced font, ragged lines, no space
// between paragraphs) and as HTML (justified, 6 pt after each paragraph) — then read back. A
// paragraph boundary counts as found when the words on both sides of it match (three each), so one
// word read differently does not shift every later boundary. The rules were written looking at the
// first set only; the second is held out.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readPdf } from "../dist/documents/readers/pdf.js";

const raw = path.resolve(import.meta.dirname, "../../shared/corpus/raw");
const sets = {
  tuned: ["pe-ley30001-reinsercion-migrante-retornado", "pe-ds003-2023-in-regularizacion-migratoria", "pe-ley27891-ley-del-refugiado", "pe-dl1582-2023-modifica-ley-migraciones-expulsion", "pe-ley28950-trata-de-personas-trafico-migrantes"],
  "held out": ["pe-ds007-2017-in-decreto-aprueba-reglamento-migraciones", "pe-ds015-2017-re-politica-nacional-migratoria-decreto", "pe-dl1719-2026-modifica-ley-refugiado", "neg-pe-ley28424-impuesto-activos-netos"],
};

const words = (text) => text.normalize("NFC").split(/\s+/).filter(Boolean);
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Each boundary as the three words before it and the three after, counted. */
function boundaries(paragraphs) {
  const found = new Map();
  const all = paragraphs.map(words);
  all.forEach((paragraph, i) => {
    const key = `${(all[i - 1] ?? []).slice(-3).join(" ")} | ${paragraph.slice(0, 3).join(" ")}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  });
  return found;
}

const work = mkdtempSync(path.join(tmpdir(), "policylint-pdf-paragraphs-"));
try {
  for (const [set, names] of Object.entries(sets)) {
    let truePositives = 0;
    let found = 0;
    let expected = 0;
    for (const name of names) {
      // Markdown marks go; each non-empty line is one paragraph.
      const lines = readFileSync(path.join(raw, `${name}.md`), "utf8")
        .split("\n")
        .map((line) => line.replace(/^#+ *|^> ?|^[-*] /, "").replace(/\*\*/g, ""))
        .filter((line) => line.trim() !== "" && !line.startsWith("|"));
      const sources = path.join(work, name);
      mkdirSync(sources);
      writeFileSync(path.join(sources, `${name}.txt`), lines.join("\n"));
      const html = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
      writeFileSync(path.join(sources, `${name}.html`), `<html><head><meta charset="utf-8"><style>p{text-align:justify;margin:0 0 6pt 0}</style></head><body>${html}</body></html>`);
      for (const [file, filter] of [[`${name}.txt`, "pdf"], [`${name}.html`, "pdf:writer_web_pdf_Export"]]) {
        const out = path.join(sources, file.replace(".", "-"));
        execFileSync("soffice", ["--headless", "--convert-to", filter, "--outdir", out, path.join(sources, file)], { stdio: "ignore" });
        const doc = await readPdf(readFileSync(path.join(out, file.replace(/\.\w+$/, ".pdf"))), file, { maxBytes: 100 * 1024 * 1024 });
        const starts = doc.paragraphs ?? [];
        const paragraphs = starts.map((start, i) => doc.text.slice(start, starts[i + 1]));
        const truth = boundaries(lines);
        let matched = 0;
        for (const [key, count] of boundaries(paragraphs)) matched += Math.min(count, truth.get(key) ?? 0);
        truePositives += matched;
        found += paragraphs.length;
        expected += lines.length;
        console.log(`${set.padEnd(9)} ${file.padEnd(62)} paragraphs ${String(lines.length).padStart(4)}  found ${String(paragraphs.length).padStart(4)}  right ${String(matched).padStart(4)}`);
      }
    }
    console.log(`${set}: precision ${(truePositives / found).toFixed(3)}, recall ${(truePositives / expected).toFixed(3)} (${names.length * 2} PDFs)\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
