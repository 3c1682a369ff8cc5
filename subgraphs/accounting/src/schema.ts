import 'reflect-metadata';
import { buildFederatedSchema, memberAuthChecker } from '@alambic/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { CategoryAmount, CircleActuals, CommittedAmount, MonthActuals } from './actuals/actuals.type.js';
import { BankAccount, BankMonth, BankPosition } from './bank/bank.type.js';
import { CircleBudgetResolver } from './budget/circle-budget.resolver.js';
import { CircleBudget } from './budget/circle-budget.type.js';
import { CashPlanResolver } from './cash-plan/cash-plan.resolver.js';
import { CashPlan } from './cash-plan/cash-plan.type.js';
import { GrantJustificationResolver } from './grant/grant.resolver.js';
import { Grant } from './grant/grant.type.js';
import { ClaimBillResolver } from './claims/claim.resolver.js';
import { RemunerationClaim } from './claims/claim.type.js';
import { CircleAccountingResolver } from './circle/circle-accounting.resolver.js';
import { resolveCircleReference } from './circle/circle.reference.js';
import { Circle } from './circle/circle.type.js';
import { AccountingDocumentList, AccountingDocumentType, GrantReceipt, GrantReceiptList } from './documents/document.type.js';
import { MemberDocumentsResolver } from './member/member-documents.resolver.js';
import { resolveMemberReference } from './member/member.reference.js';
import { Member } from './member/member.type.js';
import { OrganisationResolver } from './organisation/organisation.resolver.js';

/** The accounting subgraph's federated schema. Pure: no network, so it can be printed for composition. */
export function buildAccountingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [CircleAccountingResolver, MemberDocumentsResolver, OrganisationResolver, CircleBudgetResolver, CashPlanResolver, GrantJustificationResolver, ClaimBillResolver],
      orphanedTypes: [
        Circle, Member, CircleBudget, CashPlan, Grant, RemunerationClaim, CircleActuals, CategoryAmount, MonthActuals, CommittedAmount,
        AccountingDocumentType, AccountingDocumentList, GrantReceipt, GrantReceiptList, BankPosition, BankAccount, BankMonth,
      ],
      authChecker: memberAuthChecker,
    },
    {
      Circle: { __resolveReference: resolveCircleReference },
      Member: { __resolveReference: resolveMemberReference },
      CircleBudget: { __resolveReference: (reference: CircleBudget) => reference },
      CashPlan: { __resolveReference: (reference: CashPlan) => reference },
      Grant: { __resolveReference: (reference: Grant) => reference },
      RemunerationClaim: { __resolveReference: (reference: RemunerationClaim) => reference },
    },
  );
}
