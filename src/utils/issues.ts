// A form's validation issues, keyed by the field they are about.
import type * as v from 'valibot';

export type Issues = Partial<Record<string, string>>;

/** The first issue of a failed safeParse, keyed by the top-level field it is about ('' when none). */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): { field: string; message: string } {
  const issue = issues[0];
  const key = issue?.path?.[0]?.key;
  return { field: typeof key === 'string' ? key : '', message: issue?.message ?? '填写的内容不符合要求' };
}
