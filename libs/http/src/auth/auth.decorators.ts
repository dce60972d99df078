import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const PUBLIC_ROUTE = 'auth:public';
export const ADMIN_ROUTE = 'auth:admin';
export const LEGACY_AUTH_ROUTE = 'auth:legacy';

/** No token needed (`/health`). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-public', true));
/** Only `Authorization: Bearer $ADMIN_TOKEN`. */
export const AdminOnly = () => SetMetadata(ADMIN_ROUTE, true);
/** Also accepts the SertCard body pair `Operator` + `Token` when no header token is sent. */
export const LegacyAuth = () => SetMetadata(LEGACY_AUTH_ROUTE, true);
