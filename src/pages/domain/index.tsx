// One domain for a place: the catalog items with their state, then the disclosures (paginated).
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { DisclosureSummary } from '@core/api/public-views';
import { Screen } from '../../components/Screen';
import { Tap } from '../../components/Tap';
import { Empty, LoadGate, PagedList } from '../../components/Status';
import { StateBadge } from '../../components/Badges';
import { DisclosureRow } from '../../components/DisclosureRow';
import { useApi, usePaged } from '../../hooks/useApi';
import { useInfiniteScroll, usePullRefresh } from '../../hooks/usePageRefresh';
import { callPublic } from '../../services/api';
import { formatDate, formatDateCn } from '../../utils/format';
import { go, param, routes } from '../../utils/nav';
import './index.css';
import { ShareButton } from '../../components/ShareButton';
import { useShare } from '../../hooks/useShare';
import { domainShareTitle } from '../../services/share';
import { readRecents } from '../../hooks/useRecents';

export default function DomainPage() {
  const params = useRouter().params;
  const code = param(params.code);
  const domain = param(params.domain);
  const ready = code && domain;
  const catalog = useApi('catalog.list', ready ? { regionCode: code, domain } : null);
  const list = usePaged<DisclosureSummary>(ready ? `${code}/${domain}` : null, (cursor) =>
    callPublic('disclosures.list', cursor ? { regionCode: code, domain, cursor } : { regionCode: code, domain }),
  );
  usePullRefresh(catalog.reload, list.reload);
  useInfiniteScroll(list.loadMore);

  const d = catalog.data?.county.domains.find((x) => x.id === domain);
  // The village's name when the person came through it (recents), else the county's.
  const place = readRecents().find((p) => p.code === code)?.name ?? catalog.data?.county.name;
  const share = d && place ? { title: domainShareTitle(place, d.shortName || d.name), path: routes.domain(code, domain) } : null;
  useShare(share);
  useEffect(() => {
    if (d) void Taro.setNavigationBarTitle({ title: d.shortName || d.name });
  }, [d]);

  if (!ready)
    return (
      <Screen>
        <Empty text="链接不完整，请回首页重新选择。" />
      </Screen>
    );

  return (
    <Screen>
      <LoadGate state={catalog}>
        {({ county, entries }) => {
          const dom = county.domains.find((x) => x.id === domain);
          return (
            <>
              <View className="muted">{county.name}</View>
              <View className="h1">{dom?.name ?? '公开事项'}</View>
              {dom?.summary && <View className="summary-box">{dom.summary}</View>}
              <ShareButton target={share} />

              <View className="h2">要公开的事项（{entries.length}项）</View>
              {entries.length === 0 ? (
                <Empty text="这个领域还没有公开事项目录。" />
              ) : (
                entries.map((e) => (
                  <View key={e.item.id} className="entry">
                    <Tap className="entry__main" onTap={() => go(routes.item(e.item.id, code))}>
                      <View className="entry__head">
                        <Text className="row__title">{e.item.level2}</Text>
                        <StateBadge state={e.state} />
                      </View>
                      <View className="row__meta">{e.item.summary}</View>
                      <View className="row__meta">
                        {e.item.timeLimit.text}
                        {e.nextDue ? `；下次应在${formatDateCn(e.nextDue)}前更新` : ''}
                      </View>
                      <Text className="link entry__more">看这一项要公开什么 ›</Text>
                    </Tap>
                    {e.latest && (
                      <Tap className="entry__latest" onTap={() => go(routes.disclosure(e.latest!.id))}>
                        <Text className="entry__latest-label">最近公开</Text>
                        <Text>
                          {e.latest.title}（{formatDate(e.latest.publishedAt)}）
                        </Text>
                      </Tap>
                    )}
                  </View>
                ))
              )}
            </>
          );
        }}
      </LoadGate>

      <View className="h2">已公开的信息</View>
      <PagedList list={list} empty={<Empty text="这个领域暂时还没有公开的信息。" />}>
        {(items) => (
          <View className="list">
            {items.map((x) => (
              <DisclosureRow key={x.id} d={x} />
            ))}
          </View>
        )}
      </PagedList>
    </Screen>
  );
}
