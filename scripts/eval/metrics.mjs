// Accuracy figures over (excerpt, dimension) pairs, as defined in ../shared/corpus/README.md.

export function prf(pairs, predicted, actual) {
  let tp = 0, fp = 0, fn = 0;
  for (const p of pairs) {
    const y = predicted(p), t = actual(p);
    if (y && t) tp++;
    else if (y) fp++;
    else if (t) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn, predicted: tp + fp };
}

/** Pairs carry: dim, level, conflict, evidence, and the prediction: status, predictedConflict, topLines. */
export function figures(pairs, dimensions) {
  const addressed = (p) => p.status !== "gap";
  const result = {
    addressed: prf(pairs, addressed, (p) => p.level >= 1),
    covered: prf(pairs, (p) => p.status === "covered", (p) => p.level === 2),
    gap: prf(pairs, (p) => p.status === "gap", (p) => p.level === 0),
    conflict: prf(pairs, (p) => p.predictedConflict, (p) => p.conflict),
    topCitation: topCitationPrecision(pairs),
    perDimension: {},
  };
  for (const dim of dimensions) {
    const sub = pairs.filter((p) => p.dim === dim);
    result.perDimension[dim] = {
      addressed: prf(sub, addressed, (p) => p.level >= 1),
      covered: prf(sub, (p) => p.status === "covered", (p) => p.level === 2),
      gap: prf(sub, (p) => p.status === "gap", (p) => p.level === 0),
    };
  }
  const macro = dimensions.map((d) => result.perDimension[d].addressed.f1);
  result.addressedMacroF1 = macro.reduce((a, b) => a + b, 0) / macro.length;
  return result;
}

/** Of the pairs the tool calls addressed with a citation and the labels back with evidence: the best citation overlaps an evidence range. */
function topCitationPrecision(pairs) {
  const judged = pairs.filter((p) => p.status !== "gap" && p.topLines && p.level >= 1 && p.evidence.length > 0);
  const hits = judged.filter((p) => p.evidence.some(([s, e]) => p.topLines[0] <= e && s <= p.topLines[1]));
  return { precision: judged.length ? hits.length / judged.length : 1, judged: judged.length };
}
