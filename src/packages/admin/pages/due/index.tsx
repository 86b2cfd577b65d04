// 到期未公开 (county admin): across the county — the county itself, its towns, their villages —
// the items that are overdue (逾期未更新), never published (暂无) or coming due within a month,
// per item and place, overdue first; by level, by unit, a page of places at a time.
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CountyDueEntry } from '@core/publicity/county-due';
import type { PublishLevel } from '@core/model';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, ErrorBox, Loading } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import { formatDateCn } from '../../../../utils/format';
import '../../../../components/complaint.css';

const LEVELS: Array<{ level: PublishLevel | ''; name: string }> = [
  { level: '', name: '全部层级' },
  { level: 'county', name: '县级' },
  { level: 'town', name: '乡镇级' },
  { level: 'village', name: '村级' },
];

/** What a row says about when it is due. */
export function dueWords(e: CountyDueEntry): string {
  const { state, nextDue, item } = e.entry;
  if (state === '逾期未更新') return `逾期未更新：应于${nextDue ? formatDateCn(nextDue) : ''}前更新（${item.updateCycle.text}）`;
  if (state === '暂无') return `暂无：还没有发布过（公开时限：${item.timeLimit.text}）`;
  return `即将到期：应于${nextDue ? formatDateCn(nextDue) : ''}前更新`;
}

export default function CountyDue() {
  const [level, setLevel] = useState(0);
  const [unit, setUnit] = useState(0);
  const [pages, setPages] = useState<string[]>(['']);
  const units = useLoad('units', () => callAdmin('units.list', {}));
  const unitList = (units.data?.units ?? []).filter((u) => !u.isOpenGovOffice);
  const req = {
    ...(LEVELS[level].level ? { level: LEVELS[level].level as PublishLevel } : {}),
    ...(unit > 0 ? { unitId: unitList[unit - 1].id } : {}),
  };
  const cursor = pages[pages.length - 1];
  const page = useLoad(`due ${JSON.stringify(req)} ${cursor}`, () => callAdmin('due.list', cursor ? { ...req, cursor } : req));

  function pick(set: (i: number) => void, i: number) {
    set(i);
    setPages(['']);
  }

  return (
    <Screen>
      <View className="h1">到期未公开</View>
      <View className="muted">全县各地应公开而未公开、逾期未更新和一个月内到期的事项，逾期的排在前面。</View>
      <View className="cm-filters">
        <Picker mode="selector" range={LEVELS.map((l) => l.name)} value={level} onChange={(e) => pick(setLevel, Number(e.detail.value))}>
          <View className="cm-filter tap" {...{ role: 'button', 'aria-label': `层级：${LEVELS[level].name}，点按更改` }}>
            <Text>层级：</Text>
            <Text className="cm-filter__value">{LEVELS[level].name}</Text>
            <Text> ▾</Text>
          </View>
        </Picker>
        {unitList.length > 0 && (
          <Picker
            mode="selector"
            range={['全部单位', ...unitList.map((u) => u.name)]}
            value={unit}
            onChange={(e) => pick(setUnit, Number(e.detail.value))}
          >
            <View
              className="cm-filter tap"
              {...{ role: 'button', 'aria-label': `单位：${unit ? unitList[unit - 1].name : '全部单位'}，点按更改` }}
            >
              <Text>单位：</Text>
              <Text className="cm-filter__value">{unit ? unitList[unit - 1].name : '全部单位'}</Text>
              <Text> ▾</Text>
            </View>
          </Picker>
        )}
      </View>
      {page.error ? (
        <ErrorBox error={page.error} onRetry={() => void page.reload()} />
      ) : !page.data ? (
        <Loading />
      ) : (
        <>
          <View className="muted">
            本页查看了{page.data.places}个地方{pages.length > 1 ? `（第${pages.length}页）` : ''}。
          </View>
          {page.data.items.length === 0 ? (
            <Empty text="这些地方没有到期未公开的事项。" />
          ) : (
            <View className="list section">
              {page.data.items.map((e) => (
                <View key={`${e.regionCode} ${e.entry.item.id}`} className={'row' + (e.entry.state === '逾期未更新' ? ' cm-late' : '')}>
                  <View>
                    <View className="row__title">
                      {e.regionName} · {e.entry.item.level2}
                    </View>
                    <View className="row__badges">
                      <Text className={e.entry.state === '逾期未更新' ? 'badge badge--running' : 'badge badge--plain'}>
                        {e.entry.state === '已公开' ? '即将到期' : e.entry.state}
                      </Text>
                      <Text className="badge badge--plain">{e.entry.item.unitName}</Text>
                    </View>
                    <View className="row__meta">{dueWords(e)}</View>
                  </View>
                </View>
              ))}
            </View>
          )}
          <View className="cm-btn-row">
            {pages.length > 1 && (
              <ActionButton kind="plain" onTap={() => setPages((p) => p.slice(0, -1))}>
                上一页
              </ActionButton>
            )}
            {page.data.next && (
              <ActionButton kind="plain" onTap={() => setPages((p) => [...p, page.data!.next!])}>
                下一页
              </ActionButton>
            )}
          </View>
        </>
      )}
    </Screen>
  );
}
