import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../organizations/dto/list-query.dto';
import { NumberFromGoodsSertCard } from './dto/sert-card.dto';
import { CreateSeriesDto, SeriesDto, UpdateSeriesDto } from './dto/series.dto';
import { CertificateNumberParam, SeriesIdParam } from './int-param';
import { PaymentsService } from './payments.service';
import { SeriesService } from './series.service';

/** SertCard administration in plain JSON (API token in a header): series and blocking. */
@ApiTags('sertcard')
@Controller('api/sertcard')
export class SertCardAdminController {
  constructor(
    private readonly series: SeriesService,
    private readonly payments: PaymentsService,
  ) {}

  @Post('series')
  @ApiOperation({ summary: 'Create a series' })
  @ApiCreatedResponse({ type: SeriesDto })
  createSeries(@Body() dto: CreateSeriesDto): Promise<SeriesDto> {
    return this.series.create(dto);
  }

  @Get('series')
  @ApiOkResponse({ type: [SeriesDto] })
  listSeries(@Query() q: ListQueryDto): Promise<SeriesDto[]> {
    return this.series.list(q.offset, q.limit);
  }

  @Get('series/:id')
  @ApiParam({ name: 'id', type: Number })
  @ApiOkResponse({ type: SeriesDto })
  getSeries(@SeriesIdParam() id: number): Promise<SeriesDto> {
    return this.series.get(id);
  }

  @Patch('series/:id')
  @ApiParam({ name: 'id', type: Number })
  @ApiOperation({ summary: 'Change a series; certificates already sold keep their terms' })
  @ApiOkResponse({ type: SeriesDto })
  updateSeries(@SeriesIdParam() id: number, @Body() dto: UpdateSeriesDto): Promise<SeriesDto> {
    return this.series.update(id, dto);
  }

  @Post(':number/block')
  @HttpCode(200)
  @ApiParam({ name: 'number', type: Number })
  @ApiOperation({ summary: 'Block a certificate: it cannot pay or be refunded until unblocked' })
  @ApiOkResponse({ type: NumberFromGoodsSertCard })
  block(@CertificateNumberParam() number: number): Promise<NumberFromGoodsSertCard> {
    return this.payments.setBlocked(number, true);
  }

  @Post(':number/unblock')
  @HttpCode(200)
  @ApiParam({ name: 'number', type: Number })
  @ApiOkResponse({ type: NumberFromGoodsSertCard })
  unblock(@CertificateNumberParam() number: number): Promise<NumberFromGoodsSertCard> {
    return this.payments.setBlocked(number, false);
  }
}
