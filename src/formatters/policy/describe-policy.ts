import { PolicylintError } from "../../errors.js";
import type { Messages } from "../../i18n/messages.js";
import type { Lineamiento, Policy, PolicyDimension, VocabularyEntry } from "../../policy/types.js";

/** `policylint policy show`: the policy as a tree of ids and titles. */
export function formatPolicyTree(policy: Policy, messages: Messages): string {
  const lines = [`${policy.metadata.title} (${policy.metadata.issuer}, ${policy.metadata.date})`, ""];
  for (const kind of ["enfoque", "principio"] as const) {
    lines.push(kind === "enfoque" ? messages.enfoques : messages.principios);
    for (const d of policy.dimensions.filter((x) => x.kind === kind)) lines.push(`  ${d.id.padEnd(4)} ${titleOf(d, messages)}`);
    lines.push("");
  }
  lines.push(messages.lineamientos);
  for (const l of policy.lineamientos) {
    lines.push(`  ${l.id.padEnd(4)} ${l.text}`);
    for (const item of l.items) lines.push(`    ${item.id.padEnd(6)} ${shorten(item.text, 100)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `policylint explain ID` / `policy show ID`: what the policy says for any id, and how it is detected. */
export function formatPolicyItem(policy: Policy, id: string, messages: Messages): string {
  const key = id.toUpperCase().replace(/\.([A-Z])$/, (_, letter: string) => `.${letter.toLowerCase()}`);
  const dimension = policy.dimensions.find((d) => d.id === key);
  if (dimension) return describeDimension(dimension, policy.lineamientos, messages);
  const lineamiento = policy.lineamientos.find((l) => l.id === key);
  if (lineamiento) {
    const items = lineamiento.items.map((i) => `  ${i.id}  ${i.text}`);
    return `${lineamiento.id}  ${lineamiento.text}\n\n${items.join("\n")}\n${usedBy(policy.dimensions, lineamiento.items.map((i) => i.id), messages)}`;
  }
  const item = policy.lineamientos.flatMap((l) => l.items).find((i) => i.id === key);
  if (item) return `${item.id}  ${item.text}\n${usedBy(policy.dimensions, [item.id], messages)}`;
  throw new PolicylintError("usage", `unknown policy id "${id}" (try E1…E6, P1…P10, L1…L7 or L1.a…)`);
}

function titleOf(d: PolicyDimension, messages: Messages): string {
  return messages.language === "en" ? d.titleEn : d.title;
}

function usedBy(dimensions: PolicyDimension[], itemIds: string[], messages: Messages): string {
  const users = dimensions.filter((d) => d.lineamientos.some((ref) => itemIds.includes(ref))).map((d) => d.id);
  return users.length ? `\n${messages.usedByDimensions} ${users.join(", ")}\n` : "";
}

function describeDimension(d: PolicyDimension, lineamientos: Lineamiento[], messages: Messages): string {
  const items = new Map(lineamientos.flatMap((l) => l.items.map((i) => [i.id, i.text] as const)));
  const otherTitle = messages.language === "en" ? d.title : d.titleEn;
  const lines = [
    `${d.id}  ${titleOf(d, messages)} (${d.kind}; ${messages.alsoTitled}: ${otherTitle})`,
    "",
    `«${d.text}»`,
    "",
    messages.thresholdsLine(d.thresholds.partial, d.thresholds.covered),
    "",
    messages.putIntoPractice,
    ...d.lineamientos.map((ref) => `  ${ref}  ${shorten(items.get(ref) ?? "", 110)}`),
    "",
    messages.detectedBy,
    ...d.vocabulary.map((e) => `  ${describeEntry(e, messages)}`),
  ];
  if (d.exclude.length) lines.push("", `${messages.otherSenses} ${d.exclude.join("; ")}`);
  if (d.contrary.length) {
    lines.push("", messages.contraryProvisions);
    for (const c of d.contrary) {
      lines.push(`  ${c.id}: ${c.description}`, `    ${c.near.map((g) => g.join(" | ")).join(`  ~${c.within}~  `)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function describeEntry(e: VocabularyEntry, messages: Messages): string {
  const what = e.terms
    ? e.terms.join(" | ")
    : (e.near ?? []).map((g) => `(${g.join(" | ")})`).join(` ${messages.nearWithin(e.within ?? 0)} `);
  return `${e.weight.toFixed(2)}  ${what}${e.ignoreNegation ? `  ${messages.countsNegated}` : ""}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(" ", max))}…`;
}
