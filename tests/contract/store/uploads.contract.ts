// The Store contract for upload folders.
import { describe } from '@jest/globals';
import assert from 'node:assert/strict';
import { caseOn, type Open } from './fixtures';

export function uploadsContract(open: Open): void {
  const test = caseOn(open);

  describe('upload folders', () => {
    const f = (id: string, ownerOpenid: string) => ({ id, ownerOpenid, createdAt: '2025-03-01T00:00:00.000Z' });

    test('a folder is recorded with its owner; a second put of the id keeps the first', async (s) => {
      const id = '0123456789abcdef0123456789abcdef';
      assert.equal(await s.getUploadFolder(id), null);
      assert.equal(await s.putUploadFolder(f(id, 'o-a')), true);
      assert.equal(await s.putUploadFolder(f(id, 'o-b')), false);
      assert.deepStrictEqual(await s.getUploadFolder(id), f(id, 'o-a'));
    });
  });
}
