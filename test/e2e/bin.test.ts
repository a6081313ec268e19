import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, repoRoot } from "../helpers.js";

const bin = path.join(repoRoot, "bin", "policylint.js");
const built = existsSync(path.join(repoRoot, "dist", "cli", "run.js"));

function policylint(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    input: options.input ?? "",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// These run the built CLI as a user would; `npm test` builds first.
describe.skipIf(!built)("the built bin", () => {
  it("checks the bundled example draft and prints the Spanish report", () => {
    const { code, stdout, stderr } = policylint(["check", "fixtures/drafts/decreto-alineado.md", "--fail-on", "none"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Puntaje global/);
    expect(stdout).toMatch(/Artículo \d+/);
  });

  it("gives byte-identical JSON for --jobs 1 and --jobs 2", () => {
    const one = policylint(["check", "fixtures/drafts", "--format", "json", "--jobs", "1"]);
    const two = policylint(["check", "fixtures/drafts", "--format", "json", "--jobs", "2"]);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });

  it("gives the same JSON Lines for --jobs 1 and 3 over many files, broken ones and standard input included", () => {
    // Enough files for many batches across this thread and two workers; the broken documents
    // fail in whichever thread checks them, and "-" is always checked on the main thread.
    const args = ["check", "fixtures/drafts", "fixtures/documents", ...(existsSync(corpusDir) ? [path.join(corpusDir, "raw")] : []), "-", "--format", "jsonl"];
    const input = "Artículo 1.- Se garantiza el derecho a la salud de las personas migrantes.";
    const one = policylint([...args, "--jobs", "1"], { input });
    const three = policylint([...args, "--jobs", "3"], { input });
    const lines = one.stdout.trim().split("\n").map((line) => JSON.parse(line) as { file: string; error?: string });
    expect(lines.filter((line) => line.error).length).toBeGreaterThanOrEqual(5);
    expect(lines.some((line) => line.file === "-" && !line.error)).toBe(true);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.code).toBe(2);
  });

  it("tells why a file could not be read in the report's language, on this thread and in workers", () => {
    const args = ["check", "fixtures/documents/cifrado.pdf", "fixtures/documents/binario.txt", "fixtures/drafts", "--format", "jsonl", "--jobs", "2"];
    const errors = (stdout: string) =>
      stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { file: string; error?: string })
        .filter((line) => line.error)
        .map((line) => `${line.file}: ${line.error}`);
    expect(errors(policylint(args).stdout)).toEqual([
      "fixtures/documents/binario.txt: no es un documento legible: contenido binario",
      "fixtures/documents/cifrado.pdf: PDF cifrado (hace falta una contraseña para leerlo)",
    ]);
    expect(errors(policylint([...args, "--lang", "en"]).stdout)).toEqual([
      "fixtures/documents/binario.txt: not a readable document: binary content",
      "fixtures/documents/cifrado.pdf: encrypted PDF (a password is needed to read it)",
    ]);
  });

  it("ends quietly when piped into head (no EPIPE stack)", () => {
    const output = execFileSync("bash", ["-c", `node ${JSON.stringify(bin)} check fixtures/drafts --format jsonl --jobs 1 | head -c 100 >/dev/null; echo "status:\${PIPESTATUS[0]}"`], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(output).toMatch(/status:\d+/);
  });

  it("prints no stack trace for a bad policy", () => {
    const { code, stderr } = policylint(["policy", "validate", "fixtures/policies/broken-policy.yaml"]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.split("\n")[0]).toMatch(/^fixtures\/policies\/broken-policy\.yaml:\d+:\d+: /);
  });

  // json is written at the end; jsonl goes into a temporary file as documents are done, which must go too.
  it.skipIf(!existsSync(path.join(corpusDir, "raw"))).each([
    { format: "json", jobs: "1" },
    { format: "json", jobs: "2" },
    { format: "jsonl", jobs: "1" },
    { format: "jsonl", jobs: "2" },
  ])("stops cleanly on Ctrl-C with exit code 130 and writes no output file (--format $format, --jobs $jobs)", async ({ format, jobs }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "policylint-sigint-"));
    for (let i = 0; i < 4; i++) cpSync(path.join(corpusDir, "raw"), path.join(dir, `copia-${i}`), { recursive: true });
    const out = path.join(dir, `informe.${format}`);
    const child = spawn(process.execPath, [bin, "check", dir, "--format", format, "--output", out, "--jobs", jobs], { cwd: repoRoot });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill("SIGINT");
    const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(130);
    expect(readdirSync(dir).filter((f) => f.startsWith("informe"))).toEqual([]);
  });
});
