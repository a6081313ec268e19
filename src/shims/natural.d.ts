// natural has no exports map and types only per folder; only its Spanish stemmer is used.
declare module "natural/lib/natural/stemmers/porter_stemmer_es.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
