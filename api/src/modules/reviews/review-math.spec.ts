import { outliers, sameOrganization, scoreProblems, standings, totalOf, type SubmittedReview } from './review-math';

const rubric = [
  { name: '技术方案', weight: 50 },
  { name: '团队', weight: 30 },
  { name: '报价', weight: 20 },
];

const review = (reviewerId: string, solutionId: string, a: number, b: number, c: number): SubmittedReview => ({
  reviewerId,
  solutionId,
  scores: [
    { criterion: '技术方案', score: a },
    { criterion: '团队', score: b },
    { criterion: '报价', score: c },
  ],
  total: a + b + c,
});

describe('review scoring rules', () => {
  it('accepts each criterion once within 0..weight in half points', () => {
    expect(scoreProblems(rubric, review('r', 's', 42.5, 30, 0).scores)).toEqual([]);
    expect(totalOf(review('r', 's', 42.5, 30, 0).scores)).toBe(72.5);
  });

  it('names every problem', () => {
    const problems = scoreProblems(rubric, [
      { criterion: '技术方案', score: 51 },
      { criterion: '团队', score: -1 },
      { criterion: '团队', score: 10.3 },
      { criterion: '颜值', score: 5 },
    ]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['scores.0.score', 'SCORE_OUT_OF_RANGE'],
      ['scores.1.score', 'SCORE_OUT_OF_RANGE'],
      ['scores.2.criterion', 'DUPLICATE_CRITERION'],
      ['scores.2.score', 'SCORE_OUT_OF_RANGE'],
      ['scores.3.criterion', 'UNKNOWN_CRITERION'],
      ['scores', 'MISSING_CRITERION'],
    ]);
  });

  it('ranks by mean total with spread and per-criterion means', () => {
    const reviews = [
      review('r1', 'a', 40, 20, 10),
      review('r2', 'a', 30, 20, 10),
      review('r1', 'b', 45, 25, 15),
      review('r2', 'b', 45, 25, 15),
    ];
    const [first, second] = standings(rubric, ['a', 'b'], reviews);
    expect(first).toMatchObject({ solutionId: 'b', mean: 85, spread: 0, min: 85, max: 85, reviews: 2 });
    expect(second).toMatchObject({ solutionId: 'a', mean: 65, spread: 5, min: 60, max: 70 });
    expect(second.perCriterion[0]).toEqual({ criterion: '技术方案', weight: 50, mean: 35 });
  });

  it('flags a reviewer far from the rest of the panel', () => {
    const reviews = [
      review('r1', 'a', 40, 20, 10),
      review('r2', 'a', 42, 22, 10),
      review('r3', 'a', 10, 5, 5),
      review('r1', 'b', 30, 20, 10),
      review('r2', 'b', 31, 20, 10),
      review('r3', 'b', 50, 30, 20),
    ];
    const flagged = outliers(reviews);
    expect(flagged.map((f) => f.reviewerId)).toEqual(['r3']);
    expect(flagged[0].meanDeviation).toBeGreaterThan(15);
    // Fewer than three reviews on a solution: nobody is judged an outlier.
    expect(outliers(reviews.filter((r) => r.reviewerId !== 'r3'))).toEqual([]);
  });

  it('compares organisation names loosely', () => {
    expect(sameOrganization('锦城 视觉科技（成都）有限公司', '锦城视觉科技(成都)有限公司')).toBe(true);
    expect(sameOrganization('A Co.', 'B Co.')).toBe(false);
    expect(sameOrganization('', '')).toBe(false);
  });
});
