import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes, ApiProduces } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { UnsupportedMediaType, ValidationFailed } from '@app/http';
import type { ContractClass } from './contract';
import {
  chooseResponseMedia,
  JSON_MEDIA_TYPES,
  requestMediaType,
  XML_MEDIA_TYPES,
  formatOf,
} from './negotiation';
import { readContract } from './reader';
import { writeJson, writeXml } from './writers';

export interface NegotiatedRouteOptions {
  /** The DataContract class of the body (omit for routes without one). */
  request?: ContractClass;
  /** The DataContract class of the answer. */
  response: ContractClass;
}

const ROUTE_CONFIG_KEY = 'negotiated';

/** The negotiation options of the route a request matched, if it declared them. */
export function negotiatedRoute(request: FastifyRequest): NegotiatedRouteOptions | undefined {
  const config = request.routeOptions?.config as unknown as Record<string, unknown> | undefined;
  return config?.[ROUTE_CONFIG_KEY] as NegotiatedRouteOptions | undefined;
}

/** Builds the answer body in the format the client asked for. */
export function renderNegotiated(
  request: FastifyRequest,
  contract: ContractClass,
  value: object,
): { contentType: string; body: string } {
  const media = chooseResponseMedia(request.headers.accept, request.headers['content-type']);
  const body = media.format === 'xml' ? writeXml(contract, value) : writeJson(contract, value);
  return { contentType: media.contentType, body };
}

/**
 * Reads the body through the request contract (JSON or XML, names matched case-insensitively)
 * before validation, and writes the handler's result through the response contract in the
 * negotiated format.
 */
@Injectable()
export class NegotiationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const route = negotiatedRoute(request);
    if (!route) return next.handle();
    const contentType = request.headers['content-type'];
    const media = requestMediaType(contentType);
    if (contentType !== undefined && !media) {
      throw new UnsupportedMediaType(
        `${contentType.split(';')[0]} is not accepted: send application/json, text/json, application/xml or text/xml`,
      );
    }
    if (route.request) {
      const source = media && formatOf(media) === 'xml' ? 'xml' : 'json';
      const { value, problems } = readContract(route.request, request.body, source);
      if (problems.length) {
        throw new ValidationFailed(
          problems.map((p) => p.reason).join('; '),
          problems.map((p) => ({ field: p.field, reason: p.reason })),
        );
      }
      (request as { body: unknown }).body = value;
    }
    return next.handle().pipe(
      map((result: object) => {
        const { contentType, body } = renderNegotiated(request, route.response, result);
        reply.header('content-type', contentType);
        return body;
      }),
    );
  }
}

/**
 * A route that speaks JSON or DataContract XML: declare its request and response contracts and
 * the body parser, the reader, the writer and the error renderer do the rest.
 */
export function Negotiated(options: NegotiatedRouteOptions): MethodDecorator {
  const types = [...JSON_MEDIA_TYPES, ...XML_MEDIA_TYPES];
  return applyDecorators(
    RouteConfig({ [ROUTE_CONFIG_KEY]: options }),
    UseInterceptors(NegotiationInterceptor),
    ApiConsumes(...types),
    ApiProduces(...types),
  );
}
