/**
 * Small integers for stems, so that later stages index and compare numbers where they would
 * otherwise hash strings. A stem gets an id when a word with it is memoised, or when a phrase of
 * the policy is compiled; both are bounded, so the table is too.
 */
export class StemIds {
  private readonly ids = new Map<string, number>();
  private readonly stems: string[] = [];

  /** How many stems have ids: every id is below it. */
  get size(): number {
    return this.stems.length;
  }

  /** The stem's id, given one if it has none. */
  intern(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stem, id);
      this.stems.push(stem);
    }
    return id;
  }

  /** The stem's id, or -1 if it has none: then no compiled phrase contains it. */
  find(stem: string): number {
    return this.ids.get(stem) ?? -1;
  }

  stemOf(id: number): string {
    return this.stems[id] as string;
  }
}
