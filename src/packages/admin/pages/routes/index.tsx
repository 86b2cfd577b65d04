// 分派规则: the routes complaints follow (a domain, category, town or kind to a unit), and a
// preview: which unit a complaint would go to and why, by the function the submission uses.
// Everything is tapped from the county's own lists (领域, 类别, 乡镇, 村, 事项, 单位): no codes.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Res } from '@core/api/contracts';
import { COMPLAINT_CATEGORIES, COMPLAINT_KINDS, type ComplaintCategory, type ComplaintKind } from '@core/complaints/model';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { useLoad } from '../../../../hooks/useApi';
import { useAdminAction } from '../../components/useAdminAction';
import { callAdmin, callPublic } from '../../../../services/api';
import { Chips, domainChoices, placeChoices, unitChoices, useMyCounty, useTowns, VillagePicker } from '../../components/Pickers';

const words = <T extends string>(list: readonly T[]) => list.map((value) => ({ value, label: value }));

export default function Routes() {
  const list = useLoad('routes', () => callAdmin('routes.list', {}));
  const units = useLoad('units', () => callAdmin('units.list', {}));
  const { code: countyCode, county, error: countyError } = useMyCounty();
  const towns = useTowns(countyCode);
  // A new rule.
  const [domain, setDomain] = useState('');
  const [category, setCategory] = useState<ComplaintCategory | ''>('');
  const [townCode, setTownCode] = useState('');
  const [kind, setKind] = useState<ComplaintKind | ''>('');
  const [unitId, setUnitId] = useState('');
  // The preview.
  const [village, setVillage] = useState<string[]>([]);
  const [pDomain, setPDomain] = useState('');
  const [itemId, setItemId] = useState('');
  const [pCategory, setPCategory] = useState<ComplaintCategory | ''>('未按规定公开');
  const [pKind, setPKind] = useState<ComplaintKind | ''>('投诉举报');
  const items = useLoad(pDomain && countyCode ? `items:${pDomain}` : null, () =>
    callPublic('catalog.list', { regionCode: village[0] ?? countyCode, domain: pDomain }),
  );
  const [preview, setPreview] = useState<Res<'admin', 'routes.preview'> | null>(null);
  const { message, setMessage, act: run } = useAdminAction();

  const unitName = (id: string) => units.data?.units.find((u) => u.id === id)?.shortName ?? '（已删除的单位）';
  const domainName = (id: string) => county?.domains.find((d) => d.id === id)?.shortName ?? id;
  const townName = (code: string) => towns.data?.items.find((t) => t.code === code)?.name ?? code;

  async function act(f: () => Promise<unknown>, said: string) {
    if (await run(f, said)) await list.reload();
  }

  async function tryPreview() {
    setPreview(null);
    setMessage('');
    if (!village[0]) return setMessage('请先选择村（社区）');
    if (!pCategory || !pKind) return setMessage('请选择问题类别和诉求类型');
    await run(async () =>
      setPreview(
        await callAdmin('routes.preview', {
          regionCode: village[0],
          ...(itemId ? { itemId } : pDomain ? { domain: pDomain } : {}),
          category: pCategory,
          kind: pKind,
        }),
      ),
    );
  }

  const error = list.error ?? units.error ?? countyError;
  if (error) return <Screen>{<ErrorBox error={error} onRetry={() => void list.reload()} />}</Screen>;
  if (!list.data || !units.data || !county) return <Screen>{<Loading />}</Screen>;
  const domains = domainChoices(county.domains);
  return (
    <Screen>
      <View className="h1">分派规则</View>
      <View className="muted">关于某个公开事项的诉求默认交该事项的责任单位；这里设置的规则优先。没有匹配的规则时由政务公开办受理。</View>
      {message && (
        <View className="muted" role="status">
          {message}
        </View>
      )}
      <View className="card">
        {list.data.routes.length === 0 && <View className="muted">还没有规则。</View>}
        {list.data.routes.map((r) => (
          <View className="row" key={r.id}>
            <Text>
              {[r.domain && domainName(r.domain), r.category, r.townCode && townName(r.townCode), r.kind].filter(Boolean).join(' · ') ||
                '所有诉求'}{' '}
              → {unitName(r.unitId)}
              {r.origin === 'default' ? '（初始）' : ''}
            </Text>
            <ActionButton kind="plain" onTap={() => void act(() => callAdmin('routes.delete', { id: r.id }), '已删除规则')}>
              删除
            </ActionButton>
          </View>
        ))}
      </View>
      <View className="card">
        <View className="h2">新增规则</View>
        <View className="field__label">领域</View>
        <Chips name="领域" anyLabel="任何领域" choices={domains} value={domain} onChange={setDomain} />
        <View className="field__label">问题类别</View>
        <Chips name="问题类别" anyLabel="任何类别" choices={words(COMPLAINT_CATEGORIES)} value={category} onChange={setCategory} />
        <View className="field__label">乡镇（街道）</View>
        <Chips
          name="乡镇（街道）"
          anyLabel="全县"
          choices={placeChoices(towns.data?.items ?? [])}
          value={townCode}
          onChange={setTownCode}
        />
        <View className="field__label">诉求类型</View>
        <Chips name="诉求类型" anyLabel="任何类型" choices={words(COMPLAINT_KINDS)} value={kind} onChange={setKind} />
        <View className="field__label">交给</View>
        <Chips name="交给哪个单位" choices={unitChoices(units.data.units)} value={unitId} onChange={setUnitId} />
        <ActionButton
          onTap={() =>
            unitId
              ? void act(
                  () =>
                    callAdmin('routes.put', {
                      unitId,
                      ...(domain ? { domain } : {}),
                      ...(category ? { category } : {}),
                      ...(townCode ? { townCode } : {}),
                      ...(kind ? { kind } : {}),
                    }),
                  '已保存规则',
                )
              : setMessage('请选择交给哪个单位')
          }
        >
          保存规则
        </ActionButton>
      </View>
      <View className="card">
        <View className="h2">试一试：这件诉求会交给谁</View>
        <VillagePicker countyCode={countyCode} picked={village} onChange={setVillage} single />
        <View className="field__label">领域</View>
        <Chips
          name="诉求的领域"
          anyLabel="不选"
          choices={domains}
          value={pDomain}
          onChange={(d) => {
            setPDomain(d);
            setItemId('');
          }}
        />
        {pDomain && items.data && (
          <View>
            <View className="field__label">公开事项（可不选）</View>
            <Chips
              name="公开事项"
              anyLabel="不选"
              choices={items.data.entries.map((e) => ({ value: e.item.id, label: e.item.level2 }))}
              value={itemId}
              onChange={setItemId}
            />
          </View>
        )}
        <View className="field__label">问题类别</View>
        <Chips name="诉求的问题类别" choices={words(COMPLAINT_CATEGORIES)} value={pCategory} onChange={setPCategory} />
        <View className="field__label">诉求类型</View>
        <Chips name="诉求类型（试一试）" choices={words(COMPLAINT_KINDS)} value={pKind} onChange={setPKind} />
        <ActionButton onTap={() => void tryPreview()}>预览</ActionButton>
        {preview && (
          <View role="status">
            交给 {preview.unitName}：{preview.reason}
          </View>
        )}
      </View>
    </Screen>
  );
}
