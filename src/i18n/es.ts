import { documentWarningEs } from "./document-warning-text.js";
import { inputProblemEs } from "./input-problem-text.js";
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
  paragraph: "párr.",

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

  // CI and review formats: SARIF, GitHub annotations, JUnit, HTML
  documentLevel: "a nivel del documento: ningún pasaje que señalar, se ancla en la línea 1",
  couldNotCheck: "no se pudo revisar",
  inputProblem: inputProblemEs,
  documentWarning: documentWarningEs,
  citationsHeading: "Citas",
  moreAnnotations: (count) =>
    `${count === 1 ? "1 anotación más no se muestra" : `${count} anotaciones más no se muestran`}: GitHub limita las anotaciones por paso; vea el informe completo`,
  scoreChart: "Puntaje por dimensión",
  threshold: "umbral",
  dimensionsHeading: "Dimensiones",
  citedPassagesHeading: "Pasajes citados",
  citedPassagesNote:
    "El informe conserva las citas, no el texto completo: estos son los pasajes del documento que sustentan cada hallazgo, con los términos encontrados resaltados.",
  onlyIssues: "Mostrar solo brechas, parciales y conflictos",
  statusCounts: { covered: "Cubiertas", partial: "Parciales", gap: "Brechas" },
  documentsHeading: "Documentos",
  matches: "corresponde a",
  generatedBy: (tool) => `Generado por ${tool}`,

  // policylint diff OLD NEW
  diffHeading: "Comparación",
  gapClosed: "brecha cerrada",
  gapOpened: "brecha abierta",
  regression: "regresión",
  gapsClosedHeading: "Brechas cerradas",
  gapsOpenedHeading: "Brechas abiertas",
  conflictsAddedHeading: "Conflictos nuevos",
  conflictsRemovedHeading: "Conflictos resueltos",
  regressionsHeading: "Regresiones",
  noneItems: "ninguna",
  beforeColumn: "Antes",
  afterColumn: "Después",

  // policylint policy validate | policy show | explain
  policyValid: (d, l, i) => `válida — ${d} dimensiones, ${l} lineamientos, ${i} literales`,
  enfoques: "Enfoques",
  principios: "Principios",
  lineamientos: "Lineamientos",
  thresholdsLine: (p, c) => `Umbrales: parcial ≥ ${p}, cubierto ≥ ${c}`,
  putIntoPractice: "Lineamientos que lo ponen en práctica:",
  detectedBy: "Cómo se detecta (vocabulario, peso):",
  nearWithin: (w) => `a ≤${w} palabras de`,
  countsNegated: "[vale también negado]",
  otherSenses: "Otros sentidos excluidos:",
  contraryProvisions: "Disposiciones contrarias (conflicto):",
  usedByDimensions: "Lo ponen en práctica las dimensiones:",
  alsoTitled: "en",
};
