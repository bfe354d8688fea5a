import { NOTIFICATION_TEMPLATES, notificationLink, notificationText } from './notifications';

describe('notification texts', () => {
  it('fill parameters in each language', () => {
    const params = { title: '路口信号优化', code: '2026-01-003', scenarioId: 'abc' };
    expect(notificationText('scenario.published', params, 'zh')).toBe('您的场景“路口信号优化”已发布，编号 2026-01-003。');
    expect(notificationText('scenario.published', params, 'en')).toBe('Your scenario “路口信号优化” was published as 2026-01-003.');
  });

  it('use the reasons of the reader’s language', () => {
    const params = {
      title: 'T',
      code: 'C',
      scenarioId: 'x',
      reasonsZh: ['具备所需能力：机器视觉', '服务地区：四川省'],
      reasonsEn: ['Serves 四川省'],
    };
    expect(notificationText('scenario.matched', params, 'zh')).toContain('具备所需能力：机器视觉；服务地区：四川省');
    expect(notificationText('scenario.matched', params, 'en')).toContain('fits your capabilities: Serves 四川省');
  });

  it('lead to the right page, and nowhere when a parameter is missing', () => {
    expect(notificationLink('search.matched', { scenarioId: 'a b' })).toBe('/scenarios/a%20b');
    expect(notificationLink('scenario.matched', {})).toBeNull();
    expect(notificationLink('member.removed', {})).toBeNull();
    expect(notificationLink('unknown.type', { scenarioId: 'x' })).toBeNull();
  });

  it('has both languages for every type', () => {
    for (const [type, t] of Object.entries(NOTIFICATION_TEMPLATES)) {
      expect([type, t.zh.length > 0, t.en.length > 0]).toEqual([type, true, true]);
    }
  });
});
