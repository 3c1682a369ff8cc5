import DataLoader from 'dataloader';
import { checkYear, type ActualsService, type CircleYear } from './actuals/actuals.service.js';
import type { CircleActuals, CommittedAmount } from './actuals/actuals.type.js';
import type { AccountingDocumentList, GrantReceiptList } from './documents/document.type.js';
import type { DocumentsService, PartnerYear } from './documents/documents.service.js';

const circleYearKey = (k: CircleYear) => `${k.analyticCode}|${k.year}`;

/** One request's loaders: every circle or member a query asks for is batched into one service call per field. */
export class AccountingLoaders {
  private readonly actuals: DataLoader<CircleYear, CircleActuals | null, string>;
  private readonly committed: DataLoader<string, CommittedAmount | null>;
  private readonly circleDocuments: DataLoader<CircleYear, AccountingDocumentList | null, string>;
  private readonly grants: DataLoader<CircleYear, GrantReceiptList | null, string>;
  private readonly memberDocuments: DataLoader<PartnerYear, AccountingDocumentList, string>;

  constructor(actuals: ActualsService, documents: DocumentsService) {
    this.actuals = new DataLoader((keys) => actuals.forKeys(keys), { cacheKeyFn: circleYearKey });
    this.committed = new DataLoader((codes) => actuals.committed(codes));
    this.circleDocuments = new DataLoader((keys) => documents.circles(keys), { cacheKeyFn: circleYearKey });
    this.grants = new DataLoader((keys) => documents.grants(keys), { cacheKeyFn: circleYearKey });
    this.memberDocuments = new DataLoader((keys) => documents.members(keys), { cacheKeyFn: (k) => `${k.partnerId}|${k.year}` });
  }

  actualsOf(analyticCode: string | undefined, year: number): Promise<CircleActuals | null> {
    checkYear(year);
    return analyticCode ? this.actuals.load({ analyticCode, year }) : Promise.resolve(null);
  }

  committedOf(analyticCode: string | undefined): Promise<CommittedAmount | null> {
    return analyticCode ? this.committed.load(analyticCode) : Promise.resolve(null);
  }

  documentsOf(analyticCode: string | undefined, year: number): Promise<AccountingDocumentList | null> {
    checkYear(year);
    return analyticCode ? this.circleDocuments.load({ analyticCode, year }) : Promise.resolve(null);
  }

  grantsOf(analyticCode: string | undefined, year: number): Promise<GrantReceiptList | null> {
    checkYear(year);
    return analyticCode ? this.grants.load({ analyticCode, year }) : Promise.resolve(null);
  }

  memberDocumentsOf(partnerId: number | null | undefined, year: number): Promise<AccountingDocumentList | null> {
    checkYear(year);
    return typeof partnerId === 'number' ? this.memberDocuments.load({ partnerId, year }) : Promise.resolve(null);
  }
}
