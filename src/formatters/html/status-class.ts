import type { DimensionScore } from "../../score/types.js";

/** The CSS class that colours a dimension everywhere on the page: an accepted gap is grey, not red. */
export function statusClass(dimension: DimensionScore): string {
  return dimension.accepted ? "status-accepted" : `status-${dimension.status}`;
}
