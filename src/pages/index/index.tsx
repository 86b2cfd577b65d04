// Home: recent villages, county -> town -> village picker, search a village by name.
import { Input, Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { Region } from '@core/model';
import type { MeEntry } from '@core/api/contracts/account';
import { Screen, useCareMode } from '../../components/Screen';
import { ActionButton, Tap } from '../../components/Tap';
import { Empty, ErrorBox, ListFooter, Loading } from '../../components/Status';
import { DevAccountPicker } from '../../components/DevAccountPicker';
import { LinkRow } from '../../components/LinkRow';
import { PILOT_COUNTIES, type PilotCounty } from '../../constants/counties';
import { useApi, usePaged } from '../../hooks/useApi';
import { useInfiniteScroll, usePullRefresh } from '../../hooks/usePageRefresh';
import { useRecents } from '../../hooks/useRecents';
import { callAccount, callPublic, getDevAccounts } from '../../services/api';
import { regionPlace } from '../../utils/format';
import { go, routes } from '../../utils/nav';
import { complaintRoutes } from '../complaint/routes';
import { UnreadCard, UnreadDot } from '../../components/UnreadCard';
import { useApplicationsUnread, useUnread } from '../../hooks/useUnread';
import { applyRoutes } from '../../utils/application-words';
import { lookupRoute } from '../../utils/reach-routes';
import { copyText } from '../../utils/clipboard';
import './index.css';

function childrenOf(code: string | null) {
  return (cursor: string | undefined) =>
    callPublic('regions.children', cursor ? { code: code as string, cursor } : { code: code as string });
}

/**
 * Which staff entries to offer: 诉求办理 (the unit queue), 村务公示 (cadre), 发布公开信息 (unit and
 * town staff), 公示审核 (reviewer, the 政务公开办), 节假日安排 (county admin).
 * From one `account.me` call (H5 local cloud: the demo account's role if it fails); none before it answers.
 */
/** Entries with their own row and words on home; the rest of `me.entries` are listed under them. */
const DEDICATED = new Set<MeEntry['key']>(['queue', 'cadre', 'publish', 'review', 'calendar']);

function useStaffEntry(): {
  staff: boolean;
  cadre: boolean;
  publisher: boolean;
  reviewer: boolean;
  admin: boolean;
  more: MeEntry[];
  /** Who WeChat says this is, for 我的编号 (a deployment lists its first admin by it). */
  openid: string | null;
  recheck: () => void;
} {
  // Nothing until `me` answers, on weapp as on H5: a resident never sees staff entries.
  const [roles, setRoles] = useState({
    staff: false,
    cadre: false,
    publisher: false,
    reviewer: false,
    admin: false,
    more: [] as MeEntry[],
    openid: null as string | null,
  });
  const recheck = useCallback(() => {
    // Who am I (account.me): the entries follow the caller's role, read from the store per call.
    void callAccount('me', {})
      .then((me) => {
        const keys = new Set(me.entries.map((e) => e.key));
        setRoles({
          staff: keys.has('queue'),
          cadre: keys.has('cadre'),
          publisher: keys.has('publish'),
          reviewer: keys.has('review'),
          admin: keys.has('calendar'),
          // Every other page this person may open (统计, 名单核查, 公开目录 …), as the server lists them.
          more: me.entries.filter((e) => !DEDICATED.has(e.key)),
          openid: me.openid,
        });
      })
      .catch(() => {
        if (process.env.TARO_ENV !== 'h5') return;
        void getDevAccounts().then((s) => {
          const role = s?.accounts.find((a) => a.openid === s.current)?.role;
          setRoles({
            staff: role === 'unit_staff' || role === 'county_admin',
            cadre: role === 'cadre',
            publisher: role === 'unit_staff',
            reviewer: role === 'reviewer',
            admin: role === 'county_admin',
            more: [],
            openid: null,
          });
        });
      });
  }, []);
  useEffect(recheck, [recheck]);
  useDidShow(recheck);
  return { ...roles, recheck };
}

export default function Home() {
  const [care, setCare] = useCareMode();
  const { staff, cadre, publisher, reviewer, admin, more, openid, recheck } = useStaffEntry();
  const { recents, refresh: refreshRecents, clear: clearRecents } = useRecents();
  const unread = useUnread();
  const applications = useApplicationsUnread();
  const [county, setCounty] = useState<PilotCounty | null>(null);
  const [town, setTown] = useState<Region | null>(null);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');

  const towns = usePaged<Region>(county ? county.code : null, childrenOf(county?.code ?? null));
  const villages = usePaged<Region>(town ? town.code : null, childrenOf(town?.code ?? null));
  const found = useApi('regions.search', query ? { q: query } : null);
  const list = town ? villages : county ? towns : null;

  useDidShow(refreshRecents);
  usePullRefresh(async () => {
    refreshRecents();
    if (list) await list.reload();
    if (query) await found.reload();
  });
  useInfiniteScroll(() => list?.loadMore());

  function submit() {
    const t = q.trim();
    setQuery(t);
  }

  function openSearchHit(r: Region) {
    if (r.level === 'village') return go(routes.village(r.code));
    const c = PILOT_COUNTIES.find((p) => p.code === r.countyCode);
    if (r.level === 'county' && c) {
      setCounty(c);
      setTown(null);
    } else if (r.level === 'town' && c) {
      setCounty(c);
      setTown(r);
    } else {
      go(routes.village(r.code));
    }
    setQuery('');
  }

  return (
    <Screen care={care}>
      <View className="home__top">
        <View className="h1">查看村里的公开信息</View>
        {/* 关怀模式: big type, stronger contrast, bigger targets, on every page; remembered. */}
        <View
          className={['care-switch', 'tap', care ? 'care-switch--on' : ''].join(' ')}
          hoverClass="tap--pressed"
          onClick={() => setCare(!care)}
          {...{
            role: 'switch',
            'aria-checked': care ? 'true' : 'false',
            'aria-label': care ? '大字模式已开，点按关闭' : '大字模式已关，点按打开',
          }}
        >
          <Text>{care ? '大字 开' : '大字'}</Text>
        </View>
      </View>
      <UnreadCard unread={unread} detailPath={complaintRoutes.detail} minePath={complaintRoutes.mine()} />
      <View className="muted home__intro">
        选好您所在的村（社区），就能看到村、镇（街道）、县（区、市）按规定要公开的事项，以及已经公开的内容。
      </View>

      <View className="search-bar">
        <Input
          className="search-bar__input"
          type="text"
          confirmType="search"
          placeholder="输入村（社区）名称，如：白果"
          value={q}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={submit}
        />
        <ActionButton onTap={submit}>找村</ActionButton>
      </View>

      {query && (
        <View className="section">
          <View className="section__head">
            <Text className="h2">“{query}”的查找结果</Text>
            <Tap role="button" onTap={() => setQuery('')} className="section__action">
              <Text className="link">清除</Text>
            </Tap>
          </View>
          {found.data ? (
            found.data.items.length === 0 ? (
              <Empty text="没有找到这个名字的村（社区），可以换个字再试，或从下面按县、镇选择。" />
            ) : (
              <View className="list">
                {found.data.items.map((r) => (
                  <LinkRow key={r.code} title={r.name} meta={regionPlace(r)} onTap={() => openSearchHit(r)} />
                ))}
              </View>
            )
          ) : found.error ? (
            <ErrorBox error={found.error} onRetry={() => void found.reload()} />
          ) : (
            <Loading text="正在查找…" />
          )}
        </View>
      )}

      {recents.length > 0 && (
        <View className="section">
          <View className="section__head">
            <Text className="h2">最近查看</Text>
            <Tap role="button" onTap={clearRecents} className="section__action">
              <Text className="link">清空</Text>
            </Tap>
          </View>
          <View className="list">
            {recents.map((p) => (
              <LinkRow key={p.code} title={p.name} meta={p.title} onTap={() => go(routes.village(p.code))} />
            ))}
          </View>
        </View>
      )}

      <View className="section">
        <View className="section__head">
          <Text className="h2">{town ? '第3步：选择村（社区）' : county ? '第2步：选择乡镇（街道）' : '第1步：选择县（区、市）'}</Text>
        </View>
        {county && (
          <View className="crumbs">
            <Tap
              role="button"
              className="crumb"
              onTap={() => {
                setCounty(null);
                setTown(null);
              }}
            >
              <Text>‹ 重新选县</Text>
            </Tap>
            <Text className="crumb__here">{county.name}</Text>
            {town && (
              <>
                <Tap role="button" className="crumb" onTap={() => setTown(null)}>
                  <Text>‹ 重新选镇</Text>
                </Tap>
                <Text className="crumb__here">{town.name}</Text>
              </>
            )}
          </View>
        )}

        {!county ? (
          <View className="list">
            {PILOT_COUNTIES.map((c) => (
              <LinkRow key={c.code} title={c.name} meta={`四川省${c.city}`} onTap={() => setCounty(c)} />
            ))}
          </View>
        ) : list && list.loaded ? (
          <>
            {list.items.length === 0 ? (
              <Empty text="这里还没有下级地区的资料。" />
            ) : (
              <View className="list">
                {list.items.map((r) => (
                  <Tap key={r.code} className="row row--chevron" onTap={() => (town ? go(routes.village(r.code)) : setTown(r))}>
                    <View className="row__title">{r.name}</View>
                    <Text className="chevron">›</Text>
                  </Tap>
                ))}
              </View>
            )}
            <ListFooter list={list} />
            {town && (
              <Tap className="row row--chevron home__town-link" onTap={() => go(routes.village(town.code))}>
                <View className="row__title">只看{town.name}（镇、街道）的公开信息</View>
                <Text className="chevron">›</Text>
              </Tap>
            )}
          </>
        ) : list && list.error ? (
          <ErrorBox error={list.error} onRetry={() => void list.reload()} />
        ) : (
          <Loading />
        )}
      </View>

      <View className="section">
        <LinkRow title="搜索公开事项和公开信息" meta="例如：低保、危房改造、征地补偿" onTap={() => go(routes.search())} />
      </View>

      <View className="section">
        <LinkRow
          title={
            <>
              我的监督
              <UnreadDot count={unread?.count ?? 0} />
            </>
          }
          meta="我反映过的事：办到哪一步了、单位怎么答复"
          onTap={() => go(complaintRoutes.mine())}
        />
        {applications && (
          <LinkRow
            title={
              <>
                我的信息公开申请
                <UnreadDot count={applications.count} />
              </>
            }
            meta="我申请公开的政府信息：办到哪一步了、怎么答复"
            onTap={() => go(applyRoutes.mine())}
          />
        )}
        {staff && (
          <LinkRow
            className="card-link"
            title="诉求办理"
            meta="责任单位、政务公开办工作人员：签收、答复群众的监督诉求"
            onTap={() => go(complaintRoutes.unitQueue())}
          />
        )}
        {cadre && (
          <LinkRow
            className="card-link"
            title="村务公示"
            meta="驻村干部：发布村务公示，名单里的个人信息自动隐去"
            onTap={() => go('/packages/cadre/pages/home/index')}
          />
        )}
        {publisher && (
          <LinkRow
            className="card-link"
            title="发布公开信息"
            meta="责任单位、乡镇（街道）工作人员：发布本单位负责的公开事项和政策解读"
            onTap={() => go('/packages/cadre/pages/edit/index')}
          />
        )}
        {reviewer && (
          <LinkRow
            className="card-link"
            title="公示审核"
            meta="乡镇（街道）审核人、县政务公开办：审核、发布和撤回公开信息"
            onTap={() => go('/packages/cadre/pages/review/index')}
          />
        )}
        {admin && (
          <LinkRow
            className="card-link"
            title="节假日安排"
            meta="县政务公开办：录入国务院办公厅公布的放假和调休安排，办理期限据此计算"
            onTap={() => go('/packages/admin/pages/calendar/index')}
          />
        )}
        {more.map((e) => (
          <LinkRow key={e.key} className="card-link" title={e.title} meta="管理" onTap={() => go(e.path)} />
        ))}
        {/* 代办 complaints are followed without WeChat too: ticket + the phone's last 4 digits. */}
        <View className="home__lookup-link">
          <Tap onTap={() => go(lookupRoute())}>
            <Text className="link">凭编号查询办理进度</Text>
          </Tap>
        </View>
        {openid && <MyId openid={openid} />}
      </View>

      {/* The picker switches the demo account; look again shortly after so the staff entries follow it. */}
      <View
        onClick={() => {
          setTimeout(recheck, 800);
          setTimeout(recheck, 2500);
        }}
      >
        <DevAccountPicker />
      </View>
    </Screen>
  );
}

/**
 * 我的编号: the id WeChat gives this person in this mini-program, shown on a tap. A deployment
 * names its first county admin by it (BOOTSTRAP_ADMINS), so that person can 开通本县.
 */
function MyId({ openid }: { openid: string }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="home__lookup-link">
      <Tap role="button" onTap={() => setOpen(!open)}>
        <Text className="link">{open ? '收起我的编号' : '我的编号（开通管理员时用）'}</Text>
      </Tap>
      {open && (
        <View>
          <Text className="muted" selectable userSelect>
            {openid}
          </Text>
          <Tap role="button" onTap={() => copyText(openid)}>
            <Text className="link">复制</Text>
          </Tap>
        </View>
      )}
    </View>
  );
}
