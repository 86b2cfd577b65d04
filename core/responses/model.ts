// 回应关切: what a unit answers in public. A resident's question and the unit's answer, shown
// (masked) only when the complainant agreed when rating it (kind 'qa'), or a unit's own
// response to a concern many raised (kind 'response').

export interface PublicResponse {
  /** qa-<complaint id>, or r-<county>-<sequence>. */
  id: string;
  kind: 'qa' | 'response';
  countyCode: string;
  /** Where it is shown: a village sees its own, its town's and its county's. */
  regionCode: string;
  itemId?: string;
  domain?: string;
  /** The question (a qa: as the complainant put it, or as the unit reworded it), masked; a response: its title. */
  question: string;
  /** The unit's answer, masked. */
  answer: string;
  /** The answering unit (not shown). */
  unitId: string;
  unitName: string;
  at: string;
  /** qa: the complaint it comes from (never shown). */
  complaintId?: string;
  /** qa: the unit rewrote the question's public wording. */
  reworded?: boolean;
}

/** What the public reads of a response. */
export interface ResponseView {
  id: string;
  kind: 'qa' | 'response';
  countyCode: string;
  regionCode: string;
  itemId?: string;
  domain?: string;
  question: string;
  answer: string;
  unitName: string;
  at: string;
}

export function responseView(r: PublicResponse): ResponseView {
  return {
    id: r.id,
    kind: r.kind,
    countyCode: r.countyCode,
    regionCode: r.regionCode,
    ...(r.itemId ? { itemId: r.itemId } : {}),
    ...(r.domain ? { domain: r.domain } : {}),
    question: r.question,
    answer: r.answer,
    unitName: r.unitName,
    at: r.at,
  };
}
