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
import './index.css';

function childrenOf(code: string | null) {
  return (cursor: string | undefined) =>
    callPublic('regions.children', cursor ? { code: code as string, cursor } : { code: code as string });
}

/**
 * Which staff entries to offer: 诉求办理 (the unit queue), 村务公示 (cadre), 发布公开信息 (unit and
 * town staff), 公示审核 (reviewer, the 政务公开办), 节假日安排 (county admin).
 * H5 (local cloud): by the demo account's role. weapp: all, as the staff entries — each page
 * answers FORBIDDEN, in words, to anyone else.
 */
function useStaffEntry(): {
  staff: boolean;
  cadre: boolean;
  publisher: boolean;
  reviewer: boolean;
  admin: boolean;
  more: MeEntry[];
  recheck: () => void;
} {
  const all = process.env.TARO_ENV !== 'h5';
  const [roles, setRoles] = useState({ staff: all, cadre: all, publisher: all, reviewer: all, admin: all, more: [] as MeEntry[] });
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
          more: me.entries.filter((e) => ['people', 'invites', 'units', 'routes', 'audit', 'hotline'].includes(e.key)),
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
  const { staff, cadre, publisher, reviewer, admin, more, recheck } = useStaffEntry();
  const { recents, refresh: refreshRecents, clear: clearRecents } = useRecents();
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
        <LinkRow title="我的监督" meta="我反映过的事：办到哪一步了、单位怎么答复" onTap={() => go(complaintRoutes.mine())} />
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
