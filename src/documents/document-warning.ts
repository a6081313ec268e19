/** A problem that did not stop the check, as data: reports say it in their language (Messages.documentWarning). */
export type DocumentWarning =
  | { code: "no-text-layer" }
  | { code: "blank-pages"; pages: number[] }
  | { code: "numbering-unread"; detail: string }
  | { code: "numbering-stopped"; paragraph: string }
  | { code: "accept-without-dimension"; line: number }
  | { code: "accept-without-reason"; line: number; dimensions: string[] }
  | { code: "accept-unknown-dimension"; line: number; dimension: string };
