// 节假日安排: the county 政务公开办 (the deployment's administrator) sees which years' working-day
// calendars are kept, is warned while next year's is missing, and enters a year from the State
// Council's notice: the days off and the 调休 make-up working days, one date per line. The
// function checks everything again (the same schema) and recomputes the open complaints.
import { Input, Text, View } from '@tarojs/components';
import { TextBox } from '../../../../components/TextBox';
import { useState } from 'react';
import * as v from 'valibot';
import { calendarPutSchema } from '@core/api/contracts/admin';
import { Screen } from '../../../../components/Screen';
import { ActionButton } from '../../../../components/Tap';
import { ErrorBox, Loading } from '../../../../components/Status';
import { toApiError, useLoad } from '../../../../hooks/useApi';
import { callAdmin } from '../../../../services/api';
import { go, routes } from '../../../../utils/nav';

/** Dates from a textarea: one per line (commas, spaces and 、 also separate). */
function datesOf(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export default function CalendarAdmin() {
  const list = useLoad('calendar', () => callAdmin('calendar.list', {}));
  const [year, setYear] = useState('');
  const [off, setOff] = useState('');
  const [work, setWork] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function edit(y: number) {
    setYear(String(y));
    setDone('');
    setProblem('');
    try {
      const { record } = await callAdmin('calendar.get', { year: y });
      setOff(record ? record.offDays.join('\n') : '');
      setWork(record ? record.workDays.join('\n') : '');
      setNumber(record?.notice?.number ?? '');
      setDate(record?.notice?.date ?? '');
    } catch (e) {
      setProblem(toApiError(e).message);
    }
  }

  async function save() {
    const req = {
      year: Number(year),
      offDays: datesOf(off),
      workDays: datesOf(work),
      notice: { number: number.trim(), date: date.trim() },
    };
    const r = v.safeParse(calendarPutSchema, req);
    if (!r.success) {
      setProblem(/[\u4e00-\u9fa5]/.test(r.issues[0].message) ? r.issues[0].message : '请检查填写的内容');
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      const a = await callAdmin('calendar.put', r.output);
      setDone(
        `${a.record.year}年节假日安排已保存。${a.recomputed ? `已重新计算${a.recomputed}件未办结诉求的办理期限。` : ''}${
          a.recomputedApplications ? `已重新计算${a.recomputedApplications}件信息公开申请的答复期限。` : ''
        }`,
      );
      await list.reload();
    } catch (e) {
      setProblem(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  if (list.error) {
    return (
      <Screen>
        <ErrorBox error={list.error} onRetry={() => void list.reload()} />
        <ActionButton kind="plain" onTap={() => go(routes.home())}>
          回首页
        </ActionButton>
      </Screen>
    );
  }
  if (!list.data) {
    return (
      <Screen>
        <Loading />
      </Screen>
    );
  }
  const l = list.data;
  const years = [...l.years].sort((a, b) => b.year - a.year);
  return (
    <Screen>
      <View className="h1">节假日安排（工作日日历）</View>
      <View className="muted">
        诉求的签收、答复期限按工作日计算：周末和法定节假日不算，调休上班日算。每年国务院办公厅公布下一年的放假安排后（通常在11月），请在这里录入。
      </View>
      {l.warning && (
        <View className="card" role="alert">
          <Text className="badge badge--late">! {l.warning}</Text>
          <View>
            <ActionButton onTap={() => void edit(l.thisYearMissing ? l.thisYear : l.nextYear)}>
              录入{l.thisYearMissing ? l.thisYear : l.nextYear}年安排
            </ActionButton>
          </View>
        </View>
      )}
      <View className="muted">
        未录入的年份：周末和元旦（1月1日）、劳动节（5月1日）、国庆节（10月1日至3日）不算工作日，期限显示为“预计”，录入后自动重新计算。
      </View>

      <View className="h2">已录入的年份</View>
      <View className="card">
        {!years.some((y) => y.year === l.nextYear) && (
          <View className="row">
            <Text>{l.nextYear}年：未录入</Text>
            <ActionButton kind="plain" onTap={() => void edit(l.nextYear)}>
              录入
            </ActionButton>
          </View>
        )}
        {years.slice(0, 6).map((y) => (
          <View className="row" key={y.year}>
            <View>
              <Text>
                {y.year}年：放假{y.offDays}天（不含周末），调休上班{y.workDays}天
              </Text>
              <View className="muted">
                {y.source === 'entered'
                  ? `依据：${y.notice?.number ?? ''}（${y.notice?.date ?? ''}）`
                  : '来源：chinese-days 数据包（部署时写入）'}
              </View>
            </View>
            <ActionButton kind="plain" onTap={() => void edit(y.year)}>
              修改
            </ActionButton>
          </View>
        ))}
      </View>

      {year && (
        <View className="card">
          <View className="h2">{year}年节假日安排</View>
          <View className="field__label">放假日期（只填工作日，周末不用填；每行一个，如 {year}-01-01）</View>
          <TextBox value={off} maxlength={2000} onInput={(e) => setOff(e.detail.value)} placeholder={`${year}-01-01`} />
          <View className="field__label">调休上班日期（星期六或星期日上班的日子；每行一个）</View>
          <TextBox value={work} maxlength={1000} onInput={(e) => setWork(e.detail.value)} placeholder={`${year}-02-20`} />
          <View className="field__label">通知文号</View>
          <Input
            className="cm-inputbox"
            type="text"
            value={number}
            onInput={(e) => setNumber(e.detail.value)}
            placeholder="如 国办发明电〔2025〕7号"
          />
          <View className="field__label">通知日期</View>
          <Input className="cm-inputbox" type="text" value={date} onInput={(e) => setDate(e.detail.value)} placeholder="如 2025-11-04" />
          {problem && (
            <View className="cm-error" role="alert">
              {problem}
            </View>
          )}
          {done && <View className="muted">{done}</View>}
          <ActionButton onTap={() => void save()} disabled={busy}>
            {busy ? '正在保存…' : '保存并重新计算期限'}
          </ActionButton>
        </View>
      )}
    </Screen>
  );
}
