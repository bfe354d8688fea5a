/**
 * Groups of words people use for the same capability. Every word of a group is a synonym of
 * every other, in Chinese and English.
 */
export const SYNONYM_GROUPS: readonly string[][] = [
  ['计算机视觉', '机器视觉', '图像识别', '视觉检测', '视频分析', '视频识别', '视频检测', 'computer vision', 'machine vision'],
  ['大模型', '大语言模型', 'LLM', '智能体', '生成式人工智能', 'AIGC', 'AI Agent', 'large language model'],
  ['无人机', 'UAV', '低空', 'drone'],
  ['交通信号', '信号灯', '信号配时', '信号控制', 'traffic signal'],
  ['病虫害', '虫害', 'pest'],
  ['语音识别', 'ASR', 'speech recognition'],
  ['文字识别', 'OCR', '光学字符识别'],
  ['自然语言处理', 'NLP', 'natural language processing'],
  ['知识图谱', 'knowledge graph'],
  ['数字孪生', 'digital twin'],
  ['自动驾驶', '无人驾驶', 'autonomous driving'],
  ['智能问答', '智能客服', '问答机器人', 'chatbot'],
  ['边缘计算', 'edge computing'],
  ['检索增强生成', 'RAG'],
  ['预测性维护', '故障预测', 'predictive maintenance'],
  ['质检', '缺陷检测', 'defect detection'],
  ['时序预测', '时间序列预测', 'time series forecasting'],
  ['强化学习', 'reinforcement learning'],
  ['遥感', 'remote sensing'],
  ['多模态', 'multimodal'],
  ['医学影像', 'medical imaging'],
  ['机器人', 'robot', 'robotics'],
  ['AGV', 'AMR', '移动机器人', '自动导引车', 'autonomous mobile robot'],
  ['路径规划', 'path planning'],
];

export function synonymMap(groups: readonly string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) map[word] = [...new Set([...(map[word] ?? []), ...group.filter((w) => w !== word)])];
  }
  return map;
}
