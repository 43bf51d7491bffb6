export const PAT = 'zitadel-login-client-pat';
export const NO_PERMISSION_PAT = 'zitadel-no-permission-pat';
export const ALICE = { id: '218480890961985537', loginName: 'alice@example.com', password: 'Password1!' };
export const BOB = { id: '218480890961985538', loginName: 'bob@example.com', password: 'Password2!' };
export const INSTANCE_ID = '69629023906488334';
/** The fixtures' pre-issued sessions. */
export const SEEDED = {
  alice: { id: '222430354126975533', token: 'zitadel-alice-session-token' },
  empty: { id: '222430354126975534', token: 'zitadel-empty-session-token' },
  expired: { id: '222430354126975535', token: 'zitadel-expired-session-token' },
  terminated: { id: '222430354126975536', token: 'zitadel-terminated-session-token' },
};

export const bearer = (token: string = PAT) => ({ Authorization: `Bearer ${token}` });

export const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** The grpc-gateway error body with a zitadel.v1.ErrorDetail. */
export function zitadelErrorBody(code: number, text: string, id: string) {
  return { code, message: `${text} (${id})`, details: [{ '@type': 'type.googleapis.com/zitadel.v1.ErrorDetail', id, message: text }] };
}

