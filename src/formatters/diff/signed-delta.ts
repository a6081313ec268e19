/** "+0.09", "-0.20", "0.00": a change in score as people read it, two decimals with its sign. */
export function signedDelta(delta: number): string {
  const rounded = Math.round(delta * 100) / 100;
  if (rounded === 0) return "0.00";
  return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(2)}`;
}
