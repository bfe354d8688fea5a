/**
 * What each notification says, in both languages, and where it leads. The API stores only a
 * type and its parameters; the web app and the e-mails render them from here.
 */
export type NotificationLanguage = 'zh' | 'en';

interface NotificationTemplate {
  zh: string;
  en: string;
  /** Path in the web app, with `{{param}}` placeholders; absent when there is nothing to open. */
  link?: string;
}

export const NOTIFICATION_TEMPLATES: Record<string, NotificationTemplate> = {
  'organization.verified': {
    zh: '您的单位“{{organizationName}}”已通过平台认证，现在可以发布和提交。',
    en: 'Your organisation “{{organizationName}}” has been verified; you can now publish and submit.',
    link: '/org',
  },
  'organization.rejected': {
    zh: '您的单位“{{organizationName}}”未通过认证：{{reason}}',
    en: 'Your organisation “{{organizationName}}” was not verified: {{reason}}',
    link: '/org',
  },
  'organization.pending_review': {
    zh: '新单位“{{organizationName}}”等待认证。',
    en: 'A new organisation, “{{organizationName}}”, awaits verification.',
    link: '/admin/organizations',
  },
  'member.joined': {
    zh: '{{displayName}}（{{email}}）已接受邀请加入您的单位。',
    en: '{{displayName}} ({{email}}) accepted your invitation.',
    link: '/org',
  },
  'member.removed': { zh: '您已被移出单位。', en: 'You were removed from your organisation.' },
  'scenario.pending_review': {
    zh: '场景“{{title}}”已提交，等待审核。',
    en: 'The scenario “{{title}}” was submitted and awaits review.',
    link: '/admin/scenarios',
  },
  'scenario.published': {
    zh: '您的场景“{{title}}”已发布，编号 {{code}}。',
    en: 'Your scenario “{{title}}” was published as {{code}}.',
    link: '/scenarios/{{scenarioId}}',
  },
  'scenario.returned': {
    zh: '您的场景“{{title}}”被退回：{{reason}}',
    en: 'Your scenario “{{title}}” was returned: {{reason}}',
    link: '/agency/scenarios/{{scenarioId}}/edit',
  },
  'scenario.cancelled': {
    zh: '场景“{{title}}”已取消：{{reason}}',
    en: 'The scenario “{{title}}” was cancelled: {{reason}}',
    link: '/scenarios/{{scenarioId}}',
  },
  'scenario.amended': {
    zh: '您关注的场景“{{title}}”已修订为第 {{version}} 版。',
    en: '“{{title}}”, which you follow, was amended (version {{version}}).',
    link: '/scenarios/{{scenarioId}}',
  },
  'solution.received': {
    zh: '场景“{{title}}”收到新方案，共 {{received}} 份。',
    en: '“{{title}}” received a solution ({{received}} so far).',
    link: '/agency/scenarios/{{scenarioId}}/solutions',
  },
  'solutions.opened': {
    zh: '场景“{{title}}”已到截止时间并开标，共收到 {{received}} 份方案，现在可以查阅。',
    en: 'The deadline of “{{title}}” has passed and its solutions are opened: {{received}} received, ready to read.',
    link: '/agency/scenarios/{{scenarioId}}/solutions',
  },
  'scenario.matched': {
    zh: '新发布的场景“{{title}}”（{{code}}）与您单位的能力匹配：{{reasons}}',
    en: 'A newly published scenario, “{{title}}” ({{code}}), fits your capabilities: {{reasons}}',
    link: '/scenarios/{{scenarioId}}',
  },
  'search.matched': {
    zh: '您保存的搜索“{{searchName}}”有新场景：“{{title}}”（{{code}}）',
    en: 'Your saved search “{{searchName}}” found a new scenario: “{{title}}” ({{code}})',
    link: '/scenarios/{{scenarioId}}',
  },
  'review.assigned': {
    zh: '您被邀请评审场景“{{title}}”（{{code}}），请先声明利益冲突，再评分。',
    en: 'You were asked to review “{{title}}” ({{code}}): declare any conflict of interest, then score.',
    link: '/reviewer/scenarios/{{scenarioId}}',
  },
  'solution.shortlisted': {
    zh: '贵单位对“{{title}}”的方案已入围（第 {{round}} 轮）。',
    en: 'Your solution to “{{title}}” was shortlisted (round {{round}}).',
    link: '/scenarios/{{scenarioId}}',
  },
  'result.announced': {
    zh: '场景“{{title}}”的评选结果已公示，异议期至 {{objectionEndsAt}}。',
    en: 'The result of “{{title}}” is announced; objections until {{objectionEndsAt}}.',
    link: '/results/{{scenarioId}}',
  },
  'scenario.no_award': {
    zh: '场景“{{title}}”本次无入选方案：{{reason}}',
    en: '“{{title}}” ended without an award: {{reason}}',
    link: '/scenarios/{{scenarioId}}',
  },
  'objection.filed': {
    zh: '{{organizationName}} 对场景“{{title}}”的公示结果提出异议，请答复。',
    en: '{{organizationName}} objected to the result of “{{title}}”; please answer.',
    link: '/agency/scenarios/{{scenarioId}}/review',
  },
  'objection.answered': {
    zh: '您对场景“{{title}}”公示结果的异议已收到答复。',
    en: 'Your objection to the result of “{{title}}” was answered.',
    link: '/results/{{scenarioId}}',
  },
  'feedback.released': {
    zh: '场景“{{title}}”的评审反馈已发布，可查看得分与评语。',
    en: 'Review feedback for “{{title}}” is available: scores and comments.',
    link: '/enterprise/solutions/{{solutionId}}',
  },
};

function fill(template: string, params: Record<string, unknown>, lang: NotificationLanguage, encode = (s: string) => s): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    // Reasons are stored in both languages (reasonsZh, reasonsEn).
    const value = key === 'reasons' ? params[lang === 'zh' ? 'reasonsZh' : 'reasonsEn'] : params[key];
    if (Array.isArray(value)) return encode(value.map(String).join(lang === 'zh' ? '；' : '; '));
    return value === undefined || value === null ? '' : encode(String(value as string | number));
  });
}

/** The notification's text in a language (a generic text for an unknown type). */
export function notificationText(type: string, params: Record<string, unknown>, lang: NotificationLanguage): string {
  const template = NOTIFICATION_TEMPLATES[type];
  if (!template) return lang === 'zh' ? '通知' : 'Notification';
  return fill(template[lang], params, lang);
}

/** Where the notification leads in the web app, or null. */
export function notificationLink(type: string, params: Record<string, unknown>): string | null {
  const link = NOTIFICATION_TEMPLATES[type]?.link;
  if (!link) return null;
  const path = fill(link, params, 'en', encodeURIComponent);
  // A link whose parameter is missing would lead nowhere useful.
  return /\/\//.test(path) || path.endsWith('/') ? null : path;
}
