import path from "node:path";
import type { CompiledPolicy } from "../../match/compile-policy.js";
import { bundledPolicyPath } from "../../policy/data-paths.js";
import { loadPolicy } from "../../policy/load-policy.js";
import type { PolicyDimension, VocabularyEntry } from "../../policy/types.js";
import { PolicylintError } from "../../errors.js";
import type { CliIo } from "../io.js";

export async function loadPolicyArg(file: string | undefined, io: CliIo): Promise<CompiledPolicy> {
  return file ? loadPolicy(path.resolve(io.cwd, file), file) : loadPolicy(bundledPolicyPath, bundledPolicyPath);
}

/** `policylint policy validate [FILE]`: problems go to stderr as file:line:col (thrown), success is one line. */
export async function runPolicyValidate(file: string | undefined, io: CliIo): Promise<number> {
  const { policy } = await loadPolicyArg(file, io);
  const items = policy.lineamientos.reduce((n, l) => n + l.items.length, 0);
  io.stdout.write(
    `${file ?? "pe-mtigm-2015.yaml"}: válida — ${policy.dimensions.length} dimensiones, ${policy.lineamientos.length} lineamientos, ${items} literales\n`,
  );
  return 0;
}

/** `policylint policy show [ID]`: the tree, or one item with its vocabulary. */
export async function runPolicyShow(id: string | undefined, file: string | undefined, io: CliIo): Promise<number> {
  const compiled = await loadPolicyArg(file, io);
  io.stdout.write(id ? describeItem(compiled, id, true) : policyTree(compiled));
  return 0;
}

/** `policylint explain ID`: what the policy says for any id, and how it is detected. */
export async function runExplain(id: string, file: string | undefined, io: CliIo): Promise<number> {
  io.stdout.write(describeItem(await loadPolicyArg(file, io), id, true));
  return 0;
}

function policyTree({ policy }: CompiledPolicy): string {
  const lines = [`${policy.metadata.title} (${policy.metadata.issuer}, ${policy.metadata.date})`, ""];
  for (const kind of ["enfoque", "principio"] as const) {
    lines.push(kind === "enfoque" ? "Enfoques" : "Principios");
    for (const d of policy.dimensions.filter((x) => x.kind === kind)) lines.push(`  ${d.id.padEnd(4)} ${d.title}`);
    lines.push("");
  }
  lines.push("Lineamientos");
  for (const l of policy.lineamientos) {
    lines.push(`  ${l.id.padEnd(4)} ${l.text}`);
    for (const item of l.items) lines.push(`    ${item.id.padEnd(6)} ${shorten(item.text, 100)}`);
  }
  return `${lines.join("\n")}\n`;
}

function describeItem({ policy }: CompiledPolicy, id: string, withVocabulary: boolean): string {
  const key = id.toUpperCase().replace(/\.([A-Z])$/, (_, letter: string) => `.${letter.toLowerCase()}`);
  const dimension = policy.dimensions.find((d) => d.id === key);
  if (dimension) return describeDimension(dimension, policy.lineamientos, withVocabulary);
  const lineamiento = policy.lineamientos.find((l) => l.id === key);
  if (lineamiento) {
    const items = lineamiento.items.map((i) => `  ${i.id}  ${i.text}`);
    return `${lineamiento.id}  ${lineamiento.text}\n\n${items.join("\n")}\n${usedBy(policy.dimensions, lineamiento.items.map((i) => i.id))}`;
  }
  const item = policy.lineamientos.flatMap((l) => l.items).find((i) => i.id === key);
  if (item) return `${item.id}  ${item.text}\n${usedBy(policy.dimensions, [item.id])}`;
  throw new PolicylintError("usage", `unknown policy id "${id}" (try E1…E6, P1…P10, L1…L7 or L1.a…)`);
}

function usedBy(dimensions: PolicyDimension[], itemIds: string[]): string {
  const users = dimensions.filter((d) => d.lineamientos.some((ref) => itemIds.includes(ref))).map((d) => d.id);
  return users.length ? `\nLo ponen en práctica las dimensiones: ${users.join(", ")}\n` : "";
}

function describeDimension(d: PolicyDimension, lineamientos: CompiledPolicy["policy"]["lineamientos"], withVocabulary: boolean): string {
  const items = new Map(lineamientos.flatMap((l) => l.items.map((i) => [i.id, i.text] as const)));
  const lines = [
    `${d.id}  ${d.title} (${d.kind}; en: ${d.titleEn})`,
    "",
    `«${d.text}»`,
    "",
    `Umbrales: parcial ≥ ${d.thresholds.partial}, cubierto ≥ ${d.thresholds.covered}`,
    "",
    "Lineamientos que lo ponen en práctica:",
    ...d.lineamientos.map((ref) => `  ${ref}  ${shorten(items.get(ref) ?? "", 110)}`),
  ];
  if (withVocabulary) {
    lines.push("", "Cómo se detecta (vocabulario, peso):", ...d.vocabulary.map((e) => `  ${describeEntry(e)}`));
    if (d.exclude.length) lines.push("", `Otros sentidos excluidos: ${d.exclude.join("; ")}`);
    if (d.contrary.length) {
      lines.push("", "Disposiciones contrarias (conflicto):");
      for (const c of d.contrary) lines.push(`  ${c.id}: ${c.description}`, `    ${c.near.map((g) => g.join(" | ")).join(`  ~${c.within}~  `)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function describeEntry(e: VocabularyEntry): string {
  const what = e.terms ? e.terms.join(" | ") : `${(e.near ?? []).map((g) => `(${g.join(" | ")})`).join(` a ≤${e.within} palabras de `)}`;
  return `${e.weight.toFixed(2)}  ${what}${e.ignoreNegation ? "  [vale también negado]" : ""}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max))}…`;
}
