import type { SourceDocument } from "./types.js";

export interface ReadOptions {
  /** Documents larger than this are refused before they are read. */
  maxBytes: number;
  /** What goes into `uri`; the file path when absent. */
  displayPath?: string;
}

/** One format's reader: the bytes of a whole file in, its text out; user-fixable failures throw InputError. */
export type DocumentReader = (buffer: Buffer, uri: string, options: ReadOptions) => Promise<SourceDocument>;
