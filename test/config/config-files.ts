import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A fresh temporary folder (its real path, so comparisons hold where /tmp is a symlink) with the given files. */
export function tempTree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), "policylint-config-")));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text, "utf8");
  }
  return root;
}
