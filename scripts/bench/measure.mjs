import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** Clock ticks per second, the unit of the CPU times in /proc/PID/stat. */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" })) || 100;
  } catch {
    return 100;
  }
})();

/**
 * Runs a command to completion, polling the peak resident set (VmHWM) of its process and the CPU
 * time of all its threads (user + system, from /proc/PID/stat), which is last read up to one poll
 * before the end: a run's CPU time is short by at most 20 ms.
 */
export function runMeasured(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
    child.stderr?.setEncoding("utf8");
    let peakKb = 0;
    let cpuTicks = 0;
    let stderr = "";
    const poll = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
        // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process has just exited.
      }
    };
    const timer = setInterval(poll, 20);
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code, seconds, cpuSeconds: cpuTicks / ticksPerSecond, peakMb: peakKb / 1024, stderr });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
