import { mkdtempSync, readFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { fakeIo } from "./fake-io.js";

const check = ["check", "--jobs", "1"];

// End-to-end rows run in-process through run(argv, io), as the bin does.
describe("policylint check", () => {
  it.each([
    { argv: [...check, "fixtures/drafts/decreto-alineado.md", "--fail-on", "none"], exitCode: 0, stdout: /Puntaje global/ },
    { argv: [...check, "fixtures/drafts/decreto-restrictivo.md"], exitCode: 1, stdout: /conflicto/i },
    { argv: [...check, "fixtures/drafts/ordenanza-no-relacionada.md"], exitCode: 1, stdout: /brecha/i },
    { argv: [...check, "fixtures/drafts/no-existe.md"], exitCode: 2, stderr: /no documents matched: fixtures\/drafts\/no-existe\.md/ },
    { argv: [...check], exitCode: 2, stderr: /no documents given/ },
    { argv: [...check, "fixtures/drafts/decreto-alineado.md", "--min-score", "dos"], exitCode: 2, stderr: /--min-score must be a number/ },
    { argv: [...check, "fixtures/drafts/decreto-alineado.md", "--policy", "fixtures/policies/broken-policy.yaml"], exitCode: 2, stderr: /^fixtures\/policies\/broken-policy\.yaml:\d+:\d+: /m },
    { argv: [...check, "fixtures/drafts/decreto-alineado.md", "--format", "yaml"], exitCode: 2, stderr: /^error: .*'yaml' is invalid.*\n\(run policylint --help for usage\)\n$/ },
    { argv: [...check, "fixtures/drafts/decreto-alineado.md", "--min-score", "0.99", "--fail-on", "none"], exitCode: 1 },
  ])("$argv → $exitCode", async ({ argv, exitCode, stdout, stderr }) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(exitCode);
    if (stdout) expect(io.out()).toMatch(stdout);
    if (stderr) expect(io.err()).toMatch(stderr);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it("prints its help in one language, English, with every command", async () => {
    const io = fakeIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: policylint \[options\] \[command\]\n\nChecks Spanish normative drafts against Peru's migration policy guidelines/);
    for (const command of ["check", "init", "diff", "policy", "explain", "text"]) expect(io.out()).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("reads stdin as -", async () => {
    const io = fakeIo({ stdin: "Artículo 1.- Se garantizan los derechos humanos de las personas migrantes." });
    expect(await run([...check, "-", "--format", "json", "--fail-on", "none"], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.documents[0].file).toBe("-");
    expect(report.documents[0].dimensions.find((d: { id: string }) => d.id === "E1").status).not.toBe("gap");
  });

  it("json output is byte-identical across runs", async () => {
    const outputs = [];
    for (let i = 0; i < 2; i++) {
      const io = fakeIo();
      await run([...check, "fixtures/drafts", "--format", "json"], io);
      outputs.push(io.out());
    }
    expect(outputs[0]).toBe(outputs[1]);
    expect(JSON.parse(outputs[0]!).schemaVersion).toBe(1);
  });

  it("one bad file is reported and the others are still checked", async () => {
    const io = fakeIo();
    const code = await run([...check, "fixtures/drafts/decreto-alineado.md", "fixtures/documents/binario.txt", "--format", "json"], io);
    expect(code).toBe(2);
    const report = JSON.parse(io.out());
    expect(report.documents).toHaveLength(2);
    expect(report.documents.find((d: { file: string }) => d.file.endsWith("binario.txt")).error).toBeTruthy();
    expect(report.documents.find((d: { file: string }) => d.file.endsWith("decreto-alineado.md")).dimensions).toHaveLength(16);
  });

  it("--output writes the whole file and leaves no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "policylint-"));
    const file = path.join(dir, "informe.json");
    const io = fakeIo();
    await run([...check, "fixtures/drafts/decreto-alineado.md", "--format", "json", "--output", file], io);
    expect(JSON.parse(readFileSync(file, "utf8")).documents).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(["informe.json"]);
    expect(io.out()).toBe("");
  });

  it.each(["jsonl", "csv", "text", "json"])("--format %s --output streams into the file: the bytes of stdout, no temporary file left", async (format) => {
    const dir = mkdtempSync(path.join(tmpdir(), "policylint-"));
    const file = path.join(dir, `informe.${format}`);
    const args = [...check, "fixtures/drafts", "fixtures/documents/binario.txt", "--format", format];
    const piped = fakeIo();
    await run(args, piped);
    const io = fakeIo();
    expect(await run([...args, "--output", file], io)).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(piped.out());
    expect(readdirSync(dir)).toEqual([`informe.${format}`]);
    expect(io.out()).toBe("");
  });

  it("prints a text report on a pipe document by document, the same bytes as the whole report", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "policylint-"));
    const whole = path.join(dir, "informe.txt");
    const io = fakeIo();
    await run([...check, "fixtures/drafts", "nope.md", "--output-format", `text=${whole}`], io);
    const documents = readdirSync("fixtures/drafts").length + 1;
    expect(io.outWrites().length).toBeGreaterThanOrEqual(documents);
    expect(io.out()).toBe(readFileSync(whole, "utf8"));
    expect(io.out()).toMatch(/Resumen/);
  });

  it("prints a text report on a terminal whole, after the progress bar", async () => {
    const io = fakeIo({ stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    await run([...check, "fixtures/drafts"], io);
    const piped = fakeIo();
    await run([...check, "fixtures/drafts"], piped);
    expect(io.outWrites()).toEqual([piped.out()]);
  });

  it.each([
    { format: "text", stdoutIsTTY: true, bar: true },
    { format: "jsonl", stdoutIsTTY: false, bar: true },
    { format: "jsonl", stdoutIsTTY: true, bar: false },
  ])("draws the progress bar for $format when stdout is a terminal: $stdoutIsTTY → $bar", async ({ format, stdoutIsTTY, bar }) => {
    const io = fakeIo({ stdoutIsTTY, stderrIsTTY: true, env: { NO_COLOR: "1" } });
    await run([...check, "fixtures/drafts", "--format", format], io);
    expect(io.err().includes("documentos")).toBe(bar);
  });

  it("--output into a missing folder fails with one line and writes nothing", async () => {
    const io = fakeIo();
    const target = path.join(tmpdir(), "no-such-folder-policylint", "x.json");
    expect(await run([...check, "fixtures/drafts/decreto-alineado.md", "--output", target], io)).toBe(2);
    expect(existsSync(target)).toBe(false);
    expect(io.err().trim().split("\n")).toHaveLength(1);
  });
});

describe("policy commands", () => {
  it("explain L6.a quotes the source", async () => {
    const io = fakeIo();
    expect(await run(["explain", "L6.a"], io)).toBe(0);
    expect(io.out()).toContain("Modernizar el sistema de gestión del desarrollo fronterizo integrando el elemento migratorio en el mismo.");
  });

  it("explain P3 shows the policy's words and how it is detected", async () => {
    const io = fakeIo();
    expect(await run(["explain", "p3"], io)).toBe(0);
    expect(io.out()).toMatch(/No criminalización/);
    expect(io.out()).toMatch(/Cómo se detecta/);
  });

  it("policy validate on a broken copy prints line:col problems and exits 2", async () => {
    const io = fakeIo();
    expect(await run(["policy", "validate", "fixtures/policies/broken-references.yaml"], io)).toBe(2);
    expect(io.err()).toMatch(/^fixtures\/policies\/broken-references\.yaml:24:\d+: unknown lineamiento sub-item "L9\.z"$/m);
  });

  it("policy validate on the bundled policy succeeds", async () => {
    const io = fakeIo();
    expect(await run(["policy", "validate"], io)).toBe(0);
    expect(io.out()).toMatch(/16 dimensiones, 7 lineamientos, 43 literales/);
  });

  it("policy show prints the tree", async () => {
    const io = fakeIo();
    expect(await run(["policy", "show"], io)).toBe(0);
    expect(io.out()).toMatch(/E1 +Enfoque de derechos humanos/);
    expect(io.out()).toMatch(/L7\.d/);
  });

  it("an unknown id is a usage error", async () => {
    const io = fakeIo();
    expect(await run(["explain", "Z9"], io)).toBe(2);
    expect(io.err()).toMatch(/unknown policy id "Z9"/);
  });
});
