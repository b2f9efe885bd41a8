/**
 * Government hosts → regions (design.md §3), as data. Each entry is a host suffix and the region
 * label it belongs to (see regionLabel in ./index.ts: the unit's name, or parent + name when the name
 * is not unique). A subdomain belongs to the most specific listed host it ends with
 * (wzfgw.wenzhou.gov.cn → 温州市); a district subdomain of a city host (qiantang.hangzhou.gov.cn)
 * is the district when that district's own host (qiantang.gov.cn) is listed here.
 *
 * No other imports: this file is data only.
 */
export const HOST_REGIONS: ReadonlyArray<readonly [host: string, region: string]> = [
  // National.
  ['www.gov.cn', '全国'],
  ['ndrc.gov.cn', '全国'],
  ['stats.gov.cn', '全国'],
  ['npc.gov.cn', '全国'],

  // Provincial portals.
  ['beijing.gov.cn', '北京市'],
  ['tj.gov.cn', '天津市'],
  ['hebei.gov.cn', '河北省'],
  ['shanxi.gov.cn', '山西省'],
  ['nmg.gov.cn', '内蒙古自治区'],
  ['ln.gov.cn', '辽宁省'],
  ['jl.gov.cn', '吉林省'],
  ['hlj.gov.cn', '黑龙江省'],
  ['shanghai.gov.cn', '上海市'],
  ['jiangsu.gov.cn', '江苏省'],
  ['zj.gov.cn', '浙江省'],
  ['zhejiang.gov.cn', '浙江省'],
  ['ah.gov.cn', '安徽省'],
  ['fujian.gov.cn', '福建省'],
  ['jiangxi.gov.cn', '江西省'],
  ['shandong.gov.cn', '山东省'],
  ['henan.gov.cn', '河南省'],
  ['hubei.gov.cn', '湖北省'],
  ['hunan.gov.cn', '湖南省'],
  ['gd.gov.cn', '广东省'],
  ['gxzf.gov.cn', '广西壮族自治区'],
  ['hainan.gov.cn', '海南省'],
  ['cq.gov.cn', '重庆市'],
  ['sc.gov.cn', '四川省'],
  ['guizhou.gov.cn', '贵州省'],
  ['yn.gov.cn', '云南省'],
  ['xizang.gov.cn', '西藏自治区'],
  ['shaanxi.gov.cn', '陕西省'],
  ['gansu.gov.cn', '甘肃省'],
  ['qinghai.gov.cn', '青海省'],
  ['nx.gov.cn', '宁夏回族自治区'],
  ['xinjiang.gov.cn', '新疆维吾尔自治区'],

  // Prefecture-level cities.
  ['hangzhou.gov.cn', '杭州市'],
  ['ningbo.gov.cn', '宁波市'],
  ['wenzhou.gov.cn', '温州市'],
  ['jiaxing.gov.cn', '嘉兴市'],
  ['huzhou.gov.cn', '湖州市'],
  ['sx.gov.cn', '绍兴市'],
  ['jinhua.gov.cn', '金华市'],
  ['qz.gov.cn', '衢州市'],
  ['zhoushan.gov.cn', '舟山市'],
  ['zjtz.gov.cn', '台州市'],
  ['lishui.gov.cn', '丽水市'],
  ['hefei.gov.cn', '合肥市'],
  ['qingdao.gov.cn', '青岛市'],
  ['suzhou.gov.cn', '苏州市'],
  ['taizhou.gov.cn', '泰州市'],
  ['nanjing.gov.cn', '南京市'],
  ['xm.gov.cn', '厦门市'],
  ['wuhan.gov.cn', '武汉市'],
  ['gz.gov.cn', '广州市'],
  ['sz.gov.cn', '深圳市'],
  ['chengdu.gov.cn', '成都市'],
  ['xianyang.gov.cn', '咸阳市'],

  // County-level units.
  ['yuhang.gov.cn', '余杭区'],
  ['qiantang.gov.cn', '钱塘区'],
  ['nbyz.gov.cn', '鄞州区'],
  ['nanhu.gov.cn', '南湖区'],
  ['xiuzhou.gov.cn', '秀洲区'],
  ['jiashan.gov.cn', '嘉善县'],
  ['haiyan.gov.cn', '海盐县'],
  ['haining.gov.cn', '海宁市'],
  ['pinghu.gov.cn', '平湖市'],
  ['tx.gov.cn', '桐乡市'],
];
