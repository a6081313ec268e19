import type { GroupHit } from "./near-occurrence.js";
import type { PolarityAt } from "./polarity.js";

const noHits: GroupHit[] = Object.freeze([]) as unknown as GroupHit[];

/**
 * The hits of one vocabulary entry or contrary pattern in one passage. Near rules, and entries of
 * a dimension with an exclusion in the passage, need every hit; a plain entry only needs its
 * first hit that counts, or else its first hit: those are kept as the hits arrive, so thousands of
 * mentions of "extranjero" in a decree cost no list at all.
 */
export class EntryHits {
  /** Every hit in order, when `keepsAll`. */
  all: GroupHit[] = noHits;
  /** The first hit no cue reaches. */
  affirmed: string | undefined;
  /** The first hit, and the cue that reaches it, while none is affirmed. */
  firstPhrase = "";
  firstAt: PolarityAt | undefined;

  constructor(readonly keepsAll: boolean) {}

  add(group: number, from: number, to: number, phrase: string, polarity: readonly PolarityAt[], ignoreNegation: boolean): void {
    if (this.keepsAll) {
      // Most entries get one or two hits in a passage: a list grown by push starts with room for 17.
      const hit = { group, from, to, phrase };
      if (this.all === noHits) this.all = [hit];
      else this.all.push(hit);
      return;
    }
    if (this.affirmed !== undefined) return;
    const at = polarity[from] as PolarityAt;
    if (ignoreNegation || at.polarity === "affirmed") this.affirmed = phrase;
    else if (this.firstAt === undefined) {
      this.firstPhrase = phrase;
      this.firstAt = at;
    }
  }
}
