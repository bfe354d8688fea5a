import type { RubricCriterion } from '../scenarios/scenario.entity';
import type { CriterionScore } from './review.entity';

/** A problem with submitted scores, for the 400 answer. */
export interface ScoreProblem {
  field: string;
  code: 'SCORE_OUT_OF_RANGE' | 'UNKNOWN_CRITERION' | 'MISSING_CRITERION' | 'DUPLICATE_CRITERION';
  message: string;
}

/**
 * Checks scores against the rubric: every criterion exactly once, each between 0 and its
 * weight (so a full score totals 100), in steps of 0.5.
 */
export function scoreProblems(rubric: RubricCriterion[], scores: CriterionScore[]): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const criterion = rubric.find((c) => c.name === s.criterion);
    if (!criterion) {
      problems.push({
        field: `scores.${i}.criterion`,
        code: 'UNKNOWN_CRITERION',
        message: `“${s.criterion}” is not a criterion of this rubric.`,
      });
      return;
    }
    if (seen.has(s.criterion))
      problems.push({ field: `scores.${i}.criterion`, code: 'DUPLICATE_CRITERION', message: `“${s.criterion}” is scored twice.` });
    seen.add(s.criterion);
    if (!(s.score >= 0 && s.score <= criterion.weight) || Math.round(s.score * 2) !== s.score * 2)
      problems.push({
        field: `scores.${i}.score`,
        code: 'SCORE_OUT_OF_RANGE',
        message: `“${s.criterion}” scores from 0 to ${criterion.weight} in steps of 0.5.`,
      });
  });
  rubric.forEach((c) => {
    if (!seen.has(c.name)) problems.push({ field: 'scores', code: 'MISSING_CRITERION', message: `“${c.name}” has no score.` });
  });
  return problems;
}

export function totalOf(scores: CriterionScore[]): number {
  return Math.round(scores.reduce((sum, s) => sum + s.score, 0) * 100) / 100;
}

export interface SubmittedReview {
  reviewerId: string;
  solutionId: string;
  scores: CriterionScore[];
  total: number;
}

export interface SolutionStanding {
  solutionId: string;
  reviews: number;
  /** Mean of the reviewers' totals (out of 100; criterion weights are the maximum scores). */
  mean: number;
  /** Population standard deviation of the totals. */
  spread: number;
  min: number;
  max: number;
  perCriterion: { criterion: string; mean: number; weight: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Standings of the solutions, best mean first (ties: smaller spread first). */
export function standings(rubric: RubricCriterion[], solutionIds: string[], reviews: SubmittedReview[]): SolutionStanding[] {
  return solutionIds
    .map((solutionId) => {
      const own = reviews.filter((r) => r.solutionId === solutionId);
      const totals = own.map((r) => r.total);
      if (totals.length === 0) return { solutionId, reviews: 0, mean: 0, spread: 0, min: 0, max: 0, perCriterion: [] };
      const m = mean(totals);
      return {
        solutionId,
        reviews: own.length,
        mean: round2(m),
        spread: round2(Math.sqrt(mean(totals.map((t) => (t - m) ** 2)))),
        min: Math.min(...totals),
        max: Math.max(...totals),
        perCriterion: rubric.map((c) => ({
          criterion: c.name,
          weight: c.weight,
          mean: round2(mean(own.map((r) => r.scores.find((s) => s.criterion === c.name)?.score ?? 0))),
        })),
      };
    })
    .sort((a, b) => b.mean - a.mean || a.spread - b.spread);
}

export interface ReviewerDeviation {
  reviewerId: string;
  /** Mean absolute difference between the reviewer's totals and the panel's median totals. */
  meanDeviation: number;
  solutions: number;
}

/** A reviewer this far (points out of 100) from the panel's median, on average, is flagged. */
export const OUTLIER_POINTS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Reviewers whose totals differ strongly from the panel. Compared with the median of the
 * panel's totals per solution (which one outlier cannot drag along), on solutions with at
 * least three reviews.
 */
export function outliers(reviews: SubmittedReview[], threshold = OUTLIER_POINTS): ReviewerDeviation[] {
  const byReviewer = new Map<string, number[]>();
  for (const review of reviews) {
    const panel = reviews.filter((r) => r.solutionId === review.solutionId).map((r) => r.total);
    if (panel.length < 3) continue;
    const list = byReviewer.get(review.reviewerId) ?? [];
    list.push(Math.abs(review.total - median(panel)));
    byReviewer.set(review.reviewerId, list);
  }
  return [...byReviewer.entries()]
    .map(([reviewerId, deviations]) => ({ reviewerId, meanDeviation: round2(mean(deviations)), solutions: deviations.length }))
    .filter((d) => d.meanDeviation >= threshold)
    .sort((a, b) => b.meanDeviation - a.meanDeviation);
}

/** Same organisation, ignoring case, spaces and the usual company suffixes' punctuation. */
export function sameOrganization(a: string, b: string): boolean {
  const squash = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s()（）·,.，。-]/g, '');
  return squash(a) !== '' && squash(a) === squash(b);
}
