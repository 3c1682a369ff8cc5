import { registerEnumType } from 'type-graphql';

/** A grant's life (domain.md §5.5), from prospect to closed. */
export enum GrantStatus {
  PROSPECT = 'PROSPECT',
  DRAFTING = 'DRAFTING',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORT_DUE = 'REPORT_DUE',
  REPORTED = 'REPORTED',
  CLOSED = 'CLOSED',
}

export const grantStatusLabels: Record<GrantStatus, string> = {
  PROSPECT: 'piste',
  DRAFTING: 'en rédaction',
  SUBMITTED: 'déposée',
  ACCEPTED: 'acceptée',
  REJECTED: 'refusée',
  AGREEMENT_SIGNED: 'convention signée',
  IN_PROGRESS: 'en cours',
  REPORT_DUE: 'bilan à rendre',
  REPORTED: 'bilan rendu',
  CLOSED: 'clôturée',
};

registerEnumType(GrantStatus, {
  name: 'GrantStatus',
  description: 'Où en est une subvention.',
  valuesConfig: Object.fromEntries(Object.entries(grantStatusLabels).map(([k, v]) => [k, { description: v }])),
});

/** The moves allowed from each status; anything else is refused. */
export const nextStatuses: Record<GrantStatus, GrantStatus[]> = {
  PROSPECT: [GrantStatus.DRAFTING, GrantStatus.SUBMITTED],
  DRAFTING: [GrantStatus.SUBMITTED],
  SUBMITTED: [GrantStatus.ACCEPTED, GrantStatus.REJECTED],
  ACCEPTED: [GrantStatus.AGREEMENT_SIGNED],
  REJECTED: [],
  AGREEMENT_SIGNED: [GrantStatus.IN_PROGRESS],
  IN_PROGRESS: [GrantStatus.REPORT_DUE],
  REPORT_DUE: [GrantStatus.REPORTED],
  REPORTED: [GrantStatus.CLOSED],
  CLOSED: [],
};

/** The financial report is due 6 months after the end of the financial year (calendar year) of the period's end. */
export function defaultReportDue(periodEnd: string): string {
  return `${Number(periodEnd.slice(0, 4)) + 1}-06-30`;
}
