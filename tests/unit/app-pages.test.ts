// The complaint pages live in a subpackage (packages/complaint) to keep the main package under
// 400 KB. A link to a page that is not declared is a dead tap in WeChat, and a resident page that
// links into the subpackage without a preload rule makes 我要监督 wait for a download.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { complaintRoutes } from '../../src/pages/complaint/routes';
import { appConfig, appPages } from '../helpers/app-pages';

const srcPages = join(__dirname, '..', '..', 'src', 'pages');
const path = (url: string) => url.replace(/^\//, '').split('?')[0];

describe('the complaint pages', () => {
  it('are declared where their addresses point', () => {
    const pages = appPages();
    const urls = [complaintRoutes.create({ code: '510118' }), complaintRoutes.mine(), complaintRoutes.detail('c1')];
    for (const url of [...urls, complaintRoutes.unitQueue(), complaintRoutes.unitDetail('c1')]) expect(pages).toContain(path(url));
  });

  it('are outside the main package', () => {
    const main = appConfig().pages;
    for (const url of [complaintRoutes.create({ code: '510118' }), complaintRoutes.mine(), complaintRoutes.detail('c1')]) {
      expect(main).not.toContain(path(url));
    }
  });

  it('are preloaded from every main-package page that opens them', () => {
    const app = appConfig();
    const root = path(complaintRoutes.mine()).split('/pages/')[0];
    const linking = readdirSync(srcPages).filter((dir) => {
      const file = join(srcPages, dir, 'index.tsx');
      try {
        return /complaintRoutes\.(create|mine|detail)\(/.test(readFileSync(file, 'utf8'));
      } catch {
        return false;
      }
    });
    expect(linking.length).toBeGreaterThan(0);
    for (const dir of linking) expect(app.preloadRule?.[`pages/${dir}/index`]?.packages).toContain(root);
  });
});
