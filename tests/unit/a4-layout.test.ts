// The A4 notice a cadre saves to the phone's album and prints: everything on the page, a name
// or an amount never broken over lines, long lists over several pages with the header again.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { A4, layoutNotice, tableLayout, wrap, type DrawOp, type Measure } from '../../core/publicity/a4-layout';

// A canvas-like measure: a Chinese character is as wide as the type is tall, others half.
const measure: Measure = (t, px) => Array.from(t).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? px * 0.55 : px), 0);

const columns = ['序号', '户主姓名', '身份证号', '家庭人口', '危房等级', '改造方式', '补助金额（元）', '联系电话', '备注'];
const row = (i: number) => [
  String(i),
  i % 3 ? '许明英' : '欧阳秀兰',
  '510118********4084',
  '4',
  'C级',
  '修缮加固',
  '15000',
  '138****0827',
  '经村民代表会议评议，符合危房改造补助条件，已入户核实',
];

const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text');

describe('A4 notice layout', () => {
  it('wraps Chinese by character within the width', () => {
    const lines = wrap('经村民代表会议评议，符合危房改造补助条件', 200, 20, measure);
    assert.ok(lines.length > 1);
    assert.ok(lines.every((l) => measure(l, 20) <= 200));
    assert.equal(lines.join(''), '经村民代表会议评议，符合危房改造补助条件');
  });

  it('gives names, amounts and numbers their whole width; only the long text column wraps', () => {
    const rows = Array.from({ length: 5 }, (_x, i) => row(i + 1));
    const { px, widths } = tableLayout(columns, rows, A4.width - 2 * A4.margin, measure);
    assert.ok(Math.abs(widths.reduce((a, b) => a + b, 0) - (A4.width - 2 * A4.margin)) < 1);
    for (const c of ['户主姓名', '补助金额（元）', '身份证号', '序号']) {
      const i = columns.indexOf(c);
      for (const r of rows) assert.ok(measure(r[i], px) <= widths[i] - 20 + 0.01, `${c}：${r[i]} 不应折行`);
    }
    assert.ok(px >= 14);
  });

  it('draws every name on one line and inside the page, over several pages for a long list with the header again', () => {
    const rows = Array.from({ length: 60 }, (_x, i) => row(i + 1));
    const pages = layoutNotice(
      {
        title: '关于晴江社区2026年农村危房改造补助对象的公示',
        meta: '晴江社区　公示期：2026-11-23 至 2026-11-29',
        body: '根据农户申请，经晴江社区村民代表会议评议，拟将以下农户列为2026年农村危房改造补助对象，现予公示。',
        table: { columns, rows },
        foot: ['责任单位：新津区住房和城乡建设局', '监督举报电话：12345', '扫码在手机上查看本公示，或提出异议'],
      },
      measure,
    );
    assert.ok(pages.length > 1, '60户应排成几页');
    const all = pages.flat();
    for (const o of texts(all)) {
      assert.ok(o.x >= 0 && o.x + measure(o.text, o.px) <= A4.width + 0.01 && o.y >= 0 && o.y + o.px <= A4.height, `出界：${o.text}`);
    }
    // Each name appears whole: as many whole-name texts as rows, never a lone character of one.
    const names = texts(all).filter((o) => o.text === '许明英' || o.text === '欧阳秀兰');
    assert.equal(names.length, rows.length);
    assert.equal(texts(all).filter((o) => o.text === '欧' || o.text === '许').length, 0);
    for (const p of pages.slice(1))
      assert.ok(
        texts(p).some((o) => o.text === '户主姓名'),
        '续页应重复表头',
      );
    const last = pages[pages.length - 1];
    assert.equal(last.filter((o) => o.kind === 'code').length, 1, '最后一页有小程序码');
    assert.equal(
      pages
        .slice(0, -1)
        .flat()
        .filter((o) => o.kind === 'code').length,
      0,
    );
  });
});
