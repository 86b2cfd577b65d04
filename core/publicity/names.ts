/** Who publishes a village 公示: the village's or the community's committee. */
export function committeeName(place: string): string {
  if (place.endsWith('社区')) return `${place}居民委员会`;
  if (place.endsWith('村')) return `${place}村民委员会`;
  return `${place}村（居）民委员会`;
}
