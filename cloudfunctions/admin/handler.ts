// `admin`: the county 政务公开办 as the deployment's administrator: the working-day calendar
// (节假日安排), people by invitation (a unit's lead and a reviewer invite within their own
// binding), units' phones, complaint routes, and the audit record.
import { ADMIN } from '../../core/api/contracts/admin';
import { getCalendarYear, listAudit, listCalendar, putCalendarYear } from '../../core/calendar/admin-service';
import {
  createInvitation,
  deactivatePerson,
  invitationQr,
  listInvitations,
  listPeople,
  revokeInvitation,
  updatePerson,
} from '../../core/accounts/people-service';
import {
  deleteRoute,
  exportAudit,
  listCountyRoutes,
  listCountyUnits,
  previewRoute,
  putRoute,
  updateUnit,
} from '../../core/admin/county-service';
import {
  addCatalogItem,
  addDomain,
  catalogHistory,
  listCatalogForAdmin,
  retireCatalogItem,
  updateCatalogItem,
} from '../../core/catalog/admin-service';
import { statsDashboard, statsExport } from '../../core/stats/service';
import { statsTrend } from '../../core/stats/trend';
import { statsReport } from '../../core/stats/report';
import { createPartner, listPartners, revokePartner } from '../../core/open311/partners-service';
import { countyDue } from '../../core/publicity/county-due';
import { getReviewerSetting, putReviewerSetting } from '../../core/publicity/reviewer-setting';
import { rebuildStats } from '../../core/stats/rebuild';
import { getHotline, putHotline } from '../../core/hotline/admin-service';
import { setUpCounty } from '../../core/admin/county-setup';
import { bundledRegionsOf } from '../../core/regions/bundled';
import { defineActions } from '../shared/dispatch';
import type { FunctionContext } from '../shared/context';

const deps = (ctx: FunctionContext) => ({ store: ctx.store, clock: ctx.clock });
const people = (ctx: FunctionContext) => ({ store: ctx.store, clock: ctx.clock, qrCodes: ctx.platform.qrCodes });

export const handleAdmin = defineActions(ADMIN, {
  'calendar.list': (ctx) => listCalendar(deps(ctx), ctx.caller),
  'calendar.get': (ctx, d) => getCalendarYear(deps(ctx), ctx.caller, d.year),
  'calendar.put': (ctx, d) => putCalendarYear(deps(ctx), ctx.caller, d),
  'audit.list': (ctx, d) => listAudit(deps(ctx), ctx.caller, d.cursor),
  'audit.export': (ctx) => exportAudit(deps(ctx), ctx.caller),
  'invites.create': (ctx, d) => createInvitation(people(ctx), ctx.caller, d),
  'invites.list': (ctx, d) => listInvitations(people(ctx), ctx.caller, d.cursor),
  'invites.qr': (ctx, d) => invitationQr(people(ctx), ctx.caller, d.id),
  'invites.revoke': (ctx, d) => revokeInvitation(people(ctx), ctx.caller, d.id),
  'people.list': (ctx, d) => listPeople(people(ctx), ctx.caller, d.cursor),
  'people.update': (ctx, d) => updatePerson(people(ctx), ctx.caller, d),
  'people.deactivate': (ctx, d) => deactivatePerson(people(ctx), ctx.caller, d.openid),
  'units.list': (ctx) => listCountyUnits(deps(ctx), ctx.caller),
  'units.update': (ctx, d) => updateUnit(deps(ctx), ctx.caller, d),
  'routes.list': (ctx) => listCountyRoutes(deps(ctx), ctx.caller),
  'routes.put': (ctx, d) => putRoute(deps(ctx), ctx.caller, d),
  'catalog.update': (ctx, d) => updateCatalogItem(deps(ctx), ctx.caller, d),
  'catalog.add': (ctx, d) => addCatalogItem(deps(ctx), ctx.caller, d),
  'catalog.retire': (ctx, d) => retireCatalogItem(deps(ctx), ctx.caller, d.itemId),
  'catalog.history': (ctx, d) => catalogHistory(deps(ctx), ctx.caller, d.itemId),
  'stats.dashboard': (ctx, d) => statsDashboard(deps(ctx), ctx.caller, d),
  'stats.export': (ctx, d) => statsExport(deps(ctx), ctx.caller, d),
  'stats.trend': (ctx, d) => statsTrend(deps(ctx), ctx.caller, d),
  'stats.report': (ctx, d) => statsReport(deps(ctx), ctx.caller, d),
  'routes.delete': (ctx, d) => deleteRoute(deps(ctx), ctx.caller, d.id),
  'routes.preview': (ctx, d) => previewRoute(deps(ctx), ctx.caller, d),
  'partners.create': (ctx, d) => createPartner(deps(ctx), ctx.caller, d),
  'partners.list': (ctx, d) => listPartners(deps(ctx), ctx.caller, d.cursor),
  'partners.revoke': (ctx, d) => revokePartner(deps(ctx), ctx.caller, d.id),
  'due.list': (ctx, d) => countyDue({ ...deps(ctx), check: ctx.platform.check }, ctx.caller, d),
  'reviewers.get': (ctx) => getReviewerSetting(deps(ctx), ctx.caller),
  'reviewers.put': (ctx, d) => putReviewerSetting(deps(ctx), ctx.caller, d),
  'stats.rebuild': (ctx) => rebuildStats(deps(ctx), ctx.caller),
  'catalog.list': (ctx, d) => listCatalogForAdmin(deps(ctx), ctx.caller, d.domain),
  'catalog.addDomain': (ctx, d) => addDomain(deps(ctx), ctx.caller, d),
  'hotline.get': (ctx) => getHotline(deps(ctx), ctx.caller),
  'hotline.put': (ctx, d) => putHotline(deps(ctx), ctx.caller, d),
  'county.setup': (ctx) => setUpCounty({ ...deps(ctx), regionsOf: bundledRegionsOf }, ctx.caller),
});
