/** One measured figure against its bar, as a row of docs/BENCHMARKS.md. */
export interface BenchResult {
  readonly what: string;
  readonly bar: string;
  readonly measured: string;
  readonly meetsBar: boolean;
  readonly notes?: string;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
