// Pieces shared by the village publicity pages (packages/cadre): addresses, draft status in
// words, the masked public copy with every hidden cell marked, and what was hidden.
import Taro from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { DraftView, Preview } from '@core/api/publicity-views';
import type { DraftStatus } from '@core/publicity/model';
import type { TableData } from '@core/model';
import type { Finding } from '@core/privacy/masker';
import { formatDateTime } from '../../pages/complaint/parts';
import './cadre.css';

function qs(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, x]) => x !== undefined && x !== '')
    .map(([k, x]) => `${k}=${encodeURIComponent(x as string)}`);
  return parts.length ? '?' + parts.join('&') : '';
}

export const cadreRoutes = {
  home: () => '/packages/cadre/pages/home/index',
  edit: (p: { id?: string; code?: string; itemId?: string } = {}) => '/packages/cadre/pages/edit/index' + qs(p),
  preview: (id: string) => '/packages/cadre/pages/preview/index' + qs({ id }),
  review: () => '/packages/cadre/pages/review/index',
  reviewDetail: (id: string) => '/packages/cadre/pages/review-detail/index' + qs({ id }),
};

/**
 * Where the printable notice is served. H5: the same site (the local cloud answers /print/<id>).
 * weapp: the web site that serves the H5 pages; a placeholder until it has an address.
 */
export const PRINT_SITE = 'https://gongkai-placeholder.example';

export function printUrl(id: string): string {
  const path = `/print/${encodeURIComponent(id)}`;
  return process.env.TARO_ENV === 'h5' ? path : PRINT_SITE + path;
}

/** 打印公示: H5 opens the A4 notice; weapp copies its link (printing happens on a computer). */
export function openPrint(id: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(printUrl(id), '_blank', 'noopener');
    return;
  }
  void Taro.setClipboardData({ data: printUrl(id) })
    .then(() =>
      Taro.showModal({
        title: '打印链接已复制',
        content: '请在电脑的浏览器里粘贴打开这个链接，再用 A4 纸打印，张贴到村公示栏。',
        showCancel: false,
        confirmText: '知道了',
      }),
    )
    .catch(() => Taro.showToast({ title: '复制失败，请稍后再试', icon: 'none' }));
}

// ---- status in words; colour repeats it ----

const STATUS_SIGN: Record<DraftStatus, string> = { draft: '✎', pending_review: '…', published: '✓', withdrawn: '×' };
const STATUS_CLASS: Record<DraftStatus, string> = { draft: 'plain', pending_review: 'running', published: 'ok', withdrawn: 'none' };

export function DraftBadge({ status, name }: { status: DraftStatus; name: string }) {
  return (
    <Text className={`badge badge--${STATUS_CLASS[status]}`}>
      {STATUS_SIGN[status]} {name}
    </Text>
  );
}

const ACTION_NAMES: Record<string, string> = {
  save: '保存草稿',
  submit: '提交审核',
  approve: '审核通过，发布',
  reject: '退回修改',
  withdraw: '撤回',
};

/** The way of a draft: who did what, when. */
export function History({ items }: { items: DraftView['history'] }) {
  // Many saves in a row say little: keep the last of each run.
  const shown = items.filter((h, i) => !(h.action === 'save' && items[i + 1]?.action === 'save'));
  return (
    <View className="cm-timeline">
      {shown.map((h, i) => (
        <View key={i} className="cm-timeline__item">
          <View className="cm-timeline__head">
            <Text className="cm-timeline__action">{ACTION_NAMES[h.action] ?? h.action}</Text>
            <Text className="cm-timeline__by">{h.by}</Text>
          </View>
          <Text className="cm-timeline__at">{formatDateTime(h.at)}</Text>
          {h.note && <Text className="cm-timeline__note">{h.note}</Text>}
        </View>
      ))}
    </View>
  );
}

// ---- choices with an id and words ----

export interface Choice {
  value: string;
  label: string;
  help?: string;
}

/** One choice among a few, each with its words; the choice shows ✓ and 已选 (not colour alone). */
export function Choices({
  name,
  options,
  value,
  onChange,
  compact,
}: {
  name: string;
  options: Choice[];
  value: string;
  onChange: (v: string) => void;
  compact?: boolean;
}) {
  return (
    <View className={compact ? 'cm-choices cm-choices--compact' : 'cm-choices'} role="radiogroup" aria-label={name}>
      {options.map((o) => {
        const on = o.value === value;
        const a11y: Record<string, string> = { role: 'radio', 'aria-checked': on ? 'true' : 'false' };
        return (
          <View
            key={o.value}
            className={'cm-choice tap' + (on ? ' cm-choice--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(o.value)}
            {...a11y}
          >
            <View className="cm-choice__head">
              <Text className="cm-choice__mark">{on ? '✓' : '○'}</Text>
              <Text className="cm-choice__name">{o.label}</Text>
              {on && <Text className="cm-choice__on">已选</Text>}
            </View>
            {o.help && <Text className="cm-choice__help">{o.help}</Text>}
          </View>
        );
      })}
    </View>
  );
}

/** Tabs that say which one is open in words (✓) as well as by colour. */
export function Tabs<T extends string>({
  name,
  tabs,
  value,
  onChange,
}: {
  name: string;
  tabs: Array<{ value: T; label: string }>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <View className="cd-tabs" role="tablist" aria-label={name}>
      {tabs.map((t) => {
        const on = t.value === value;
        const a11y: Record<string, string> = { role: 'tab', 'aria-selected': on ? 'true' : 'false' };
        return (
          <View
            key={t.value}
            className={'cd-tab tap' + (on ? ' cd-tab--on' : '')}
            hoverClass="tap--pressed"
            onClick={() => onChange(t.value)}
            {...a11y}
          >
            <Text>
              {on ? '✓ ' : ''}
              {t.label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

// ---- the masked public copy ----

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
      <ScrollView scrollX className="table-scroll">
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
  p: Pick<Preview, 'title' | 'body' | 'table' | 'findings'>;
  label?: string;
}) {
  return (
    <View className="cd-public">
      <Text className="cd-public__label">{label}</Text>
      <View className="h1">{p.title}</View>
      <View className="body">
        {p.body
          .split(/\n+/)
          .filter((x) => x.trim())
          .map((x, i) => (
            <View key={i} className="para">
              {x}
            </View>
          ))}
      </View>
      {p.table ? <MaskedTable table={p.table} findings={p.findings} /> : <View className="muted">这份公示没有名单或表格。</View>}
    </View>
  );
}

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

export function publicityLength(p: Preview['publicity']): string {
  return `${p.days}${p.dayKind === 'working' ? '个工作日' : '天'}`;
}

/** A new draft's key for its first save: the same key on a retry returns the same draft. */
export function newRequestId(): string {
  return ('d' + Date.now().toString(36) + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2))
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 32);
}

function pathOf(page: unknown): string {
  const p = page as { route?: string; __route__?: string; $taroPath?: string; path?: string } | undefined;
  return String(p?.route ?? p?.__route__ ?? p?.$taroPath ?? p?.path ?? '').replace(/^\//, '');
}

/** Goes back to `route` when it is further down the page stack, else opens `fallback` in place. */
export function backTo(route: string, fallback: string): void {
  const want = route.replace(/^\//, '').split('?')[0];
  let pages: unknown[] = [];
  try {
    pages = Taro.getCurrentPages();
  } catch {
    pages = [];
  }
  for (let i = pages.length - 2; i >= 0; i--) {
    if (pathOf(pages[i]).startsWith(want)) {
      void Taro.navigateBack({ delta: pages.length - 1 - i });
      return;
    }
  }
  void Taro.redirectTo({ url: fallback });
}

/** YYYY-MM-DD today in Beijing time. */
export function todayShanghai(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
