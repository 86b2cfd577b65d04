// 我的信息公开申请: the caller's applications, newest first, with their state and what is due.
import { Text, View } from '@tarojs/components';
import type { ApplicationSummary } from '@core/api/application-views';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, PagedList } from '../../../../components/Status';
import { LinkRow } from '../../../../components/LinkRow';
import { ApplicationBadges } from '../../../../components/ApplicationBits';
import { usePaged } from '../../../../hooks/useApi';
import { rememberHasApplications } from '../../../../hooks/useUnread';
import { useListPage } from '../../../../hooks/useListPage';
import { callResident } from '../../../../services/api';
import { applicationDueLine, applyRoutes } from '../../../../utils/application-words';
import { formatDateCn } from '../../../../utils/format';
import { go, routes } from '../../../../utils/nav';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import '../../../../components/complaint.css';

function Row({ a }: { a: ApplicationSummary }) {
  return (
    <LinkRow
      className={a.deadline.level !== 'on_time' ? 'cm-late' : undefined}
      title={a.descriptionPreview}
      onTap={() => go(applyRoutes.detail(a.id))}
    >
      <ApplicationBadges a={a} />
      {a.unread && <Text className="badge badge--late">有新进展</Text>}
      <View className="row__meta">{applicationDueLine(a)}</View>
      <View className="row__meta">向 {a.unitName} 申请</View>
      <View className="row__meta">
        编号 {a.id} · {formatDateCn(a.createdAt)}提交
      </View>
    </LinkRow>
  );
}

function WhatIsIt() {
  return (
    <View className="card">
      <View className="row__title">什么是“依申请公开”？</View>
      <View className="para muted">
        需要的政府信息没有主动公开的，可以向掌握它的单位或乡镇申请。在公开事项页面点“申请公开这类信息”就能填写。
      </View>
      <View className="para muted">
        机关收到后20个工作日内答复，最多再延长20个工作日；要求您补正的，从收到补正之日起重新计算。答复后您可以评价。
      </View>
    </View>
  );
}

export default function MyApplications() {
  const list = usePaged<ApplicationSummary>('my applications', (cursor) => callResident('applications.mine', cursor ? { cursor } : {}));
  useListPage(list);
  if (list.items.length > 0) rememberHasApplications();
  if (isSignedOut(list.error)) {
    return (
      <Screen>
        <View className="h1">我的信息公开申请</View>
        <Empty text={signInText()}>
          <ActionButton onTap={() => void go(routes.home())}>回首页</ActionButton>
        </Empty>
        <WhatIsIt />
      </Screen>
    );
  }
  return (
    <Screen>
      <View className="h1">我的信息公开申请</View>
      <PagedList
        list={list}
        empty={
          <>
            <Empty text="您还没有申请过信息公开。" />
            <WhatIsIt />
          </>
        }
      >
        {(items) => (
          <View className="list section">
            {items.map((a) => (
              <Row key={a.id} a={a} />
            ))}
          </View>
        )}
      </PagedList>
    </Screen>
  );
}
