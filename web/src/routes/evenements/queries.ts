import { gql } from '@urql/core';

/** Money crosses the graph as exact decimal strings ("1234.50"). */
type Money = string;

export type EventCategory = 'CONCERT' | 'FESTIVAL' | 'MEETING' | 'CONFERENCE' | 'CATERING' | 'WORKCAMP' | 'VOLUNTEERING';

export interface SalesFigures {
  ticketsSold: number;
  fillRate: number | null;
  total: Money;
  mappedProductCount: number;
  readAt: string;
  stale: boolean;
}

export interface EventRow {
  id: string;
  name: string;
  category: EventCategory;
  start: string;
  effectiveEnd: string;
  capacity: number | null;
  parentEventId: string | null;
  organiser: { id: string; name: string } | null;
  /** Null when TiBillet is unavailable and nothing was read before (an error names TiBillet). */
  sales: SalesFigures | null;
}

export const EventsListQuery = gql<{ events: EventRow[] }, { upcoming: boolean }>`
  query SuiviEvenements($upcoming: Boolean!) {
    events(upcoming: $upcoming) {
      id
      name
      category
      start
      effectiveEnd
      capacity
      parentEventId
      organiser {
        id
        name
      }
      sales {
        ticketsSold
        fillRate
        total
        mappedProductCount
        readAt
        stale
      }
    }
  }
`;

export interface PriceSales {
  productId: string;
  productName: string;
  priceName: string | null;
  unitPrice: Money | null;
  ticket: boolean;
  quantity: number;
  amount: Money;
}

export interface PaymentMethodSales {
  code: string | null;
  label: string;
  lineCount: number;
  amount: Money;
}

export interface EventSales extends SalesFigures {
  lineCount: number;
  from: string;
  to: string;
  byPrice: PriceSales[];
  byPaymentMethod: PaymentMethodSales[];
  refunds: { lineCount: number; amount: Money };
  creditNotes: { lineCount: number; amount: Money };
}

export interface EventDetail {
  id: string;
  name: string;
  category: EventCategory;
  start: string;
  end: string | null;
  effectiveEnd: string;
  capacity: number | null;
  description: string | null;
  url: string | null;
  location: { name: string | null; address: string | null } | null;
  organiser: { id: string; name: string } | null;
  productLinks: Array<{ productId: string; linkedAt: string; product: { name: string } | null }>;
  sales: EventSales | null;
}

export const EventPageQuery = gql<{ event: EventDetail | null; me: { id: string; isAdmin: boolean } | null }, { id: string }>`
  query SuiviEvenement($id: ID!) {
    me {
      id
      isAdmin
    }
    event(id: $id) {
      id
      name
      category
      start
      end
      effectiveEnd
      capacity
      description
      url
      location {
        name
        address
      }
      organiser {
        id
        name
      }
      productLinks {
        productId
        linkedAt
        product {
          name
        }
      }
      sales {
        from
        to
        ticketsSold
        fillRate
        total
        mappedProductCount
        lineCount
        readAt
        stale
        byPrice {
          productId
          productName
          priceName
          unitPrice
          ticket
          quantity
          amount
        }
        byPaymentMethod {
          code
          label
          lineCount
          amount
        }
        refunds {
          lineCount
          amount
        }
        creditNotes {
          lineCount
          amount
        }
      }
    }
  }
`;

export const TicketProductsQuery = gql<{ ticketProducts: Array<{ id: string; name: string }> }, Record<string, never>>`
  query ProduitsBilletterie {
    ticketProducts {
      id
      name
    }
  }
`;

export const LinkProductMutation = gql<{ linkProductToEvent: { productId: string } }, { productId: string; eventId: string }>`
  mutation RattacherProduit($productId: ID!, $eventId: ID!) {
    linkProductToEvent(productId: $productId, eventId: $eventId) {
      productId
    }
  }
`;

export const UnlinkProductMutation = gql<{ unlinkProductFromEvent: { productId: string } }, { productId: string; eventId: string }>`
  mutation DetacherProduit($productId: ID!, $eventId: ID!) {
    unlinkProductFromEvent(productId: $productId, eventId: $eventId) {
      productId
    }
  }
`;
