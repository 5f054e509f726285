// The arithmetic the two fitting scripts share (train.ts: the confidence model; train-pronouns.ts:
// the pronoun salience table): both fit by Newton's method, so both solve a small linear system
// per step.

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

export function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}

/** One Newton step: moves the weights by H⁻¹g in place; true once the step is too small to matter. */
export function newtonStep(w: number[], hess: number[][], grad: number[]): boolean {
  const delta = solve(hess, grad);
  let change = 0;
  for (let i = 0; i < w.length; i++) {
    w[i]! += delta[i]!;
    change = Math.max(change, Math.abs(delta[i]!));
  }
  return change < 1e-9;
}
