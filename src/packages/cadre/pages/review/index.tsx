// 公示审核: a town (or county) reviewer's list of village publicity — 待审核 / 已发布 / 已撤回 —
// and, as a second tab, the village-level items of their villages that are overdue or were
// never published, grouped by village.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DraftView, DueEntry } from '@core/api/publicity-views';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { Empty, ErrorBox, Loading, PagedList } from '../../../../components/Status';
import { StateBadge } from '../../../../components/Badges';
import { LinkRow } from '../../../../components/LinkRow';
import { useLoad, usePaged } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { callReview } from '../../../../services/api';
import { go, routes } from '../../../../utils/nav';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import { useListPage } from '../../../../hooks/useListPage';
import { cadreRoutes } from '../../routes';
import { Choices } from '../../components/Choices';
import { DraftBadge } from '../../components/DraftBadge';
import { Tabs } from '../../components/Tabs';
import '../../cadre.css';

type Status = 'pending_review' | 'published' | 'withdrawn';
const STATUSES: Array<{ value: Status; label: string }> = [
  { value: 'pending_review', label: '待审核' },
  { value: 'published', label: '已发布' },
  { value: 'withdrawn', label: '已撤回' },
];

function ReviewRow({ d }: { d: DraftView }) {
  return (
    <LinkRow
      title={d.title}
      meta={
        <>
          {d.regionName} · {formatDateCn(d.updatedAt)}
          {d.status === 'pending_review' ? '提交' : d.status === 'published' ? '发布' : '撤回'}
        </>
      }
      onTap={() => go(cadreRoutes.reviewDetail(d.id))}
    >
      <View className="row__badges">
        <DraftBadge status={d.status} name={d.statusName} />
      </View>
    </LinkRow>
  );
}

interface VillageDue {
  code: string;
  name: string;
  items: DueEntry[];
  overdue: number;
}

function groupDue(items: DueEntry[]): VillageDue[] {
  const by = new Map<string, VillageDue>();
  for (const d of items) {
    let g = by.get(d.regionCode);
    if (!g) {
      g = { code: d.regionCode, name: d.regionName, items: [], overdue: 0 };
      by.set(d.regionCode, g);
    }
    g.items.push(d);
    if (d.entry.state === '逾期未更新') g.overdue += 1;
  }
  return [...by.values()].sort((a, b) => b.overdue - a.overdue || a.code.localeCompare(b.code));
}

function DueTab() {
  const due = useLoad('review due', () => callReview('due.list', {}));
  const [open, setOpen] = useState<string | null>(null);
  usePullRefresh(due.reload);
  if (!due.data) return due.error ? <ErrorBox error={due.error} onRetry={() => void due.reload()} /> : <Loading />;
  const groups = groupDue(due.data.items);
  if (groups.length === 0) return <Empty text="各村的村级事项都已按时公开。" />;
  return (
    <>
      <View className="muted">
        共{groups.length}个村（社区）有{due.data.items.length}项待发布或逾期；逾期多的排在前面。点村名展开。
      </View>
      <View className="list section">
        {groups.map((g) => {
          const isOpen = open === g.code;
          return (
            <View key={g.code}>
              <Tap
                role="button"
                className="row"
                label={`${g.name}，${isOpen ? '收起' : '展开'}`}
                onTap={() => setOpen(isOpen ? null : g.code)}
              >
                <View className="cd-village-group__head">
                  <View>
                    <View className="row__title">{g.name}</View>
                    <View className="row__meta">
                      逾期未更新 {g.overdue} 项 · 还没发布 {g.items.length - g.overdue} 项
                    </View>
                  </View>
                  <Text className="link">{isOpen ? '收起 ▴' : '展开 ▾'}</Text>
                </View>
              </Tap>
              {isOpen &&
                g.items.map((d) => (
                  <LinkRow key={d.entry.item.id} title={d.entry.item.level2} onTap={() => go(routes.item(d.entry.item.id, d.regionCode))}>
                    <View className="row__badges">
                      <StateBadge state={d.entry.state} />
                      {d.entry.nextDue && d.entry.state === '逾期未更新' && (
                        <Text className="badge badge--plain">应在{formatDateCn(d.entry.nextDue)}前更新</Text>
                      )}
                    </View>
                  </LinkRow>
                ))}
            </View>
          );
        })}
      </View>
    </>
  );
}

function ReviewsTab() {
  const [status, setStatus] = useState<Status>('pending_review');
  const list = usePaged<DraftView>(`reviews ${status}`, async (cursor) => {
    const page = await callReview('reviews.list', cursor ? { status, cursor } : { status });
    return { items: page.items.map((i) => i.draft), next: page.next };
  });
  useListPage(list);

  if (!list.loaded && list.error && (isSignedOut(list.error) || list.error.code === 'FORBIDDEN')) {
    return (
      <Empty text={isSignedOut(list.error) ? signInText() : list.error.message}>
        <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
      </Empty>
    );
  }
  const name = STATUSES.find((s) => s.value === status)?.label ?? '';
  return (
    <>
      <Choices name="状态" compact options={STATUSES} value={status} onChange={(s) => setStatus(s as Status)} />
      <PagedList list={list} empty={<Empty text={`没有${name}的公示。`} />}>
        {(items) => (
          <View className="list section">
            {items.map((d) => (
              <ReviewRow key={d.id} d={d} />
            ))}
          </View>
        )}
      </PagedList>
    </>
  );
}

export default function ReviewList() {
  const [tab, setTab] = useState<'reviews' | 'due'>('reviews');
  return (
    <Screen>
      <View className="h1">公示审核</View>
      <View className="muted">驻村干部提交的村务公示，审核通过才会发布；名单里的身份证号、电话已自动隐去，请核对内容是否准确。</View>
      <View className="section">
        <Tabs
          name="公示审核"
          tabs={[
            { value: 'reviews', label: '审核公示' },
            { value: 'due', label: '各村待更新事项' },
          ]}
          value={tab}
          onChange={setTab}
        />
      </View>
      {tab === 'reviews' ? <ReviewsTab /> : <DueTab />}
    </Screen>
  );
}
