// Request schemas of the `public` function, written once: the pages validate input with
// them before calling and the handler validates every event with them again.
import * as v from 'valibot';

const code = v.pipe(v.string('请提供地区代码'), v.trim(), v.regex(/^\d{6}(\d{3}){0,2}$/, '地区代码应为6、9或12位数字'));
const id = v.pipe(v.string('请提供编号'), v.trim(), v.minLength(1, '请提供编号'), v.maxLength(120, '编号过长'));
const domain = v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[a-z_]{1,40}$/, '领域编号有误')));
const cursor = v.optional(v.pipe(v.string(), v.maxLength(300, '分页参数有误')));
const query = v.pipe(
  v.string('请输入要搜索的内容'),
  v.trim(),
  v.minLength(1, '请输入要搜索的内容'),
  v.maxLength(40, '搜索内容不能超过40个字'),
);

export const PUBLIC_SCHEMAS = {
  'regions.get': v.object({ code }),
  'regions.children': v.object({ code, cursor }),
  'regions.search': v.object({ q: query }),
  'catalog.list': v.object({ regionCode: code, domain }),
  'catalog.get': v.object({ id }),
  'disclosures.list': v.object({ regionCode: code, domain, cursor }),
  'disclosures.summary': v.object({ regionCode: code }),
  'disclosures.get': v.object({ id }),
  search: v.object({ q: query, regionCode: v.optional(code) }),
} as const;
