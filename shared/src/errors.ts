/**
 * Every machine-readable error code of the API, with the HTTP status it always answers with
 * and its message in Chinese and English. The API throws codes from here (the status follows
 * from the code, everywhere); the web app shows the messages; other systems may rely on the
 * codes. A code's status never changes within a major API version.
 */
export interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
}

export const ERRORS = {
  // Requests the API cannot read or route
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请检查后重试。', en: 'Some of the input is invalid; please check and retry.' },
  MALFORMED_JSON: { status: 400, zh: '请求格式有误。', en: 'The request was malformed.' },
  BODY_TOO_DEEP: { status: 400, zh: '提交的数据嵌套层级过深。', en: 'The data sent is nested too deeply.' },
  MALFORMED_URL: { status: 400, zh: '链接格式有误。', en: 'The link is malformed.' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在。', en: 'No such API route.' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该操作。', en: 'This operation is not supported.' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大。', en: 'The submission is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的文件或内容类型。', en: 'This file or content type is not supported.' },
  REQUEST_FAILED: { status: 400, zh: '请求未能完成。', en: 'The request could not be completed.' },
  // Who may do what
  UNAUTHENTICATED: { status: 401, zh: '请先登录。', en: 'Please sign in first.' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, zh: '内容不存在或您无权查看。', en: 'Not found, or not visible to you.' },
  CROSS_SITE_REQUEST: {
    status: 403,
    zh: '请求来自其他网站，已被拒绝。请直接在本站操作。',
    en: 'The request came from another website and was refused. Please act on this site directly.',
  },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too many requests; please wait a moment.' },
  // The service itself
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂时不可用，请稍后再试。',
    en: 'The service is temporarily unavailable; please retry later.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    zh: '数据库暂时不可用，请稍后重试。',
    en: 'The database is temporarily unavailable; please retry shortly.',
  },
  SEARCH_UNAVAILABLE: {
    status: 503,
    zh: '搜索服务暂时不可用，请稍后重试。',
    en: 'Search is temporarily unavailable; please retry shortly.',
  },
  INTERNAL_ERROR: { status: 500, zh: '服务器出现问题，请稍后重试。', en: 'Something went wrong on our side; please retry.' },
  CONFLICT: { status: 409, zh: '操作与当前状态冲突，请刷新后重试。', en: 'This conflicts with the current state; refresh and retry.' },
  // Problems of single fields (in `details`, and the code itself when every problem shares it)
  INVALID_FIELD: { status: 400, zh: '此项内容无效。', en: 'This value is not valid.' },
  INVALID_EMAIL: { status: 400, zh: '电子邮箱格式不正确。', en: 'The e-mail address is not valid.' },
  INVALID_CREDIT_CODE: {
    status: 400,
    zh: '统一社会信用代码无效（长度、字符或校验位不正确）。',
    en: 'The unified social credit code is invalid (length, characters or check character).',
  },
  WEAK_PASSWORD: {
    status: 400,
    zh: '密码太短或太常见，请使用至少 10 个字符且不易猜测的密码。',
    en: 'The password is too short or too common; use at least 10 characters that are hard to guess.',
  },
  UNKNOWN_FIELD: { status: 400, zh: '提交了不支持的字段。', en: 'A field that is not supported was sent.' },
  INVALID_CHARACTERS: {
    status: 400,
    zh: '输入中含有不允许的字符（如空字符或损坏的 Unicode）。',
    en: 'The input contains characters that are not allowed (NUL or broken Unicode).',
  },
  DEADLINE_IN_PAST: { status: 400, zh: '截止时间须晚于现在。', en: 'The deadline must be in the future.' },
  DEADLINE_TOO_FAR: { status: 400, zh: '截止时间距今不得超过一年。', en: 'The deadline may be at most a year away.' },
  BUDGET_RANGE_INVERTED: { status: 400, zh: '预算下限不能高于上限。', en: 'The minimum budget cannot be above the maximum.' },
  SCORE_OUT_OF_RANGE: {
    status: 400,
    zh: '分数须在 0 到该指标满分之间，以 0.5 为单位。',
    en: "A score must lie between 0 and the criterion's maximum, in steps of 0.5.",
  },
  MISSING_CRITERION: { status: 400, zh: '请为每个指标打分。', en: 'Score every criterion.' },
  UNKNOWN_CRITERION: { status: 400, zh: '评分细则中没有该指标。', en: 'The rubric has no such criterion.' },
  DUPLICATE_CRITERION: { status: 400, zh: '同一指标只能打一次分。', en: 'Score each criterion once.' },
  INVALID_CURSOR: {
    status: 400,
    zh: '分页位置无效，请从第一页重新开始。',
    en: 'The page position is not valid; start again from the first page.',
  },
  // Rules of the workflow
  ACCOUNT_DISABLED: { status: 403, zh: '该账户已停用。', en: 'This account has been deactivated.' },
  ALREADY_ANNOUNCED: { status: 409, zh: '该结果已公示。', en: 'This result has been announced.' },
  ALREADY_ANSWERED: { status: 409, zh: '该异议已答复。', en: 'This objection has been answered.' },
  ALREADY_DECLARED: { status: 409, zh: '您已对该方案作出声明。', en: 'You have already declared on this solution.' },
  ALREADY_MEMBER: { status: 409, zh: '此人已是本单位成员。', en: 'This person is already a member of your organisation.' },
  ALREADY_SCORED: { status: 409, zh: '您已评分，不能再回避。', en: 'You have scored this solution; recusal is no longer possible.' },
  BATCH_CLOSED: { status: 422, zh: '该批次已关闭。', en: 'That batch is closed.' },
  BATCH_EXISTS: { status: 409, zh: '该批次已存在。', en: 'That batch already exists.' },
  CANNOT_REMOVE_SELF: { status: 409, zh: '不能移除自己。', en: 'You cannot remove yourself.' },
  CONFLICT_OF_INTEREST: {
    status: 403,
    zh: '存在利益冲突：您与该申报单位有关联，须回避该方案。',
    en: 'Conflict of interest: you are affiliated with this applicant and must recuse yourself.',
  },
  CREDIT_CODE_TAKEN: {
    status: 409,
    zh: '该统一社会信用代码已被注册。',
    en: 'An organisation with this credit code is already registered.',
  },
  DEADLINE_ONLY_LATER: {
    status: 422,
    zh: '发布后的截止时间只能延后，不能提前。',
    en: 'Once published, the deadline can only move later, never earlier.',
  },
  DEADLINE_PASSED: { status: 422, zh: '截止时间已过。', en: 'The deadline has passed.' },
  DECLARATION_REQUIRED: { status: 409, zh: '请先声明是否存在利益冲突。', en: 'Declare whether you have a conflict of interest first.' },
  EMAIL_TAKEN: { status: 409, zh: '该电子邮箱已注册。', en: 'This e-mail address is already registered.' },
  FILE_MISSING: { status: 400, zh: '请选择文件。', en: 'Choose a file.' },
  IMPORT_INVALID: { status: 400, zh: '导入文件有误。', en: 'The import file has errors.' },
  INVALID_CREDENTIALS: { status: 401, zh: '邮箱或密码不正确。', en: 'The e-mail address or password is not correct.' },
  INVALID_OBJECTION_PERIOD: {
    status: 400,
    zh: '异议期截止时间须在 1 至 60 天之后。',
    en: 'The objection period must end between 1 and 60 days from now.',
  },
  INVALID_SEARCH: { status: 400, zh: '搜索条件无法执行，请检查筛选值。', en: 'This search cannot be run; check its filter values.' },
  INVALID_STATE: { status: 409, zh: '当前状态下不能执行此操作。', en: 'This cannot be done in the current state.' },
  INVITATION_PENDING: {
    status: 409,
    zh: '已向该邮箱发出邀请，如需重发请先撤回。',
    en: 'This address already has a pending invitation; revoke it to send a new one.',
  },
  LINK_INVALID: {
    status: 400,
    zh: '链接无效、已使用、已撤回或已过期，请联系对方重新发送。',
    en: 'This link is invalid, used, revoked or expired; ask for a new one.',
  },
  NOT_A_CANDIDATE: { status: 400, zh: '所选方案不在本轮候选范围内。', en: 'Some selected solutions are not candidates in this round.' },
  NO_OPEN_BATCH: { status: 422, zh: '没有可发布的批次，请先新建批次。', en: 'There is no batch to publish into; create one first.' },
  OBJECTION_PERIOD_OVER: { status: 422, zh: '异议期已结束，不能再提出异议。', en: 'The objection period is over.' },
  ORGANIZATION_LOCKED: {
    status: 409,
    zh: '已认证单位的名称与地区需联系平台修改。',
    en: 'A verified organisation’s name and region are changed by the platform.',
  },
  ORGANIZATION_NOT_VERIFIED: { status: 403, zh: '单位通过认证后才能执行此操作。', en: 'Your organisation must be verified first.' },
  OWN_SCORE_REQUIRED: {
    status: 403,
    zh: '提交您自己的评分后才能查看其他专家的评分。',
    en: "Other reviewers' scores are shown once you have submitted yours.",
  },
  PANEL_AFTER_DEADLINE: {
    status: 409,
    zh: '截止时间过后（开标后）才能推荐评审专家和检查利益冲突。',
    en: 'Reviewers are suggested, and conflicts checked, only after the deadline (once solutions are opened).',
  },
  REVIEW_CLOSED: { status: 409, zh: '评审已结束，评分不能再修改。', en: 'The review is over; scores can no longer change.' },
  REVIEW_INCOMPLETE: {
    status: 409,
    zh: '评审尚未完成：所有专家对每份方案评分或回避后才能查看排名和作出决定。',
    en: 'The review is not complete: every reviewer must score or recuse on every solution first.',
  },
  REVIEW_STARTED: {
    status: 409,
    zh: '该专家已开始评审，不能移出专家组。',
    en: 'This reviewer has started reviewing and stays on the panel.',
  },
  SAVED_SEARCH_EXISTS: { status: 409, zh: '已有同名的保存搜索。', en: 'You already have a saved search with this name.' },
  SAVED_SEARCH_LIMIT: {
    status: 409,
    zh: '保存的搜索已达上限（20 个），请先删除不用的。',
    en: 'You can keep at most 20 saved searches; delete one first.',
  },
  SCENARIO_INCOMPLETE: { status: 422, zh: '场景信息不完整。', en: 'The scenario is incomplete.' },
  SEALED_LOCKED: { status: 422, zh: '发布后不能更改密封设置。', en: 'Sealing cannot change after publication.' },
  SEALED_UNTIL_DEADLINE: { status: 403, zh: '方案密封至截止时间。', en: 'Solutions are sealed until the deadline.' },
  SECTOR_EXISTS: { status: 409, zh: '该领域代码已存在。', en: 'That sector code already exists.' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录。', en: 'Your session has ended; please sign in again.' },
  SESSION_ROTATED: {
    status: 409,
    zh: '会话刚在其他页面刷新，请重试。',
    en: 'Your session was just refreshed in another tab; please retry.',
  },
  SIGN_IN_LOCKED: {
    status: 429,
    zh: '此设备登录失败次数过多，已暂时锁定，请稍后再试。',
    en: 'Too many failed sign-ins from here; signing in is paused for a while.',
  },
  SOLUTION_EXISTS: {
    status: 409,
    zh: '贵企业已有该场景的方案，请编辑现有方案。',
    en: 'Your enterprise already has a solution for this scenario; edit it instead.',
  },
  SOLUTION_INCOMPLETE: { status: 422, zh: '方案信息不完整。', en: 'The solution is incomplete.' },
  TOO_MANY_FILES: { status: 422, zh: '附件数量已达上限。', en: 'The maximum number of files is reached.' },
  UNKNOWN_REVIEWER: { status: 400, zh: '所选专家不在专家库中或已停用。', en: 'Some selected experts are not active members of the pool.' },
  UNKNOWN_SECTOR: { status: 400, zh: '所选领域不存在或已停用。', en: 'That sector does not exist or is inactive.' },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    zh: '不支持的文件类型（按文件内容判断）。',
    en: 'This file type is not accepted (judged by its content).',
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** The codes, in registry order. */
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERRORS, code);
}

/** The HTTP status of a code. */
export function errorStatus(code: ErrorCode): number {
  return ERRORS[code].status;
}

/** The messages of every code in one language, keyed by code (the web app's `errors.*` texts). */
export function errorMessages(language: 'zh' | 'en'): Record<ErrorCode, string> {
  return Object.fromEntries(ERROR_CODES.map((code) => [code, ERRORS[code][language]])) as Record<ErrorCode, string>;
}

/** The error body every API error answers with. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown[];
  requestId: string;
}
