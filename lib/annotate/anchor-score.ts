/**
 * The one scoring function for re-anchoring candidates (issue 14), in the manner of Hypothesis's
 * match-quote: a weighted mean of how well the quote, the prefix and the suffix match at the
 * candidate, plus a small pull towards the recorded position. Pure.
 *
 * Similarities. Each part is compared by edit distance (anchor.ts computes them with
 * edit-distance.ts: a prefix must END where the candidate starts, a suffix START where it ends,
 * so one typo at the junction costs one edit, not the whole context). A part's similarity is
 * `1 − errors / (length × ½)`, floored at 0: unchanged → 1, a quarter changed → ½, half or more
 * changed → 0. The steep scale puts unrelated text (whose edit distance to 32 recorded
 * characters is well above half: ~55 % for English, ~85 % for Chinese) at 0, where a linear
 * scale would give it 0.3–0.45 and let it vote.
 *
 * Weights. The quote weighs as many characters as it has, at most QUOTE_WEIGHT_CAP; a context
 * side weighs CONTEXT_WEIGHT, or twice its recorded length when that is shorter (a side cut short
 * by the end of the text still counts fully from 16 characters on; a side of one "。" hardly);
 * a recorded position weighs POSITION_WEIGHT (a tie-breaker, as in Hypothesis). A short quote
 * therefore needs its context (four characters of a heading say little alone), and a long one
 * can stand alone (a moved paragraph).
 *
 * The table the weights and thresholds were chosen from (quote length m, 32 characters of
 * context each side, "random" = unrelated text; tests/unit/anchoring-cases.test.ts holds them
 * as cases, with real text):
 *
 * | case                                              | quote | prefix | suffix | score (m=10 / 30 / 64) | want    |
 * |---------------------------------------------------|-------|--------|--------|------------------------|---------|
 * | unchanged                                         | 1     | 1      | 1      | 1 / 1 / 1              | exact   |
 * | exact quote, one side rewritten                   | 1     | 1      | 0      | .57 / .66 / .75        | exact   |
 * | 10 % of the quote edited, both sides intact       | .8    | 1      | 1      | .97 / .94 / .90        | fuzzy   |
 * | 30 % edited, one side intact                      | .4    | 1      | 0      | .49 / .47 / .45        | fuzzy   |
 * | 40 % edited, both sides intact                    | .2    | 1      | 1      | .89 / .74 / .60        | fuzzy   |
 * | 40 % edited, one side intact                      | .2    | 1      | 0      | .46 / .40 / .35        | either  |
 * | exact quote elsewhere, context random (heading)   | 1     | 0      | 0      | .14 / .32 / .50        | orphan ≤ 40 chars |
 * | look-alike with a few edits, context random       | .6    | 0      | 0      | .08 / .19 / .30        | orphan  |
 * | ≥ 50 % edited                                     | 0     | any    | any    | gate → 0               | orphan  |
 * | passage deleted: prefix then suffix close up       | —     | 1      | (1 at the gap) | gate → 0       | orphan  |
 *
 * So MIN_SCORE sits below the weakest case that must be placed (30 % edits with one side,
 * ≈ .45) and above exact short quotes and look-alikes without context (≤ .32 up to 30 chars).
 * The closed-gap gate is what separates "reworded by a third with one side intact" from
 * "deleted, and the words next to the gap happen to resemble it": the side that disagrees at
 * the candidate's far edge matches right at its near edge, i.e. prefix and suffix now touch.
 */

/** Largest share of a part that may differ before its similarity reaches 0. */
export const MAX_ERROR_RATE = 0.5;
/** The quote weighs its length in characters, up to this. */
export const QUOTE_WEIGHT_CAP = 64;
/** Weight of a context side (selectors.ts records 32 characters each side). */
export const CONTEXT_WEIGHT = 32;
/** Weight of closeness to the recorded position (Hypothesis: 2 of 92). */
export const POSITION_WEIGHT = 2;
/** Below this a highlight is an orphan (listed with its note, never placed). */
export const MIN_SCORE = 0.42;
/** A context side with at least this similarity agrees with the recorded one. */
export const CONTEXT_AGREES = 0.5;
/** Candidates whose scores differ by less than this, without a recorded position to choose, are ambiguous. */
export const AMBIGUITY_MARGIN = 0.01;

export interface PartMatch {
  /** Characters recorded (whitespace left out). */
  length: number;
  /** Edits between the recorded text and the page at the candidate. */
  errors: number;
}

export interface CandidateEvidence {
  quote: PartMatch;
  /** Null when nothing was recorded on that side (the quote started or ended the text). */
  prefix: PartMatch | null;
  suffix: PartMatch | null;
  /** 0..1 closeness to the nearest recorded position (1 = there); null when none was recorded. */
  position: number | null;
  /** The context closed up over the candidate: the passage was deleted (see above). */
  closedGap?: boolean;
}

export interface CandidateScore {
  /** 0..1; compare with MIN_SCORE. */
  score: number;
  /** The same without the position's pull (what ambiguity is judged on). */
  evidence: number;
  quote: number;
  prefix: number | null;
  suffix: number | null;
  /** Quote unchanged and the context does not clearly disagree. */
  certain: boolean;
}

export function similarity(part: PartMatch): number {
  if (part.length === 0) return 1;
  return Math.max(0, 1 - part.errors / (part.length * MAX_ERROR_RATE));
}

export function scoreCandidate(e: CandidateEvidence): CandidateScore {
  const quote = similarity(e.quote);
  const prefix = e.prefix && e.prefix.length > 0 ? similarity(e.prefix) : null;
  const suffix = e.suffix && e.suffix.length > 0 ? similarity(e.suffix) : null;
  const sides = [prefix, suffix].filter((x): x is number => x !== null);
  const agrees = sides.length === 0 || Math.max(...sides) >= CONTEXT_AGREES;
  const certain = e.quote.errors === 0 && agrees && !e.closedGap;
  // Gates: half the quote gone is not the same words; a closed gap is a deletion.
  if (quote === 0 || e.closedGap) return { score: 0, evidence: 0, quote, prefix, suffix, certain: false };

  const wq = Math.min(e.quote.length, QUOTE_WEIGHT_CAP);
  const wp = prefix === null ? 0 : Math.min(CONTEXT_WEIGHT, 2 * e.prefix!.length);
  const ws = suffix === null ? 0 : Math.min(CONTEXT_WEIGHT, 2 * e.suffix!.length);
  const sum = wq * quote + wp * (prefix ?? 0) + ws * (suffix ?? 0);
  const evidence = sum / (wq + wp + ws);
  const score = e.position === null ? evidence : (sum + POSITION_WEIGHT * e.position) / (wq + wp + ws + POSITION_WEIGHT);
  return { score, evidence, quote, prefix, suffix, certain };
}
