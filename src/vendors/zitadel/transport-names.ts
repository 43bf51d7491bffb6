/** How the contract suite can reach ZITADEL: its REST (grpc-gateway) form or the Session Service over RPC. */
export type ZitadelTransportName = 'rest' | 'grpc' | 'grpc-web' | 'connect';
export const ZITADEL_TRANSPORTS: ZitadelTransportName[] = ['rest', 'grpc', 'grpc-web', 'connect'];
