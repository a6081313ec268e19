import { stat } from "node:fs/promises";
import path from "node:path";

export const documentExtensions = ["txt", "md", "markdown", "docx", "pdf", "html", "htm"];

/** A document to check: its real path and the path shown in reports ("-" is stdin). */
export interface FoundDocument {
  path: string;
  display: string;
}

export interface FoundDocuments {
  documents: FoundDocument[];
  /** Arguments that named nothing: reported per argument, the others still checked. */
  missing: string[];
}

/**
 * Files, folders (recursive, known extensions) and globs, sorted by display path so reports
 * keep one order whatever the file system or the number of workers.
 */
export async function findDocuments(args: readonly string[], cwd: string, ignore: readonly string[] = []): Promise<FoundDocuments> {
  const found = new Map<string, FoundDocument>();
  const missing: string[] = [];
  const add = (absolute: string) => {
    const display = toDisplay(absolute, cwd);
    if (!found.has(display)) found.set(display, { path: absolute, display });
  };
  const globOptions = { cwd, absolute: true, onlyFiles: true, dot: false, ignore: [...ignore], followSymbolicLinks: false };
  for (const arg of args) {
    if (arg === "-") {
      found.set("-", { path: "-", display: "-" });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const kind = await stat(absolute).then(
      (s) => (s.isDirectory() ? "folder" : "file"),
      () => "none" as const,
    );
    if (kind === "file") {
      // A file named explicitly is checked even if an --ignore pattern would skip it in a folder.
      add(absolute);
      continue;
    }
    // fast-glob is some 150 KB of code: loaded only for a folder or a glob, not for files named one by one.
    const { default: fg } = await import("fast-glob");
    if (kind === "folder") {
      const pattern = `${fg.convertPathToPattern(absolute)}/**/*.{${documentExtensions.join(",")}}`;
      (await fg(pattern, globOptions)).forEach(add);
    } else if (fg.isDynamicPattern(arg)) {
      const matches = await fg(arg.replaceAll("\\", "/"), globOptions);
      if (matches.length === 0) missing.push(arg);
      matches.forEach(add);
    } else {
      missing.push(arg);
    }
  }
  const documents = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { documents, missing };
}

function toDisplay(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
}
