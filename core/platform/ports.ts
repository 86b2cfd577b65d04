// Platform services beyond the complaint ports (core/complaints/ports.ts): mini-program codes
// for a disclosure (to print on a 公示栏 notice). The cloud draws them with WeChat's
// wxacode.getUnlimited (cloudfunctions/shared/wx-platform.ts); the local cloud stands in
// (server/platform.ts). Also here: how a disclosure id travels in a code's `scene` and back,
// because both the function that draws the code and the page that is opened by it must agree on it.

/** An image, as the platform returns it (wxacode.getUnlimited answers image/png or image/jpeg). */
export interface ImageBytes {
  contentType: string;
  /** Node's Buffer in the cloud (a Uint8Array). */
  buffer: Uint8Array;
}

export interface QrCodes {
  /**
   * A mini-program code that opens the disclosure page for this id. Throws SceneTooLongError
   * when the id cannot be carried in a scene (see sceneForDisclosure), and the platform's
   * error (with its errCode) when the platform refuses.
   */
  disclosureCode(disclosureId: string): Promise<ImageBytes>;
  /**
   * A code that opens the accept page of an invitation (scene `i=<code>`, see
   * core/accounts/invitation.ts); locally a QR of the H5 accept page with `?code=`.
   */
  invitationCode(code: string): Promise<ImageBytes>;
}

/** The local stand-in has no public address to put in a code (PUBLIC_BASE_URL is not set). */
export class NoPublicAddressError extends Error {
  constructor() {
    super('没有配置群众访问的网址（PUBLIC_BASE_URL），无法生成二维码');
    this.name = 'NoPublicAddressError';
  }
}

/** The page an invitation's code opens (the admin subpackage's accept page). */
export const ACCEPT_PAGE = 'packages/admin/pages/accept/index';

// ---- the scene of a disclosure's mini-program code ----
//
// wxacode.getUnlimited carries at most 32 visible characters of `scene`, from
// [0-9A-Za-z] and !#$&'()*+,/:;=?@-._~ (no %, so no URL encoding of Chinese). The page
// receives it URL-encoded as `options.scene` and must decodeURIComponent it.
//   scene `d=<id>`           -> id                  (any id of at most 30 allowed characters)
//   scene `p=<rest>`         -> `pub-<rest>`        (ids made by the cadre service,
//                                                    pub-<12-digit village>-<time36>-<6>: 32
//                                                    characters, 2 too many for `d=`)
//   scene `c=<packed>`       -> the id, each `!<n>` in it written back as the default domain
//                               key SCENE_DOMAINS[n]: the demo's and the templates'
//                               `<region>-<domain>-<nn>-<n>` ids (about 42 characters) fit,
//                               510118002003-rural_housing_renovation-07-1 -> c=510118002003-!3-07-1
// SCENE_DOMAINS is printed on paper: only ever append to it (one digit: at most 10 keys).

export const SCENE_MAX = 32;
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

export class SceneTooLongError extends Error {
  constructor(readonly disclosureId: string) {
    super(`公开信息编号 ${disclosureId} 太长或含有小程序码不支持的字符，无法生成小程序码（scene 最多 ${SCENE_MAX} 个字符）`);
    this.name = 'SceneTooLongError';
  }
}

/**
 * The default domains' keys (core/catalog/domains.ts DEFAULT_DOMAINS), numbered for `c=` scenes.
 * Kept here, not imported, so the page that reads a scene does not carry the catalog.
 */
export const SCENE_DOMAINS = [
  'land_acquisition',
  'housing_expropriation',
  'affordable_housing',
  'rural_housing_renovation',
  'disaster_relief',
  'poverty_alleviation',
  'municipal_services',
  'public_resource_trading',
  'compulsory_education',
] as const;

function pack(id: string): string | null {
  if (id.includes('!')) return null;
  let out = id;
  SCENE_DOMAINS.forEach((key, n) => {
    out = out.split(key).join(`!${n}`);
  });
  return out === id ? null : out;
}

function unpack(packed: string): string {
  return packed.replace(/!(\d)/g, (m, n: string) => SCENE_DOMAINS[Number(n)] ?? m);
}

/** The scene for a disclosure's code; throws SceneTooLongError when the id cannot be carried. */
export function sceneForDisclosure(disclosureId: string): string {
  const candidates = [`d=${disclosureId}`];
  if (disclosureId.startsWith('pub-')) candidates.push(`p=${disclosureId.slice(4)}`);
  const packed = pack(disclosureId);
  if (packed !== null && unpack(packed) === disclosureId) candidates.push(`c=${packed}`);
  const fit = candidates.find((s) => s.length <= SCENE_MAX && SCENE_CHARS.test(s));
  if (!fit || disclosureId === '' || disclosureId === 'pub-') throw new SceneTooLongError(disclosureId);
  return fit;
}

/** A page's `options.scene` as text: WeChat hands it URL-encoded, a test or a link raw; null when malformed. */
export function decodeScene(scene: string | undefined | null): string | null {
  if (!scene) return null;
  try {
    return decodeURIComponent(scene);
  } catch {
    return null;
  }
}

/** The disclosure id a page's `options.scene` stands for (raw or URL-encoded), or null. */
export function disclosureIdFromScene(scene: string | undefined | null): string | null {
  const s = decodeScene(scene);
  if (s === null) return null;
  if (s.length > SCENE_MAX || !SCENE_CHARS.test(s)) return null;
  if (s.startsWith('d=') && s.length > 2) return s.slice(2);
  if (s.startsWith('p=') && s.length > 2) return `pub-${s.slice(2)}`;
  if (s.startsWith('c=') && s.length > 2) return unpack(s.slice(2));
  return null;
}
