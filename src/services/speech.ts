// 读给我听: reading a text aloud, behind one small port. H5: the browser's speechSynthesis with a
// Chinese voice; weapp: WeChat's 同声传译 plugin (WechatSI), declared in app.config.ts only when
// the deployment configures it (WECHAT_SI_VERSION). No speaker, no button.
import Taro from '@tarojs/taro';
import { READ_ALOUD_PLUGIN } from '../constants/config';

export interface Speaker {
  /** Reads `text`; `onDone` when it has finished or was stopped. */
  speak(text: string, onDone: () => void): void;
  stop(): void;
}

/** Pieces of at most `max` characters, cut after a sentence where possible (the plugin takes short texts). */
export function chunks(text: string, max = 150): string[] {
  const out: string[] = [];
  let cur = '';
  for (const part of text.split(/(?<=[。！？；\n])/)) {
    for (let p = part; p; p = p.slice(max)) {
      const piece = p.slice(0, max);
      if (cur && (cur + piece).length > max) {
        out.push(cur);
        cur = '';
      }
      cur += piece;
    }
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The browser's speech with a Chinese voice, or null (many browsers, headless ones too, have none). */
export async function browserSpeaker(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): Promise<Speaker | null> {
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  let voices = synth.getVoices();
  if (!voices.length) {
    // Voices load after the page: wait for them a moment.
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 1500);
      synth.addEventListener?.('voiceschanged', () => {
        clearTimeout(t);
        resolve();
      });
    });
    voices = synth.getVoices();
  }
  const voice = voices.find((v) => /^zh[-_](CN|Hans)/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang));
  if (!voice) return null;
  return {
    speak(text, onDone) {
      synth.cancel();
      const parts = chunks(text);
      parts.forEach((p, i) => {
        const u = new SpeechSynthesisUtterance(p);
        u.voice = voice;
        u.lang = voice.lang;
        u.rate = 0.9;
        if (i === parts.length - 1) u.onend = onDone;
        u.onerror = onDone;
        synth.speak(u);
      });
    },
    stop() {
      synth.cancel();
    },
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the plugin and requirePlugin have no types */
declare const requirePlugin: ((name: string) => any) | undefined;

/** WeChat's 同声传译 plugin: text to an audio file, played one piece after another. */
export function pluginSpeaker(): Speaker | null {
  if (!READ_ALOUD_PLUGIN || typeof requirePlugin !== 'function') return null;
  let plugin: any;
  try {
    plugin = requirePlugin('WechatSI');
  } catch {
    return null;
  }
  let audio: Taro.InnerAudioContext | null = null;
  let stopped = false;
  const stop = () => {
    stopped = true;
    audio?.stop();
    audio?.destroy();
    audio = null;
  };
  return {
    speak(text, onDone) {
      stop();
      stopped = false;
      const parts = chunks(text);
      const next = (i: number) => {
        if (stopped || i >= parts.length) return onDone();
        plugin.textToSpeech({
          lang: 'zh_CN',
          tts: true,
          content: parts[i],
          success: (res: { filename: string }) => {
            if (stopped) return onDone();
            audio = Taro.createInnerAudioContext();
            audio.src = res.filename;
            audio.onEnded(() => next(i + 1));
            audio.onError(() => onDone());
            audio.play();
          },
          fail: () => onDone(),
        });
      };
      next(0);
    },
    stop,
  };
}

/** The speaker this platform has, or null (then 读给我听 is not shown). */
export function findSpeaker(): Promise<Speaker | null> {
  if (process.env.TARO_ENV === 'weapp') return Promise.resolve(pluginSpeaker());
  if (process.env.TARO_ENV === 'h5') return browserSpeaker();
  return Promise.resolve(null);
}
