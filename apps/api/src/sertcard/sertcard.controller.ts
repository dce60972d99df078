import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LegacyAuth } from '@app/http';
import { Negotiated } from '@app/xml';
import { NumberFromGoodsRequest, NumberFromGoodsResponse } from './dto/number-from-goods.dto';
import {
  InfoRequest,
  InfoResponse,
  PayRefundRequest,
  PayRefundResponse,
  PayRequest,
  PayResponse,
} from './dto/payment.dto';
import { PaymentsService } from './payments.service';
import { SalesService } from './sales.service';

const BUSINESS = 'Business refusals answer HTTP 200 with a non-zero ErrorCode (docs/sertcard.md).';

/** The legacy checkout API: JSON or DataContract XML, API token or the body's Operator + Token. */
@ApiTags('sertcard')
@Controller('api/sertcard')
export class SertCardController {
  constructor(
    private readonly sales: SalesService,
    private readonly payments: PaymentsService,
  ) {}

  @Post('NumberFromGoods')
  @HttpCode(200)
  @LegacyAuth()
  @Negotiated({ request: NumberFromGoodsRequest, response: NumberFromGoodsResponse })
  @ApiOperation({
    summary:
      'Certificates for the series goods of a sale (idempotent per PosCode + OrderNumber), or their refund',
    description: BUSINESS,
  })
  @ApiOkResponse({ type: NumberFromGoodsResponse })
  numberFromGoods(@Body() dto: NumberFromGoodsRequest): Promise<NumberFromGoodsResponse> {
    return this.sales.numberFromGoods(dto);
  }

  @Post('Info')
  @HttpCode(200)
  @LegacyAuth()
  @Negotiated({ request: InfoRequest, response: InfoResponse })
  @ApiOperation({ summary: 'A certificate by Number or SecretCode', description: BUSINESS })
  @ApiOkResponse({ type: InfoResponse })
  info(@Body() dto: InfoRequest): Promise<InfoResponse> {
    return this.payments.info(dto);
  }

  @Post('Pay')
  @HttpCode(200)
  @LegacyAuth()
  @Negotiated({ request: PayRequest, response: PayResponse })
  @ApiOperation({
    summary: 'Pay an amount with a certificate (idempotent per PosCode + OrderNumber + SecretCode)',
    description: BUSINESS,
  })
  @ApiOkResponse({ type: PayResponse })
  pay(@Body() dto: PayRequest): Promise<PayResponse> {
    return this.payments.pay(dto);
  }

  @Post('PayRefund')
  @HttpCode(200)
  @LegacyAuth()
  @Negotiated({ request: PayRefundRequest, response: PayRefundResponse })
  @ApiOperation({ summary: "Return an order's payments to their certificates", description: BUSINESS })
  @ApiOkResponse({ type: PayRefundResponse })
  payRefund(@Body() dto: PayRefundRequest): Promise<PayRefundResponse> {
    return this.payments.payRefund(dto);
  }
}
