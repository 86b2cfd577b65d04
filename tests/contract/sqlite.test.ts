import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../stores/sqlite/store';
import { storeContract } from './store';

storeContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-contract-'));
  const store = openSqliteStore(join(dir, 'store.db'));
  return Object.assign(store, {
    async close() {
      store.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
});
