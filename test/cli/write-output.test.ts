import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openOutputFile, writeOutputFile } from "../../src/cli/write-output.js";

const folder = () => mkdtempSync(path.join(tmpdir(), "policylint-output-"));

describe("output files", () => {
  it("appear only when committed, with every piece in order", () => {
    const dir = folder();
    const file = path.join(dir, "informe.jsonl");
    const sink = openOutputFile(file);
    sink.write("{\"a\":1}\n");
    sink.write(new TextEncoder().encode("{\"b\":\"ñ\"}\n"));
    expect(readdirSync(dir)).not.toContain("informe.jsonl");
    sink.commit();
    sink.discard();
    expect(readFileSync(file, "utf8")).toBe("{\"a\":1}\n{\"b\":\"ñ\"}\n");
    expect(readdirSync(dir)).toEqual(["informe.jsonl"]);
  });

  it("leave nothing behind when discarded", () => {
    const dir = folder();
    const sink = openOutputFile(path.join(dir, "informe.csv"));
    sink.write("a,b\r\n");
    sink.discard();
    sink.write("ignored");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("fail with one line naming the file when the folder is missing, or the name is a folder", () => {
    const dir = folder();
    const missing = path.join(dir, "no-such-folder", "informe.json");
    expect(() => openOutputFile(missing)).toThrow(`${missing}: cannot write the output (ENOENT)`);
    const taken = path.join(dir, "informe.json");
    mkdirSync(taken);
    expect(() => writeOutputFile(taken, "{}")).toThrow(/^.*informe\.json: cannot write the output \((EISDIR|EEXIST|ENOTEMPTY)\)$/);
    expect(readdirSync(dir)).toEqual(["informe.json"]);
  });
});
