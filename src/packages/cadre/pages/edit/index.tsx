// 发布公开信息 / 编写公示: one of the places I publish for (my villages; my town; my county) and
// an item I may publish there (targets.mine of `publish`), title, text (## headings, - lists),
// or a link to where the document already lives, the 政策解读 (问/答), an optional table (pasted from a spreadsheet, or a .xlsx/.csv file) and an optional later
// start. Validated with the function's own schema (draftSchema) before sending. A new draft
// has one requestId for its life, so a retry after a lost answer stores one draft; every save
// sends the version of the last answer, so an edit made elsewhere is not overwritten.
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import { TextBox } from '../../../../components/TextBox';
import { useEffect, useMemo, useRef, useState } from 'react';
import * as v from 'valibot';
import { BODY_MAX, draftSchema, QA_MAX, TITLE_MAX, type DraftInput } from '@core/api/contracts/publish';
import { INTERPRETATION_REMINDER } from '@core/publicity/policy';
import { ruleOf } from '@core/publicity/timeliness';
import type { DraftView } from '@core/api/publicity-views';
import type { CatalogItem } from '@core/model';
import { parsePastedTable, TableParseError } from '@core/tables/parse';
import { Screen } from '../../../../components/Screen';
import { ActionButton, Tap } from '../../../../components/Tap';
import { Empty, ErrorBox, Loading } from '../../../../components/Status';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callPublic, callPublish, type ApiError } from '../../../../services/api';
import { go, param, routes } from '../../../../utils/nav';
import { FieldError, FormField } from '../../../../components/FormField';
import { firstIssue, type Issues } from '../../../../utils/issues';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import { Notice } from '../../../../components/Notice';
import { backTo, cadreRoutes } from '../../routes';
import { Choices } from '../../components/Choices';
import { DraftBadge } from '../../components/DraftBadge';
import { newRequestId, todayShanghai } from '../../drafts';
import { chooseTableFileWeapp, readTableFileH5, TableFileError, type TableFile } from '../../table-file';
import '../../../../components/complaint.css';
import '../../cadre.css';

/** The most a paste box takes (the schema's own limit); Taro's textarea stops at 140 unless told. */
const PASTE_MAX = 2_000_000;

type TableSource = { kind: 'file'; file: TableFile } | { kind: 'saved'; table: { columns: string[]; rows: string[][] } } | null;

const FIELD_OF: Record<string, string> = {
  regionCode: 'regionCode',
  itemId: 'itemId',
  title: 'title',
  body: 'body',
  table: 'table',
  pasted: 'table',
  publicityStart: 'start',
  link: 'link',
  interpretation: 'qa',
  formedOn: 'formed',
};

type QAInput = { q: string; a: string };

function columnsLine(columns: string[]): string {
  const head = columns.slice(0, 6).join('、');
  return columns.length > 6 ? `${head}等${columns.length}列` : `${columns.length}列：${head}`;
}

/** The table of a resumed draft or a file, in one line. */
function TableSummary({ source, onClear }: { source: NonNullable<TableSource>; onClear: () => void }) {
  let text: string;
  if (source.kind === 'saved') text = `已保存的表格：${source.table.rows.length}行，${columnsLine(source.table.columns)}`;
  else if (source.file.kind === 'xlsx')
    text = `已读取文件“${source.file.name}”：${source.file.table.rows.length}行，${columnsLine(source.file.table.columns)}`;
  else text = `已读取文件“${source.file.name}”：${source.file.rowCount}行，${columnsLine(source.file.columns)}`;
  return (
    <View>
      <Text className="cd-table-ok">✓ {text}</Text>
      <View className="cm-btn-row">
        <ActionButton kind="plain" onTap={onClear}>
          不用这个表格，重新粘贴或选择
        </ActionButton>
      </View>
    </View>
  );
}

/** H5 only: a plain file input (Taro's Input has no type=file) inside a button-looking label with words. */
function H5FilePicker({ onFile, busy }: { onFile: (f: File) => void; busy: boolean }) {
  if (process.env.TARO_ENV !== 'h5') return null;
  return (
    <label className="btn btn--plain cd-file-btn">
      <span>{busy ? '正在读取文件…' : '从电脑选择表格文件（.xlsx 或 .csv）'}</span>
      <input
        className="sr-only"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-label="从电脑选择表格文件（.xlsx 或 .csv）"
        disabled={busy}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
    </label>
  );
}

function Locked({ d }: { d: DraftView }) {
  return (
    <Screen>
      <View className="h1">{d.title}</View>
      <View className="row__badges">
        <DraftBadge status={d.status} name={d.statusName} />
      </View>
      <Empty
        text={
          d.status === 'pending_review'
            ? '这份公示已提交，正在等待审核，不能再修改。'
            : `这份公示${d.statusName}，不能再修改。需要更正时，请新建一份公示。`
        }
      >
        <ActionButton onTap={() => void Taro.redirectTo({ url: cadreRoutes.preview(d.id) })}>查看这份公示</ActionButton>
        <ActionButton kind="plain" onTap={() => backTo(cadreRoutes.home(), cadreRoutes.home())}>
          回到发布首页
        </ActionButton>
      </Empty>
    </Screen>
  );
}

export default function EditDraft() {
  const params = useRouter().params;
  const startId = param(params.id);

  const [requestId] = useState(newRequestId);
  const [draftId, setDraftId] = useState(startId);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [regionCode, setRegionCode] = useState(param(params.code));
  const [domain, setDomain] = useState('');
  const [itemId, setItemId] = useState(param(params.itemId));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [pasted, setPasted] = useState('');
  const [source, setSource] = useState<TableSource>(null);
  const [start, setStart] = useState('');
  const [linkTitle, setLinkTitle] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [linkDate, setLinkDate] = useState('');
  const [qa, setQa] = useState<QAInput[]>([]);
  const [formedOn, setFormedOn] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [reviewNote, setReviewNote] = useState('');
  const [locked, setLocked] = useState<DraftView | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [busy, setBusy] = useState<'' | 'save' | 'preview' | 'file'>('');
  const [error, setError] = useState<ApiError | null>(null);
  const [savedAt, setSavedAt] = useState('');
  const sending = useRef(false);
  /** A first save went out and its answer never came: the next answer may be the stored first try. */
  const lostFirstSave = useRef(false);
  const filled = useRef(false);
  const firstShow = useRef(true);

  const targets = useLoad('targets', () => callPublish('targets.mine', {}));
  const existing = useLoad(startId ? `draft ${startId}` : null, () => callPublish('drafts.get', { id: startId }));
  const catalog = useLoad(regionCode ? `catalog ${regionCode}` : null, () => callPublic('catalog.list', { regionCode }));

  function fill(d: DraftView) {
    if (d.status !== 'draft') {
      setLocked(d);
      return;
    }
    setDraftId(d.id);
    setVersion(d.version);
    setRegionCode(d.regionCode);
    setItemId(d.itemId);
    setDomain(d.domain);
    setTitle(d.title);
    setBody(d.body);
    setSource(d.rawTable && d.rawTable.columns.length ? { kind: 'saved', table: d.rawTable } : null);
    setPasted('');
    setStart(d.publicityStart ?? '');
    setLinkTitle(d.link?.title ?? '');
    setLinkUrl(d.link?.url ?? '');
    setLinkDate(d.link?.date ?? '');
    setQa(d.interpretation ?? []);
    setFormedOn(d.formedOn ?? '');
    setDueOn(d.dueOn ?? '');
    setReviewNote(d.reviewNote ?? '');
  }

  // A resumed draft fills the form once.
  useEffect(() => {
    if (existing.data && !filled.current) {
      filled.current = true;
      fill(existing.data);
    }
  }, [existing.data]);

  // One place (a unit's county, a town, a cadre's only village): chosen already.
  useEffect(() => {
    const list = targets.data?.targets ?? [];
    if (!regionCode && list.length === 1) setRegionCode(list[0].region.code);
  }, [targets.data, regionCode]);

  // Back from the preview: if it was submitted there, this form is closed.
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    if (!draftId) return;
    void callPublish('drafts.get', { id: draftId })
      .then((d) => {
        if (d.status !== 'draft') setLocked(d);
      })
      .catch(() => undefined);
  });

  const target = (targets.data?.targets ?? []).find((t) => t.region.code === regionCode) ?? null;
  // The items I may publish here, with the catalog's details (summary, contents, 公示期).
  const villageItems: CatalogItem[] = useMemo(() => {
    const mine = new Set((target?.items ?? []).map((i) => i.id));
    return (catalog.data?.entries ?? [])
      .map((e) => e.item)
      .filter((i) => mine.has(i.id))
      .sort((a, b) => a.order - b.order);
  }, [catalog.data, target]);
  const policy = Boolean(target?.items.find((i) => i.id === itemId)?.policy);
  const domains = useMemo(() => {
    const used = new Set(villageItems.map((i) => i.domain));
    return [...(catalog.data?.county.domains ?? [])].filter((d) => used.has(d.id)).sort((a, b) => a.order - b.order);
  }, [catalog.data, villageItems]);
  const item = villageItems.find((i) => i.id === itemId) ?? null;
  // 公开时限: an event-driven item counts from the 信息形成 date, which the publisher must choose.
  // No default of today: information formed weeks ago would then always read as on time, and
  // 公开及时率 would say nothing; the picker only opens on today.
  const rule = item ? ruleOf(item) : null;
  // The last day to publish, live as the date is chosen: the working-day calendar is the function's.
  const dueKey = rule && regionCode && (formedOn || rule.kind === 'cycle') ? `due:${itemId}:${regionCode}:${formedOn}` : null;
  const due = useLoad(dueKey, () =>
    callPublish('due.preview', { itemId, regionCode, ...(formedOn ? { formedOn } : {}) }).then((r) => ({ ...r, key: dueKey })),
  );
  // An answer for another date is not shown (the next one is on its way); the saved draft's meanwhile.
  const live = due.data && due.data.key === dueKey ? due.data : null;
  const shownDue = live ? live.dueOn : dueOn;

  // An item given in the address (去发布) or a resumed draft: open its domain.
  useEffect(() => {
    if (item && !domain) setDomain(item.domain);
  }, [item, domain]);

  const pasteCheck = useMemo(() => {
    if (!pasted.trim()) return null;
    try {
      const t = parsePastedTable(pasted);
      return { ok: true as const, text: `已识别：${t.rows.length}行，${columnsLine(t.columns)}` };
    } catch (e) {
      return { ok: false as const, text: e instanceof TableParseError ? e.message : '表格读不出来，请检查后重新粘贴' };
    }
  }, [pasted]);

  if (!startId && targets.error && (isSignedOut(targets.error) || targets.error.code === 'FORBIDDEN')) {
    return (
      <Screen>
        <Empty text={isSignedOut(targets.error) ? signInText() : targets.error.message}>
          <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
        </Empty>
      </Screen>
    );
  }
  if (startId && !existing.data) {
    return (
      <Screen>
        {existing.error ? <ErrorBox error={existing.error} onRetry={() => void existing.reload()} /> : <Loading text="正在读取草稿…" />}
      </Screen>
    );
  }
  if (locked) return <Locked d={locked} />;

  const clearIssue = (field: string) => setIssues((old) => (old[field] ? { ...old, [field]: undefined } : old));

  function takeFile(f: TableFile) {
    setSource({ kind: 'file', file: f });
    setPasted('');
    clearIssue('table');
    if (f.kind === 'xlsx' && f.title && !title.trim()) setTitle(f.title.split('\n')[0].slice(0, TITLE_MAX));
  }

  async function pickWeapp() {
    setBusy('file');
    try {
      const f = await chooseTableFileWeapp();
      if (f) takeFile(f);
    } catch (e) {
      setIssues((old) => ({ ...old, table: e instanceof TableFileError ? e.message : '文件读不出来，请重新选择' }));
    } finally {
      setBusy('');
    }
  }

  async function pickH5(file: File) {
    setBusy('file');
    try {
      takeFile(await readTableFileH5(file));
    } catch (e) {
      setIssues((old) => ({ ...old, table: e instanceof TableFileError ? e.message : '文件读不出来，请重新选择' }));
    } finally {
      setBusy('');
    }
  }

  function tablePart(): Pick<DraftInput, 'table' | 'pasted'> {
    if (source?.kind === 'saved') return { table: source.table };
    if (source?.kind === 'file') return source.file.kind === 'xlsx' ? { table: source.file.table } : { pasted: source.file.text };
    return pasted.trim() ? { pasted } : {};
  }

  async function save(then: 'save' | 'preview') {
    if (sending.current) return; // a double tap saves once
    setError(null);
    if (!source && pasteCheck && !pasteCheck.ok) {
      setIssues({ table: pasteCheck.text });
      return;
    }
    if (then === 'preview' && rule?.formedOnRequired && !formedOn) {
      // The way to submitting: the date is asked here, by its field, not after the preview.
      setIssues({ formed: `请选择${rule.formedOnLabel}（公开时限：${rule.text}）` });
      return;
    }
    const input = {
      ...(draftId ? { id: draftId } : {}),
      requestId,
      ...(version !== undefined ? { version } : {}),
      regionCode,
      itemId,
      title,
      body,
      ...tablePart(),
      ...(start ? { publicityStart: start } : {}),
      ...(formedOn ? { formedOn } : {}),
      ...(linkUrl.trim() || linkTitle.trim() ? { link: { title: linkTitle, url: linkUrl, date: linkDate || todayShanghai() } } : {}),
      ...(qa.some((x) => x.q.trim() || x.a.trim()) ? { interpretation: qa.filter((x) => x.q.trim() || x.a.trim()) } : {}),
    };
    const parsed = v.safeParse(draftSchema, input);
    if (!parsed.success) {
      const { field, message } = firstIssue(parsed.issues);
      setIssues({ [FIELD_OF[field] ?? 'form']: message });
      return;
    }
    setIssues({});
    sending.current = true;
    setBusy(then);
    try {
      let answer = await callPublish('drafts.save', parsed.output);
      if (!parsed.output.id && lostFirstSave.current) {
        // The first try was stored after all and came back as it was then: save what is here now.
        answer = await callPublish('drafts.save', { ...parsed.output, id: answer.draft.id, version: answer.draft.version });
      }
      lostFirstSave.current = false;
      setDraftId(answer.draft.id);
      setVersion(answer.draft.version);
      setSavedAt(answer.draft.updatedAt);
      setFormedOn(answer.draft.formedOn ?? '');
      setDueOn(answer.draft.dueOn ?? '');
      if (then === 'preview') go(cadreRoutes.preview(answer.draft.id));
      else void Taro.showToast({ title: '草稿已保存', icon: 'none' });
    } catch (e) {
      const err = toApiError(e);
      if (!parsed.output.id && (err.code === 'NETWORK' || err.code === 'INTERNAL')) lostFirstSave.current = true;
      setError(err);
    } finally {
      sending.current = false;
      setBusy('');
    }
  }

  async function reloadDraft() {
    if (!draftId) return;
    try {
      fill(await callPublish('drafts.get', { id: draftId }));
      setError(null);
    } catch (e) {
      setError(toApiError(e));
    }
  }

  const villageList = (targets.data?.targets ?? []).map((t) => t.region);
  const publisher = targets.data?.publisher;
  const cadre = !publisher || publisher.kind === 'cadre';
  const today = todayShanghai();
  // The 信息形成 date may not pass the function's today: offer and bound it by that, not the phone's clock.
  const serverToday = targets.data?.today ?? today;

  return (
    <Screen>
      <View className="h1">{draftId ? (cadre ? '修改公示' : '修改公开信息') : cadre ? '新建公示' : '发布公开信息'}</View>
      {publisher && !cadre && <View className="muted">发布单位：{publisher.name}</View>}
      {reviewNote && <Notice title="审核退回，请按意见修改后重新提交" text={`审核意见：${reviewNote}`} />}
      {savedAt && <View className="muted">草稿已保存，可以随时回来接着写。</View>}

      <View className="card">
        <FormField label={cadre ? '1. 哪个村（社区）' : '1. 在哪里发布'} error={issues.regionCode}>
          {targets.data ? (
            villageList.length === 0 ? (
              <Text className="muted">您还没有绑定可以发布的地方，请联系乡镇（街道）或县政务公开办设置。</Text>
            ) : (
              <Choices
                name={cadre ? '村（社区）' : '发布的地方'}
                options={villageList.map((x) => ({ value: x.code, label: x.name }))}
                value={regionCode}
                onChange={(c) => {
                  if (c !== regionCode) {
                    setRegionCode(c);
                    // Another village may lie in the same county: keep the item when it is still offered.
                    if (c.slice(0, 6) !== regionCode.slice(0, 6)) {
                      setItemId('');
                      setDomain('');
                    }
                  }
                  clearIssue('regionCode');
                }}
              />
            )
          ) : targets.error ? (
            <ErrorBox error={targets.error} onRetry={() => void targets.reload()} />
          ) : (
            <Loading />
          )}
        </FormField>

        <FormField
          label="2. 发布的是哪个公开事项"
          hint={cadre ? '先选领域，再选事项。这里只列村级公开的事项。' : '先选领域，再选事项。这里只列您可以发布的事项。'}
          error={issues.itemId}
        >
          {!regionCode ? (
            <Text className="muted">请先选发布的地方。</Text>
          ) : catalog.data ? (
            villageItems.length === 0 ? (
              <Text className="muted">目录里还没有您可以在这里发布的事项。</Text>
            ) : (
              <>
                <Choices
                  name="领域"
                  compact
                  options={domains.map((d) => ({ value: d.id, label: d.name }))}
                  value={domain}
                  onChange={(d) => {
                    setDomain(d);
                    if (item && item.domain !== d) setItemId('');
                  }}
                />
                {domain && (
                  <View className="section">
                    <Choices
                      name="公开事项"
                      options={villageItems
                        .filter((i) => i.domain === domain)
                        .map((i) => ({
                          value: i.id,
                          label: i.level2,
                          help: i.level1 + (i.publicityDays ? ` · 默认公示期：${i.publicityDays.text}` : ''),
                        }))}
                      value={itemId}
                      onChange={(id) => {
                        setItemId(id);
                        clearIssue('itemId');
                      }}
                    />
                  </View>
                )}
                {item && (
                  <View className="cd-item-card">
                    <Text className="field__label">已选：{item.level2}</Text>
                    <Text className="field__value">{item.summary}</Text>
                    <Text className="field__value">
                      默认公示期：{item.publicityDays ? item.publicityDays.text : '该事项没有规定公示期，以预览页显示的为准'}
                    </Text>
                    {item.contents.length > 0 && <Text className="field__value">应公开的内容：{item.contents.join('；')}</Text>}
                  </View>
                )}
              </>
            )
          ) : catalog.error ? (
            <ErrorBox error={catalog.error} onRetry={() => void catalog.reload()} />
          ) : (
            <Loading text="正在读取公开目录…" />
          )}
        </FormField>

        {rule && (
          <FormField
            label={`${rule.formedOnLabel}${rule.formedOnRequired ? '' : '（选填）'}`}
            hint={`公开时限：${rule.text}。${rule.formedOnRequired ? '请选信息实际形成的日期（不能晚于今天），提交前必须选；' : '不填就按更新周期（' + (item?.updateCycle.text ?? '') + '）计算；'}审核通过之日为发布日，超过时限的计为公开不及时。`}
            error={issues.formed}
          >
            <View className="cd-date-row">
              <Picker
                mode="date"
                value={formedOn || serverToday}
                end={serverToday}
                onChange={(e) => {
                  setFormedOn(String(e.detail.value));
                  setDueOn('');
                  clearIssue('formed');
                }}
              >
                <View
                  className="cm-filter tap"
                  {...{
                    role: 'button',
                    'aria-label': `${rule.formedOnLabel}：${formedOn ? formatDateCn(formedOn) : rule.formedOnRequired ? '未选' : '未填'}，点按${formedOn ? '更改' : '选择'}`,
                  }}
                >
                  <Text>{rule.formedOnLabel}：</Text>
                  <Text className="cm-filter__value">{formedOn ? formatDateCn(formedOn) : rule.formedOnRequired ? '请选择' : '未填'}</Text>
                  <Text> ▾</Text>
                </View>
              </Picker>
              {formedOn && !rule.formedOnRequired && (
                <Tap role="button" className="cd-small-btn" onTap={() => setFormedOn('')}>
                  <Text>不填</Text>
                </Tap>
              )}
            </View>
            {shownDue ? (
              <Text className="field__value">应于 {formatDateCn(shownDue)} 前公开（含当天）。</Text>
            ) : due.loading ? (
              <Text className="cm-form-field__hint">正在计算最迟公开日期…</Text>
            ) : (
              <Text className="cm-form-field__hint">
                {rule.formedOnRequired ? `选好${rule.formedOnLabel}后，这里会显示最迟公开日期。` : '按更新周期，这里暂无最迟公开日期。'}
              </Text>
            )}
            {live?.late && (
              <View className="note" {...{ role: 'alert' }}>
                已超过公开时限：应于 {formatDateCn(live.dueOn)} 前公开，现在发布将计为公开不及时。请尽快提交审核。
              </View>
            )}
            {due.error && <FieldError text={due.error.message} />}
          </FormField>
        )}

        <FormField label="3. 标题" hint={`4到${TITLE_MAX}个字，例如：关于2026年农村危房改造拟补助对象的公示`} error={issues.title}>
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={TITLE_MAX}
            value={title}
            placeholder="请输入公示标题"
            onInput={(e) => {
              setTitle(e.detail.value);
              clearIssue('title');
            }}
          />
        </FormField>

        <FormField
          label="4. 正文"
          hint="写清楚公开什么、依据什么、有疑问找谁。至少10个字；已在别处发布原文的，可以只填下面的原文链接。以“## ”开头的一行是小标题，以“- ”开头的是列表，空一行分段。"
          error={issues.body}
        >
          <TextBox
            value={body}
            maxlength={BODY_MAX}
            placeholder="例如：经农户申请、村民代表评议，拟将以下农户列为补助对象，现予公示。"
            onInput={(e) => {
              setBody(e.detail.value);
              clearIssue('body');
            }}
          />
          <Text className="cm-counter">
            已写{body.trim().length}字（至少10字，最多{BODY_MAX}字）
          </Text>
        </FormField>

        <FormField
          label="原文链接（选填）"
          hint="文件已在政府网站等处发布的，填上文件名称、网址和日期，群众点开就能看原文，不用重复发布。"
          error={issues.link}
        >
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={TITLE_MAX}
            value={linkTitle}
            placeholder="文件名称"
            onInput={(e) => {
              setLinkTitle(e.detail.value);
              clearIssue('link');
            }}
          />
          <Input
            className="cm-inputbox"
            type="text"
            maxlength={500}
            value={linkUrl}
            placeholder="网址，以 https:// 开头"
            onInput={(e) => {
              setLinkUrl(e.detail.value);
              clearIssue('link');
            }}
          />
          <Picker mode="date" value={linkDate || today} onChange={(e) => setLinkDate(String(e.detail.value))}>
            <View
              className="cm-filter tap"
              {...{ role: 'button', 'aria-label': `文件日期：${linkDate ? formatDateCn(linkDate) : '今天'}，点按更改` }}
            >
              <Text>文件日期：</Text>
              <Text className="cm-filter__value">{linkDate ? formatDateCn(linkDate) : '今天'}</Text>
              <Text> ▾</Text>
            </View>
          </Picker>
        </FormField>

        <FormField
          label="政策解读（选填，政策文件类事项应当填写）"
          hint="用几问几答，把这份文件说了什么、谁能享受、怎么办理讲清楚。群众打开时先看到这里。"
          error={issues.qa}
        >
          {policy && !qa.some((x) => x.q.trim() && x.a.trim()) && <Notice title="请写政策解读" text={INTERPRETATION_REMINDER} />}
          {qa.map((x, i) => (
            <View key={i} className="cd-qa">
              <Input
                className="cm-inputbox"
                type="text"
                maxlength={100}
                value={x.q}
                placeholder={`问${i + 1}：例如 这份文件说了什么？`}
                onInput={(e) => setQa((old) => old.map((y, j) => (j === i ? { ...y, q: e.detail.value } : y)))}
              />
              <TextBox
                value={x.a}
                maxlength={1000}
                placeholder="答：用村民听得懂的话回答"
                onInput={(e) => setQa((old) => old.map((y, j) => (j === i ? { ...y, a: e.detail.value } : y)))}
              />
              <Tap role="button" className="cd-small-btn" onTap={() => setQa((old) => old.filter((_, j) => j !== i))}>
                <Text>删除这一问</Text>
              </Tap>
            </View>
          ))}
          {qa.length < QA_MAX && (
            <ActionButton kind="plain" onTap={() => setQa((old) => [...old, { q: '', a: '' }])}>
              添加一问一答
            </ActionButton>
          )}
        </FormField>

        <FormField
          label="5. 名单或表格（选填）"
          hint="身份证号、电话会自动隐去中间几位，银行卡号、病情等整列删除。提交前可以在预览里核对。"
          error={issues.table}
        >
          {source ? (
            <TableSummary
              source={source}
              onClear={() => {
                setSource(null);
                clearIssue('table');
              }}
            />
          ) : (
            <>
              <TextBox
                className="cd-paste"
                value={pasted}
                maxlength={PASTE_MAX}
                placeholder="从表格软件复制后粘贴到这里（第一行是表头）"
                {...{ 'aria-label': '从表格软件复制后粘贴到这里' }}
                onInput={(e) => {
                  setPasted(e.detail.value);
                  clearIssue('table');
                }}
              />
              <Text className="cm-form-field__hint">
                从表格软件复制后粘贴到这里：在 Excel 或 WPS 里选中整张表（含表头）复制，再长按这里粘贴。
              </Text>
              {pasteCheck &&
                (pasteCheck.ok ? <Text className="cd-table-ok">✓ {pasteCheck.text}</Text> : <FieldError text={pasteCheck.text} />)}
              <Text className="cd-or">—— 或者 ——</Text>
              {process.env.TARO_ENV === 'h5' ? (
                <H5FilePicker busy={busy === 'file'} onFile={(f) => void pickH5(f)} />
              ) : (
                <ActionButton kind="plain" onTap={() => void pickWeapp()} disabled={busy === 'file'}>
                  {busy === 'file' ? '正在读取文件…' : '从聊天中选择文件'}
                </ActionButton>
              )}
              <Text className="cm-form-field__hint cd-file-hint">
                {process.env.TARO_ENV === 'h5' ? '' : '先把表格发到微信（如“文件传输助手”），再从聊天里选。'}支持 Excel 的 .xlsx 和 .csv
                文件。
              </Text>
            </>
          )}
        </FormField>

        <FormField label="6. 公示开始日期（选填）" hint="不选就从审核通过那天开始；要晚几天开始的，选一个以后的日子。" error={issues.start}>
          <View className="cd-date-row">
            <Picker mode="date" value={start || today} start={today} onChange={(e) => setStart(String(e.detail.value))}>
              <View
                className="cm-filter tap"
                {...{ role: 'button', 'aria-label': `开始：${start ? formatDateCn(start) : '审核通过之日'}（公示开始日期，点按更改）` }}
              >
                <Text>开始：</Text>
                <Text className="cm-filter__value">{start ? formatDateCn(start) : '审核通过之日'}</Text>
                <Text> ▾</Text>
              </View>
            </Picker>
            {start && (
              <Tap role="button" className="cd-small-btn" onTap={() => setStart('')}>
                <Text>改回审核通过之日</Text>
              </Tap>
            )}
          </View>
        </FormField>
      </View>

      <FieldError text={issues.form} />
      {error && (
        <Notice
          title={error.code === 'CONFLICT' ? '草稿已在别处修改' : '没有保存成功'}
          text={isSignedOut(error) ? signInText() : error.message}
        >
          {error.code === 'CONFLICT' && draftId && (
            <ActionButton kind="plain" onTap={() => void reloadDraft()}>
              重新读取草稿（这里没保存的改动会丢失）
            </ActionButton>
          )}
        </Notice>
      )}

      <View className="cm-btn-row">
        <ActionButton onTap={() => void save('preview')} disabled={busy !== ''}>
          {busy === 'preview' ? '正在保存…' : '预览'}
        </ActionButton>
        <ActionButton kind="plain" onTap={() => void save('save')} disabled={busy !== ''}>
          {busy === 'save' ? '正在保存…' : '保存草稿'}
        </ActionButton>
        <Text className="muted">预览会先保存草稿。看过群众将看到的样子，才能提交审核。</Text>
      </View>
    </Screen>
  );
}
