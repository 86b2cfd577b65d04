// The 公示 share card a villager forwards to a group chat: the place, the title, the 公示期 and
// days left, how many are on the list and the publisher, with the code and how to use it; never a
// name, an ID number or a phone from the list or the body; a long title ends with “…” after 2 lines.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { DisclosureView } from '../../core/api/public-views';
import type { DrawOp, Measure } from '../../core/publicity/a4-layout';
import { CARD, CODE_HINT, clampLines, layoutShareCard, shareCardContent } from '../../core/publicity/share-card';

// A canvas-like measure: a Chinese character is as wide as the type is tall, others half.
const measure: Measure = (t, px) => Array.from(t).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? px * 0.55 : px), 0);

const running: DisclosureView = {
  id: 'pub-1',
  itemId: 'item-1',
  domain: 'rural_housing_renovation',
  title: '2026年董大桥村农村危房改造补助对象公示',
  regionCode: '510118101201',
  regionName: '董大桥村',
  level: 'village',
  publishedAt: '2026-11-26T02:00:00.000Z',
  publicity: { start: '2026-11-26', end: '2026-12-02', daysLeft: 3, state: '公示中' },
  hasTable: true,
  unitName: '董大桥村民委员会',
  demo: false,
  body: '经村民代表会议评议，许明英、欧阳秀兰两户符合条件，联系电话13800001234。',
  blocks: [],
  interpretation: [],
  table: {
    columns: ['序号', '户主姓名', '身份证号', '联系电话', '补助金额'],
    rows: [
      ['1', '许明英', '510118********4084', '138****0827', '15000'],
      ['2', '欧阳秀兰', '510118********1234', '139****1111', '35000'],
    ],
  },
  attachments: [],
  objections: 0,
  itemVersion: 1,
  item: null,
};

const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text');

describe('公示 share card', () => {
  it('says where, what, until when and how many, with the code and how to use it', () => {
    const content = shareCardContent(running);
    assert.ok(content);
    const ops = layoutShareCard(content, measure);
    const all = texts(ops)
      .map((t) => t.text)
      .join('');
    for (const want of [
      '董大桥村',
      '公示中，还剩3天',
      '2026年董大桥村农村危房改造补助对象公示',
      '2026年11月26日',
      '2026年12月2日',
      '共2户',
      '董大桥村民委员会',
    ]) {
      assert.ok(all.includes(want), `分享图应有：${want}`);
    }
    assert.ok(all.includes(CODE_HINT.slice(0, 4)) && all.includes('提出异议'));
    const code = ops.find((o) => o.kind === 'code');
    assert.ok(code && code.kind === 'code' && code.size >= 200, '分享图应有足够大的小程序码');
    // Everything on the card.
    for (const o of ops) {
      if (o.kind === 'text') {
        assert.ok(o.x >= 0 && o.x + measure(o.text, o.px) <= CARD.width - CARD.margin + 0.01, `超出右边：${o.text}`);
        assert.ok(o.y >= 0 && o.y + o.px <= CARD.height, `超出底边：${o.text}`);
      }
      if (o.kind === 'code') assert.ok(o.x + o.size <= CARD.width && o.y + o.size <= CARD.height);
    }
  });

  it('carries no name, ID number or phone from the list or the body', () => {
    const all = texts(layoutShareCard(shareCardContent(running)!, measure))
      .map((t) => t.text)
      .join('\n');
    for (const personal of ['许明英', '欧阳秀兰', '510118', '4084', '138', '0827', '13800001234', '15000']) {
      assert.ok(!all.includes(personal), `分享图不应有个人信息：${personal}`);
    }
  });

  it('ends a long title with “…” after two full lines, never a character per line', () => {
    const title =
      '关于董大桥村2026年度农村危房改造、易地扶贫搬迁后续扶持及低保、特困供养对象动态调整等事项的补助对象名单的公示（第二批次，含补充说明和监督方式）';
    const ops = layoutShareCard(shareCardContent({ ...running, title })!, measure);
    const titleLines = texts(ops).filter((t) => t.px === 44);
    assert.equal(titleLines.length, 2);
    assert.ok(titleLines[1].text.endsWith('…'));
    assert.ok(
      titleLines.every((t) => Array.from(t.text).length >= 10),
      '标题每行应有多个字',
    );
    // A short title stays whole on one line.
    const short = texts(layoutShareCard(shareCardContent({ ...running, title: '低保对象公示' })!, measure)).filter((t) => t.px === 44);
    assert.deepEqual(
      short.map((t) => t.text),
      ['低保对象公示'],
    );
    assert.deepEqual(clampLines('一二三四五六七八', 100, 20, measure, 1), ['一二三四…']);
  });

  it('is made only for a 公示 in its period; a list that is not of households counts 条', () => {
    assert.equal(shareCardContent({ ...running, publicity: { ...running.publicity!, state: '公示期满', daysLeft: 0 } }), null);
    assert.equal(shareCardContent({ ...running, publicity: undefined }), null);
    const list = shareCardContent({ ...running, table: { columns: ['序号', '姓名', '金额'], rows: [['1', '张三', '100']] } });
    assert.match(list!.summary, /共1条/);
    assert.equal(shareCardContent({ ...running, table: undefined })!.summary, '公示全文请扫码查看');
  });
});
