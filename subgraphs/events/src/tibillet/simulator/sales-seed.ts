import { nextPivot } from '../../time.js';
import type { SimEvent, SimProduct, SimSaleLine } from './model.js';
import { between, seeded } from './prng.js';

export interface SalesSeedInput {
  events: SimEvent[];
  ticketProducts: Array<{ eventUuid: string; product: SimProduct }>;
  membership: SimProduct;
  bar: SimProduct[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The demo sales journal, the same at every start (one seeded generator per event):
 * - online presales (`LP`, Stripe `SN`) over the three weeks before each event, one to three tickets a line;
 * - door sales at the till (`LB`, cash `CA` or card `CC`) in the first two hours;
 * - at soirées and festivals, memberships sold at the door and drinks at the bar until the end of the evening (04:00);
 * - free bookings at 0 with status `F`; one refunded presale (`R`), one credit note (`N`), one abandoned checkout (`O`).
 * Lines dated after the simulator's "now" stay hidden until then.
 */
export function generateSales(input: SalesSeedInput): SimSaleLine[] {
  const lines: SimSaleLine[] = [];
  let serial = 0;
  const add = (random: () => number, line: Omit<SimSaleLine, 'uuid' | 'micro'>) => {
    serial += 1;
    lines.push({ ...line, uuid: `5a1e0000-0000-4000-8000-${String(serial).padStart(12, '0')}`, micro: between(random, 0, 999) });
  };

  input.events.forEach((event, index) => {
    const ticket = input.ticketProducts.find((t) => t.eventUuid === event.uuid)?.product;
    if (!ticket || !event.published) return;
    const random = seeded(1000 + index);
    const pick = () => ticket.prices[random() < 0.7 || ticket.prices.length === 1 ? 0 : 1];
    const qty = () => `${between(random, 1, 10) <= 7 ? 1 : between(random, 2, 3)}.000000`;
    const free = ticket.categorie === 'F';

    const presales = Math.min(25, Math.max(3, Math.round(event.capacity * 0.06)));
    for (let i = 0; i < presales; i++) {
      const at = new Date(event.start.getTime() - between(random, 1, 21) * DAY - between(random, 0, 12 * 60) * 60_000 - between(random, 0, 59_999));
      const price = pick();
      add(random, { datetime: at, product: ticket, amount: price.cents, qty: qty(), paymentMethod: free ? 'NA' : 'SN', saleOrigin: 'LP', status: free ? 'F' : 'V' });
    }
    if (free) return;

    const door = Math.max(2, Math.round(event.capacity * 0.03));
    for (let i = 0; i < door; i++) {
      const at = new Date(event.start.getTime() + between(random, 0, 2 * 60 * 60_000 - 1));
      add(random, { datetime: at, product: ticket, amount: pick().cents, qty: qty(), paymentMethod: random() < 0.5 ? 'CA' : 'CC', saleOrigin: 'LB', status: 'V' });
    }

    if (event.categorie !== 'LIV' && event.categorie !== 'FES') return;
    const eveningMs = nextPivot(event.start).getTime() - event.start.getTime();
    for (let i = 0; i < between(random, 1, 2); i++) {
      const at = new Date(event.start.getTime() + between(random, 0, 3 * 60 * 60_000));
      add(random, { datetime: at, product: input.membership, amount: input.membership.prices[0].cents, qty: '1.000000', paymentMethod: 'CA', saleOrigin: 'LB', status: 'V' });
    }
    for (let i = 0; i < between(random, 6, 10); i++) {
      const drink = input.bar[between(random, 0, input.bar.length - 1)];
      const at = new Date(event.start.getTime() + between(random, 0, eveningMs - 1));
      add(random, { datetime: at, product: drink, amount: drink.prices[0].cents, qty: `${between(random, 1, 4)}.000000`, paymentMethod: random() < 0.6 ? 'CA' : 'CC', saleOrigin: 'LB', status: 'V' });
    }
  });

  const firstSoiree = input.events.find((e) => e.published && e.categorie === 'LIV');
  const firstTicket = input.ticketProducts.find((t) => t.eventUuid === firstSoiree?.uuid)?.product;
  if (firstTicket) markSpecialLines(lines, firstTicket);
  return lines.sort((a, b) => b.datetime.getTime() - a.datetime.getTime() || b.micro - a.micro);
}

/** The first soirée's first presale was refunded and a credit note cancels one of its door sales; a checkout was abandoned. */
function markSpecialLines(lines: SimSaleLine[], ticket: SimProduct): void {
  const ofFirst = lines.filter((l) => l.product === ticket);
  const presale = ofFirst.find((l) => l.saleOrigin === 'LP');
  const abandoned = ofFirst.filter((l) => l.saleOrigin === 'LP')[1];
  const door = ofFirst.find((l) => l.saleOrigin === 'LB');
  if (presale) presale.status = 'R';
  if (abandoned) {
    abandoned.status = 'O';
    abandoned.paymentMethod = null;
  }
  if (door) {
    lines.push({ ...door, uuid: `5a1e0000-0000-4000-8000-${String(lines.length + 1).padStart(12, '0')}`, datetime: new Date(door.datetime.getTime() + HOUR), status: 'N' });
  }
}
