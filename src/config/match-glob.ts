import fg from "fast-glob";

/**
 * Whether a forward-slash path matches a glob: `**` crosses folders, `*` and `?` stay within one,
 * `{a,b}` is either. A pattern without glob syntax must equal the path.
 */
export function matchesGlob(file: string, pattern: string): boolean {
  const glob = pattern.replace(/^\.\//, "");
  if (!fg.isDynamicPattern(glob)) return file === glob;
  return globToRegExp(glob).test(file);
}

const wildcards: Record<string, string> = { "**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]" };

function globToRegExp(glob: string): RegExp {
  let braces = 0;
  const source = glob.replace(/\*\*\/|\*\*|\*|\?|[{},]|[.+^$()|[\]\\]/g, (token) => {
    if (token === "{") {
      braces++;
      return "(?:";
    }
    if (token === "}" && braces > 0) {
      braces--;
      return ")";
    }
    if (token === ",") return braces > 0 ? "|" : ",";
    return wildcards[token] ?? `\\${token}`;
  });
  return new RegExp(`^${source}$`);
}
