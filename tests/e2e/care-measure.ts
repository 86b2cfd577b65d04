// What a person with poor sight meets in care mode, from computed styles: visible text under
// 18 px and tappable things under 48 px tall in the page on top. Shared by the care-mode e2e
// and `npm run bench` (care_mode_small_text_nodes).
import type { Locator } from 'playwright-core';

export async function smallThings(cur: Locator): Promise<{ text: string[]; targets: string[] }> {
  return cur.evaluate((root) => {
    const text: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      const px = parseFloat(style.fontSize);
      if (px < 18) text.push(`${n.textContent.trim().slice(0, 20)} (${px}px)`);
    }
    const targets: string[] = [];
    for (const el of Array.from(root.querySelectorAll('[role="button"], [role="link"], [role="switch"], [role="radio"], button'))) {
      const box = (el as HTMLElement).getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 47.5) targets.push(`${(el as HTMLElement).innerText.trim().slice(0, 20)} (${Math.round(box.height)}px)`);
    }
    return { text, targets };
  });
}
