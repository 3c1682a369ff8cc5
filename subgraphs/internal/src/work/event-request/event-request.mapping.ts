import type { EventQuoteLineEntity, EventRequestEntity } from '../entities/index.js';
import { EventQuoteLine, EventRequest } from './event-request.type.js';
import { eventRequestWorkflow, EventRequestStatus } from './status.js';

export function toEventRequest(e: EventRequestEntity): EventRequest {
  const status = e.status as EventRequestStatus;
  return Object.assign(new EventRequest(), {
    id: e.id,
    title: e.title,
    requester: e.requester,
    contact: e.requesterContact,
    topic: e.description,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    expectedPeople: e.expectedPeople,
    status,
    nextSteps: [...(eventRequestWorkflow[status] ?? [])],
    invoiceNumber: e.invoiceNumber,
    profitSharePercent: e.profitSharePct,
    entity: e,
  });
}

export function toQuoteLine(e: EventQuoteLineEntity): EventQuoteLine {
  return Object.assign(new EventQuoteLine(), {
    id: e.id,
    label: e.label,
    quantity: e.quantity,
    unitPrice: e.unitPriceCents ?? e.amountCents,
    cost: e.costCents,
    amount: e.amountCents,
    circleId: e.circleId ?? '',
  });
}
