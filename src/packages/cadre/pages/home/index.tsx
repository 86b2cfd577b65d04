// 村务公示: a 驻村 cadre's desk — the villages they serve, the village-level items that are
// overdue or never published (each with 去发布), their own drafts with the status in words and
// the reviewer's note when one came back, and 新建公示.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DraftView, DueEntry } from '@core/api/publicity-views';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { Empty, ErrorBox, Loading, PagedList } from '../../../../components/Status';
import { StateBadge } from '../../../../components/Badges';
import { LinkRow } from '../../../../components/LinkRow';
import { fileForRoute } from '../../../../utils/reach-routes';
import { useLoad, usePaged } from '../../../../hooks/useApi';
import { useInfiniteScroll, usePullRefresh } from '../../../../hooks/usePageRefresh';
import { callCadre } from '../../../../services/api';
import { go, routes } from '../../../../utils/nav';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import { useReloadOnShow } from '../../../../hooks/useListPage';
import { cadreRoutes } from '../../routes';
import { DraftBadge } from '../../components/DraftBadge';
import '../../cadre.css';

const DUE_FIRST = 5;

function DueRow({ d }: { d: DueEntry }) {
  const { item, state, nextDue, latest } = d.entry;
  return (
    <View className="row cd-row-action">
      <View className="cd-row-action__main">
        <View className="row__title">{item.level2}</View>
        <View className="row__meta">
          {d.regionName} · {item.level1}
        </View>
        <View className="row__badges">
          <StateBadge state={state} />
          {state === '逾期未更新' && nextDue && <Text className="badge badge--plain">应在{formatDateCn(nextDue)}前更新</Text>}
        </View>
        {latest && <View className="row__meta">上次发布：{formatDateCn(latest.publishedAt)}</View>}
      </View>
      <Tap
        role="button"
        className="cd-small-btn"
        label={`去发布：${d.regionName} ${item.level2}`}
        onTap={() => go(cadreRoutes.edit({ code: d.regionCode, itemId: item.id }))}
      >
        <Text>去发布</Text>
      </Tap>
    </View>
  );
}

function DraftRow({ d }: { d: DraftView }) {
  const back = d.status === 'draft' && !!d.reviewNote;
  return (
    <LinkRow
      title={d.title}
      meta={
        <>
          {d.regionName}
          {d.itemTitle ? ` · ${d.itemTitle}` : ''} · {formatDateCn(d.updatedAt)}更新
        </>
      }
      onTap={() => go(d.status === 'draft' ? cadreRoutes.edit({ id: d.id }) : cadreRoutes.preview(d.id))}
    >
      <View className="row__badges">
        <DraftBadge status={d.status} name={d.statusName} />
        {back && <Text className="badge badge--late">↩ 审核退回，请修改</Text>}
      </View>
      {back && <Text className="cd-note-line">审核意见：{d.reviewNote}</Text>}
      {d.status === 'withdrawn' && d.withdrawReason && <Text className="cd-note-line">撤回理由：{d.withdrawReason}</Text>}
    </LinkRow>
  );
}

export default function CadreHome() {
  const villages = useLoad('villages', () => callCadre('villages.mine', {}));
  const due = useLoad('due', () => callCadre('due.list', {}));
  const drafts = usePaged<DraftView>('drafts', (cursor) => callCadre('drafts.mine', cursor ? { cursor } : {}));
  const [allDue, setAllDue] = useState(false);

  usePullRefresh(villages.reload, due.reload, drafts.reload);
  useInfiniteScroll(drafts.loadMore);
  useReloadOnShow(async () => {
    await Promise.all([due.reload(), drafts.reload()]);
  });

  const denied = villages.error ?? null;
  if (denied && (isSignedOut(denied) || denied.code === 'FORBIDDEN')) {
    return (
      <Screen>
        <Empty text={isSignedOut(denied) ? signInText() : denied.message}>
          <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
        </Empty>
      </Screen>
    );
  }

  const dueItems = due.data?.items ?? [];
  const shownDue = allDue ? dueItems : dueItems.slice(0, DUE_FIRST);

  return (
    <Screen>
      <View className="h1">村务公示</View>
      <View className="muted">
        写好公示、预览确认后提交审核；乡镇（街道）审核通过后，群众就能在小程序里看到，公示期从审核通过之日算起。
      </View>

      <View className="h2">我驻点的村（社区）</View>
      {villages.data ? (
        villages.data.villages.length === 0 ? (
          <Empty text="您还没有绑定驻点的村，请联系乡镇（街道）设置。" />
        ) : (
          <View className="list">
            {villages.data.villages.map((v) => (
              <LinkRow
                key={v.code}
                title={v.name}
                meta={`${v.path.slice(2).join('·')} · 点这里看群众看到的页面`}
                onTap={() => go(routes.village(v.code))}
              />
            ))}
          </View>
        )
      ) : villages.error ? (
        <ErrorBox error={villages.error} onRetry={() => void villages.reload()} />
      ) : (
        <Loading />
      )}

      <View className="section cm-btn-row">
        <ActionButton onTap={() => go(cadreRoutes.edit())}>＋ 新建公示</ActionButton>
        <ActionButton kind="plain" onTap={() => go(fileForRoute())}>
          代群众登记诉求
        </ActionButton>
      </View>

      <View className="h2">我写的公示</View>
      <PagedList list={drafts} empty={<Empty text="还没有写过公示。点上面的“新建公示”开始。" />}>
        {(items) => (
          <View className="list">
            {items.map((d) => (
              <DraftRow key={d.id} d={d} />
            ))}
          </View>
        )}
      </PagedList>

      <View className="h2">需要发布或更新的事项</View>
      <View className="muted">村级公开事项里，逾期没有更新的和还没发布过的。</View>
      {due.data ? (
        dueItems.length === 0 ? (
          <Empty text="村级事项都已按时公开，暂时没有要补的。" />
        ) : (
          <>
            <View className="list section">
              {shownDue.map((d) => (
                <DueRow key={`${d.regionCode} ${d.entry.item.id}`} d={d} />
              ))}
            </View>
            {dueItems.length > DUE_FIRST && (
              <View className="list-footer">
                <ActionButton kind="plain" onTap={() => setAllDue(!allDue)}>
                  {allDue ? '收起' : `显示全部${dueItems.length}项`}
                </ActionButton>
              </View>
            )}
          </>
        )
      ) : due.error ? (
        <ErrorBox error={due.error} onRetry={() => void due.reload()} />
      ) : (
        <Loading />
      )}
    </Screen>
  );
}
