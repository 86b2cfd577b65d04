// 读给我听: shown only where a Chinese voice exists; reads the disclosure's title and 解读 in
// short pieces with that voice, and stops on a second tap.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { disclosureSpeech, ReadAloud } from '../../src/components/ReadAloud';
import { browserSpeaker, chunks } from '../../src/services/speech';

class Utterance {
  voice: unknown = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeSynth(langs: string[]) {
  const spoken: Utterance[] = [];
  const synth = {
    getVoices: () => langs.map((lang) => ({ lang, name: lang })),
    speak: jest.fn((u: Utterance) => void spoken.push(u)),
    cancel: jest.fn(),
    addEventListener: jest.fn(),
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken, cancel: synth.cancel };
}

(globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = Utterance;

describe('读给我听', () => {
  test('no Chinese voice: no speaker, so no button', async () => {
    expect(await browserSpeaker(fakeSynth(['en-US']).synth)).toBeNull();
    expect(await browserSpeaker(undefined)).toBeNull();
    render(<ReadAloud text="新津区农村危房改造补助标准" find={() => browserSpeaker(fakeSynth(['en-US']).synth)} />);
    await act(async () => undefined);
    expect(screen.queryByRole('button', { name: '读给我听' })).toBeNull();
  });

  test('reads the title and the 解读 with the Chinese voice, and a second tap stops it', async () => {
    const { synth, spoken, cancel } = fakeSynth(['en-US', 'zh-CN']);
    const text = disclosureSpeech('危房改造补助标准', [{ q: '这份文件说了什么？', a: '危房户可以申请修房补助。' }], '原文');
    const find = () => browserSpeaker(synth);
    render(<ReadAloud text={text} find={find} />);
    const button = await screen.findByRole('button', { name: '读给我听' });
    fireEvent.click(button);
    expect(spoken.map((u) => u.text.replace(/\n/g, '')).join('')).toBe('危房改造补助标准。这份文件说了什么？危房户可以申请修房补助。');
    expect(spoken.every((u) => (u.voice as { lang: string }).lang === 'zh-CN')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '停止朗读' }));
    expect(cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '读给我听' })).toBeTruthy();
  });

  test('long text goes in pieces cut after sentences, nothing lost', () => {
    const long = '第一句话。'.repeat(40) + '没有标点的很长一段'.repeat(30);
    const parts = chunks(long, 150);
    expect(parts.every((p) => p.length <= 150)).toBe(true);
    expect(parts.join('')).toBe(long);
    expect(parts[0].endsWith('。')).toBe(true);
  });
});
