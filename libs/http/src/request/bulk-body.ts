import { RouteConfig } from '@nestjs/platform-fastify';

/** Marks a route that takes large bodies (bulk imports): it gets the bulk body limit. */
export const BulkBody = () => RouteConfig({ bulkBody: true });
