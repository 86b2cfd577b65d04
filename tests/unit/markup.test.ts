import { describe, expect, test } from '@jest/globals';
import { parseBody } from '../../core/publicity/markup';
import { isPolicyItem, reminders } from '../../core/publicity/policy';

describe('the body markup', () => {
  test('headings, lists and paragraphs; blank lines end a paragraph', () => {
    expect(parseBody('## 一、补助对象\n- 低收入户\n- 危房户\n\n第一段第一行\n第一段第二行\n\n第二段')).toEqual([
      { kind: 'heading', text: '一、补助对象' },
      { kind: 'list', items: ['低收入户', '危房户'] },
      { kind: 'paragraph', text: '第一段第一行\n第一段第二行' },
      { kind: 'paragraph', text: '第二段' },
    ]);
  });
  test('a list right after a paragraph starts a list; HTML is text', () => {
    expect(parseBody('说明如下：\n- 一\n<script>x</script>')).toEqual([
      { kind: 'paragraph', text: '说明如下：' },
      { kind: 'list', items: ['一'] },
      { kind: 'paragraph', text: '<script>x</script>' },
    ]);
    expect(parseBody('')).toEqual([]);
    expect(parseBody('-不是列表\n##也不是标题')).toEqual([{ kind: 'paragraph', text: '-不是列表\n##也不是标题' }]);
  });
});

describe('policy items', () => {
  test('are the items whose name says 政策/文件/办法/标准, and remind of the 解读 until it is written', () => {
    expect(isPolicyItem({ level2: '申请流程、补助对象和补助标准' })).toBe(true);
    expect(isPolicyItem({ level2: '救灾项目资金安排情况' })).toBe(false);
    expect(reminders({ level2: '农村危房改造法律法规和政策' }, [])).toHaveLength(1);
    expect(reminders({ level2: '农村危房改造法律法规和政策' }, [{ q: '问', a: '答' }])).toEqual([]);
  });
});
