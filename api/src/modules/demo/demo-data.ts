import { creditCodeCheckChar, type OrganizationKind, type OrganizationStatus } from '@scenebridge/shared';

export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  region: string;
  status: OrganizationStatus;
  /** 17 characters; the check character is computed. */
  creditCodeBody: string;
  member: { email: string; displayName: string };
}

/** Builds a valid unified social credit code from its first 17 characters. */
export function demoCreditCode(body: string): string {
  return body + creditCodeCheckChar(body);
}

/**
 * The demo organisations: fictional agencies and companies (names invented for the demo),
 * each with one owner account. Their credit codes are valid in form and check digit only.
 */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'jincheng-transport',
    kind: 'agency',
    name: '锦城市交通运输局',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '11510100MB0A10015',
    member: { email: 'transport@demo.scenebridge.local', displayName: '周明（交通运输局）' },
  },
  {
    key: 'jincheng-agriculture',
    kind: 'agency',
    name: '锦城市农业农村局',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '11510100MB0A10025',
    member: { email: 'agriculture@demo.scenebridge.local', displayName: '李芳（农业农村局）' },
  },
  {
    key: 'binjiang-data',
    kind: 'agency',
    name: '滨江市政务服务和数据管理局',
    region: '浙江省/滨江市',
    status: 'verified',
    creditCodeBody: '11330100MB0B20015',
    member: { email: 'govdata@demo.scenebridge.local', displayName: '王磊（数据管理局）' },
  },
  {
    key: 'yuehai-health',
    kind: 'agency',
    name: '粤海市卫生健康委员会',
    region: '广东省/粤海市',
    status: 'verified',
    creditCodeBody: '11440300MB0C30015',
    member: { email: 'health@demo.scenebridge.local', displayName: '陈静（卫生健康委）' },
  },
  {
    key: 'jincheng-economy',
    kind: 'agency',
    name: '锦城市经济和信息化局',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '11510100MB0A10035',
    member: { email: 'economy@demo.scenebridge.local', displayName: '刘洋（经济和信息化局）' },
  },
  {
    key: 'binjiang-education',
    kind: 'agency',
    name: '滨江市教育局',
    region: '浙江省/滨江市',
    status: 'verified',
    creditCodeBody: '11330100MB0B20025',
    member: { email: 'education@demo.scenebridge.local', displayName: '徐敏（教育局）' },
  },
  {
    key: 'yuehai-culture',
    kind: 'agency',
    name: '粤海市文化广电旅游局',
    region: '广东省/粤海市',
    status: 'verified',
    creditCodeBody: '11440300MB0C30025',
    member: { email: 'culture@demo.scenebridge.local', displayName: '梁晓（文化广电旅游局）' },
  },
  {
    key: 'xiling-city',
    kind: 'agency',
    name: '西陵市城市管理局',
    region: '湖北省/西陵市',
    status: 'verified',
    creditCodeBody: '11420500MB0D40015',
    member: { email: 'citymgmt@demo.scenebridge.local', displayName: '胡军（城市管理局）' },
  },
  {
    key: 'shuguang-vision',
    kind: 'enterprise',
    name: '蜀光智能视觉科技有限公司',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '91510100MA6D40015',
    member: { email: 'vision@demo.scenebridge.local', displayName: '赵宇（蜀光智能）' },
  },
  {
    key: 'hefeng-agritech',
    kind: 'enterprise',
    name: '禾丰农业科技有限公司',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '91510100MA6D40025',
    member: { email: 'agritech@demo.scenebridge.local', displayName: '孙禾（禾丰农业）' },
  },
  {
    key: 'yunyu-llm',
    kind: 'enterprise',
    name: '云语大模型技术有限公司',
    region: '浙江省/滨江市',
    status: 'verified',
    creditCodeBody: '91330100MA2E50015',
    member: { email: 'llm@demo.scenebridge.local', displayName: '吴越（云语大模型）' },
  },
  {
    key: 'qiming-medical',
    kind: 'enterprise',
    name: '启明医疗人工智能有限公司',
    region: '广东省/粤海市',
    status: 'verified',
    creditCodeBody: '91440300MA5F60015',
    member: { email: 'medical@demo.scenebridge.local', displayName: '黄琪（启明医疗）' },
  },
  {
    key: 'xinda-network',
    kind: 'enterprise',
    name: '信达通信网络优化有限公司',
    region: '四川省/锦城市',
    status: 'verified',
    creditCodeBody: '91510100MA6D40035',
    member: { email: 'network@demo.scenebridge.local', displayName: '郑达（信达通信）' },
  },
  {
    key: 'lumen-vision',
    kind: 'enterprise',
    name: 'Lumen Vision Systems (Suzhou) Co., Ltd.',
    region: '江苏省/苏湖市',
    status: 'verified',
    creditCodeBody: '91320500MA1G70025',
    member: { email: 'lumen@demo.scenebridge.local', displayName: 'Alex Chen (Lumen Vision)' },
  },
  {
    key: 'xinrui-robotics',
    kind: 'enterprise',
    name: '新锐机器人有限公司',
    region: '江苏省/苏湖市',
    status: 'pending',
    creditCodeBody: '91320500MA1G70015',
    member: { email: 'robotics@demo.scenebridge.local', displayName: '钱锐（新锐机器人）' },
  },
];

/** The demo batches: an older one whose scenarios have closed, and two open ones. */
export const DEMO_BATCHES = [
  { key: 1, year: 2025, number: 2, status: 'closed' as const, publishedDaysAgo: 150 },
  { key: 2, year: 2026, number: 1, status: 'published' as const, publishedDaysAgo: 45 },
  { key: 3, year: 2026, number: 2, status: 'published' as const, publishedDaysAgo: 12 },
];

/** A rubric fitting the cooperation mode (weights sum to 100). */
export function demoRubric(mode: string): { name: string; weight: number; description: string }[] {
  if (mode === 'challenge' || mode === 'joint_rnd') {
    return [
      { name: '技术路线与创新性', weight: 40, description: '技术路线可行、关键技术有突破' },
      { name: '关键指标达成能力', weight: 30, description: '对技术指标的承诺与验证方法' },
      { name: '团队与研发基础', weight: 20, description: '核心团队、已有成果与知识产权' },
      { name: '实施保障', weight: 10, description: '进度计划、风险应对与配套投入' },
    ];
  }
  return [
    { name: '技术方案', weight: 40, description: '方案完整性、先进性与适配度' },
    { name: '类似案例与团队', weight: 25, description: '同类项目交付经验与团队配置' },
    { name: '实施计划与服务', weight: 15, description: '工期、培训与运维保障' },
    { name: '报价合理性', weight: 20, description: '报价构成清晰、与预算匹配' },
  ];
}

export interface DemoProfile {
  summary: string;
  capabilities: { name: string; description: string; tags: string[]; trl?: number; indicators?: string }[];
  tags: string[];
  sectors: string[];
  regions: string[];
  qualifications: string[];
  cases: { title: string; client: string; year: number; outcome: string }[];
  teamSize: number;
}

/** Capability profiles of the demo enterprises (all opted in; the pending one is not matchable until verified). */
export const DEMO_PROFILES: Record<string, DemoProfile> = {
  'shuguang-vision': {
    summary: '专注城市交通视频感知与信号控制优化的人工智能企业，产品覆盖路口感知、信号配时与交通事件检测。',
    capabilities: [
      {
        name: '路口视频结构化分析',
        description: '基于深度学习的车辆与行人检测、排队长度估计、交通事件识别，支持雷视融合。',
        tags: ['计算机视觉', '视频分析', '雷视融合'],
        trl: 8,
        indicators: '车辆检测准确率 97%，单路 25 FPS',
      },
      {
        name: '交通信号配时优化',
        description: '单点自适应与干线协调控制算法，基于强化学习与交通仿真在线生成配时方案。',
        tags: ['交通信号', '强化学习', '交通仿真'],
        trl: 7,
        indicators: '试点区域高峰延误下降 18%',
      },
      { name: '边缘计算盒子', description: '路侧边缘推理设备，支持 16 路视频实时分析。', tags: ['边缘计算'], trl: 8 },
    ],
    tags: ['智能交通', '计算机视觉', '交通信号'],
    sectors: ['transport', 'city'],
    regions: ['四川省', '重庆市', '贵州省'],
    qualifications: ['高新技术企业', '专精特新', 'ISO 27001'],
    cases: [
      { title: '某区 40 个路口信号自适应控制', client: '某市公安局交通管理局', year: 2025, outcome: '高峰平均延误下降 18%' },
      { title: '城市快速路交通事件检测', client: '某市交通运输局', year: 2024, outcome: '事件发现时间从 8 分钟缩短到 40 秒' },
    ],
    teamSize: 120,
  },
  'hefeng-agritech': {
    summary: '面向丘陵山区的智慧农业服务商，提供无人机植保、作物病虫害识别与遥感监测。',
    capabilities: [
      {
        name: '作物病虫害图像识别',
        description: '覆盖水稻、茶叶、柑橘 60 余种病虫害的识别模型，支持手机拍照与田间摄像头。',
        tags: ['图像识别', '病虫害', '计算机视觉'],
        trl: 8,
        indicators: 'Top-1 准确率 93%',
      },
      {
        name: '无人机植保与变量喷施',
        description: '多光谱巡田生成处方图，植保无人机按处方变量喷施。',
        tags: ['无人机', '遥感', '精准农业'],
        trl: 7,
        indicators: '农药用量减少 25%',
      },
    ],
    tags: ['智能农业', '无人机', '病虫害'],
    sectors: ['agriculture'],
    regions: ['四川省', '云南省', '贵州省'],
    qualifications: ['高新技术企业'],
    cases: [{ title: '10 万亩水稻病虫害监测预警', client: '某县农业农村局', year: 2025, outcome: '防治及时率提升至 92%' }],
    teamSize: 45,
  },
  'yunyu-llm': {
    summary: '政务与教育领域的大模型应用企业，提供知识库问答、工单智能分派与智能体平台。',
    capabilities: [
      {
        name: '政务知识库问答',
        description: '基于检索增强生成（RAG）的政策问答，答案附出处，支持 12345 热线坐席辅助。',
        tags: ['大模型', 'RAG', '智能问答'],
        trl: 8,
        indicators: '问答准确率 91%，首答时延 1.2 秒',
      },
      {
        name: '工单智能分派',
        description: '对市民诉求进行分类、要素抽取与承办单位推荐。',
        tags: ['自然语言处理', '大模型'],
        trl: 7,
        indicators: '分派准确率 88%',
      },
      { name: '教育智能体', description: '面向教师备课与学生答疑的智能体平台。', tags: ['智能体', '大语言模型'], trl: 6 },
    ],
    tags: ['大模型', '智能政务', '知识图谱'],
    sectors: ['government', 'education', 'commerce'],
    regions: ['浙江省', '上海市', '江苏省', '四川省'],
    qualifications: ['算法备案', '等保三级', '高新技术企业'],
    cases: [
      { title: '市民热线智能问答', client: '某市政务服务和数据管理局', year: 2025, outcome: '人工转接率下降 35%' },
      { title: '区级 12345 工单分派', client: '某区政府办公室', year: 2024, outcome: '平均分派用时从 20 分钟降到 2 分钟' },
    ],
    teamSize: 200,
  },
  'qiming-medical': {
    summary: '医学影像人工智能企业，产品获医疗器械注册证，服务基层医疗机构。',
    capabilities: [
      {
        name: '胸部 CT 与 DR 辅助诊断',
        description: '肺结节、肺炎、骨折等病灶检出与结构化报告。',
        tags: ['医学影像', '辅助诊断', '计算机视觉'],
        trl: 9,
        indicators: '肺结节敏感度 96%',
      },
      { name: '基层远程影像平台', description: '县域影像中心云平台与质控。', tags: ['远程医疗', '云平台'], trl: 8 },
    ],
    tags: ['智能健康', '医学影像'],
    sectors: ['health'],
    regions: ['广东省', '广西壮族自治区', '海南省'],
    qualifications: ['医疗器械注册证', '等保三级'],
    cases: [{ title: '县域医共体影像辅助诊断', client: '某县卫生健康局', year: 2025, outcome: '基层影像报告时间缩短 60%' }],
    teamSize: 90,
  },
  'xinda-network': {
    summary: '移动通信网络优化服务商，提供 5G 基站信号覆盖优化、室内分布与网络测试。',
    capabilities: [
      {
        name: '5G 网络信号覆盖优化',
        description: '基于路测与话统数据优化天线参数与切换策略，解决弱覆盖与掉线。',
        tags: ['5G', '无线网络优化', '信号覆盖'],
        trl: 8,
        indicators: '弱覆盖比例下降 40%',
      },
      { name: '室内分布系统设计', description: '地铁、场馆室内分布系统设计与施工。', tags: ['室内分布', '通信工程'], trl: 9 },
    ],
    tags: ['5G', '信号优化', '通信'],
    sectors: ['hardware_software'],
    regions: ['四川省', '重庆市'],
    qualifications: ['高新技术企业'],
    cases: [{ title: '地铁 2 号线 5G 覆盖优化', client: '某地铁运营公司', year: 2024, outcome: '隧道区间掉线率下降 70%' }],
    teamSize: 150,
  },
  'lumen-vision': {
    summary: 'Machine vision company building inline defect detection and measurement systems for manufacturing lines.',
    capabilities: [
      {
        name: 'Inline visual defect detection',
        description:
          'Deep-learning inspection of surfaces, welds and PCB assemblies on high-speed lines, with few-shot training for new products.',
        tags: ['machine vision', 'defect detection', 'computer vision'],
        trl: 8,
        indicators: 'Escape rate below 0.1%, 120 parts per minute',
      },
      {
        name: '3D measurement',
        description: 'Structured-light 3D measurement for dimensional checks.',
        tags: ['3D vision', 'metrology'],
        trl: 7,
      },
    ],
    tags: ['machine vision', 'smart manufacturing'],
    sectors: ['manufacturing', 'hardware_software'],
    regions: ['江苏省', '浙江省', '上海市', '四川省'],
    qualifications: ['ISO 9001', '高新技术企业'],
    cases: [
      {
        title: 'Weld seam inspection for a battery pack line',
        client: 'An EV battery maker',
        year: 2025,
        outcome: 'Manual re-inspection cut by 80%',
      },
    ],
    teamSize: 70,
  },
  'xinrui-robotics': {
    summary: '工业移动机器人企业，提供 AGV/AMR 与厂内物流调度系统。',
    capabilities: [{ name: 'AGV 调度系统', description: '多车调度与路径规划。', tags: ['AGV', '机器人', '路径规划'], trl: 7 }],
    tags: ['智能制造', '机器人'],
    sectors: ['manufacturing'],
    regions: ['江苏省'],
    qualifications: [],
    cases: [],
    teamSize: 30,
  },
};

export interface DemoReviewer {
  email: string;
  displayName: string;
  expertise: string[];
  /** Organisations the expert works or worked for (conflicts of interest). */
  affiliations: string[];
}

/** Experts of the pool, so that a demo agency can form a review panel at once. */
export const DEMO_REVIEWERS: readonly DemoReviewer[] = [
  {
    email: 'expert.transport@demo.scenebridge.local',
    displayName: '张衡（交通工程专家）',
    expertise: ['智能交通', '交通信号控制', '计算机视觉', '强化学习'],
    affiliations: ['蜀光智能视觉科技有限公司'],
  },
  {
    email: 'expert.vision@demo.scenebridge.local',
    displayName: '林晓（机器视觉专家）',
    expertise: ['计算机视觉', '视觉检测', '边缘计算', '无人机'],
    affiliations: [],
  },
  {
    email: 'expert.agri@demo.scenebridge.local',
    displayName: '钱穗（农业信息化专家）',
    expertise: ['智慧农业', '病虫害识别', '遥感', '农业物联网'],
    affiliations: [],
  },
  {
    email: 'expert.llm@demo.scenebridge.local',
    displayName: '苏文（大模型与政务服务专家）',
    expertise: ['大模型', '知识图谱', '智能客服', '政务服务'],
    affiliations: ['云语大模型技术有限公司'],
  },
  {
    email: 'expert.health@demo.scenebridge.local',
    displayName: '何仁（医学人工智能专家）',
    expertise: ['医学影像', '辅助诊断', '健康医疗大数据', '计算机视觉'],
    affiliations: [],
  },
];
