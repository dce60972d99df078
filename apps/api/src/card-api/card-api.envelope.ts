import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ValidationFailed } from '@app/http';
import type { FastifyRequest } from 'fastify';
import { map, Observable } from 'rxjs';
import { OK_MESSAGE } from './card-api.catalog';
import { answerLanguage } from './language';
import { QueryBoolean } from './wire';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The card API's success envelope: what a handler returns (`{card: ...}`, `{cards, pagination}`)
 * is answered as `{code: 0, message, ...payload}`, the message in the request's language. Bodies
 * must be JSON objects (or absent): the seed's routes take nothing else.
 */
@Injectable()
export class CardApiInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body = request.body;
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw new ValidationFailed('the body must be a JSON object', [
        { reason: 'the body must be a JSON object' },
      ]);
    }
    return next.handle().pipe(
      map((payload: Record<string, unknown>) => ({
        code: 0,
        message: OK_MESSAGE[answerLanguage(request.headers['accept-language'])],
        ...payload,
      })),
    );
  }
}

/** `code` and `message` of every answer. */
export class CardApiAnswerDto {
  @ApiProperty({ example: 0, description: '0: success' }) code: number;
  @ApiProperty({
    example: 'Operation completed',
    description: 'English, or Russian with `Accept-Language: ru`',
  })
  message: string;
}

export class PaginationDto {
  @ApiProperty({ example: 10 }) per_page: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({
    example: 15275,
    nullable: true,
    type: Number,
    description: 'null with calculate_count=false',
  })
  items: number | null;
  @ApiProperty({
    example: 1528,
    nullable: true,
    type: Number,
    description: 'null with calculate_count=false',
  })
  pages: number | null;
}

export const MAX_PER_PAGE = 1000;

/** `page`, `per_page`, `calculate_count` of the seed's lists. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: MAX_PER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  per_page?: number;

  @ApiPropertyOptional({
    default: true,
    description: 'false: the total is not counted (`items`, `pages` null)',
  })
  @IsOptional()
  @QueryBoolean()
  calculate_count?: boolean;
}

export interface Page {
  page: number;
  perPage: number;
  offset: number;
  count: boolean;
}

export function pageOf(q: PageQueryDto): Page {
  const page = q.page ?? 1;
  const perPage = q.per_page ?? 10;
  return { page, perPage, offset: (page - 1) * perPage, count: q.calculate_count ?? true };
}

export function paginationOf(page: Page, total: number | null): PaginationDto {
  return {
    per_page: page.perPage,
    page: page.page,
    items: total,
    pages: total === null ? null : Math.ceil(total / page.perPage),
  };
}
