/**
 * Realistic, deterministic benchmark data: scenarios (Chinese, like real opportunity lists) and
 * enterprise capability profiles (Chinese, some in English), any number of each, the same for
 * the same seed. Written for the benchmarks; nothing here is used by the product.
 */
import { PROVINCES } from '@scenebridge/shared';

/** A small, fast, seedable PRNG (mulberry32). */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Topic {
  /** What the scenario is about (the object of the work). */
  objects: string[];
  /** Capabilities such scenarios require (Chinese, with English equivalents for profiles written in English). */
  tags: [string, string][];
}

/** Per sector: objects and capabilities, as found in published lists. */
export const TOPICS: Record<string, Topic> = {
  transport: {
    objects: [
      '主干道路口信号配时',
      '公交到站时间预测',
      '高速公路事件检测',
      '停车泊位诱导',
      '货车超限识别',
      '地铁客流预警',
      '非机动车违法识别',
    ],
    tags: [
      ['计算机视觉', 'computer vision'],
      ['交通信号控制', 'traffic signal control'],
      ['强化学习', 'reinforcement learning'],
      ['时序预测', 'time-series forecasting'],
      ['边缘计算', 'edge computing'],
      ['车路协同', 'V2X'],
      ['多源数据融合', 'data fusion'],
    ],
  },
  agriculture: {
    objects: ['水稻病虫害识别', '果园产量估计', '生猪估重与行为识别', '大棚环境调控', '农机作业监测', '耕地非粮化监测', '渔业水质预警'],
    tags: [
      ['病虫害识别', 'crop disease detection'],
      ['计算机视觉', 'computer vision'],
      ['遥感', 'remote sensing'],
      ['无人机', 'UAV'],
      ['物联网', 'IoT'],
      ['时序预测', 'time-series forecasting'],
      ['边缘计算', 'edge computing'],
    ],
  },
  manufacturing: {
    objects: ['关键设备预测性维护', '产品表面缺陷检测', '生产排程优化', '能耗优化', '焊缝质量检测', '仓储物流调度', '工艺参数优化'],
    tags: [
      ['预测性维护', 'predictive maintenance'],
      ['视觉检测', 'visual inspection'],
      ['异常检测', 'anomaly detection'],
      ['工业互联网', 'industrial internet'],
      ['运筹优化', 'operations research'],
      ['数字孪生', 'digital twin'],
      ['AGV', 'AGV'],
    ],
  },
  commerce: {
    objects: ['直播内容合规巡查', '商品智能推荐', '智能客服', '供应链需求预测', '假冒商品识别', '跨境电商多语种翻译'],
    tags: [
      ['大模型', 'LLM'],
      ['多模态', 'multimodal'],
      ['推荐系统', 'recommender systems'],
      ['智能客服', 'customer service bots'],
      ['机器翻译', 'machine translation'],
      ['OCR', 'OCR'],
    ],
  },
  hardware_software: {
    objects: ['辅助编程与代码审计', '国产算力调度', '端侧模型部署', '智能运维', '数据标注平台', '软件测试自动化'],
    tags: [
      ['大模型', 'LLM'],
      ['代码生成', 'code generation'],
      ['软件安全', 'software security'],
      ['私有化部署', 'on-premise deployment'],
      ['AIOps', 'AIOps'],
      ['模型压缩', 'model compression'],
    ],
  },
  vehicles: {
    objects: ['动力电池安全预警', '自动驾驶测试场景生成', '充电桩负荷预测', '车辆故障诊断', '智能网联测试', '无人配送车'],
    tags: [
      ['时序预测', 'time-series forecasting'],
      ['异常检测', 'anomaly detection'],
      ['自动驾驶', 'autonomous driving'],
      ['仿真', 'simulation'],
      ['车路协同', 'V2X'],
      ['电池安全', 'battery safety'],
    ],
  },
  health: {
    objects: ['胸部影像辅助诊断', '病历结构化', '慢病随访管理', '眼底筛查', '医保智能审核', '院内感染预警', '基层心电辅助诊断'],
    tags: [
      ['医学影像', 'medical imaging'],
      ['辅助诊断', 'clinical decision support'],
      ['自然语言处理', 'NLP'],
      ['知识图谱', 'knowledge graph'],
      ['深度学习', 'deep learning'],
      ['大模型', 'LLM'],
    ],
  },
  culture_tourism: {
    objects: ['景区客流预测与疏导', '历史影像修复', '文物数字化', '智能导览', '非遗技艺数字化', '旅游舆情分析'],
    tags: [
      ['时序预测', 'time-series forecasting'],
      ['超分辨率', 'super-resolution'],
      ['三维重建', '3D reconstruction'],
      ['多模态', 'multimodal'],
      ['语音识别', 'speech recognition'],
      ['数字孪生', 'digital twin'],
    ],
  },
  education: {
    objects: ['作文智能批改', '学情分析', '课堂行为分析', '个性化习题推荐', '实验操作评价', '职业教育虚拟实训'],
    tags: [
      ['大语言模型', 'large language model'],
      ['OCR', 'OCR'],
      ['自然语言处理', 'NLP'],
      ['计算机视觉', 'computer vision'],
      ['推荐系统', 'recommender systems'],
      ['虚拟现实', 'VR'],
    ],
  },
  government: {
    objects: ['政务热线智能问答', '公文辅助写作', '惠企政策精准推送', '审批材料智能预审', '12345 工单分拨', '基层治理事件识别'],
    tags: [
      ['大模型', 'LLM'],
      ['RAG', 'RAG'],
      ['知识图谱', 'knowledge graph'],
      ['语音识别', 'speech recognition'],
      ['智能客服', 'customer service bots'],
      ['OCR', 'OCR'],
    ],
  },
  city: {
    objects: ['占道经营识别', '垃圾满溢识别', '桥梁结构健康监测', '城市内涝预警', '违建巡查', '燃气管网泄漏预警', '消防通道占用识别'],
    tags: [
      ['计算机视觉', 'computer vision'],
      ['视频分析', 'video analytics'],
      ['无人机', 'UAV'],
      ['物联网', 'IoT'],
      ['数字孪生', 'digital twin'],
      ['时序预测', 'time-series forecasting'],
      ['边缘计算', 'edge computing'],
    ],
  },
};

export const SECTOR_CODES = Object.keys(TOPICS);
const CITIES = ['锦城', '滨江', '粤海', '西陵', '临川', '北湖', '云溪', '青州', '安平', '东篱', '南浦', '江宁'];
const SUFFIXES = ['试点', '应用示范', '系统建设', '平台建设', '揭榜攻关', '首试首用'];
const ACTIONS = ['智能', 'AI', '智能化', '数字化'];
const MODES = ['procurement', 'joint_rnd', 'challenge', 'first_use'] as const;
const QUALIFICATIONS = ['高新技术企业', '专精特新', 'ISO 27001', '等保三级', '算法备案', 'CMMI 3'];

export interface GeneratedScenario {
  title: string;
  summary: string;
  description: string;
  scope: string;
  sectorCode: string;
  region: string;
  tags: string[];
  budgetMin: number | null;
  budgetMax: number | null;
  cooperationMode: string;
  qualifications: string[];
  /** Days from now to the deadline (negative: already closed). */
  deadlineInDays: number;
  /** Index of the publishing agency among the generated agencies. */
  agency: number;
}

export interface GeneratedProfile {
  name: string;
  region: string;
  summary: string;
  capabilities: { name: string; description: string; tags: string[]; trl?: number }[];
  tags: string[];
  sectors: string[];
  regions: string[];
  qualifications: string[];
  cases: { title: string; client: string; year: number; outcome: string }[];
  teamSize: number;
  english: boolean;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function pickSome<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = Math.min(items.length, min + Math.floor(random() * (max - min + 1)));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

export function agencyCount(scenarios: number): number {
  return Math.max(8, Math.round(scenarios / 200));
}

/** `count` scenarios, deterministic for `seed`. */
export function* generateScenarios(count: number, seed: number): Generator<GeneratedScenario> {
  const random = randomFrom(seed);
  const agencies = agencyCount(count);
  for (let i = 0; i < count; i++) {
    const sector = pick(random, SECTOR_CODES);
    const topic = TOPICS[sector];
    const object = pick(random, topic.objects);
    const city = pick(random, CITIES);
    const province = pick(random, PROVINCES).nameZh;
    const tags = pickSome(random, topic.tags, 3, 5).map(([zh]) => zh);
    const budget = random() < 0.15 ? null : 30 + Math.floor(random() * 60) * 10;
    const title = `${city}市${object}${pick(random, ACTIONS)}${pick(random, SUFFIXES)}（${i + 1}）`;
    yield {
      title,
      summary: `利用${tags.slice(0, 2).join('与')}解决${object}中的效率与准确性问题，形成可推广的应用方案。`,
      description: `${city}市${object}目前主要依靠人工，覆盖范围有限、响应慢，年均处理 ${1000 + Math.floor(random() * 90_000)} 件，误判率约 ${5 + Math.floor(random() * 20)}%。`,
      scope: `建设${object}${pick(random, ACTIONS)}系统，完成数据接入、模型训练、试点部署与效果评估，试运行 ${3 + Math.floor(random() * 9)} 个月。`,
      sectorCode: sector,
      region: `${province}/${city}市`,
      tags,
      budgetMin: budget,
      budgetMax: budget === null ? null : budget + 50 + Math.floor(random() * 40) * 10,
      cooperationMode: pick(random, MODES),
      qualifications: random() < 0.5 ? pickSome(random, QUALIFICATIONS, 1, 2) : [],
      deadlineInDays: random() < 0.3 ? -1 - Math.floor(random() * 200) : 3 + Math.floor(random() * 120),
      agency: Math.floor(random() * agencies),
    };
  }
}

/** `count` capability profiles (15% written in English), deterministic for `seed`. */
export function* generateProfiles(count: number, seed: number): Generator<GeneratedProfile> {
  const random = randomFrom(seed ^ 0x5bd1e995);
  for (let i = 0; i < count; i++) {
    const english = random() < 0.15;
    const sectors = pickSome(random, SECTOR_CODES, 1, 3);
    const topic = TOPICS[sectors[0]];
    const chosen = pickSome(random, topic.tags, 2, 4);
    const object = pick(random, topic.objects);
    const city = pick(random, CITIES);
    const province = pick(random, PROVINCES).nameZh;
    const name = english
      ? `${city} ${['Vision', 'Data', 'Intelligence', 'Robotics', 'Cloud'][i % 5]} Tech Co., Ltd. ${i + 1}`
      : `${city}${['智能', '数智', '视觉', '慧联', '云图'][i % 5]}科技有限公司${i + 1}`;
    yield {
      name,
      region: `${province}/${city}市`,
      summary: english
        ? `We build ${chosen.map(([, en]) => en).join(', ')} solutions for public-sector customers.`
        : `专注${chosen.map(([zh]) => zh).join('、')}的人工智能企业，服务政府与国有企业客户。`,
      capabilities: chosen.map(([zh, en]) => ({
        name: english ? `${en} platform` : `${zh}${pick(random, ['平台', '系统', '解决方案'])}`,
        description: english ? `Production-grade ${en} for ${object}.` : `面向${object}的${zh}能力，已在多地部署。`,
        tags: [english ? en : zh],
        trl: 5 + Math.floor(random() * 5),
      })),
      tags: english ? [] : [pick(random, ['智慧城市', '智能交通', '智慧农业', '智能制造', '数字政府'])],
      sectors,
      regions: random() < 0.2 ? ['全国'] : [province],
      qualifications: random() < 0.6 ? pickSome(random, QUALIFICATIONS, 1, 3) : [],
      cases: [
        {
          title: english ? `${object} project` : `某市${object}项目`,
          client: english ? 'A city government' : '某市政府部门',
          year: 2020 + Math.floor(random() * 6),
          outcome: english ? 'Accepted after a 3-month pilot.' : '试运行三个月后通过验收。',
        },
      ],
      teamSize: 10 + Math.floor(random() * 300),
      english,
    };
  }
}
