// 我的监督: the caller's complaints, newest first, with their state in words and what is due.
import { Text, View } from '@tarojs/components';
import type { ComplaintSummary } from '@core/api/complaint-views';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, PagedList } from '../../../../components/Status';
import { LinkRow } from '../../../../components/LinkRow';
import { usePaged } from '../../../../hooks/useApi';
import { callResident } from '../../../../services/api';
import { go, routes } from '../../../../utils/nav';
import { complaintRoutes } from '../../../../pages/complaint/routes';
import { complaintTitle, dueLine, isActive } from '../../../../utils/complaint-words';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import { OverdueBadge, StatusBadge } from '../../../../components/ComplaintBadges';
import { useListPage } from '../../../../hooks/useListPage';
import { rememberHasComplaints } from '../../../../hooks/useUnread';
import '../../../../components/complaint.css';

function MineRow({ c }: { c: ComplaintSummary }) {
  const late = isActive(c.status) && c.deadline.level !== 'on_time';
  return (
    <LinkRow className={late ? 'cm-late' : undefined} title={complaintTitle(c)} onTap={() => go(complaintRoutes.detail(c.id))}>
      <View className="row__badges">
        <StatusBadge status={c.status} name={c.statusName} />
        <Text className="badge badge--plain">{c.kind}</Text>
        {isActive(c.status) && <OverdueBadge level={c.deadline.level} />}
        {c.escalated && <Text className="badge badge--running">已督办</Text>}
        {c.unread && <Text className="badge badge--late">有新进展</Text>}
        {c.proxy && <Text className="badge badge--plain">代办</Text>}
      </View>
      <View className="row__meta">{dueLine(c)}</View>
      <View className="row__meta">承办单位：{c.unitName}</View>
      <View className="row__meta">
        编号 {c.id} · {formatDateCn(c.createdAt)}提交
      </View>
    </LinkRow>
  );
}

function WhatIsIt() {
  return (
    <View className="card">
      <View className="row__title">什么是“监督”？</View>
      <View className="para muted">
        发现村里、镇里或县里该公开的没公开、公开得不对或太晚，或者有疑问、对公示有不同意见，可以在公开事项、公开信息或村页面点“我要监督”说出来。
      </View>
      <View className="para muted">
        我们会转给负责的单位。单位要在规定的工作日内签收、答复您；超期会被督办。答复后您可以打分，不满意可以要求重新办理一次。
      </View>
    </View>
  );
}

export default function MyComplaints() {
  const list = usePaged<ComplaintSummary>('mine', (cursor) => callResident('complaints.mine', cursor ? { cursor } : {}));
  useListPage(list);
  if (list.items.length > 0) rememberHasComplaints();

  if (isSignedOut(list.error)) {
    return (
      <Screen>
        <View className="h1">我的监督</View>
        <Empty text={signInText()}>
          <ActionButton onTap={() => void go(routes.home())}>回首页</ActionButton>
        </Empty>
        <WhatIsIt />
      </Screen>
    );
  }

  return (
    <Screen>
      <View className="h1">我的监督</View>
      <PagedList
        list={list}
        empty={
          <>
            <Empty text="您还没有提过监督诉求。" />
            <WhatIsIt />
          </>
        }
      >
        {(items) => (
          <>
            <View className="muted">
              共{list.hasMore ? `${items.length}件以上` : `${items.length}件`}，新提交的在前。点开看进度和答复。
            </View>
            <View className="list section">
              {items.map((c) => (
                <MineRow key={c.id} c={c} />
              ))}
            </View>
          </>
        )}
      </PagedList>
    </Screen>
  );
}
