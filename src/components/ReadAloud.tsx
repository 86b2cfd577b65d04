// 读给我听: a button that reads a text (a disclosure's 解读, an item's summary) aloud; hidden
// where the platform has no Chinese speech (services/speech.ts).
import { useEffect, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { findSpeaker, type Speaker } from '../services/speech';
import { ActionButton } from './Tap';

/** What 读给我听 reads of a disclosure: its title, then its 解读 (问与答), else its text. */
export function disclosureSpeech(title: string, qa: Array<{ q: string; a: string }>, body: string): string {
  const rest = qa.length ? qa.map((x) => `${x.q}\n${x.a}`).join('\n') : body.slice(0, 1000);
  return `${title}。\n${rest}`;
}

export function ReadAloud({ text, find = findSpeaker }: { text: string; find?: () => Promise<Speaker | null> }) {
  const [speaker, setSpeaker] = useState<Speaker | null>(null);
  const [reading, setReading] = useState(false);
  const ref = useRef<Speaker | null>(null);
  useEffect(() => {
    let live = true;
    void find().then((s) => {
      if (!live) return;
      ref.current = s;
      setSpeaker(s);
    });
    return () => {
      live = false;
      // Leaving the page stops the voice.
      ref.current?.stop();
    };
  }, [find]);
  if (!speaker || !text.trim()) return null;
  const toggle = () => {
    if (reading) {
      speaker.stop();
      setReading(false);
      return;
    }
    setReading(true);
    speaker.speak(text, () => setReading(false));
  };
  return (
    <View className="read-aloud">
      <ActionButton kind="plain" onTap={toggle}>
        {reading ? '停止朗读' : '读给我听'}
      </ActionButton>
    </View>
  );
}
