import type { AuditEntry } from '../../core/audit';
import type { AuditStore } from '../../core/store';
import { cap, plain, strip, type Plan, type WxContext } from './shared';

export function wxAudit(ctx: WxContext): AuditStore {
  return {
    async appendAudit(e) {
      ctx.calls++;
      // add, not set: an audit entry is never replaced.
      await ctx.db.collection('audit').add({ data: { ...plain(e), _id: e.id } });
    },
    async listAudit(limit, after, countyCode) {
      const plan: Plan = {
        coll: 'audit',
        where: countyCode ? [{ countyCode }] : [],
        sort: [
          ['at', 'desc'],
          ['_id', 'desc'],
        ],
      };
      const start = after ? { at: after.at, _id: after.id } : undefined;
      return (await ctx.read(plan, cap(limit), start)).map(strip<AuditEntry>);
    },
  };
}
