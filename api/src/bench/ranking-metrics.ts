/** Graded relevance of profiles for one scenario (missing = 0). */
export type Judgements = Record<string, number>;

/** Discounted cumulative gain with graded gains 2^grade − 1. */
function dcg(grades: number[]): number {
  return grades.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k of a ranking against graded judgements (1 = ideal order; 0 when nothing is relevant). */
export function ndcgAt(ranked: string[], judgements: Judgements, k: number): number {
  const ideal = dcg(
    Object.values(judgements)
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((key) => judgements[key] ?? 0)) / ideal;
}

/** Share of the relevant items (grade ≥ `minGrade`) found in the first k. */
export function recallAt(ranked: string[], judgements: Judgements, k: number, minGrade: number): number {
  const relevant = Object.entries(judgements)
    .filter(([, g]) => g >= minGrade)
    .map(([key]) => key);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((key) => top.has(key)).length / relevant.length;
}

export function meanOf(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
