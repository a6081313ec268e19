// Thresholds chosen from data, with folds by source document (excerpts of one law share wording).

export const sourceOf = (doc) => doc.replace(/--\d+\.txt$/, "").replace(/\.txt$/, "");

/** Leave-one-source-out: each fold holds out every excerpt of one source document. */
export function foldsBySource(docs) {
  const sources = [...new Set(docs.map(sourceOf))].sort();
  return sources.map((source) => ({ source, test: new Set(docs.filter((d) => sourceOf(d) === source)) }));
}

function bestThreshold(items, isPositive, { minimum = 0 } = {}) {
  const scores = [...new Set(items.map((i) => i.score))].sort((a, b) => a - b);
  const candidates = [minimum, ...scores.map((s, k) => (k + 1 < scores.length ? (s + scores[k + 1]) / 2 : s + 1e-4))].filter((t) => t >= minimum);
  let best = { t: candidates[0] ?? minimum, f1: -1 };
  for (const t of candidates) {
    let tp = 0, fp = 0, fn = 0;
    for (const i of items) {
      const y = i.score >= t && i.score > 0, y2 = isPositive(i);
      if (y && y2) tp++; else if (y) fp++; else if (y2) fn++;
    }
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    // Ties go to the lower threshold: fewer gaps, and a false gap sends a drafter chasing nothing.
    if (f1 > best.f1 + 1e-9) best = { t, f1 };
  }
  return Math.round(best.t * 10000) / 10000;
}

/**
 * Per-dimension thresholds where the training data has enough positives, else one pooled
 * threshold: partial maximises addressed F1 (level ≥ 1), covered maximises covered F1 (level 2).
 */
export function chooseThresholds(items, dimensions, minPositives = 6) {
  const pooledPartial = bestThreshold(items, (i) => i.level >= 1);
  const pooledCovered = bestThreshold(items, (i) => i.level === 2, { minimum: pooledPartial });
  const thresholds = {};
  for (const dim of dimensions) {
    const sub = items.filter((i) => i.dim === dim);
    const partial = sub.filter((i) => i.level >= 1).length >= minPositives ? bestThreshold(sub, (i) => i.level >= 1) : pooledPartial;
    const covered =
      sub.filter((i) => i.level === 2).length >= minPositives
        ? bestThreshold(sub, (i) => i.level === 2, { minimum: partial })
        : Math.max(partial, pooledCovered);
    thresholds[dim] = { partial, covered };
  }
  return thresholds;
}

export function statusOf(score, { partial, covered }) {
  if (score > 0 && score >= covered) return "covered";
  if (score > 0 && score >= partial) return "partial";
  return "gap";
}
