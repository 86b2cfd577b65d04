// 审核设置 (county admin): who reviews what is published at each level — county items, town
// items, village 公示. A change is recorded in 操作记录 and applies to what is reviewed next,
// including drafts already waiting.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PublishLevel } from '@core/model';
import type { ReviewerKind } from '@core/regions/county';
import type { Req } from '@core/api/contracts';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { Notice } from '../../../../components/Notice';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import '../../../../components/complaint.css';

const LEVELS: Array<{ level: PublishLevel; name: string; who: string }> = [
  { level: 'county', name: '县级事项', who: '县级责任单位发布的' },
  { level: 'town', name: '乡镇级事项', who: '乡镇（街道）发布的' },
  { level: 'village', name: '村级公示', who: '驻村干部发布的' },
];

export default function ReviewerSettings() {
  const setting = useLoad('reviewers', () => callAdmin('reviewers.get', {}));
  const [picked, setPicked] = useState<Partial<Record<PublishLevel, ReviewerKind>>>({});
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  if (setting.error) return <Screen>{<ErrorBox error={setting.error} onRetry={() => void setting.reload()} />}</Screen>;
  if (!setting.data) return <Screen>{<Loading />}</Screen>;
  const now = setting.data.reviewers;
  const changed = (Object.keys(picked) as PublishLevel[]).filter((l) => picked[l] !== now[l]);

  async function save() {
    setBusy(true);
    setProblem('');
    setMessage('');
    try {
      const req: Req<'admin', 'reviewers.put'> = {};
      for (const l of changed) (req as Record<string, ReviewerKind>)[l] = picked[l]!;
      await callAdmin('reviewers.put', req);
      setPicked({});
      setMessage('审核设置已保存，已记入操作记录。');
      await setting.reload();
    } catch (e) {
      setProblem(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Screen>
      <View className="h1">审核设置</View>
      <View className="muted">每一级发布的公开信息由谁审核。修改后，正在等待审核的也交给新的审核人。</View>
      {LEVELS.map(({ level, name, who }) => {
        const current = picked[level] ?? now[level];
        return (
          <View key={level} className="card">
            <View className="row__title">{name}</View>
            <View className="muted">
              {who}，现由{setting.data!.choices[level].find((c) => c.kind === now[level])?.name}审核
            </View>
            <View className="cm-choices" role="radiogroup" aria-label={`${name}的审核人`}>
              {setting.data!.choices[level].map((c) => {
                const on = c.kind === current;
                return (
                  <View
                    key={c.kind}
                    className={'cm-choice tap' + (on ? ' cm-choice--on' : '')}
                    onClick={() => setPicked((old) => ({ ...old, [level]: c.kind }))}
                    {...{ role: 'radio', 'aria-checked': on ? 'true' : 'false' }}
                  >
                    <View className="cm-choice__head">
                      <Text className="cm-choice__mark">{on ? '✓' : '○'}</Text>
                      <Text className="cm-choice__name">{c.name}</Text>
                      {on && <Text className="cm-choice__on">已选</Text>}
                    </View>
                  </View>
                );
              })}
            </View>
          </View>
        );
      })}
      {problem && <Notice title="没有保存成功" text={problem} />}
      {message && <View className="muted">{message}</View>}
      <ActionButton onTap={() => void save()} disabled={busy || changed.length === 0}>
        {busy ? '正在保存…' : changed.length ? `保存（改动${changed.length}项）` : '没有改动'}
      </ActionButton>
    </Screen>
  );
}
