/**
 * `npm run eval [-- --doc <id>] [--misses] [--json]`: per-document and total scores of the
 * extractor on the labelled corpus (tests/corpus/README.md).
 */
import { runEval } from './run';
import type { DocScore } from './score';

const args = process.argv.slice(2);
const docArg = args.indexOf('--doc');
const only = docArg >= 0 ? args[docArg + 1] : undefined;
const showMisses = args.includes('--misses') || only !== undefined;

const report = runEval(undefined, only ? (id) => id.includes(only) : undefined);
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  process.exit(0);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const frac = (a: number, b: number) => (b === 0 ? '   -   ' : `${String(a).padStart(3)}/${String(b).padEnd(3)}`);
const mark = (b: boolean | null) => (b === null ? '-' : b ? 'ok' : 'NO');

function line(s: DocScore): string {
  const got = s.got ? `${s.got.region} ${s.got.year} ${s.got.kind}` : 'not detected';
  const det = s.planFamily ? (s.detected ? 'doc ' : 'MISS') : s.detected ? 'NEWS-STORED' : 'news rejected';
  const prec = s.exhaustive ? ` prec ${frac(s.extractedMatched, s.extracted)}` : '';
  return `${s.doc.padEnd(36)} ${det.padEnd(6)} region ${mark(s.regionOk)} kind ${mark(s.kindOk)} | role+year ${frac(s.roleYearOk, s.matched)} targets ${frac(s.matchedTargets, s.targets)} outcomes ${frac(s.matchedActuals, s.actuals)}${prec}  [${got}]`;
}

for (const s of report.scores) {
  console.log(line(s));
  if (!showMisses) continue;
  for (const m of s.wrong) console.log(`    wrong  ${m.label.name ?? ''} ${m.label.text} want ${m.label.role} ${m.label.year}, got ${m.got?.role} ${m.got?.year} (${m.got?.name}) ← ${m.got?.trace?.scope} «${m.got?.trace?.cue}» in «${m.got?.trace?.context}»`);
  for (const m of s.misses) console.log(`    missed ${m.label.role} ${m.label.year} ${m.label.name ?? ''} | ${m.label.text} | ${m.label.quote}`);
  for (const u of s.unlabelled) console.log(`    extra  ${u.role} ${u.year} ${u.name} | ${u.text} | ${u.quote.slice(0, 60)}`);
}

const t = report.totals;
console.log('');
console.log(`documents ${t.documents} (${t.planFamily} plan-family, ${t.news} news); figures labelled ${t.counts.labels}, matched ${t.counts.matched}`);
console.log(`extraction ${(report.chars / 1e6 / (report.ms / 1000)).toFixed(2)} M chars/s over ${(report.chars / 1e6).toFixed(2)} M chars`);
console.log(
  `TOTAL detection ${pct(t.detection)} · news rejected ${pct(t.newsRejected)} · region ${pct(t.region)} · kind ${pct(t.kind)} · year ${pct(t.year)} · role+year ${pct(t.roleYear)} · target recall ${pct(t.targetRecall)} · outcome recall ${pct(t.outcomeRecall)} · precision ${pct(t.precision)} (${t.counts.exhaustiveMatched}/${t.counts.exhaustiveExtracted})`,
);
