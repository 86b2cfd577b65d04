// WeChat's platform services behind the ports: msgSecCheck v2, subscribeMessage.send, and
// cloud-storage file ids checked against the caller's own upload prefix.
import type { CheckSuggest, ContentCheck, FileStore, Notifier } from '../../core/complaints/ports';
import type { Notification } from '../../core/complaints/model';
import type { Store } from '../../core/store';
import type { Platform } from './context';

export interface WxOpenApi {
  security: { msgSecCheck(p: { content: string; version: 2; scene: number; openid: string }): Promise<{ errCode?: number; result?: { suggest?: string } }> };
  subscribeMessage: { send(p: { touser: string; templateId: string; page?: string; data: Record<string, { value: string }>; miniprogramState?: string }): Promise<{ errCode?: number }> };
}

/** Field limits of subscribe-message values: thing.* 20 chars, others per the template. */
export const FIELD_LIMITS: Record<string, number> = { thing: 20, character_string: 32, phrase: 5, time: 30, name: 10 };

export function truncateField(key: string, value: string): string {
  const kind = key.replace(/\d+$/, '');
  const max = FIELD_LIMITS[kind] ?? 20;
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

export function wxContentCheck(openapi: WxOpenApi): ContentCheck {
  return {
    async checkText(content, openid): Promise<CheckSuggest> {
      // scene 2: 评论 (user comments). Any failure of the check itself holds the text for a person.
      try {
        const r = await openapi.security.msgSecCheck({ content, version: 2, scene: 2, openid });
        const s = r.result?.suggest;
        return s === 'risky' ? 'risky' : s === 'pass' ? 'pass' : 'review';
      } catch {
        return 'review';
      }
    },
  };
}

/** Maps our template names to the account's template ids and fields (env: TEMPLATE_<NAME>). */
export interface TemplateConfig {
  templateId: string;
  /** Our body key -> the template's field key, e.g. ticket -> character_string1. */
  fields: Record<string, string>;
}

export function wxNotifier(openapi: WxOpenApi, store: Store, templates: Partial<Record<Notification['template'], TemplateConfig>>): Notifier {
  return {
    async send(n) {
      const t = templates[n.template];
      let status: Notification['status'] = 'failed';
      let error: string | undefined;
      if (!t) error = '未配置订阅消息模板';
      else {
        const data: Record<string, { value: string }> = {};
        for (const [ours, theirs] of Object.entries(t.fields)) {
          if (n.body[ours] !== undefined) data[theirs] = { value: truncateField(theirs, n.body[ours]) };
        }
        try {
          const r = await openapi.subscribeMessage.send({ touser: n.to, templateId: t.templateId, page: `pages/complaint/index?id=${n.complaintId}`, data });
          status = !r.errCode ? 'sent' : 'failed';
          if (r.errCode) error = String(r.errCode);
        } catch (e) {
          const code = (e as { errCode?: number }).errCode;
          // 43101: the user has no subscription left for this template. Recorded, not retried.
          status = code === 43101 ? 'no_consent' : 'failed';
          error = String(code ?? (e as Error).message);
        }
      }
      await store.putNotification({ ...n, status, ...(error ? { error } : {}) });
      return status;
    },
  };
}

/** Uploads go to `uploads/<openid>/...`; an id outside the caller's folder is never attached. */
export function wxFiles(): FileStore {
  return {
    async ownedBy(fileId, openid) {
      return /^cloud:\/\/[^/]+\//.test(fileId) && fileId.includes(`/uploads/${openid}/`) && !fileId.includes('..');
    },
  };
}

export function templatesFromEnv(env: NodeJS.ProcessEnv): Partial<Record<Notification['template'], TemplateConfig>> {
  const out: Partial<Record<Notification['template'], TemplateConfig>> = {};
  for (const name of ['accepted', 'answered', 'escalated', 'new_complaint', 'overdue'] as const) {
    const raw = env[`TEMPLATE_${name.toUpperCase()}`];
    if (!raw) continue;
    try {
      out[name] = JSON.parse(raw) as TemplateConfig;
    } catch {
      /* a malformed setting leaves that template unconfigured */
    }
  }
  return out;
}

export function wxPlatform(openapi: WxOpenApi, store: Store): Platform {
  return { check: wxContentCheck(openapi), notifier: wxNotifier(openapi, store, templatesFromEnv(process.env)), files: wxFiles() };
}
