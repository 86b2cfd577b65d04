// One catalog item: the plain summary first, then every standard element with its label.
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { Screen } from '../../components/Screen';
import { ActionButton, Tap } from '../../components/Tap';
import { Empty, LoadGate } from '../../components/Status';
import { Field, Lines } from '../../components/Field';
import { PhoneLine } from '../../components/PhoneLine';
import { ResponsesList } from '../../components/ResponsesList';
import { ItemDisclosures } from '../../components/ItemDisclosures';
import { ReadAloud } from '../../components/ReadAloud';
import { useApi } from '../../hooks/useApi';
import { usePullRefresh } from '../../hooks/usePageRefresh';
import { PUBLISH_LEVEL_NAMES } from '../../utils/format';
import { go, param, routes } from '../../utils/nav';
import { complaintRoutes } from '../complaint/routes';
import { applyRoutes } from '../../utils/application-words';
import { LinkRow } from '../../components/LinkRow';
import { ShareButton } from '../../components/ShareButton';
import { useShare } from '../../hooks/useShare';
import { itemShareTitle } from '../../services/share';
import { readRecents } from '../../hooks/useRecents';

export default function ItemPage() {
  const params = useRouter().params;
  const id = param(params.id);
  const code = param(params.code);
  const state = useApi('catalog.get', id ? { id } : null);
  usePullRefresh(state.reload);

  const title = state.data?.item.level2;
  const place = code ? (readRecents().find((p) => p.code === code)?.name ?? null) : null;
  const share = title ? { title: itemShareTitle(place, title), path: routes.item(id, code || undefined) } : null;
  useShare(share);
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [title]);

  if (!id)
    return (
      <Screen>
        <Empty text="链接里缺少事项，请回首页重新选择。" />
      </Screen>
    );

  return (
    <Screen>
      <LoadGate state={state}>
        {({ item, unit }) => (
          <>
            <View className="muted">{item.level1}</View>
            <View className="h1">{item.level2}</View>
            <View className="summary-box">
              <Text className="summary-box__label">一句话说明</Text>
              <Text>{item.summary}</Text>
            </View>
            <ShareButton target={share} />
            <ReadAloud text={`${item.level2}。${item.summary}`} />
            <View className="section">
              <ActionButton
                onTap={() => go(complaintRoutes.create({ code: code || item.countyCode, domain: item.domain, itemId: item.id }))}
              >
                我要监督
              </ActionButton>
              <View className="muted">这一项没公开、公开得不对或不及时，或者有疑问，点这里反映，责任单位要限期答复。</View>
            </View>
            {/* 依申请公开: information not published actively can be applied for (a small link; the pages are a subpackage). */}
            <View className="section">
              <LinkRow
                title="申请公开这类信息"
                meta="需要的信息没有主动公开？向责任单位依申请公开，20个工作日内答复"
                onTap={() => go(applyRoutes.create({ code: code || item.countyCode, unitId: item.unitId }))}
              />
              <LinkRow title="我的信息公开申请" onTap={() => go(applyRoutes.mine())} />
            </View>

            <View className="card">
              <Field label="公开内容">
                <Lines items={item.contents} />
              </Field>
              <Field label="公开时限">
                <Text>{item.timeLimit.text}</Text>
              </Field>
              {item.publicityDays && (
                <Field label="公示期">
                  <Text>{item.publicityDays.text}</Text>
                </Field>
              )}
              <Field label="更新周期">
                <Text>{item.updateCycle.text}</Text>
              </Field>
              <Field label="公开主体">
                <Text>{item.publisher}</Text>
              </Field>
              <Field label="责任单位">
                <Text>{unit?.name ?? item.unitName}</Text>
              </Field>
              <Field label="公开渠道">
                <Text>{item.channels.join('、') || '暂无'}</Text>
              </Field>
              <Field label="公开对象">
                <Text>
                  {item.audience}
                  {item.audienceNote ? `（${item.audienceNote}）` : ''}
                </Text>
              </Field>
              <Field label="公开方式">
                <Text>{item.mode === '主动' ? '主动公开' : '依申请公开'}</Text>
              </Field>
              <Field label="公开层级">
                <Text>{item.levels.map((l) => PUBLISH_LEVEL_NAMES[l] ?? l).join('、')}</Text>
              </Field>
              <Field label="公开依据">
                <Lines items={item.basis} />
              </Field>
            </View>

            <ItemDisclosures itemId={item.id} regionCode={code || item.countyCode} />

            <View className="h2">有疑问、发现没公开？打电话</View>
            <View className="card">
              <PhoneLine label="咨询电话" phone={item.consultPhone} />
              <PhoneLine label="监督举报电话" phone={item.reportPhone} />
              {unit?.hotline?.number && unit.hotline.number !== item.consultPhone.number && (
                <PhoneLine label={`${unit.shortName || unit.name}热线`} phone={unit.hotline} />
              )}
            </View>

            <ResponsesList itemId={item.id} regionCode={code || undefined} />

            {code && (
              <Tap className="row row--chevron card-link" onTap={() => go(routes.domain(code, item.domain))}>
                <View className="row__title">看这个领域已公开的信息</View>
                <Text className="chevron">›</Text>
              </Tap>
            )}
          </>
        )}
      </LoadGate>
    </Screen>
  );
}
