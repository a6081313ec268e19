/** Four decimals: what data formats carry, so reruns diff cleanly. */
export function roundTo4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Two decimals: what people read. */
export function twoDecimals(value: number): string {
  return value.toFixed(2);
}
