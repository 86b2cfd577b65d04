// Mini-program code scenes (≤ 32 characters): what a printed 公示 or an invitation carries, and
// how the page reads it back, raw or URL-encoded as WeChat hands it over.
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { decodeScene, disclosureIdFromScene, SCENE_MAX, sceneForDisclosure, SceneTooLongError } from '../../core/platform/ports';
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
