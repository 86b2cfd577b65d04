// The 公示 share card page (packages/share: its canvas drawing stays out of the main package).
// The disclosure page imports only this address.
export const shareRoutes = {
  card: (disclosureId: string) => `/packages/share/pages/card/index?id=${encodeURIComponent(disclosureId)}`,
};
