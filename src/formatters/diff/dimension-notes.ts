import type { Messages } from "../../i18n/messages.js";
import type { DimensionDiff, ReportDiff } from "../../report/diff-reports.js";

/** The dimension's title in the report's language. */
export function diffTitle(dimension: DimensionDiff, messages: Messages): string {
  return messages.language === "es" ? dimension.title : dimension.titleEn;
}

/** What changed for a dimension, in words: the same notes in every human format. */
export function dimensionNotes(dimension: DimensionDiff, messages: Messages): string[] {
  return [
    ...(dimension.regression ? [messages.regression] : []),
    ...(dimension.gapClosed ? [messages.gapClosed] : []),
    ...(dimension.gapOpened ? [messages.gapOpened] : []),
    ...(dimension.new.accepted ? [`${messages.accepted}: ${dimension.new.accepted.reason}`] : []),
  ];
}

/** Ids of the dimensions that match, or the "none" word when there are none. */
export function idList(dimensions: readonly DimensionDiff[], messages: Messages): string {
  return dimensions.length ? dimensions.map((d) => d.id).join(", ") : messages.noneItems;
}

/** The regressions that make `diff` fail: the overall score first, then dimension ids. */
export function regressionList(diff: ReportDiff, messages: Messages): string {
  const items = [
    ...(diff.scoreRegression ? [messages.overallScore.toLowerCase()] : []),
    ...diff.dimensions.filter((d) => d.regression).map((d) => d.id),
  ];
  return items.length ? items.join(", ") : messages.noneItems;
}
