import type { Messages } from "./messages.js";

/** Spanish, the default: the people who read the report draft Peruvian regulations. */
export const es: Messages = {
  language: "es",

  status: { covered: "cubierto", partial: "parcial", gap: "brecha" },
  kind: { enfoque: "enfoque", principio: "principio" },
  conflict: "conflicto",
  accepted: "aceptada",

  line: "línea",
  lines: "líneas",
  page: "p.",

  passages: (count) => (count === 1 ? "1 pasaje" : `${count} pasajes`),
  overallScore: "Puntaje global",
  overallMean: (dimensions) => `media de ${dimensions} dimensiones`,
  overallConflictWeight: (factor) => `con factor ${factor} en las que tienen conflicto`,
  warning: "aviso",

  policySays: "Qué dice la política",
  closingLineamientos: "Lineamientos que la cerrarían",

  passageMasses: "masas de los pasajes, antes del decaimiento",
  noPassages: "ningún pasaje",
  evidenceWithDecay: "evidencia con decaimiento",
  bestSimilarity: "mejor similitud",
  scoreFormula: "puntaje = 1 − e^(−evidencia / saturación)",
  thresholds: "umbrales",
  countedInOverall: "cuenta en el puntaje global",
  discarded: "descartada",
  discardReason: { negated: "negación", exception: "excepción", "excluded-sense": "sentido excluido" },

  summary: "Resumen",
  files: (count) => (count === 1 ? "1 archivo" : `${count} archivos`),
  checked: (count) => (count === 1 ? "1 revisado" : `${count} revisados`),
  errors: (count) => (count === 1 ? "1 con error" : `${count} con error`),
  meanScore: "puntaje medio",
  failing: (count) => (count === 1 ? "1 no cumple los umbrales" : `${count} no cumplen los umbrales`),

  idColumn: "Id",
  dimensionColumn: "Dimensión",
  statusColumn: "Estado",
  scoreColumn: "Puntaje",
  conflictColumn: "Conflicto",
  gapsHeading: "Brechas",
  conflictsHeading: "Conflictos",
};
