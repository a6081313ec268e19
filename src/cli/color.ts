import { Chalk } from "chalk";
import type { StyleName } from "../formatters/types.js";

/** --no-color and NO_COLOR win, then FORCE_COLOR, then whether stdout is a terminal. */
export function colorLevel(option: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (option === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === "0" || forced === "false") return 0;
    const level = Number(forced);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  return isTTY ? 1 : 0;
}

export function styler(level: 0 | 1 | 2 | 3): (name: StyleName, text: string) => string {
  if (level === 0) return (_name, text) => text;
  const chalk = new Chalk({ level });
  return (name, text) => chalk[name](text);
}
