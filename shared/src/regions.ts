export interface ProvinceDefinition {
  /** First two digits of the administrative division code (GB/T 2260). */
  code: string;
  nameZh: string;
  nameEn: string;
}

/** Provincial-level administrative divisions of China, by GB/T 2260 code. */
export const PROVINCES: readonly ProvinceDefinition[] = [
  { code: '11', nameZh: '北京市', nameEn: 'Beijing' },
  { code: '12', nameZh: '天津市', nameEn: 'Tianjin' },
  { code: '13', nameZh: '河北省', nameEn: 'Hebei' },
  { code: '14', nameZh: '山西省', nameEn: 'Shanxi' },
  { code: '15', nameZh: '内蒙古自治区', nameEn: 'Inner Mongolia' },
  { code: '21', nameZh: '辽宁省', nameEn: 'Liaoning' },
  { code: '22', nameZh: '吉林省', nameEn: 'Jilin' },
  { code: '23', nameZh: '黑龙江省', nameEn: 'Heilongjiang' },
  { code: '31', nameZh: '上海市', nameEn: 'Shanghai' },
  { code: '32', nameZh: '江苏省', nameEn: 'Jiangsu' },
  { code: '33', nameZh: '浙江省', nameEn: 'Zhejiang' },
  { code: '34', nameZh: '安徽省', nameEn: 'Anhui' },
  { code: '35', nameZh: '福建省', nameEn: 'Fujian' },
  { code: '36', nameZh: '江西省', nameEn: 'Jiangxi' },
  { code: '37', nameZh: '山东省', nameEn: 'Shandong' },
  { code: '41', nameZh: '河南省', nameEn: 'Henan' },
  { code: '42', nameZh: '湖北省', nameEn: 'Hubei' },
  { code: '43', nameZh: '湖南省', nameEn: 'Hunan' },
  { code: '44', nameZh: '广东省', nameEn: 'Guangdong' },
  { code: '45', nameZh: '广西壮族自治区', nameEn: 'Guangxi' },
  { code: '46', nameZh: '海南省', nameEn: 'Hainan' },
  { code: '50', nameZh: '重庆市', nameEn: 'Chongqing' },
  { code: '51', nameZh: '四川省', nameEn: 'Sichuan' },
  { code: '52', nameZh: '贵州省', nameEn: 'Guizhou' },
  { code: '53', nameZh: '云南省', nameEn: 'Yunnan' },
  { code: '54', nameZh: '西藏自治区', nameEn: 'Tibet' },
  { code: '61', nameZh: '陕西省', nameEn: 'Shaanxi' },
  { code: '62', nameZh: '甘肃省', nameEn: 'Gansu' },
  { code: '63', nameZh: '青海省', nameEn: 'Qinghai' },
  { code: '64', nameZh: '宁夏回族自治区', nameEn: 'Ningxia' },
  { code: '65', nameZh: '新疆维吾尔自治区', nameEn: 'Xinjiang' },
  { code: '71', nameZh: '台湾省', nameEn: 'Taiwan' },
  { code: '81', nameZh: '香港特别行政区', nameEn: 'Hong Kong' },
  { code: '82', nameZh: '澳门特别行政区', nameEn: 'Macao' },
];
