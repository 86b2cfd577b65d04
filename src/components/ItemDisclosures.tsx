// 这一项已公开的信息: an item page lists the disclosures made under it for the place the person
// came from (its village, town and county), or the county's own without a place.
import { View } from '@tarojs/components';
import type { DisclosureSummary } from '@core/api/public-views';
import { usePaged } from '../hooks/useApi';
import { callPublic } from '../services/api';
import { DisclosureRow } from './DisclosureRow';
import { Empty, PagedList } from './Status';

export function ItemDisclosures({ itemId, regionCode }: { itemId: string; regionCode: string }) {
  const list = usePaged<DisclosureSummary>(`${regionCode}/${itemId}`, (cursor) =>
    callPublic('disclosures.list', cursor ? { regionCode, itemId, cursor } : { regionCode, itemId }),
  );
  return (
    <View className="section">
      <View className="h2">这一项已公开的信息</View>
      <PagedList list={list} empty={<Empty text="这一项在这里还没有公开过信息。没公开、不及时，可以点上面的“我要监督”反映。" />}>
        {(items) => (
          <View className="list">
            {items.map((x) => (
              <DisclosureRow key={x.id} d={x} />
            ))}
          </View>
        )}
      </PagedList>
    </View>
  );
}
