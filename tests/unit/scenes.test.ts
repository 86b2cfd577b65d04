// Mini-program code scenes (≤ 32 characters): what a printed 公示 or an invitation carries, and
// how the page reads it back, raw or URL-encoded as WeChat hands it over.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  decodeScene,
  disclosureIdFromScene,
  SCENE_DOMAINS,
  SCENE_MAX,
  sceneForDisclosure,
  SceneTooLongError,
} from '../../core/platform/ports';
import { DEFAULT_DOMAINS } from '../../core/catalog/domains';
import { invitationCodeFromScene, invitationScene, newInvitationCode } from '../../core/accounts/invitation';

describe('scenes', () => {
  it('a disclosure id round-trips through its scene, raw and URL-encoded, within 32 characters', () => {
    for (const id of ['d1', 'pub-0123456789abcdef0123456789ab', 'x'.repeat(SCENE_MAX - 2)]) {
      const scene = sceneForDisclosure(id);
      assert.ok(scene.length <= SCENE_MAX, scene);
      assert.equal(disclosureIdFromScene(scene), id);
      assert.equal(disclosureIdFromScene(encodeURIComponent(scene)), id);
    }
  });

  it('every id form the project makes fits: the cadre service’s, the demo’s and the templates’ (every default domain, region of 6, 9 or 12 digits), the bench’s', () => {
    const ids = ['pub-510118101001-mwwwncw0-a1B2c3', '510118101001-b17', 'bench-123'];
    for (const domain of SCENE_DOMAINS) {
      for (const region of ['510118', '510118002', '510118002003']) ids.push(`${region}-${domain}-07-12`);
    }
    for (const id of ids) {
      const scene = sceneForDisclosure(id);
      assert.ok(scene.length <= SCENE_MAX, `${id} -> ${scene}`);
      assert.equal(disclosureIdFromScene(scene), id);
      // As a page gets it on weapp: options.scene URL-encoded.
      assert.equal(disclosureIdFromScene(encodeURIComponent(scene)), id);
    }
    assert.equal(sceneForDisclosure('510118002003-rural_housing_renovation-07-1'), 'c=510118002003-!3-07-1');
  });

  it('numbers the default domains in their order, append-only (scenes are printed on paper)', () => {
    assert.deepEqual(DEFAULT_DOMAINS.map((d) => d.id).slice(0, SCENE_DOMAINS.length), [...SCENE_DOMAINS]);
    assert.ok(SCENE_DOMAINS.length <= 10);
  });

  it('an id that cannot be carried is refused, not cut', () => {
    assert.throws(() => sceneForDisclosure('x'.repeat(SCENE_MAX)), SceneTooLongError);
  });

  it('an invitation code round-trips, typed in any case with spaces or dashes', () => {
    const code = newInvitationCode();
    assert.ok(invitationScene(code).length <= SCENE_MAX);
    assert.equal(invitationCodeFromScene(invitationScene(code)), code);
    assert.equal(invitationCodeFromScene(encodeURIComponent(invitationScene(code))), code);
    assert.equal(invitationCodeFromScene(`i=${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`), code);
  });

  it('malformed scenes read as nothing', () => {
    for (const bad of [undefined, null, '', '%', '%E4%B8', 'q=abc', 'i=', 'd=']) {
      assert.equal(disclosureIdFromScene(bad), null, String(bad));
      assert.equal(invitationCodeFromScene(bad), null, String(bad));
    }
    assert.equal(decodeScene('%'), null);
    assert.equal(decodeScene('d%3D1'), 'd=1');
  });
});
