#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { run } from "../dist/bundle/cli.js";

// V8's inlining budget suits pages that run for hours; a check runs for seconds, and each worker
// thread compiles its hot code afresh on the helper threads that a second job needs. A smaller
// budget cuts compile time by a third for the same speed once warm (npm run bench: 2 jobs ~10%
// faster, 1 job unchanged). Set before any code is hot; worker threads share the flag.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
// Piping into `head` closes stdout early: end quietly instead of printing an EPIPE stack.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
});
