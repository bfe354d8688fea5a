import { jsonNestsDeeperThan } from './json-depth';

const nested = (levels: number, open = '[', close = ']') => Buffer.from(open.repeat(levels) + close.repeat(levels));

describe('JSON nesting depth', () => {
  it('accepts bodies up to the limit and refuses one level more, for arrays and objects', () => {
    expect(jsonNestsDeeperThan(nested(4), 4)).toBe(false);
    expect(jsonNestsDeeperThan(nested(5), 4)).toBe(true);
    expect(jsonNestsDeeperThan(Buffer.from('{"a":{"b":{"c":{"d":1}}}}'), 4)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from('{"a":{"b":{"c":{"d":{"e":1}}}}}'), 4)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonNestsDeeperThan(Buffer.from(JSON.stringify({ text: '[[[[[[{{{{{{' })), 2)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from(JSON.stringify({ text: 'say \\"[[[[[[" and "{{{{" 交通信号' })), 2)).toBe(false);
  });

  it('counts depth, not the number of brackets: long flat arrays pass', () => {
    expect(jsonNestsDeeperThan(Buffer.from(JSON.stringify(Array.from({ length: 10_000 }, () => [1]))), 2)).toBe(false);
  });
});
