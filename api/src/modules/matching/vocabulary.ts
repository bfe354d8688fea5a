import { SYNONYM_GROUPS } from '../search/synonyms';

/**
 * How capability words are compared: case, width and spacing do not matter; words of one
 * synonym group are the same capability; a longer tag that contains a known term
 * (交通信号控制 ⊃ 信号控制) speaks of that term's capability.
 */
export function normalizeTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A term short enough to be contained by accident is not used for containment. */
function containable(term: string): boolean {
  // Two Han characters (图像) or three Latin ones (ocr) carry meaning of their own.
  return /\p{Script=Han}/u.test(term) ? term.length >= 2 : term.length >= 3;
}

/** Whether `text` contains `term`; Latin terms must stand as whole words (so "ocr" is not in "democracy", but is in "OCR识别"). */
function containsTerm(text: string, term: string): boolean {
  if (!containable(term)) return text === term;
  if (/\p{Script=Han}/u.test(term)) return text.includes(term);
  if (!text.includes(term)) return false;
  return wholeWord(term).test(text);
}

const wholeWords = new Map<string, RegExp>();
function wholeWord(term: string): RegExp {
  let pattern = wholeWords.get(term);
  if (!pattern) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`, 'u');
    remember(wholeWords, term, pattern);
  }
  return pattern;
}

/** Caches below are keyed by tags and terms (a bounded vocabulary in practice); a cap keeps memory flat regardless. */
const CACHE_LIMIT = 50_000;
function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

/** Acronyms too general to identify a capability on their own. */
const GENERAL_ACRONYMS = new Set(['AI', 'IT', 'APP', 'SAAS', 'API']);

/** The acronyms of a tag as written (WMS, AGV, BIM, 5G): shared ones name the same thing in either language. */
function acronymsOf(tag: string): Set<string> {
  const found = tag.normalize('NFKC').match(/(?<![A-Za-z0-9])[A-Z0-9]*[A-Z][A-Z0-9]*(?![A-Za-z0-9])/g) ?? [];
  return new Set(found.filter((a) => a.length >= 2 && !GENERAL_ACRONYMS.has(a)));
}

/**
 * The vocabulary never changes once built, so what it works out for a tag or a pair of tags is
 * kept: scoring hundreds of candidates asks the same questions many times.
 */
export class Vocabulary {
  private readonly groups: string[][];
  private readonly termsCache = new Map<string, ReadonlySet<string>>();
  private readonly coversCache = new Map<string, boolean>();

  constructor(groups: readonly string[][] = SYNONYM_GROUPS) {
    this.groups = groups.map((g) => g.map(normalizeTerm));
  }

  /** The terms that stand for the same capability as `term` (itself included). */
  termsOf(term: string): ReadonlySet<string> {
    const own = normalizeTerm(term);
    const cached = this.termsCache.get(own);
    if (cached) return cached;
    const terms = new Set([own]);
    for (const group of this.groups) {
      if (group.some((t) => t === own || containsTerm(own, t))) group.forEach((t) => terms.add(t));
    }
    remember(this.termsCache, own, terms);
    return terms;
  }

  /** Whether an offered capability tag covers a needed one. */
  covers(needed: string, offered: string): boolean {
    const key = `${needed}\u0000${offered}`;
    let answer = this.coversCache.get(key);
    if (answer === undefined) {
      answer = this.computeCovers(needed, offered);
      remember(this.coversCache, key, answer);
    }
    return answer;
  }

  private computeCovers(needed: string, offered: string): boolean {
    const a = normalizeTerm(needed);
    const b = normalizeTerm(offered);
    if (a === b || containsTerm(a, b) || containsTerm(b, a)) return true;
    const offeredTerms = this.termsOf(b);
    for (const t of this.termsOf(a)) if (offeredTerms.has(t)) return true;
    const offeredAcronyms = acronymsOf(offered);
    for (const acronym of acronymsOf(needed)) if (offeredAcronyms.has(acronym)) return true;
    return false;
  }

  /** The known terms a tag contains (无人机巡检 → 无人机), each a focused query of its own. */
  knownTermsIn(term: string): string[] {
    const own = normalizeTerm(term);
    const found: string[] = [];
    for (const group of this.groups) {
      const hit = group.find((t) => t !== own && containsTerm(own, t));
      if (hit) found.push(hit);
    }
    return found;
  }

  /** Whether free text speaks of the needed capability (any of its terms). */
  mentions(text: string, needed: string): boolean {
    const haystack = normalizeTerm(text);
    for (const t of this.termsOf(needed)) if (containsTerm(haystack, t)) return true;
    return false;
  }
}

/** Qualifications are compared without case or spaces (ISO27001 = ISO 27001). */
export function sameQualification(a: string, b: string): boolean {
  const squash = (s: string) => normalizeTerm(s).replace(/[\s\-_]/g, '');
  return squash(a) === squash(b);
}
