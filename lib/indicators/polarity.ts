import type { Polarity } from './registry';
import { getIndicator } from './lookup';

/** Words that make a lower number the better one, for indicators outside the registry. */
const LOWER_IS_BETTER = /失业|死亡|事故|能耗|排放|浓度|涨幅|用水量|不良贷款|负债率|倍差|污染|劣[五v]类|发病率|超标/;

/** Which direction asks for more: the registry's word, else the name's, else higher. */
export function polarityOf(key: string, name?: string): Polarity {
  const known = getIndicator(key);
  if (known) return known.polarity;
  return name && LOWER_IS_BETTER.test(name.normalize('NFKC').toLowerCase()) ? 'lower' : 'higher';
}
