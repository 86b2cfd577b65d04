// 回应关切 (unit staff): the questions complainants agreed to show publicly, with the unit's
// answer — the unit may reword the question as the public reads it (the original stays
// private) — and a response to a concern many raised, bound to an item and a place, which
// residents read under the item and on the village page (群众关切与回应).
import { TextBox } from '../../../../components/TextBox';
import { Picker, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { StaffResponseView } from '@core/responses/service';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { Empty, ErrorBox, PagedList } from '../../../../components/Status';
import { FormField } from '../../../../components/FormField';
import { Notice } from '../../../../components/Notice';
import { toApiError, useLoad, usePaged } from '../../../../hooks/useApi';
import { callPublic, callPublish, callUnit } from '../../../../services/api';
import { go, routes } from '../../../../utils/nav';
import { complaintRoutes } from '../../../../pages/complaint/routes';
import { formatDateCn } from '../../../../utils/format';
import { isSignedOut, signInText } from '../../../../utils/sign-in';
import '../../../../components/complaint.css';

function Select({ label, names, index, onPick }: { label: string; names: string[]; index: number; onPick: (i: number) => void }) {
  return (
    <Picker mode="selector" range={names} value={index} onChange={(e) => onPick(Number(e.detail.value))}>
      <View className="cm-filter tap" {...{ role: 'button', 'aria-label': `${label}：${names[index]}，点按更改` }}>
        <Text>{label}：</Text>
        <Text className="cm-filter__value">{names[index]}</Text>
        <Text> ▾</Text>
      </View>
    </Picker>
  );
}

/** One public Q&A or response; a Q&A's public question can be reworded here. */
function ResponseRow({ r, onSaved }: { r: StaffResponseView; onSaved: (question: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [question, setQuestion] = useState(r.question);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setProblem('');
    try {
      const saved = await callUnit('complaints.publicWording', { id: r.complaintId!, question });
      onSaved(saved.question);
      setEditing(false);
    } catch (e) {
      setProblem(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card">
      <View className="row__badges">
        <Text className="badge badge--plain">{r.kind === 'qa' ? '群众提问（投诉人同意公开）' : '本单位回应'}</Text>
        {r.reworded && <Text className="badge badge--plain">问题已改写</Text>}
      </View>
      <View className="row__title">{r.kind === 'qa' ? `问：${r.question}` : r.question}</View>
      <View className="field__value">{r.kind === 'qa' ? `答：${r.answer}` : r.answer}</View>
      <View className="muted">{formatDateCn(r.at)}公开</View>
      {r.kind === 'qa' && r.complaintId && !editing && (
        <View className="cm-btn-row">
          <ActionButton kind="plain" onTap={() => setEditing(true)}>
            改写公开的问题
          </ActionButton>
          <ActionButton kind="plain" onTap={() => go(complaintRoutes.unitDetail(r.complaintId!))}>
            查看原诉求
          </ActionButton>
        </View>
      )}
      {editing && (
        <FormField label="公开的问题" hint="群众看到的是这里的文字；原诉求不会公开。姓名、电话、门牌号会自动隐去。" error={problem}>
          <TextBox
            className="cm-textbox--short"
            value={question}
            maxlength={500}
            nativeProps={{ 'aria-label': '公开的问题' }}
            onInput={(e) => setQuestion(e.detail.value)}
          />
          <View className="cm-btn-row">
            <ActionButton onTap={() => void save()} disabled={busy}>
              {busy ? '正在保存…' : '保存公开的问题'}
            </ActionButton>
            <ActionButton kind="plain" onTap={() => setEditing(false)}>
              取消
            </ActionButton>
          </View>
        </FormField>
      )}
    </View>
  );
}

/** A response to a concern many raised: an item of the unit (or none), a place, a title and the text. */
function NewResponse({ onPublished }: { onPublished: () => void }) {
  const targets = useLoad('targets', () => callPublish('targets.mine', {}));
  const home = targets.data?.targets[0]?.region ?? null;
  const children = useLoad(home ? `children ${home.code}` : null, () => callPublic('regions.children', { code: home!.code }));
  const places = home ? [home, ...(children.data?.items ?? [])] : [];
  const items = targets.data?.targets[0]?.items ?? [];
  const [place, setPlace] = useState(0);
  const [item, setItem] = useState(0);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  if (targets.error) return <ErrorBox error={targets.error} onRetry={() => void targets.reload()} />;
  if (!home) return null;

  async function publish() {
    setBusy(true);
    setProblem('');
    setDone('');
    try {
      const r = await callUnit('responses.publish', {
        regionCode: places[place].code,
        ...(item > 0 ? { itemId: items[item - 1].id } : {}),
        title,
        text,
      });
      setDone(`已发布：${r.question}`);
      setTitle('');
      setText('');
      onPublished();
    } catch (e) {
      setProblem(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="card">
      <View className="row__title">发布回应</View>
      <View className="muted">群众反映集中的问题，可以统一公开回应。回应显示在所选地方（及其下辖村、社区）和所选事项下。</View>
      <Select label="在哪里显示" names={places.map((p) => p.name)} index={place} onPick={setPlace} />
      <Select label="相关事项" names={['不限事项', ...items.map((i) => i.level2)]} index={item} onPick={setItem} />
      <FormField label="标题" hint="例如：关于危房改造补助发放时间的回应">
        <TextBox
          className="cm-textbox--short"
          value={title}
          maxlength={100}
          nativeProps={{ 'aria-label': '回应标题' }}
          onInput={(e) => setTitle(e.detail.value)}
        />
      </FormField>
      <FormField label="回应内容" hint="用群众听得懂的话说清楚：什么情况、怎么办、找谁。">
        <Textarea
          className="cm-textbox"
          value={text}
          maxlength={2000}
          nativeProps={{ 'aria-label': '回应内容' }}
          onInput={(e) => setText(e.detail.value)}
        />
      </FormField>
      {problem && <Notice title="没有发布成功" text={problem} />}
      {done && <View className="muted">{done}</View>}
      <ActionButton onTap={() => void publish()} disabled={busy || title.trim().length < 2 || text.trim().length < 2}>
        {busy ? '正在发布…' : '发布回应'}
      </ActionButton>
    </View>
  );
}

export default function UnitResponses() {
  const [reworded, setReworded] = useState<Record<string, string>>({});
  const [unitName, setUnitName] = useState('');
  const list = usePaged<StaffResponseView>('responses.mine', async (cursor) => {
    const page = await callUnit('responses.mine', cursor ? { cursor } : {});
    setUnitName(page.unitName);
    return page;
  });

  if (list.error && (isSignedOut(list.error) || list.error.code === 'FORBIDDEN')) {
    return (
      <Screen>
        <Empty text={isSignedOut(list.error) ? signInText() : list.error.message}>
          <ActionButton onTap={() => go(routes.home())}>回首页</ActionButton>
        </Empty>
      </Screen>
    );
  }

  return (
    <Screen>
      <View className="h1">回应关切</View>
      {unitName && <View className="muted">{unitName}公开的问答和回应，最新的在前。</View>}
      <NewResponse onPublished={() => void list.reload()} />
      <PagedList list={list} empty={<Empty text="还没有公开的问答或回应。投诉人评价时同意公开的问答会出现在这里。" />}>
        {(items) => (
          <View className="section">
            {items.map((r) => (
              <ResponseRow
                key={r.id}
                r={reworded[r.id] ? { ...r, question: reworded[r.id], reworded: true } : r}
                onSaved={(q) => setReworded((old) => ({ ...old, [r.id]: q }))}
              />
            ))}
          </View>
        )}
      </PagedList>
    </Screen>
  );
}
