// WeChat's platform services behind the ports: msgSecCheck v2, subscribeMessage.send,
// cloud-storage file ids checked against the caller's own upload prefix, and mini-program
// codes (wxacode.getUnlimited) for a disclosure.
//
// How wx-server-sdk 4.0.2 answers a cloud call (its source, node_modules/wx-server-sdk/index.js,
// callWXOpenAPI): request keys are converted camelCase -> snake_case, answer keys snake_case ->
// camelCase (so `trace_id` arrives as `traceId`); a JSON answer with a non-zero errcode is
// THROWN as a CloudSDKError carrying `errCode` and `errMsg`; a success resolves with
// `errCode: 0`; a binary answer (an image) resolves as `{ contentType, buffer }`.
import type { CheckSuggest, ContentCheck, FileStore, Notifier } from '../../core/complaints/ports';
import type { Notification } from '../../core/complaints/model';
import type { Store, UploadFolderStore } from '../../core/store';
import { ACCEPT_PAGE, sceneForDisclosure, type ImageBytes, type QrCodes } from '../../core/platform/ports';
import { invitationScene } from '../../core/accounts/invitation';
import type { Platform } from './context';
import { folderOwnedBy } from './upload-folders';
import { formatShanghaiDateTimeCn } from '../../core/time/shanghai';
import type { TemplateIds } from '../../core/complaints/subscriptions';

export interface WxOpenApi {
  security: {
    msgSecCheck(p: {
      content: string;
      version: 2;
      scene: number;
      openid: string;
    }): Promise<{ errCode?: number; result?: { suggest?: string } }>;
  };
  subscribeMessage: {
    send(p: {
      touser: string;
      templateId: string;
      page?: string;
      data: Record<string, { value: string }>;
      miniprogramState?: string;
    }): Promise<{ errCode?: number }>;
  };
}

/**
 * Field limits of subscribe-message values, by the key's kind (`thing2` is a thing), from the
 * platform's 订阅消息参数值内容限制说明: thing 20 characters of any kind; character_string 32
 * digits, letters or symbols; phrase 5 Chinese characters only; name 10 Chinese characters;
 * number/letter 32; symbol 5; phone_number 17; car_number 8. time and date are formats, not lengths.
 */
export const FIELD_LIMITS: Record<string, number> = {
  thing: 20,
  character_string: 32,
  phrase: 5,
  time: 30,
  date: 30,
  name: 10,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  car_number: 8,
};

/** Kinds whose value may be any text: a cut one ends with an ellipsis. The others allow only their own characters, so they are cut short without one. */
const ELLIPSIS_KINDS = new Set(['thing']);

export function truncateField(key: string, value: string): string {
  const kind = key.replace(/\d+$/, '');
  const max = FIELD_LIMITS[kind] ?? 20;
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return ELLIPSIS_KINDS.has(kind) || !(kind in FIELD_LIMITS) ? `${chars.slice(0, max - 1).join('')}…` : chars.slice(0, max).join('');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An ISO instant as the platform's time/date format, in Shanghai (UTC+8 all year): 2026年12月7日 23:59. */
export function shanghaiDateTime(iso: string): string | null {
  const t = Date.parse(iso);
  if (!ISO_INSTANT.test(iso) || Number.isNaN(t)) return null;
  return formatShanghaiDateTimeCn(t);
}

/**
 * A value made fit for its template key: time.* and date.* given as ISO instants are written
 * the way the platform accepts them (47003 otherwise), then every kind is cut to its limit.
 */
export function formatField(key: string, value: string): string {
  const kind = key.replace(/\d+$/, '');
  const v = kind === 'time' || kind === 'date' ? (shanghaiDateTime(value) ?? value) : value;
  return truncateField(key, v);
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

/** The page a message opens (must exist in the released mini-program, else errcode 41030). */
export const COMPLAINT_PAGE = 'packages/complaint/pages/detail/index';
/** Staff open the unit's handling page instead. */
export const UNIT_COMPLAINT_PAGE = 'packages/unit/pages/detail/index';
/** The applicant's page of an application for information (依申请公开). */
export const APPLICATION_PAGE = 'packages/apply/pages/detail/index';

function pageOf(n: Notification): string {
  if (n.subject === 'application') return APPLICATION_PAGE;
  return n.audience === 'staff' ? UNIT_COMPLAINT_PAGE : COMPLAINT_PAGE;
}

export function wxNotifier(
  openapi: WxOpenApi,
  store: Store,
  templates: Partial<Record<Notification['template'], TemplateConfig>>,
): Notifier {
  return {
    async send(n) {
      const t = templates[n.template];
      let status: Notification['status'] = 'failed';
      let error: string | undefined;
      if (!t) error = '未配置订阅消息模板';
      else if (!(await store.takeConsent(n.to, n.template))) {
        // No accept on record (declined, or never asked): the send would fail with 43101.
        status = 'no_consent';
        error = '用户未同意接收此类通知';
      } else {
        const data: Record<string, { value: string }> = {};
        for (const [ours, theirs] of Object.entries(t.fields)) {
          if (n.body[ours] !== undefined) data[theirs] = { value: formatField(theirs, n.body[ours]) };
        }
        try {
          const r = await openapi.subscribeMessage.send({
            touser: n.to,
            templateId: t.templateId,
            page: `${pageOf(n)}?id=${encodeURIComponent(n.complaintId)}`,
            data,
          });
          status = !r.errCode ? 'sent' : 'failed';
          if (r.errCode) error = String(r.errCode);
        } catch (e) {
          const code = (e as { errCode?: number }).errCode;
          // 43101: the user has no subscription left for this template. Recorded, not retried.
          status = code === 43101 ? 'no_consent' : 'failed';
          error = String(code ?? (e as Error).message);
        }
        // A send that failed for another reason did not use the person's consent: keep it.
        if (status === 'failed') await store.recordConsent(n.to, n.template, 'accept', n.createdAt);
      }
      await store.putNotification({ ...n, status, ...(error ? { error } : {}) });
      return status;
    },
  };
}

/**
 * Uploads go to `uploads/<folder>/<name>` at the root of the environment's bucket (a file id is
 * `cloud://<env>.<bucket>/<path>`), the folder one `files.prefix` gave this caller
 * (upload-folders.ts); any other id is never attached, nor one with `..`, a backslash or an
 * empty path segment in it.
 */
export function wxFiles(store: UploadFolderStore): FileStore {
  return {
    async ownedBy(fileId, openid) {
      if (!openid || fileId.includes('..') || fileId.includes('\\')) return false;
      const m = /^cloud:\/\/[^/]+\/uploads\/([^/]+)\/([^/]+)$/.exec(fileId);
      return Boolean(m && (await folderOwnedBy(store, m[1], openid)));
    },
  };
}

// ---- mini-program codes ----

/** wxacode.getUnlimited, as wx-server-sdk's `cloud.openapi` offers it (see the note at the top). */
export interface WxCodeOpenApi {
  wxacode: {
    getUnlimited(p: {
      scene: string;
      page?: string;
      check_path?: boolean;
      env_version?: 'release' | 'trial' | 'develop';
      width?: number;
    }): Promise<{ contentType?: string; buffer?: Uint8Array; errCode?: number; errMsg?: string }>;
  };
}

/** A refusal of a WeChat open API, with its errCode and a message a person can read. */
export class WxApiError extends Error {
  constructor(
    readonly api: string,
    readonly errCode: number | string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'WxApiError';
  }
}

/** errCodes of wxacode.getUnlimited (its documentation's table) in words. */
const QR_ERRORS: Record<string, string> = {
  '-1': '微信系统繁忙，请稍后再试',
  '40097': '小程序码参数有误',
  '41030': '小程序码指向的页面不存在或小程序尚未发布',
  '45009': '生成小程序码太频繁，请稍后再试',
  '85096': '小程序码参数有误',
};

export interface QrCodeOptions {
  /** The page the code opens; it reads `options.scene` (see core/platform/ports.ts disclosureIdFromScene). */
  page?: string;
  /** Which build the code opens: release (default), trial or develop. */
  envVersion?: 'release' | 'trial' | 'develop';
  width?: number;
}

/**
 * Disclosure codes from wxacode.getUnlimited. The scene comes from sceneForDisclosure
 * (`d=<id>` or `p=<id without pub->`, at most 32 characters); an id that does not fit is
 * refused before any call. check_path is false so codes can be made before the page is
 * published (the platform then limits a page to 60000 codes).
 */
export function wxQrCodes(openapi: WxCodeOpenApi, options: QrCodeOptions = {}): QrCodes {
  const page = options.page ?? 'pages/disclosure/index';
  const envVersion = options.envVersion ?? 'release';
  async function draw(scene: string, forPage: string): Promise<ImageBytes> {
    let r: Awaited<ReturnType<WxCodeOpenApi['wxacode']['getUnlimited']>>;
    try {
      r = await openapi.wxacode.getUnlimited({
        scene,
        page: forPage,
        check_path: false,
        env_version: envVersion,
        ...(options.width ? { width: options.width } : {}),
      });
    } catch (e) {
      const code = (e as { errCode?: number | string } | null)?.errCode;
      throw new WxApiError('wxacode.getUnlimited', code, QR_ERRORS[String(code)] ?? '生成小程序码失败，请稍后再试');
    }
    // A JSON answer with an errcode is thrown by the SDK; anything else without an image is a failure too.
    if (r.errCode || !r.buffer || !/^image\//.test(r.contentType ?? '')) {
      throw new WxApiError('wxacode.getUnlimited', r.errCode, QR_ERRORS[String(r.errCode)] ?? '生成小程序码失败，请稍后再试');
    }
    return { contentType: r.contentType!, buffer: r.buffer };
  }
  return {
    // async: a scene that does not fit rejects, as the platform's refusals do.
    disclosureCode: async (disclosureId) => draw(sceneForDisclosure(disclosureId), page),
    invitationCode: async (code) => draw(invitationScene(code), ACCEPT_PAGE),
  };
}

export function templatesFromEnv(env: Record<string, string | undefined>): Partial<Record<Notification['template'], TemplateConfig>> {
  const out: Partial<Record<Notification['template'], TemplateConfig>> = {};
  for (const name of ['accepted', 'answered', 'escalated', 'new_complaint', 'overdue', 'application_progress'] as const) {
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

/** The template ids alone, as the client asks for them. */
export function templateIds(templates: Partial<Record<Notification['template'], TemplateConfig>>): TemplateIds {
  const out: TemplateIds = {};
  for (const [name, t] of Object.entries(templates) as Array<[Notification['template'], TemplateConfig]>) {
    if (typeof t?.templateId === 'string' && t.templateId) out[name] = t.templateId;
  }
  return out;
}

export function wxPlatform(openapi: WxOpenApi & WxCodeOpenApi, store: Store): Platform {
  const templates = templatesFromEnv(process.env);
  return {
    subscribeTemplates: templateIds(templates),
    check: wxContentCheck(openapi),
    notifier: wxNotifier(openapi, store, templates),
    files: wxFiles(store),
    qrCodes: wxQrCodes(openapi),
  };
}
