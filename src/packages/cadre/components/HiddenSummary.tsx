// What the masker hid, one line per column and kind, and each dropped column by name.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Preview } from '@core/api/publicity-views';
import '../cadre.css';

/** What the masker did, one line per column and kind, and each dropped column by name. */
export function HiddenSummary({ p }: { p: Pick<Preview, 'findings' | 'dropped'> }) {
  const groups = new Map<string, { text: string; n: number }>();
  const why = new Map<string, string>();
  for (const f of p.findings) {
    if (f.kind === 'column_dropped') {
      if (f.column) why.set(f.column, f.note.includes('：') ? f.note.slice(f.note.indexOf('：') + 1) : f.note);
      continue;
    }
    const where = f.column ? `“${f.column}”列` : '标题或正文';
    const key = `${where}|${f.note}`;
    const g = groups.get(key);
    if (g) g.n += 1;
    else groups.set(key, { text: `${where}：${f.note}`, n: 1 });
  }
  const lines: ReactNode[] = [];
  p.dropped.forEach((c, i) =>
    lines.push(
      <View key={`d${i}`} className="cd-hidden__item">
        <Text className="cd-hidden__main">已删除列：{c}</Text>
        <Text className="cd-hidden__why">{why.get(c) ?? '这一列不得公开，整列不会出现在公示里'}</Text>
      </View>,
    ),
  );
  for (const [key, g] of groups) {
    lines.push(
      <View key={key} className="cd-hidden__item">
        <Text className="cd-hidden__main">
          {g.text}（{g.n}处）
        </Text>
      </View>,
    );
  }
  return (
    <View className="card">
      <Text className="field__label">系统自动隐去的个人信息</Text>
      {lines.length ? (
        <View className="cd-hidden">{lines}</View>
      ) : (
        <Text className="muted">没有发现身份证号、手机号、银行卡号等需要隐去的信息。</Text>
      )}
      <Text className="muted">系统只认得常见的格式。请再逐行看一遍：病情、残疾情况、详细门牌号等不该公开的内容不要写进去。</Text>
    </View>
  );
}
