// The masked public copy of a publicity, with every hidden cell marked.
import { ScrollView, Text, View } from '@tarojs/components';
import { TABLE_REGION } from '../../../utils/a11y';
import type { Preview } from '@core/api/publicity-views';
import type { TableData } from '@core/model';
import type { Finding } from '@core/privacy/masker';
import { BodyBlocks, DocLinkRow, Interpretation } from '../../../components/DisclosureContent';
import { Notice } from '../../../components/Notice';
import '../cadre.css';

const WIDE = /号码|身份证|地址|住址|说明|备注|项目/;

/** The table the public sees; every cell the masker changed has a background AND a ＊. */
export function MaskedTable({ table, findings }: { table: TableData; findings: Finding[] }) {
  const masked = new Set<string>();
  for (const f of findings) if (f.row !== null && f.col !== null) masked.add(`${f.row}:${f.col}`);
  const { columns, rows } = table;
  const wide = columns.map((c) => WIDE.test(c));
  return (
    <View className="section">
      <View className="h2">名单/明细（共{rows.length}行）</View>
      {masked.size > 0 && (
        <View className="cd-legend">
          <Text className="cd-legend__swatch">
            示例<Text className="cd-mark">＊</Text>
          </Text>
          <Text>带“＊”并加底色的格子，部分内容已隐去（共{masked.size}格）。</Text>
        </View>
      )}
      <View className="muted table-hint">表格较宽，可以左右滑动查看。</View>
      <ScrollView scrollX className="table-scroll" {...TABLE_REGION}>
        <View className="table">
          <View className="table__row table__row--head">
            {columns.map((c, i) => (
              <View key={i} className={'table__cell' + (wide[i] ? ' table__cell--wide' : '')}>
                {c}
              </View>
            ))}
          </View>
          {rows.map((r, ri) => (
            <View key={ri} className="table__row">
              {columns.map((_c, ci) => {
                const hit = masked.has(`${ri}:${ci}`);
                return (
                  <View key={ci} className={'table__cell' + (wide[ci] ? ' table__cell--wide' : '') + (hit ? ' cd-cell--masked' : '')}>
                    <Text>{r[ci] ?? ''}</Text>
                    {hit && (
                      <>
                        <Text className="cd-mark" {...{ 'aria-hidden': 'true' }}>
                          ＊
                        </Text>
                        <Text className="sr-only">（已隐去部分内容）</Text>
                      </>
                    )}
                  </View>
                );
              })}
            </View>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}

/** Title, text and table exactly as the public will see them. */
export function PublicCopy({
  p,
  label = '群众将看到的内容',
}: {
  p: Pick<Preview, 'title' | 'body' | 'table' | 'findings'> & Partial<Pick<Preview, 'blocks' | 'interpretation' | 'link' | 'reminders'>>;
  label?: string;
}) {
  return (
    <View className="cd-public">
      <Text className="cd-public__label">{label}</Text>
      <View className="h1">{p.title}</View>
      {(p.reminders ?? []).map((r, k) => (
        <Notice key={k} title="提醒" text={r} />
      ))}
      <Interpretation items={p.interpretation ?? []} />
      {p.blocks ? (
        <BodyBlocks blocks={p.blocks} />
      ) : (
        <View className="body">
          {p.body
            .split(/\n+/)
            .filter((x) => x.trim())
            .map((x, k) => (
              <View key={k} className="para">
                {x}
              </View>
            ))}
        </View>
      )}
      {p.link && <DocLinkRow link={p.link} />}
      {p.table ? <MaskedTable table={p.table} findings={p.findings} /> : <View className="muted">这份公示没有名单或表格。</View>}
    </View>
  );
}
