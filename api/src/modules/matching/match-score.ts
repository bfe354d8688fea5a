import { sameQualification, Vocabulary } from './vocabulary';

/** What a scenario asks for, as matching sees it. */
export interface MatchNeed {
  title: string;
  tags: string[];
  sector: string | null;
  province: string;
  qualifications: string[];
}

/** What an enterprise offers, as matching sees it (from its capability profile). */
export interface MatchOffer {
  province: string;
  summary: string;
  /** Profile-level tags. */
  tags: string[];
  capabilities: { name: string; description: string; tags: string[] }[];
  sectors: string[];
  regions: string[];
  qualifications: string[];
  cases: { title: string; outcome: string }[];
}

/**
 * What Meilisearch found: the ranking score (0–1) of the enterprise's document for one focused
 * query per required tag (synonyms and Chinese segmentation applied). Missing means not found.
 */
export interface TextEvidence {
  tagScores: Record<string, number>;
}

export interface MatchSignals {
  /** Share of the required capabilities the enterprise has, 0–1. */
  capability: number;
  /** Meilisearch relevance of the profile to the required capabilities, averaged over them, 0–1. */
  text: number;
  sector: number;
  region: number;
  qualifications: number;
  cases: number;
}

/** A reason, before it is put into words in the reader's language. */
export type MatchReason =
  | { kind: 'capabilities'; matches: { needed: string; offered: string }[] }
  | { kind: 'mentions'; terms: string[] }
  | { kind: 'sector'; sector: string }
  | { kind: 'region'; province: string; nationwide: boolean }
  | { kind: 'qualifications'; held: string[] }
  | { kind: 'missingQualifications'; missing: string[] }
  | { kind: 'cases'; titles: string[] }
  | { kind: 'textOnly' };

export interface MatchResult {
  score: number;
  signals: MatchSignals;
  reasons: MatchReason[];
}

/**
 * The weights of the signals. The capability share dominates; sector, region, qualifications
 * and cases describe context and count fully only once at least half of the required
 * capabilities are there (a company in the right sector and city but without the capability
 * is not a match).
 */
export const WEIGHTS = { capability: 0.55, text: 0.1, sector: 0.12, region: 0.08, qualifications: 0.1, cases: 0.05 } as const;

/** Credit for a required tag the profile only mentions in its descriptions (not a declared capability). */
const MENTION_CREDIT = 0.6;
/** Credit from Meilisearch alone, times its ranking score, when the words are found but scattered. */
const TEXT_CREDIT = 0.4;
/** A focused query's ranking score from which its words count as found. */
export const TEXT_EVIDENCE_MIN = 0.5;

const NATIONWIDE = ['全国', 'nationwide', 'china'];

export function scoreMatch(need: MatchNeed, offer: MatchOffer, evidence: TextEvidence, vocabulary: Vocabulary): MatchResult {
  const offeredTags = [...offer.tags, ...offer.capabilities.flatMap((c) => c.tags)];
  const profileText = [offer.summary, ...offer.capabilities.map((c) => `${c.name} ${c.description}`)].join('\n');
  const caseText = offer.cases.map((c) => `${c.title} ${c.outcome}`);

  const matches: { needed: string; offered: string }[] = [];
  const mentioned: string[] = [];
  let covered = 0;
  for (const needed of need.tags) {
    const offered = offeredTags.find((t) => vocabulary.covers(needed, t));
    if (offered !== undefined) {
      matches.push({ needed, offered });
      covered += 1;
    } else if (vocabulary.mentions(profileText, needed)) {
      mentioned.push(needed);
      covered += MENTION_CREDIT;
    } else {
      const found = evidence.tagScores[needed] ?? 0;
      if (found >= TEXT_EVIDENCE_MIN) covered += TEXT_CREDIT * found;
    }
  }
  const capability = need.tags.length ? covered / need.tags.length : 0;
  const text = need.tags.length ? need.tags.reduce((sum, t) => sum + (evidence.tagScores[t] ?? 0), 0) / need.tags.length : 0;

  const sector = need.sector !== null && offer.sectors.includes(need.sector) ? 1 : 0;
  const nationwide = offer.regions.some((r) => NATIONWIDE.includes(r.trim().toLowerCase()));
  const region = need.province !== '' && (nationwide || offer.regions.includes(need.province) || offer.province === need.province) ? 1 : 0;
  const held = need.qualifications.filter((q) => offer.qualifications.some((o) => sameQualification(q, o)));
  const missing = need.qualifications.filter((q) => !held.includes(q));
  const qualifications = need.qualifications.length ? held.length / need.qualifications.length : 1;
  const similarCases = offer.cases.filter((_, i) => need.tags.some((t) => vocabulary.mentions(caseText[i], t))).map((c) => c.title);
  const cases = similarCases.length ? 1 : 0;

  const signals: MatchSignals = { capability, text, sector, region, qualifications, cases };
  const context = WEIGHTS.sector * sector + WEIGHTS.region * region + WEIGHTS.qualifications * qualifications + WEIGHTS.cases * cases;
  const relevance = Math.min(1, capability / 0.5);
  const score = round(WEIGHTS.capability * capability + WEIGHTS.text * text + context * relevance);

  const reasons: MatchReason[] = [];
  if (matches.length) reasons.push({ kind: 'capabilities', matches });
  if (mentioned.length) reasons.push({ kind: 'mentions', terms: mentioned });
  if (!matches.length && !mentioned.length && text > 0) reasons.push({ kind: 'textOnly' });
  if (sector && need.sector) reasons.push({ kind: 'sector', sector: need.sector });
  if (region) reasons.push({ kind: 'region', province: need.province, nationwide: nationwide && !offer.regions.includes(need.province) });
  if (held.length) reasons.push({ kind: 'qualifications', held });
  if (missing.length) reasons.push({ kind: 'missingQualifications', missing });
  if (similarCases.length) reasons.push({ kind: 'cases', titles: similarCases.slice(0, 2) });
  return { score, signals, reasons };
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}

export type ReasonLanguage = 'zh' | 'en';

/** Puts reasons into words; `sectorName` gives a sector's name in the language. */
export function describeReasons(reasons: MatchReason[], lang: ReasonLanguage, sectorName: (code: string) => string): string[] {
  const zh = lang === 'zh';
  const list = (items: string[]) => items.join(zh ? '、' : ', ');
  return reasons.map((r) => {
    switch (r.kind) {
      case 'capabilities': {
        const words = r.matches.map((m) =>
          normalizeSame(m.needed, m.offered) ? m.needed : zh ? `${m.needed}（${m.offered}）` : `${m.needed} (as “${m.offered}”)`,
        );
        return zh ? `具备所需能力：${list(words)}` : `Has the required capabilities: ${list(words)}`;
      }
      case 'mentions':
        return zh ? `能力介绍中提到：${list(r.terms)}` : `Profile describes: ${list(r.terms)}`;
      case 'textOnly':
        return zh
          ? '能力介绍与所需能力的文字相关，但未声明对应能力'
          : 'Profile text relates to the required capabilities, but none is declared';
      case 'sector':
        return zh ? `服务行业：${sectorName(r.sector)}` : `Works in ${sectorName(r.sector)}`;
      case 'region':
        if (r.nationwide) return zh ? `服务全国（含${r.province}）` : `Serves all of China (incl. ${r.province})`;
        return zh ? `服务地区：${r.province}` : `Serves ${r.province}`;
      case 'qualifications':
        return zh ? `具备资质：${list(r.held)}` : `Holds ${list(r.held)}`;
      case 'missingQualifications':
        return zh ? `缺少资质：${list(r.missing)}` : `Lacks ${list(r.missing)}`;
      case 'cases':
        return zh ? `类似案例：${list(r.titles)}` : `Similar cases: ${list(r.titles)}`;
    }
  });
}

function normalizeSame(a: string, b: string): boolean {
  return a.normalize('NFKC').toLowerCase().trim() === b.normalize('NFKC').toLowerCase().trim();
}
