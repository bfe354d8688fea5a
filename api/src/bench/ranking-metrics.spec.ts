import { meanOf, ndcgAt, recallAt } from './ranking-metrics';

describe('ranking metrics', () => {
  const judgements = { a: 3, b: 2, c: 1 };

  it('gives nDCG 1 to the ideal order and less to worse ones', () => {
    expect(ndcgAt(['a', 'b', 'c'], judgements, 5)).toBeCloseTo(1);
    const swapped = ndcgAt(['c', 'b', 'a'], judgements, 5);
    expect(swapped).toBeLessThan(1);
    // By hand: DCG = 1/1 + 3/log2(3) + 7/2 ; ideal = 7 + 3/log2(3) + 1/2
    expect(swapped).toBeCloseTo((1 + 3 / Math.log2(3) + 7 / 2) / (7 + 3 / Math.log2(3) + 1 / 2), 6);
    expect(ndcgAt(['x', 'y'], judgements, 5)).toBe(0);
    expect(ndcgAt(['a'], {}, 5)).toBe(0);
  });

  it('only counts the first k', () => {
    expect(ndcgAt(['x', 'y', 'a'], judgements, 2)).toBe(0);
    expect(recallAt(['x', 'a', 'b'], judgements, 2, 2)).toBe(0.5);
    expect(recallAt(['a', 'b', 'c'], judgements, 10, 2)).toBe(1);
    expect(recallAt(['c'], judgements, 10, 2)).toBe(0);
  });

  it('averages', () => {
    expect(meanOf([1, 0, 0.5])).toBeCloseTo(0.5);
    expect(meanOf([])).toBe(0);
  });
});
