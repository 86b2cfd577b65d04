// The complaint as a 12345 工单: what the hotline needs to handle it, nothing of who filed it
// but a phone the complainant left openly (信访工作条例 Art. 30: anonymity is kept).
import type { Complaint } from '../complaints/model';
import { HOTLINE_SOURCE, type HotlineOrder } from './model';

export function orderOf(c: Complaint, countyName: string): HotlineOrder {
  return {
    ticket: c.id,
    kind: c.kind,
    category: c.category,
    text: c.text,
    region: {
      code: c.regionCode,
      name: c.regionName,
      countyCode: c.countyCode,
      countyName,
      ...(c.townCode ? { townCode: c.townCode } : {}),
    },
    unit: { id: c.unitId, name: c.unitName },
    deadline: c.answerDeadline.due,
    acceptDeadline: c.acceptDeadline.due,
    source: HOTLINE_SOURCE,
    filedAt: c.createdAt,
    anonymous: c.anonymous,
    ...(!c.anonymous && c.contactPhone ? { contact: { phone: c.contactPhone } } : {}),
    ...(c.itemTitle ? { item: c.itemTitle } : {}),
    ...(c.disclosureTitle ? { disclosure: c.disclosureTitle } : {}),
    photos: c.photos.length,
  };
}
