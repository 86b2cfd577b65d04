import { Text, View } from '@tarojs/components';
import type { DisclosureSummary } from '@core/api/public-views';
import { formatDate, PUBLISH_LEVEL_NAMES } from '../utils/format';
import { go, routes } from '../utils/nav';
import { DemoBadge, PublicityBadge } from './Badges';
import { Tap } from './Tap';

/** One disclosure in a list: title, where and when, publicity state. */
export function DisclosureRow({ d }: { d: DisclosureSummary }) {
  return (
    <Tap className="row" onTap={() => go(routes.disclosure(d.id))}>
      <View className="row__title">{d.title}</View>
      <View className="row__meta">
        <Text>
          {d.regionName}（{PUBLISH_LEVEL_NAMES[d.level] ?? ''}）· {formatDate(d.publishedAt)}发布
        </Text>
      </View>
      {(d.publicity || d.demo || d.hasTable || d.underReview || d.outcomeBadge) && (
        <View className="row__badges">
          {d.publicity && <PublicityBadge publicity={d.publicity} />}
          {d.hasTable && <Text className="badge badge--plain">含名单/表格</Text>}
          {d.underReview && <Text className="badge badge--plain">名单核查中</Text>}
          {d.outcomeBadge && <Text className="badge badge--plain">{d.outcomeBadge}</Text>}
          {d.demo && <DemoBadge />}
        </View>
      )}
    </Tap>
  );
}
