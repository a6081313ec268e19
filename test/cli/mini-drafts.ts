import { fixture } from "../helpers.js";

/** The two-dimension test policy (G1 género, C1 no criminalización), by absolute path so any cwd can use it. */
export const miniPolicy = fixture("policies", "mini-policy.yaml");

const gender = "Artículo 1.- Se incorpora el enfoque de género y la igualdad de género en la atención a la mujer migrante.";
const nonCriminal = "Artículo 2.- Se prohíbe toda forma de discriminación y criminalización de la persona migrante.";
const penalty = "Artículo 3.- El ingreso irregular será sancionado con pena privativa de libertad.";

/** Drafts whose findings under the mini policy are known: both covered; G1 a gap; a conflict in C1. */
export const miniDrafts = {
  complete: `${gender}\n\n${nonCriminal}\n`,
  withoutGender: `${nonCriminal}\n`,
  withPenalty: `${gender}\n\n${nonCriminal}\n\n${penalty}\n`,
};
