// Asks for subscribe-message consent at a moment people accept it: a resident right after
// filing (签收, 答复, 督办), an applicant for information after applying (登记, 补正·延期, 答复), staff at their queue (a new complaint). Shown only where the platform
// has subscribe messages and the deployment configured templates; the ask runs in the tap itself
// (WeChat requires it) and every answer, yes or no, is recorded.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { callAccount } from '../services/api';
import { subscribePort } from '../services/subscribe';
import { ActionButton } from './Tap';

const WORDS = {
  owner: {
    title: '办理进度通知',
    text: '单位签收、答复或被督办时，用微信通知您。',
    yes: '好的，已开启通知。每次同意可收到一次；以后提交诉求时还会问您。',
  },
  applicant: {
    title: '申请进度通知',
    text: '机关登记、要求补正、延期或答复时，用微信通知您。',
    yes: '好的，已开启通知。每次同意可收到一次；以后提交申请时还会问您。',
  },
  staff: {
    title: '新诉求提醒',
    text: '有新诉求派到本单位或快超期时，用微信提醒您。',
    yes: '好的，已开启提醒。每次同意可收到一次，每次打开待办都可以再开启。',
  },
} as const;

export function SubscribePrompt({ audience }: { audience: keyof typeof WORDS }) {
  const port = subscribePort();
  const [ids, setIds] = useState<string[]>([]);
  const [state, setState] = useState<'ask' | 'yes' | 'no'>('ask');

  useEffect(() => {
    if (!port.supported) return;
    // Nothing configured, or no identity: no ask.
    void callAccount('subscribe.offer', {})
      .then((o) => setIds(o[audience]))
      .catch(() => setIds([]));
  }, [port, audience]);

  if (!port.supported || ids.length === 0) return null;
  const w = WORDS[audience];

  function ask() {
    // The platform call comes first, inside the tap.
    void port.ask(ids).then((answers) => {
      if (!answers) return;
      setState(Object.values(answers).includes('accept') ? 'yes' : 'no');
      void callAccount('subscribe.record', { answers }).catch(() => undefined);
    });
  }

  return (
    <View className="card" role="region" aria-label={w.title}>
      <View className="row__title">{w.title}</View>
      {state === 'ask' ? (
        <>
          <Text className="muted">{w.text}</Text>
          <View className="cm-btn-row">
            <ActionButton onTap={ask}>接收通知</ActionButton>
          </View>
        </>
      ) : (
        <Text className="muted">{state === 'yes' ? w.yes : '没有开启通知。您仍可以在“我的监督”里随时查看进度。'}</Text>
      )}
    </View>
  );
}
