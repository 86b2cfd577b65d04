// 名单核查 (the county 政务公开办): disclosures a resident reported as leaking personal data come
// first — their table and attachments are hidden from the public (名单核查中) until checked here.
// Nothing found: 核查无误 (the table returns); something found: 撤回 (it leaves public view).
import { TextBox } from '../../../../components/TextBox';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FlaggedDisclosure } from '@core/publicity/disclosure-review';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, ErrorBox, Loading } from '../../../../components/Status';
import { Notice } from '../../../../components/Notice';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callReview } from '../../../../services/api';
import { formatDateCn } from '../../../../utils/format';
import { go, routes } from '../../../../utils/nav';
import '../../../../components/complaint.css';

function Flagged({ f, onDone }: { f: FlaggedDisclosure; onDone: (what: string) => void }) {
  const d = f.disclosure;
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function act(kind: 'clear' | 'withdraw') {
    if (note.trim().length < 2) {
      setProblem(kind === 'clear' ? '请填写核查意见' : '请填写撤回理由');
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      if (kind === 'clear') await callReview('privacy.clear', { id: d.id, note });
      else await callReview('privacy.withdraw', { id: d.id, reason: note });
      onDone(kind === 'clear' ? `“${d.title}”核查无误，名单已恢复公开。` : `“${d.title}”已撤回，群众不再能看到。`);
    } catch (e) {
      setProblem(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card">
      <View className="row__badges">
        <Text className="badge badge--running">名单核查中</Text>
        <Text className="badge badge--plain">{formatDateCn(f.privacyReview.requestedAt)}收到反映</Text>
      </View>
      <View className="row__title">{d.title}</View>
      <View className="muted">
        {d.regionName} · {d.unitName} · {formatDateCn(d.publishedAt)}发布
      </View>
      {d.table ? (
        <View className="field__value">
          名单共{d.table.rows.length}行，列：{d.table.columns.join('、')}
        </View>
      ) : (
        <View className="muted">没有名单。</View>
      )}
      {d.table && d.table.rows.length > 0 && <View className="field__value">第1行：{d.table.rows[0].join('　')}</View>}
      {d.attachments.length > 0 && <View className="field__value">附件：{d.attachments.map((a) => a.name).join('、')}</View>}
      <ActionButton kind="plain" onTap={() => go(routes.disclosure(d.id))}>
        查看这条公开信息
      </ActionButton>
      <TextBox
        className="cm-textbox--short"
        value={note}
        maxlength={300}
        placeholder="核查意见或撤回理由"
        nativeProps={{ 'aria-label': '核查意见或撤回理由' }}
        onInput={(e) => setNote(e.detail.value)}
      />
      {problem && <Notice title="没有办成" text={problem} />}
      <View className="cm-btn-row">
        <ActionButton onTap={() => void act('clear')} disabled={busy}>
          核查无误，恢复公开
        </ActionButton>
        <ActionButton kind="plain" onTap={() => void act('withdraw')} disabled={busy}>
          有泄露，撤回
        </ActionButton>
      </View>
    </View>
  );
}

export default function PrivacyCheck() {
  const list = useLoad('privacy', () => callReview('privacy.list', {}));
  const [message, setMessage] = useState('');

  if (list.error) {
    return (
      <Screen>
        <ErrorBox error={list.error} onRetry={() => void list.reload()} />
      </Screen>
    );
  }
  if (!list.data) return <Screen>{<Loading />}</Screen>;
  return (
    <Screen>
      <View className="h1">名单核查</View>
      <View className="muted">群众反映泄露个人信息的公开信息排在这里，名单和附件已暂停公开。请先核查：无误的恢复公开，有泄露的撤回。</View>
      {message && <View className="muted">{message}</View>}
      {list.data.items.length === 0 ? (
        <Empty text="目前没有待核查的反映。" />
      ) : (
        list.data.items.map((f) => (
          <Flagged
            key={f.disclosure.id}
            f={f}
            onDone={(m) => {
              setMessage(m);
              void list.reload();
            }}
          />
        ))
      )}
    </Screen>
  );
}
