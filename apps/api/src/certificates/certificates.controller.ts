import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { BulkBody } from '@app/http';
import { BulkItemsPipe } from './bulk-items.pipe';
import { plainCreateItem } from './dto/plain-items';
import { CertificateId, CertificateIdParam } from './certificate-id.pipe';
import { CertificatesService } from './certificates.service';
import { CertificateDto } from './dto/certificate.dto';
import { CreateCertificateDto } from './dto/create-certificate.dto';
import { ListCertificatesQueryDto } from './dto/list-certificates-query.dto';
import { BulkUpdateCertificateDto, UpdateCertificateDto } from './dto/update-certificate.dto';

const ID = { name: 'id', type: Number, description: 'Certificate id (numbered per organization).' };

@ApiTags('certificates')
@Controller('external/payment-certificate')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @ApiOperation({ summary: 'All certificates in id order, streamed; optional filters and paging' })
  @ApiOkResponse({ type: [CertificateDto] })
  list(@Query() query: ListCertificatesQueryDto): Promise<StreamableFile> {
    return this.certificates.list(query);
  }

  @Post('bulk-create')
  @BulkBody()
  @ApiOperation({ summary: 'Create 1..10,000 certificates, all or nothing' })
  @ApiBody({ type: [CreateCertificateDto] })
  @ApiCreatedResponse({ type: [CertificateDto] })
  @ApiConflictResponse({ description: '`duplicate_code`: every offending index and code; nothing created' })
  bulkCreate(
    @Body(new BulkItemsPipe(CreateCertificateDto, plainCreateItem)) items: CreateCertificateDto[],
  ): Promise<CertificateDto[]> {
    return this.certificates.bulkCreate(items);
  }

  @Put('bulk-update')
  @BulkBody()
  @ApiOperation({
    summary: 'Update 1..10,000 certificates (only the fields each item carries), all or nothing',
  })
  @ApiBody({ type: [BulkUpdateCertificateDto] })
  @ApiOkResponse({ type: [CertificateDto] })
  @ApiNotFoundResponse({ description: '`certificate_not_found`: every unknown id; nothing changed' })
  @ApiConflictResponse({ description: '`duplicate_code`: every offending index and code; nothing changed' })
  bulkUpdate(
    @Body(new BulkItemsPipe(BulkUpdateCertificateDto)) items: BulkUpdateCertificateDto[],
  ): Promise<CertificateDto[]> {
    return this.certificates.bulkUpdate(items);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One certificate' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CertificateDto })
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  get(@CertificateIdParam() id: CertificateId): Promise<CertificateDto> {
    return this.certificates.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Update the given fields of one certificate (absent fields keep their value)' })
  @ApiParam(ID)
  @ApiOkResponse({ type: CertificateDto })
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  @ApiConflictResponse({ description: '`duplicate_code`: another certificate has this code' })
  update(
    @CertificateIdParam() id: CertificateId,
    @Body() dto: UpdateCertificateDto,
  ): Promise<CertificateDto> {
    return this.certificates.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove one certificate (an addition for admin scripts)' })
  @ApiParam(ID)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  remove(@CertificateIdParam() id: CertificateId): Promise<void> {
    return this.certificates.remove(id);
  }
}
