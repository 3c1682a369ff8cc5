import { gql } from '@urql/core';
import type { CircleChoice } from '../queries';

export type TransferStatus = 'FORECAST' | 'REAL';

export interface Transfer {
  id: string;
  amount: string;
  date: string;
  reason: string;
  status: TransferStatus;
  from: { id: string; name: string; analyticCode: string };
  to: { id: string; name: string; analyticCode: string };
}

export interface TransferInput {
  fromCircleId: string;
  toCircleId: string;
  amount: string;
  date: string;
  reason: string;
  status: TransferStatus;
  eventId?: string | null;
}

const fields = 'id amount date reason status from { id name analyticCode } to { id name analyticCode }';

export const TransfersQuery = gql<{ circles: CircleChoice[]; internalTransfers: Transfer[] }, { year: number; circleId: string | null }>`
  query TransfertsInternes($year: Int!, $circleId: ID) {
    circles { id name kind analyticCode }
    internalTransfers(year: $year, circleId: $circleId) { ${fields} }
  }
`;

export const BookTransfer = gql<{ bookInternalTransfer: Transfer }, { input: TransferInput }>`
  mutation EnregistrerTransfert($input: InternalTransferInput!) { bookInternalTransfer(input: $input) { ${fields} } }
`;

export const UpdateTransfer = gql<{ updateInternalTransfer: Transfer }, { id: string; input: TransferInput }>`
  mutation ModifierTransfert($id: ID!, $input: InternalTransferInput!) { updateInternalTransfer(id: $id, input: $input) { ${fields} } }
`;

export const DeleteTransfer = gql<{ deleteInternalTransfer: boolean }, { id: string }>`
  mutation SupprimerTransfert($id: ID!) { deleteInternalTransfer(id: $id) }
`;

export const statusLabels: Record<TransferStatus, string> = { FORECAST: 'Prévu', REAL: 'Réalisé' };
