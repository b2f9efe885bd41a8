// The government sites the fixture portal impersonates, and where the two bundled seed notices
// live on it. Paths follow the Zhejiang CMS pattern /art/YYYY/M/D/art_<column>_<id>.html
// (design.md §3). The ids are made up; the seeds' real URLs are not known.

/**
 * @typedef {{ host: string, name: string, org: string, operator: string, siteCode: string }} Site
 */

/** @type {Record<string, Site>} */
export const SITES = {
  'www.jiaxing.gov.cn': { host: 'www.jiaxing.gov.cn', name: '嘉兴市人民政府', org: '嘉兴市人民政府办公室', operator: '嘉兴市大数据发展管理局', siteCode: '3304000000' },
  'www.sx.gov.cn': { host: 'www.sx.gov.cn', name: '绍兴市人民政府', org: '绍兴市人民政府办公室', operator: '绍兴市大数据发展管理局', siteCode: '3306000000' },
  'www.huzhou.gov.cn': { host: 'www.huzhou.gov.cn', name: '湖州市人民政府', org: '湖州市人民政府办公室', operator: '湖州市大数据发展管理局', siteCode: '3305000000' },
  'drc.hangzhou.gov.cn': { host: 'drc.hangzhou.gov.cn', name: '杭州市发展和改革委员会', org: '杭州市发展和改革委员会', operator: '杭州市发展和改革委员会', siteCode: '3301000000' },
};

/** A site for a host the table does not know (e.g. the non-government mirror). */
/** @param {string} host @returns {Site} */
export function siteFor(host) {
  return SITES[host] ?? { host, name: host, org: host, operator: host, siteCode: '' };
}

/**
 * @typedef {object} SeedPage
 * @property {number} year
 * @property {string} file      seed file under seeds/
 * @property {string} host
 * @property {string} path
 * @property {string} title
 * @property {string} pubDate   as the page prints it (YYYY-MM-DD HH:mm)
 * @property {string} source    信息来源
 * @property {string} column    the CMS column (breadcrumb tail)
 * @property {string} indexNo   索引号
 */

/** @type {SeedPage[]} */
export const SEED_PAGES = [
  {
    year: 2024,
    file: 'jiaxing-2024-plan.txt',
    host: 'www.jiaxing.gov.cn',
    path: '/art/2024/2/8/art_1229426397_2509061.html',
    title: '嘉兴市人民政府关于下达2024年嘉兴市国民经济和社会发展计划的通知',
    pubDate: '2024-02-08 16:30',
    source: '市政府办公室',
    column: '市政府文件',
    indexNo: '11330400002563000X/2024-000000',
  },
  {
    year: 2022,
    file: 'jiaxing-2022-plan.txt',
    host: 'www.jiaxing.gov.cn',
    path: '/art/2022/5/14/art_1229426397_2401850.html',
    title: '嘉兴市人民政府关于下达2022年嘉兴市国民经济和社会发展计划的通知',
    pubDate: '2022-05-14 17:05',
    source: '市政府办公室',
    column: '市政府文件',
    indexNo: '11330400002563000X/2022-000000',
  },
];

/** The non-government host that serves a copy of the 2024 notice (the content script must not run there). */
export const MIRROR_HOST = 'www.example.com';
