import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { fakeIo } from "./fake-io.js";

interface JsonCitation {
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
  text: string;
}

async function textOf(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await run(["text", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("policylint text", () => {
  it.each(["decreto-alineado.pdf", "decreto-paginado-libreoffice.pdf", "decreto-seguido-libreoffice.pdf", "decreto-alineado.docx", "pagina.html", "decreto-numerado-libreoffice.docx"])(
    "numbers the lines of %s as the JSON report's citations number them",
    async (name) => {
      const file = `fixtures/documents/${name}`;
      const { code, out } = await textOf([file]);
      expect(code).toBe(0);
      // "  12  text": the number, two spaces, the line as extracted.
      const lines = out.replace(/\n$/, "").split("\n").map((line) => line.replace(/^ *\d+ {2}/, ""));

      const io = fakeIo();
      await run(["check", file, "--format", "json", "--fail-on", "none", "--jobs", "1"], io);
      const citations: JsonCitation[] = JSON.parse(io.out()).documents[0].dimensions.flatMap((d: { citations: JsonCitation[] }) => d.citations);
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) {
        const first = lines[citation.startLine - 1] ?? "";
        const last = lines[citation.endLine - 1] ?? "";
        // A quote collapses whitespace: its first and last words stand where the columns say.
        expect(first.slice(citation.startColumn - 1)).toMatch(new RegExp(`^${escape(citation.text.split(" ")[0] as string)}`));
        if (!citation.text.endsWith("…")) {
          expect(last.slice(0, citation.endColumn)).toMatch(new RegExp(`${escape(citation.text.split(" ").at(-1) as string)}$`));
        }
      }
    },
  );

  it.each(["decreto-paginado-libreoffice.pdf", "decreto-seguido-libreoffice.pdf", "decreto-numerado-libreoffice.docx", "pagina.html"])(
    "marks with --paragraphs, in %s, the paragraph each JSON citation gives at or before its first line",
    async (name) => {
      const file = `fixtures/documents/${name}`;
      const { code, out } = await textOf([file, "--paragraphs"]);
      expect(code).toBe(0);
      // "  12  ¶5   text" or "  13       text": the number, then the mark when a paragraph starts there.
      const marks = out.replace(/\n$/, "").split("\n").map((line) => /^ *\d+ {2}¶(\d+)/.exec(line)?.[1]);
      const io = fakeIo();
      await run(["check", file, "--format", "json", "--fail-on", "none", "--jobs", "1"], io);
      const citations: Array<JsonCitation & { paragraph?: number }> = JSON.parse(io.out()).documents[0].dimensions.flatMap((d: { citations: JsonCitation[] }) => d.citations);
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) {
        const marked = marks.slice(0, citation.startLine).filter((mark) => mark !== undefined);
        expect(Number(marked.at(-1))).toBe(citation.paragraph);
      }
    },
  );

  it("prints a Markdown draft the same with --paragraphs: it has no source paragraphs", async () => {
    const plain = await textOf(["fixtures/drafts/decreto-alineado.md"]);
    expect((await textOf(["fixtures/drafts/decreto-alineado.md", "--paragraphs"])).out).toBe(plain.out);
  });

  it("prints the bare text with --no-numbers", async () => {
    const { code, out } = await textOf(["fixtures/documents/decreto-alineado.pdf", "--no-numbers"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^PROYECTO DE DECRETO SUPREMO\n/);
    expect(out).toMatch(/^Artículo 4\.- Refrendo$/m);
  });

  it("warns about a scan in Spanish, or in English with --lang en, and prints nothing else", async () => {
    const es = await textOf(["fixtures/documents/escaneado.pdf"]);
    expect(es.err).toBe("policylint: fixtures/documents/escaneado.pdf: sin capa de texto: aplique OCR\n");
    expect(es.code).toBe(0);
    expect(es.out).toBe("");
    const en = await textOf(["fixtures/documents/escaneado.pdf", "--lang", "en"]);
    expect(en.err).toBe("policylint: fixtures/documents/escaneado.pdf: no text layer: run OCR\n");
  });

  it("refuses an unreadable document in one line, in the language asked, with exit code 2", async () => {
    const es = await textOf(["fixtures/documents/cifrado.pdf"]);
    expect(es.code).toBe(2);
    expect(es.out).toBe("");
    expect(es.err).toBe("policylint: fixtures/documents/cifrado.pdf: PDF cifrado (hace falta una contraseña para leerlo)\n");
    const en = await textOf(["fixtures/documents/binario.txt", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toBe("policylint: fixtures/documents/binario.txt: not a readable document: binary content\n");
  });

  it("refuses a missing file with exit code 2 and no stack trace", async () => {
    const { code, err } = await textOf(["fixtures/documents/no-existe.pdf"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^policylint: fixtures\/documents\/no-existe\.pdf: [^\n]+\n$/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
