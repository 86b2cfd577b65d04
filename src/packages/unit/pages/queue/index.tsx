// 诉求办理: the responsible unit's hotline queue (unit_staff) or the whole county's
// (county_admin, 政务公开办), soonest deadline first as the function returns it.
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ComplaintSummary, QueueUnit } from '@core/api/complaint-views';
import type { Req } from '@core/api/contracts';
import { COMPLAINT_STATUSES, STATUS_NAMES, type ComplaintStatus } from '@core/complaints/model';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { Empty, ErrorBox, PagedList } from '../../../../components/Status';
import { PhoneLine } from '../../../../components/PhoneLine';
import { useLoad, usePaged } from '../../../../hooks/useApi';
import { callPublic, callUnit } from '../../../../services/api';
import { go, routes } from '../../../../utils/nav';
import { complaintRoutes } from '../../../../pages/complaint/routes';
import { complaintTitle, dueLine, isActive } from '../../../../utils/complaint-words';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import { OverdueBadge, StatusBadge } from '../../../../components/ComplaintBadges';
import { useListPage } from '../../../../hooks/useListPage';
import { applyRoutes } from '../../../../utils/application-words';
import { SubscribePrompt } from '../../../../components/SubscribePrompt';
import { fileForRoute } from '../../../../utils/reach-routes';
import '../../../../components/complaint.css';

type QueueReq = Req<'unit', 'queue.list'>;

/** Pages the queue leads to: a unit's 回应关切; the 政务公开办's checks and settings. */
const UNIT_PAGES = {
  responses: '/packages/unit/pages/responses/index',
  privacy: '/packages/admin/pages/privacy/index',
  due: '/packages/admin/pages/due/index',
  reviewers: '/packages/admin/pages/reviewers/index',
};
interface Head {
  scope: 'unit' | 'county';
  unit: QueueUnit | null;
}

/** The county a queue belongs to, read from a unit id (`510118-zjj`, `510118001-gov`). */
function countyFromUnitId(id: string | undefined): string | null {
  const m = id ? /^(\d{6})/.exec(id) : null;
  return m ? m[1] : null;
}

function QueueRow({ c, county }: { c: ComplaintSummary; county: boolean }) {
  const late = isActive(c.status) && c.deadline.level !== 'on_time';
  return (
    <Tap
      className={'row row--chevron' + (late ? ' cm-late' : '')}
      label={late ? `${c.id}，${c.deadline.level === 'very_overdue' ? '严重超期' : '已超期'}` : undefined}
      onTap={() => go(complaintRoutes.unitDetail(c.id))}
    >
      <View>
        <View className="cm-row-ticket">编号 {c.id}</View>
        <View className="row__title">{complaintTitle(c)}</View>
        <View className="row__badges">
          <StatusBadge status={c.status} name={c.statusName} />
          <Text className="badge badge--plain">
            {c.kind} · {c.category}
          </Text>
          {isActive(c.status) && <OverdueBadge level={c.deadline.level} />}
          {c.escalated && <Text className="badge badge--running">督办</Text>}
          {c.proxy && <Text className="badge badge--plain">代办</Text>}
        </View>
        <View className="cm-row-preview">{c.textPreview}</View>
        <View className="row__meta">{dueLine(c)}</View>
        <View className="row__meta">
          {c.regionName} · {formatDateCn(c.createdAt)}提交{county ? ` · ${c.unitName}` : ''}
        </View>
      </View>
      <Text className="chevron">›</Text>
    </Tap>
  );
}

function Filter({ label, names, index, onPick }: { label: string; names: string[]; index: number; onPick: (i: number) => void }) {
  return (
    <Picker mode="selector" range={names} value={index} onChange={(e) => onPick(Number(e.detail.value))}>
      <View className="cm-filter tap" {...{ role: 'button', 'aria-label': `${label}：${names[index]}，点按更改` }}>
        <Text>{label}：</Text>
        <Text className="cm-filter__value">{names[index]}</Text>
        <Text> ▾</Text>
      </View>
    </Picker>
  );
}

export default function UnitQueue() {
  const [status, setStatus] = useState<ComplaintStatus | ''>('');
  const [domain, setDomain] = useState('');
  const [unitId, setUnitId] = useState('');
  const [head, setHead] = useState<Head | null>(null);

  const req: QueueReq = { ...(status ? { status } : {}), ...(domain ? { domain } : {}), ...(unitId ? { unitId } : {}) };
  const list = usePaged<ComplaintSummary>('queue ' + JSON.stringify(req), async (cursor) => {
    const page = await callUnit('queue.list', cursor ? { ...req, cursor } : req);
    setHead({ scope: page.scope, unit: page.unit });
    return page;
  });
  const isCounty = head?.scope === 'county';
  const units = useLoad(isCounty ? 'units' : null, () => callUnit('units.list', {}));
  const countyCode = countyFromUnitId(head?.unit?.id ?? units.data?.units[0]?.id);
  const region = useLoad(countyCode ? `county ${countyCode}` : null, () => callPublic('regions.get', { code: countyCode as string }));
  const domains = region.data?.county?.domains ? [...region.data.county.domains].sort((a, b) => a.order - b.order) : [];

  useListPage(list);

  if (isSignedOut(list.error)) {
    return (
      <Screen>
        <Empty text={signInText()}>
          <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
        </Empty>
      </Screen>
    );
  }
  if (!list.loaded && list.error) {
    return (
      <Screen>
        <ErrorBox error={list.error} onRetry={() => void list.reload()} />
      </Screen>
    );
  }

  const statuses = COMPLAINT_STATUSES.filter((s) => isCounty || s !== 'held');
  const statusNames = ['全部', ...statuses.map((s) => STATUS_NAMES[s])];
  const domainNames = ['全部领域', ...domains.map((d) => d.shortName || d.name)];
  const unitList = units.data?.units ?? [];
  const unitNames = ['全部单位', ...unitList.map((u) => u.name)];

  return (
    <Screen>
      <View className="h1">诉求办理</View>
      <View className="cm-btn-row cm-btn-row--wrap">
        {!isCounty && (
          <ActionButton kind="plain" onTap={() => go('/packages/cadre/pages/edit/index')}>
            发布公开信息
          </ActionButton>
        )}
        {!isCounty && (
          <ActionButton kind="plain" onTap={() => go(UNIT_PAGES.responses)}>
            回应关切
          </ActionButton>
        )}
        <ActionButton kind="plain" onTap={() => go(applyRoutes.unitQueue())}>
          信息公开申请
        </ActionButton>
        <ActionButton kind="plain" onTap={() => go(fileForRoute())}>
          代群众登记诉求
        </ActionButton>
        {(isCounty || head?.unit?.id.endsWith('-zwgk')) && (
          <ActionButton kind="plain" onTap={() => go(UNIT_PAGES.privacy)}>
            名单核查
          </ActionButton>
        )}
        {isCounty && (
          <ActionButton kind="plain" onTap={() => go(UNIT_PAGES.due)}>
            到期未公开
          </ActionButton>
        )}
        {isCounty && (
          <ActionButton kind="plain" onTap={() => go(UNIT_PAGES.reviewers)}>
            审核设置
          </ActionButton>
        )}
      </View>
      <SubscribePrompt audience="staff" />
      {head?.unit ? (
        <View className="card">
          <View className="field">
            <Text className="field__label">本单位</Text>
            <Text className="field__value">{head.unit.name}</Text>
          </View>
          <PhoneLine label="本单位热线" phone={head.unit.hotline} />
        </View>
      ) : isCounty ? (
        <View className="card">
          <View className="row__title">全县各单位的诉求（政务公开办）</View>
          <View className="muted">可以按单位查看；超期的可以督办，分错的可以改派，待人工审核的可以审核通过。</View>
        </View>
      ) : null}

      <View className="cm-filters">
        <Filter
          label="状态"
          names={statusNames}
          index={status ? statuses.indexOf(status) + 1 : 0}
          onPick={(i) => setStatus(i === 0 ? '' : statuses[i - 1])}
        />
        {domains.length > 0 && (
          <Filter
            label="领域"
            names={domainNames}
            index={domain ? domains.findIndex((d) => d.id === domain) + 1 : 0}
            onPick={(i) => setDomain(i === 0 ? '' : domains[i - 1].id)}
          />
        )}
        {isCounty && unitList.length > 0 && (
          <Filter
            label="单位"
            names={unitNames}
            index={unitId ? unitList.findIndex((u) => u.id === unitId) + 1 : 0}
            onPick={(i) => setUnitId(i === 0 ? '' : unitList[i - 1].id)}
          />
        )}
      </View>
      <View className="muted">期限最近的排在前面；超期的标有“已超期”或“严重超期”。</View>

      <PagedList list={list} empty={<Empty text={status || domain || unitId ? '没有符合条件的诉求。' : '目前没有诉求。'} />}>
        {(items) => (
          <View className="list section">
            {items.map((c) => (
              <QueueRow key={c.id} c={c} county={isCounty} />
            ))}
          </View>
        )}
      </PagedList>
    </Screen>
  );
}
