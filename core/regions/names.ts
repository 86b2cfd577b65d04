// NBS lists villages by their committee: 董大桥村村民委员会, 花园社区居民委员会. People say
// 董大桥村 and 花园社区, and the committee suffix would make every village match a search
// for 委员会, so the name shown and searched is the everyday one; the official one is kept.
export function everydayName(official: string): string {
  const village = official.match(/^(.+?)(村民委员会|村委会)$/);
  if (village) return village[1].endsWith('村') ? village[1] : `${village[1]}村`;
  const community = official.match(/^(.+?)(居民委员会|居委会)$/);
  if (community) return /(社区|村)$/.test(community[1]) ? community[1] : `${community[1]}社区`;
  return official;
}
