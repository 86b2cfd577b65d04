// 信息公开申请办理: the applications sent to the caller's unit or town government (unit_staff),
// or the whole county's to read (county_admin), soonest deadline first; paused ones last.
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ApplicationSummary } from '@core/api/application-views';
import { APPLICATION_STATUSES, APPLICATION_STATUS_NAMES, type ApplicationStatus } from '@core/applications/model';
import { Screen } from '../../../../components/Screen';
import { Empty, PagedList } from '../../../../components/Status';
import { LinkRow } from '../../../../components/LinkRow';
import { ApplicationBadges } from '../../../../components/ApplicationBits';
import { usePaged } from '../../../../hooks/useApi';
import { useListPage } from '../../../../hooks/useListPage';
import { callUnit } from '../../../../services/api';
import { applicationDueLine, applyRoutes } from '../../../../utils/application-words';
import { formatDateCn } from '../../../../utils/format';
import { go } from '../../../../utils/nav';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import '../../../../components/complaint.css';

export default function ApplicationQueue() {
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [scope, setScope] = useState<{ kind: 'unit' | 'county'; unitName?: string } | null>(null);
  const list = usePaged<ApplicationSummary>(`applications ${status}`, async (cursor) => {
    const page = await callUnit('applications.queue', { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
    setScope({ kind: page.scope, ...(page.unit ? { unitName: page.unit.name } : {}) });
    return page;
  });
  useListPage(list);
  const names = ['全部', ...APPLICATION_STATUSES.map((s) => APPLICATION_STATUS_NAMES[s])];

  if (isSignedOut(list.error)) {
    return (
      <Screen>
        <Empty text={signInText()} />
      </Screen>
    );
  }
  return (
    <Screen>
      <View className="h1">信息公开申请办理</View>
      {scope && (
        <View className="muted">
          {scope.kind === 'unit'
            ? `${scope.unitName ?? '本单位'}收到的申请。收到后20个工作日内答复；补正只能要求一次（收到后7个工作日内），延期只能一次（最多20个工作日）。`
            : '全县的信息公开申请（政务公开办只能查看，由承办机关办理）。'}
        </View>
      )}
      <View className="cm-filters">
        <Picker
          mode="selector"
          range={names}
          value={status ? APPLICATION_STATUSES.indexOf(status) + 1 : 0}
          onChange={(e) => {
            const i = Number(e.detail.value);
            setStatus(i === 0 ? '' : APPLICATION_STATUSES[i - 1]);
          }}
        >
          <View
            className="cm-filter tap"
            {...{ role: 'button', 'aria-label': `状态：${status ? APPLICATION_STATUS_NAMES[status] : '全部'}` }}
          >
            <Text>状态：{status ? APPLICATION_STATUS_NAMES[status] : '全部'} ▾</Text>
          </View>
        </Picker>
      </View>
      <PagedList list={list} empty={<Empty text={status ? '没有这个状态的申请。' : '目前没有信息公开申请。'} />}>
        {(items) => (
          <View className="list section">
            {items.map((a) => (
              <LinkRow
                key={a.id}
                className={a.deadline.level !== 'on_time' ? 'cm-late' : undefined}
                title={a.descriptionPreview}
                onTap={() => go(applyRoutes.unitDetail(a.id))}
              >
                <ApplicationBadges a={a} />
                <View className="row__meta">{applicationDueLine(a)}</View>
                <View className="row__meta">
                  编号 {a.id} · {formatDateCn(a.receivedOn)}收到{scope?.kind === 'county' ? ` · ${a.unitName}` : ''}
                </View>
              </LinkRow>
            ))}
          </View>
        )}
      </PagedList>
    </Screen>
  );
}
