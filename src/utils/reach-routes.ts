// Addresses of the 代办 page (cadre subpackage, also used by unit staff) and the 查询办理进度
// page (its own small subpackage, so the main package does not grow).
export const fileForRoute = () => '/packages/cadre/pages/file-for/index';
export const lookupRoute = (ticket?: string) =>
  '/packages/track/pages/lookup/index' + (ticket ? `?ticket=${encodeURIComponent(ticket)}` : '');
