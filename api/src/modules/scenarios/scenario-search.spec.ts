import { parseBatch } from '../imports/scenario-import-row.dto';
import { synonymMap } from '../search/synonyms';
import { budgetBand } from './scenario-document';
import { buildFilters, quote, segments } from './scenario-search.service';

describe('search helpers', () => {
  it('puts budgets into bands by their upper bound', () => {
    expect(budgetBand(null, null, true)).toBe('negotiable');
    expect(budgetBand(10, 40, false)).toBe('lt50');
    expect(budgetBand(100, 199, false)).toBe('50to200');
    expect(budgetBand(300, 500, false)).toBe('500to1000');
    expect(budgetBand(800, null, false)).toBe('500to1000');
    expect(budgetBand(500, 3000, false)).toBe('gte1000');
  });

  it('splits highlighted text into plain and matched segments', () => {
    expect(segments('主干道\uE000交通信号\uE001配时')).toEqual([
      { text: '主干道', match: false },
      { text: '交通信号', match: true },
      { text: '配时', match: false },
    ]);
    expect(segments('没有匹配')).toEqual([{ text: '没有匹配', match: false }]);
  });

  it('quotes filter values so they cannot break out of the expression', () => {
    expect(quote('四川"] OR sealed = true')).toBe('"四川\\"] OR sealed = true"');
    expect(buildFilters({ province: ['四川省'], budgetMin: 100, page: 1, pageSize: 20 })).toEqual({
      province: 'province IN ["四川省"]',
      budgetMin: 'budgetMax >= 100',
    });
  });

  it('makes synonyms work in every direction', () => {
    const map = synonymMap([['大模型', 'LLM', '智能体']]);
    expect(map.LLM.sort()).toEqual(['大模型', '智能体'].sort());
    expect(map['智能体']).toContain('LLM');
  });

  it('reads batch names the way lists write them', () => {
    expect(parseBatch('2026年第一批')).toEqual({ year: 2026, number: 1 });
    expect(parseBatch('2026年第十二批')).toEqual({ year: 2026, number: 12 });
    expect(parseBatch('2026-02')).toEqual({ year: 2026, number: 2 });
    expect(parseBatch('next year')).toBeNull();
  });
});
