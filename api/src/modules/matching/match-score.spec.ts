import { describeReasons, scoreMatch, type MatchNeed, type MatchOffer } from './match-score';
import { sameQualification, Vocabulary } from './vocabulary';

const vocabulary = new Vocabulary();

const trafficNeed: MatchNeed = {
  title: '路口交通信号配时优化',
  tags: ['机器视觉', '交通信号控制', '强化学习'],
  sector: 'transport',
  province: '四川省',
  qualifications: ['高新技术企业'],
};

function offer(overrides: Partial<MatchOffer>): MatchOffer {
  return {
    province: '四川省',
    summary: '',
    tags: [],
    capabilities: [],
    sectors: [],
    regions: [],
    qualifications: [],
    cases: [],
    ...overrides,
  };
}

describe('Vocabulary', () => {
  it('treats words of one synonym group as the same capability, in Chinese and English', () => {
    expect(vocabulary.covers('机器视觉', '计算机视觉')).toBe(true);
    expect(vocabulary.covers('机器视觉', 'Machine Vision')).toBe(true);
    expect(vocabulary.covers('大语言模型', 'LLM')).toBe(true);
    expect(vocabulary.covers('低空', '无人机')).toBe(true);
  });

  it('lets a longer tag speak of a known term it contains', () => {
    expect(vocabulary.covers('交通信号控制', '交通信号')).toBe(true);
    expect(vocabulary.covers('交通信号控制', '信号灯')).toBe(true);
    expect(vocabulary.covers('无人机巡检', 'UAV')).toBe(true);
  });

  it('does not confuse capabilities that only share a word', () => {
    expect(vocabulary.covers('交通信号控制', '信号覆盖')).toBe(false);
    expect(vocabulary.covers('交通信号控制', '信号优化')).toBe(false);
    expect(vocabulary.covers('计算机视觉', '语音识别')).toBe(false);
    // Latin terms stand as whole words: "ocr" is not found inside another word.
    expect(vocabulary.mentions('Democratic process', 'OCR')).toBe(false);
    expect(vocabulary.mentions('Invoice OCR pipeline', '文字识别')).toBe(true);
  });

  it('matches shared acronyms and Latin terms next to Chinese ones', () => {
    expect(vocabulary.covers('WMS对接', 'WMS integration')).toBe(true);
    expect(vocabulary.covers('AGV调度', 'AMR')).toBe(true);
    expect(vocabulary.mentions('支持OCR识别与归档', '文字识别')).toBe(true);
    // General acronyms do not make two capabilities the same.
    expect(vocabulary.covers('AI质检', 'AI Agent')).toBe(false);
  });

  it('finds the known terms inside a longer tag, for focused queries', () => {
    expect(vocabulary.knownTermsIn('无人机巡检')).toEqual(['无人机']);
    expect(vocabulary.knownTermsIn('多机路径规划')).toEqual(['路径规划']);
    expect(vocabulary.knownTermsIn('计算机视觉')).toEqual([]);
  });

  it('compares qualifications without case or spaces', () => {
    expect(sameQualification('ISO 27001', 'iso27001')).toBe(true);
    expect(sameQualification('等保三级', '等保二级')).toBe(false);
  });
});

describe('scoreMatch', () => {
  const visionTraffic = offer({
    tags: ['计算机视觉', '交通信号'],
    capabilities: [{ name: '信号配时', description: '基于强化学习的单点自适应控制', tags: ['强化学习'] }],
    sectors: ['transport'],
    regions: ['四川省'],
    qualifications: ['高新技术企业'],
    cases: [{ title: '40 个路口交通信号自适应控制', outcome: '延误下降 18%' }],
  });
  const speech = offer({ tags: ['语音识别', '智能客服'], sectors: ['government'], regions: ['四川省'] });
  const signal5g = offer({
    tags: ['5G', '信号优化', '信号覆盖'],
    sectors: ['hardware_software'],
    regions: ['四川省'],
    qualifications: ['高新技术企业'],
  });

  it('ranks the company with the capabilities far above ones that only share place or words', () => {
    const good = scoreMatch(trafficNeed, visionTraffic, { tagScores: {} }, vocabulary);
    const bad = scoreMatch(trafficNeed, speech, { tagScores: {} }, vocabulary);
    const trap = scoreMatch(trafficNeed, signal5g, { tagScores: { 交通信号控制: 0.3 } }, vocabulary);
    expect(good.signals.capability).toBe(1);
    // All capabilities, sector, region, qualification and a similar case; no text evidence given.
    expect(good.score).toBeCloseTo(0.9, 3);
    expect(bad.score).toBe(0);
    expect(trap.score).toBeLessThan(0.1);
  });

  it('stays within [0, 1] and counts context only as far as the capability is there', () => {
    const half = scoreMatch(
      { ...trafficNeed, tags: ['机器视觉', '语音合成', '知识图谱', '区块链'] },
      visionTraffic,
      { tagScores: {} },
      vocabulary,
    );
    expect(half.signals.capability).toBe(0.25);
    // capability 0.55 × 0.25, plus sector, region and qualification (0.30) at half weight; no similar case
    expect(half.score).toBeCloseTo(0.55 * 0.25 + 0.3 * 0.5, 2);
    for (const r of [
      half,
      scoreMatch(trafficNeed, visionTraffic, { tagScores: { 机器视觉: 1, 交通信号控制: 1, 强化学习: 1 } }, vocabulary),
    ]) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('gives partial credit to a capability only described in the text', () => {
    const described = offer({ capabilities: [{ name: '路口分析', description: '采用强化学习在线调整', tags: [] }] });
    const r = scoreMatch({ ...trafficNeed, tags: ['强化学习'] }, described, { tagScores: {} }, vocabulary);
    expect(r.signals.capability).toBeCloseTo(0.6);
    expect(r.reasons).toContainEqual({ kind: 'mentions', terms: ['强化学习'] });
  });

  it('explains itself in the reader’s language, naming the matched capabilities', () => {
    const r = scoreMatch(trafficNeed, visionTraffic, { tagScores: {} }, vocabulary);
    const zh = describeReasons(r.reasons, 'zh', () => '智能交通');
    const en = describeReasons(r.reasons, 'en', () => 'Smart transport');
    expect(zh[0]).toBe('具备所需能力：机器视觉（计算机视觉）、交通信号控制（交通信号）、强化学习');
    expect(zh).toContain('服务地区：四川省');
    expect(zh).toContain('具备资质：高新技术企业');
    expect(zh.some((l) => l.startsWith('类似案例：'))).toBe(true);
    expect(en[0]).toBe('Has the required capabilities: 机器视觉 (as “计算机视觉”), 交通信号控制 (as “交通信号”), 强化学习');
    expect(en).toContain('Works in Smart transport');
  });

  it('says which required qualifications are missing', () => {
    const r = scoreMatch({ ...trafficNeed, qualifications: ['高新技术企业', '等保三级'] }, visionTraffic, { tagScores: {} }, vocabulary);
    expect(r.signals.qualifications).toBe(0.5);
    expect(describeReasons(r.reasons, 'zh', (c) => c)).toContain('缺少资质：等保三级');
  });

  it('counts a nationwide company as serving every province', () => {
    const r = scoreMatch(trafficNeed, { ...visionTraffic, province: '北京市', regions: ['全国'] }, { tagScores: {} }, vocabulary);
    expect(r.signals.region).toBe(1);
    expect(describeReasons(r.reasons, 'en', (c) => c)).toContain('Serves all of China (incl. 四川省)');
  });
});
