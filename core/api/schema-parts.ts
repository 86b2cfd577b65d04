// Schema pieces every function's contract is built from, defined once: ids, region codes,
// cursors, request ids, short texts. Messages are Chinese: validate() shows them as they are.
import * as v from 'valibot';

/** Most photos or attachments one complaint or answer may carry. */
export const MAX_PHOTOS = 9;

/** A document id (item, disclosure, complaint, draft, unit). */
export const id = v.pipe(v.string('请提供编号'), v.trim(), v.minLength(1, '请提供编号'), v.maxLength(120, '编号过长'));

/**
 * A region code as people send it: 6 (county), 9 (town) or 12 digits (village, or a higher
 * level padded with zeros). Use cases bring it to its canonical form with normalizeCode
 * (core/regions/codes), which also maps renamed counties to their new codes.
 */
export const regionCode = (missing = '请提供地区代码') =>
  v.pipe(v.string(missing), v.trim(), v.minLength(1, missing), v.regex(/^\d{6}(\d{3}){0,2}$/, '地区代码应为6、9或12位数字'));

/** A village's 12-digit code. */
export const villageCode = v.pipe(v.string('请选择村'), v.trim(), v.regex(/^\d{12}$/, '请选择村'));

/** A domain id such as rural_housing_renovation. */
export const domain = v.pipe(v.string(), v.trim(), v.regex(/^[a-z_]{1,40}$/, '领域编号有误'));

/** The opaque keyset cursor of a list (core/api/cursor.ts): absent for the first page. */
export const cursor = v.optional(v.pipe(v.string(), v.maxLength(300, '分页参数有误')));

/** The client's id of one submission, so a retry is answered with the first result. */
export const requestId = v.pipe(v.string('缺少请求编号'), v.trim(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号有误'));

/** The version last read, for optimistic locking. */
export const version = v.pipe(v.number('缺少版本号'), v.integer('版本号有误'), v.minValue(1, '版本号有误'));

/** A required text of at least 2 characters: a reason, a note, an answer. */
export const note = (label: string, max = 300) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(2, `请填写${label}`), v.maxLength(max, `${label}不能超过${max}个字`));

/** An optional short text (a comment, a remark). */
export const optionalText = (label: string, max = 300) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `${label}不能超过${max}个字`)));

/** Cloud file ids of uploaded photos or attachments. */
export const fileIds = v.optional(
  v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(300, '文件编号有误')), '附件格式有误'),
    v.maxLength(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张图片`),
  ),
);

/** What a person types into a search box. */
export const query = v.pipe(
  v.string('请输入要搜索的内容'),
  v.trim(),
  v.minLength(1, '请输入要搜索的内容'),
  v.maxLength(40, '搜索内容不能超过40个字'),
);

/** An action that takes no data. */
export const empty = v.object({});
