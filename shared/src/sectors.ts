export interface SectorDefinition {
  /** Stable machine code, used in URLs and filters. */
  code: string;
  /** Simplified Chinese name as written in the national plan. */
  nameZh: string;
  /** English name. */
  nameEn: string;
}

/** The default sector taxonomy (admin-editable at run time; these are the seeds). */
export const DEFAULT_SECTORS: readonly SectorDefinition[] = [
  { code: 'agriculture', nameZh: '智能农业', nameEn: 'Smart agriculture' },
  { code: 'manufacturing', nameZh: '智能制造', nameEn: 'Smart manufacturing' },
  { code: 'commerce', nameZh: '智能商务', nameEn: 'Smart commerce' },
  { code: 'hardware_software', nameZh: '智能软硬件', nameEn: 'Smart software & hardware' },
  { code: 'vehicles', nameZh: '智能运载工具', nameEn: 'Intelligent vehicles' },
  { code: 'health', nameZh: '智能健康', nameEn: 'Smart health' },
  { code: 'culture_tourism', nameZh: '智能文旅', nameEn: 'Smart culture & tourism' },
  { code: 'education', nameZh: '智能教育', nameEn: 'Smart education' },
  { code: 'government', nameZh: '智能政务', nameEn: 'Smart government services' },
  { code: 'city', nameZh: '智慧城市', nameEn: 'Smart city' },
  { code: 'transport', nameZh: '智能交通', nameEn: 'Smart transport' },
];

/** Looks up a default sector by its code. */
export function findSector(code: string): SectorDefinition | undefined {
  return DEFAULT_SECTORS.find((s) => s.code === code);
}
