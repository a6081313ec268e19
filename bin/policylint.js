#!/usr/bin/env node
import { run } from "../dist/bundle/cli.js";

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
