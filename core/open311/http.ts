// Open311 GeoReport v2 over HTTP, at /open311/v2/ (the local cloud) or the open311 function's
// HTTP trigger (the WeChat cloud): one router for both.
//   GET  services.{json,xml}?jurisdiction_id=<county>
//   GET  services/<service_code>.{json,xml}
//   POST requests.{json,xml}            form-encoded (the spec) or JSON
//   GET  requests.{json,xml}?jurisdiction_id=…&service_request_id=…&service_code=…&start_date=…&end_date=…&status=open|closed
//   GET  requests/<service_request_id>.{json,xml}
// Errors are the spec's: a list of { code, description } with HTTP 400, 403, 404 (429 for a
// partner past its day's limit).
import type { ComplaintDeps } from '../complaints/deps';
import { conditional, param, publicHeaders, type HttpAnswer, type HttpRequest } from '../http/types';
import { OPEN311_TYPES, xmlList, xmlRecord, type Format } from './format';
import { getRequest, getRequests, jurisdiction, Open311Error, postRequest, type Fields } from './requests';
import { parseServiceCode, SERVICE_ATTRIBUTES, serviceDefinitions } from './services';

export const OPEN311_PREFIX = '/open311/v2/';
export const isOpen311Path = (path: string) => path.startsWith(OPEN311_PREFIX);

const ROUTE = /^\/open311\/v2\/(services|requests)(?:\/([^/]{1,120}))?\.(json|xml)$/;

function answer(format: Format, status: number, data: unknown, xml: () => string, cache = 'no-store'): HttpAnswer {
  return {
    status,
    headers: { 'content-type': OPEN311_TYPES[format], 'cache-control': cache, 'access-control-allow-origin': '*' },
    body: format === 'json' ? JSON.stringify(data) : xml(),
  };
}

function errorAnswer(format: Format, status: number, description: string): HttpAnswer {
  const errors = [{ code: status, description }];
  return answer(format, status, errors, () => xmlList('errors', 'error', errors));
}

/** Query and body fields as flat strings: attribute[x] from a form stays as it is; from JSON, { attribute: { x } } becomes attribute[x]. */
function fieldsOf(req: HttpRequest): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(req.query)) out[k] = Array.isArray(v) ? v[0] : v;
  const b = req.body;
  if (typeof b === 'string' && b) {
    for (const [k, v] of new URLSearchParams(b)) out[k] ??= v;
  } else if (b && typeof b === 'object' && !Array.isArray(b)) {
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) {
      if (k === 'attribute' && v && typeof v === 'object') {
        for (const [ak, av] of Object.entries(v as Record<string, unknown>)) if (typeof av === 'string') out[`attribute[${ak}]`] = av;
      } else if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
    }
  }
  return out;
}

export async function open311Http(deps: ComplaintDeps, req: HttpRequest): Promise<HttpAnswer> {
  const m = ROUTE.exec(req.path);
  const format: Format = m?.[3] === 'xml' || req.path.endsWith('.xml') ? 'xml' : 'json';
  if (!m) return errorAnswer(format, 404, '没有这个接口：请访问 /open311/v2/services.json 或 /open311/v2/requests.json');
  const [, resource, id] = m;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const allowed = resource === 'requests' && !id ? ['GET', 'POST'] : ['GET'];
  if (!allowed.includes(method)) return errorAnswer(format, 400, `不支持 ${req.method}，请用 ${allowed.join(' 或 ')}`);
  const f = fieldsOf(req);
  try {
    if (resource === 'services') {
      const county = await jurisdiction(deps, param(req.query, 'jurisdiction_id'));
      const items = await deps.store.listCatalogItems(county.code);
      const services = serviceDefinitions(county, items);
      if (id) {
        const parsed = parseServiceCode(county.code, id);
        const def = parsed && services.find((s) => s.service_code === id);
        if (!def) throw new Open311Error(404, '没有这个 service_code');
        const definition = { service_code: def.service_code, attributes: SERVICE_ATTRIBUTES.map((a) => ({ ...a })) };
        const body = format === 'json' ? JSON.stringify(definition) : xmlRecord('service_definition', definition);
        return conditional(req, { status: 200, headers: publicHeaders(OPEN311_TYPES[format], body), body });
      }
      const body = format === 'json' ? JSON.stringify(services) : xmlList('services', 'service', services);
      return conditional(req, { status: 200, headers: publicHeaders(OPEN311_TYPES[format], body), body });
    }
    if (method === 'POST') {
      const posted = [await postRequest(deps, f)];
      return answer(format, 200, posted, () => xmlList('service_requests', 'request', posted));
    }
    const views = id ? await getRequest(deps, id, f) : await getRequests(deps, f);
    return answer(format, 200, views, () => xmlList('service_requests', 'request', views), 'public, max-age=60');
  } catch (e) {
    if (e instanceof Open311Error) return errorAnswer(format, e.status, e.description);
    throw e;
  }
}
