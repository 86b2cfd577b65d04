// A village (or town, or county): a tile per domain with its count, and the 公示 running now.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { Screen } from '../../components/Screen';
import { ActionButton, Tap } from '../../components/Tap';
import { Empty, ErrorBox, LoadGate, Loading } from '../../components/Status';
import { DemoBadge } from '../../components/Badges';
import { LinkRow } from '../../components/LinkRow';
import { useApi } from '../../hooks/useApi';
import { usePullRefresh } from '../../hooks/usePageRefresh';
import { rememberPlace } from '../../hooks/useRecents';
import { LEVEL_NAMES, regionTitle } from '../../utils/format';
import { go, param, routes } from '../../utils/nav';
import { ResponsesList } from '../../components/ResponsesList';
import { complaintRoutes } from '../complaint/routes';
import { applyRoutes } from '../../utils/application-words';
import { ShareButton } from '../../components/ShareButton';
import { useShare } from '../../hooks/useShare';
import { placeShareTitle } from '../../services/share';
import type { Res } from '@core/api/contracts';

type Publication = NonNullable<Res<'public', 'disclosures.summary'>['publication']>;
const PLACE_WORD: Record<string, string> = { village: '本村', town: '本乡镇', county: '本县（区、市）' };

/** The place's own 公开率: the figure in words, or 样本不足 with why — never a 0% from a handful. */
function PublicationRate({ figure, level }: { figure: Publication; level: string }) {
  const word = PLACE_WORD[level] ?? '本地';
  const value = figure.rate === null ? '样本不足' : figure.text;
  return (
    <View className="section" aria-label={`${word}公开率：${value}`}>
      <View className="h2">{word}公开率</View>
      <View className="tile__count">
        <Text className="tile__count-num">{value}</Text>
      </View>
      <View className="muted">
        {figure.rate === null
          ? `应按期更新的事项只有${figure.due}项，不足5项，暂不计算公开率。`
          : `应按期更新的${figure.due}项中，${figure.current}项在更新周期内已公开（含县、乡镇公开的事项）。`}
      </View>
    </View>
  );
}

export default function Village() {
  const code = param(useRouter().params.code);
  const region = useApi('regions.get', code ? { code } : null);
  const summary = useApi('disclosures.summary', code ? { regionCode: code } : null);
  usePullRefresh(region.reload, summary.reload);

  const r = region.data?.region;
  const share = r ? { title: placeShareTitle(r.name), path: routes.village(r.code) } : null;
  useShare(share);
  useEffect(() => {
    if (!r) return;
    void Taro.setNavigationBarTitle({ title: r.name });
    rememberPlace({ code: r.code, name: r.name, title: regionTitle(r) });
  }, [r]);

  if (!code)
    return (
      <Screen>
        <Empty text="链接里缺少地区，请回首页重新选择。" />
      </Screen>
    );

  return (
    <Screen>
      <LoadGate state={region}>
        {({ region: place, county }) => (
          <>
            <View className="muted">{regionTitle(place)}</View>
            <View className="h1">{place.name}</View>
            <View className="muted">这里能看到{LEVEL_NAMES[place.level] ?? ''}本级和上级镇、县公开的信息。</View>
            <ShareButton target={share} />

            {!county ? (
              <Empty text="这个县（区、市）还没有接入政务公开目录。" />
            ) : (
              <>
                {summary.data?.publication && <PublicationRate figure={summary.data.publication} level={place.level} />}

                {summary.data && summary.data.running.length > 0 && (
                  <View className="section">
                    <View className="list strip">
                      <View className="strip__head">正在公示（{summary.data.running.length}项），有意见可以在公示期内提出</View>
                      {summary.data.running.map((d) => (
                        <LinkRow
                          key={d.id}
                          title={d.title}
                          meta={
                            <>
                              <Text className="badge badge--running">
                                {d.publicity && d.publicity.state === '公示中' ? `还剩${d.publicity.daysLeft}天` : '公示中'}
                              </Text>
                              <Text> {d.regionName}</Text>
                              {d.demo && <DemoBadge />}
                            </>
                          }
                          onTap={() => go(routes.disclosure(d.id))}
                        />
                      ))}
                    </View>
                  </View>
                )}

                <View className="section">
                  <View className="h2">按领域查看</View>
                  {summary.error && !summary.data && <ErrorBox error={summary.error} onRetry={() => void summary.reload()} />}
                  {!summary.data && !summary.error && <Loading text="正在统计各领域的公开信息…" />}
                  <View className="tiles">
                    {[...county.domains]
                      .sort((a, b) => a.order - b.order)
                      .map((d) => {
                        const n = summary.data?.counts[d.id];
                        const countText = n === undefined ? '' : `${n}条公开信息`;
                        return (
                          <Tap
                            key={d.id}
                            className={'tile' + (n === 0 ? ' tile--empty' : '')}
                            label={[d.shortName && d.shortName !== d.name ? d.shortName : '', d.name, countText].filter(Boolean).join('，')}
                            onTap={() => go(routes.domain(place.code, d.id))}
                          >
                            <View className="tile__name">{d.shortName || d.name}</View>
                            {d.shortName && d.shortName !== d.name && <View className="tile__full">{d.name}</View>}
                            {n !== undefined && (
                              <View className="tile__count">
                                <Text className="tile__count-num">{n}</Text>
                                <Text>条公开信息</Text>
                              </View>
                            )}
                          </Tap>
                        );
                      })}
                  </View>
                </View>

                <View className="section">
                  <ActionButton onTap={() => go(complaintRoutes.create({ code: place.code }))}>我要监督</ActionButton>
                  <View className="muted">发现该公开的没公开、公开得不对或不及时，点这里反映，负责的单位要限期答复。</View>
                  <LinkRow
                    className="card-link"
                    title="我的监督"
                    meta="看我反映过的事办得怎么样了"
                    onTap={() => go(complaintRoutes.mine())}
                  />
                </View>

                <ResponsesList regionCode={place.code} />

                <View className="section">
                  <LinkRow title={`在${place.name}搜索`} meta="查公开事项和已公开的信息" onTap={() => go(routes.search(place.code))} />
                  <LinkRow
                    title="申请信息公开"
                    meta="要的政府信息没有主动公开，可以向掌握它的单位或乡镇申请，20个工作日内答复"
                    onTap={() => go(applyRoutes.create({ code: place.code }))}
                  />
                </View>
              </>
            )}
          </>
        )}
      </LoadGate>
    </Screen>
  );
}
