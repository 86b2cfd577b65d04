// 预览公示: exactly what the public will see (drafts.preview) — title, text, the masked table
// with every changed cell marked in words and colour — what was hidden, and the 公示期; then
// 返回修改 or 提交审核 with the version read. After submitting: 已提交，等待审核.
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { CADRE } from '@core/api/contracts/cadre';
import type { DraftView, Preview } from '@core/api/publicity-views';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, ErrorBox, Loading } from '../../../../components/Status';
import { Field } from '../../../../components/Field';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { usePullRefresh } from '../../../../hooks/usePageRefresh';
import { ApiError, callCadre } from '../../../../services/api';
import { go, param, routes } from '../../../../utils/nav';
import { firstIssue } from '../../../../utils/issues';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import { Notice } from '../../../../components/Notice';
import { backTo, cadreRoutes } from '../../routes';
import { DraftBadge } from '../../components/DraftBadge';
import { HiddenSummary } from '../../components/HiddenSummary';
import { DraftHistory } from '../../components/DraftHistory';
import { publicityLength } from '../../drafts';
import { PublicCopy } from '../../components/PublicCopy';
import '../../../../components/complaint.css';

function PeriodCard({ d, p }: { d: DraftView; p: Preview }) {
  return (
    <View className="card">
      <Field label="公示期">
        <Text>
          {p.publicity.text}（共{publicityLength(p.publicity)}）
        </Text>
      </Field>
      <Field label="从哪天开始">
        <Text>{d.publicityStart ? `${formatDateCn(d.publicityStart)}（审核在这天之后通过的，从通过那天开始）` : '审核通过那天开始'}</Text>
      </Field>
      <Field label="村（社区）和事项">
        <Text>
          {d.regionName}
          {d.itemTitle ? ` · ${d.itemTitle}` : ''}
        </Text>
      </Field>
    </View>
  );
}

function Submitted({ d }: { d: DraftView }) {
  return (
    <Screen>
      <View className="cm-done-head">
        <Text className="cm-done-head__sign">✓ 已提交，等待审核</Text>
        <Text className="muted">{d.title}</Text>
      </View>
      <View className="card">
        <Text>乡镇（街道）审核人审核通过后，公示就会发布，群众在小程序里能看到，公示期从审核通过那天算起。</Text>
        <Text className="muted">如果被退回，会在“村务公示”的“我写的公示”里看到审核意见，改好后可以再提交。</Text>
      </View>
      <View className="cm-btn-row">
        <ActionButton onTap={() => backTo(cadreRoutes.home(), cadreRoutes.home())}>回到村务公示</ActionButton>
      </View>
    </Screen>
  );
}

export default function PreviewPage() {
  const id = param(useRouter().params.id);
  const draft = useLoad(id ? `draft ${id}` : null, () => callCadre('drafts.get', { id }));
  const preview = useLoad(id ? `preview ${id}` : null, () => callCadre('drafts.preview', { id }));
  const [submitted, setSubmitted] = useState<DraftView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef(false);
  usePullRefresh(draft.reload, preview.reload);

  if (!id)
    return (
      <Screen>
        <Empty text="链接里缺少公示编号，请从“村务公示”打开。" />
      </Screen>
    );
  if (submitted) return <Submitted d={submitted} />;
  const failed = draft.error ?? preview.error;
  if (isSignedOut(failed))
    return (
      <Screen>
        <Empty text={signInText()} />
      </Screen>
    );
  if (!draft.data || !preview.data) {
    return (
      <Screen>
        {failed ? (
          <ErrorBox
            error={failed}
            onRetry={() => {
              void draft.reload();
              void preview.reload();
            }}
          />
        ) : (
          <Loading text="正在生成预览…" />
        )}
      </Screen>
    );
  }
  const d = draft.data;
  const p = preview.data;

  async function submit() {
    if (sending.current) return;
    setError(null);
    const parsed = v.safeParse(CADRE['drafts.submit'].req, { id: d.id, version: d.version });
    if (!parsed.success) {
      setError(new ApiError('INVALID_INPUT', firstIssue(parsed.issues).message));
      return;
    }
    sending.current = true;
    setBusy(true);
    try {
      setSubmitted(await callCadre('drafts.submit', parsed.output));
    } catch (e) {
      const err = toApiError(e);
      setError(err);
      if (err.code === 'CONFLICT' || err.code === 'NOT_FOUND') await Promise.all([draft.reload(), preview.reload()]);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  }

  const editBack = () => backTo(cadreRoutes.edit(), cadreRoutes.edit({ id: d.id }));

  return (
    <Screen>
      <View className="row__badges">
        <DraftBadge status={d.status} name={d.statusName} />
        {d.status === 'draft' && <Text className="badge badge--plain">还没有提交，群众看不到</Text>}
      </View>

      {d.status === 'published' ? (
        <>
          <View className="h1">{d.title}</View>
          <View className="card">
            <Text>这份公示已经发布，群众看到的就是公开页面上的内容。</Text>
          </View>
          <ActionButton onTap={() => go(routes.disclosure(d.id))}>查看公开页面</ActionButton>
        </>
      ) : d.status === 'withdrawn' ? (
        <>
          <View className="h1">{d.title}</View>
          <Notice title="这份公示已撤回，群众看不到了" text={d.withdrawReason ? `撤回理由：${d.withdrawReason}` : undefined} />
        </>
      ) : (
        <>
          {d.status === 'pending_review' && (
            <View className="cm-info" role="status">
              <Text className="cm-info__title">已提交，等待审核</Text>
              <Text>审核通过后发布。下面是群众将看到的内容。</Text>
            </View>
          )}
          <PublicCopy p={p} />
          <HiddenSummary p={p} />
          <PeriodCard d={d} p={p} />

          {error && (
            <Notice
              title={
                error.code === 'CONTENT_REJECTED'
                  ? '内容没有通过检查，未提交'
                  : error.code === 'CONFLICT'
                    ? '公示状态已变化，已刷新'
                    : '没有提交成功'
              }
              text={isSignedOut(error) ? signInText() : error.message}
            />
          )}
          {d.status === 'draft' && (
            <View className="cm-btn-row">
              <ActionButton onTap={() => void submit()} disabled={busy}>
                {busy ? '正在提交…' : '提交审核'}
              </ActionButton>
              <ActionButton kind="plain" onTap={editBack}>
                返回修改
              </ActionButton>
              <Text className="muted">提交后不能再修改；审核人退回的，可以改好再提交。</Text>
            </View>
          )}
        </>
      )}

      {d.status !== 'draft' && (
        <View className="cm-btn-row">
          <ActionButton kind="plain" onTap={() => backTo(cadreRoutes.home(), cadreRoutes.home())}>
            回到村务公示
          </ActionButton>
        </View>
      )}

      <View className="h2">办理经过</View>
      <View className="card">
        <DraftHistory items={d.history} />
      </View>
    </Screen>
  );
}
