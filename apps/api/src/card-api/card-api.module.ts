import { Module } from '@nestjs/common';
import { ErrorRenderers } from '@app/http';
import { CardApiInterceptor } from './card-api.envelope';
import { CARD_API_PREFIX, cardApiErrorDoc, cardApiRenderer } from './card-api.renderer';

/** The card API's wire (seed 003): its answer envelope and error renderer under `/organization/`. */
@Module({ providers: [CardApiInterceptor], exports: [CardApiInterceptor] })
export class CardApiModule {
  constructor() {
    ErrorRenderers.register(CARD_API_PREFIX, cardApiRenderer, cardApiErrorDoc);
  }
}
