import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '@app/http';
import {
  CreateOrganizationDto,
  OrganizationDto,
  UpdateOrganizationDto,
  WebhookSecretDto,
} from './dto/organization.dto';
import { ListQueryDto } from './dto/list-query.dto';
import {
  CreatedLegacyTokenDto,
  CreatedTokenDto,
  CreateLegacyTokenDto,
  CreateTokenDto,
  LegacyTokenDto,
  TokenDto,
} from './dto/token.dto';
import { OrganizationsService } from './organizations.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('admin')
@ApiBearerAuth('admin')
@AdminOnly()
@Controller('admin/organizations')
export class AdminController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @ApiCreatedResponse({ type: OrganizationDto })
  create(@Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(dto);
  }

  @Get()
  @ApiOkResponse({ type: [OrganizationDto] })
  list(@Query() q: ListQueryDto): Promise<OrganizationDto[]> {
    return this.organizations.list(q.offset, q.limit);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  get(@Param('id') id: string): Promise<OrganizationDto> {
    return this.organizations.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: OrganizationDto })
  update(@Param('id') id: string, @Body() dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.update(id, dto);
  }

  @Get(':id/webhook-secret')
  @ApiOkResponse({ type: WebhookSecretDto, description: 'the key outbound webhooks are signed with' })
  webhookSecret(@Param('id') id: string): Promise<WebhookSecretDto> {
    return this.organizations.webhookSecret(id);
  }

  @Post(':id/tokens')
  @ApiCreatedResponse({ type: CreatedTokenDto })
  createToken(@Param('id') id: string, @Body() dto: CreateTokenDto): Promise<CreatedTokenDto> {
    return this.organizations.createToken(id, dto);
  }

  @Get(':id/tokens')
  @ApiOkResponse({ type: [TokenDto] })
  listTokens(@Param('id') id: string): Promise<TokenDto[]> {
    return this.organizations.listTokens(id);
  }

  @Post(':id/tokens/:tokenId/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  revokeToken(@Param('id', uuid) id: string, @Param('tokenId', uuid) tokenId: string): Promise<TokenDto> {
    return this.organizations.revokeToken(id, tokenId);
  }

  @Post(':id/legacy-tokens')
  @ApiCreatedResponse({ type: CreatedLegacyTokenDto })
  createLegacyToken(
    @Param('id') id: string,
    @Body() dto: CreateLegacyTokenDto,
  ): Promise<CreatedLegacyTokenDto> {
    return this.organizations.createLegacyToken(id, dto);
  }

  @Get(':id/legacy-tokens')
  @ApiOkResponse({ type: [LegacyTokenDto] })
  listLegacyTokens(@Param('id') id: string): Promise<LegacyTokenDto[]> {
    return this.organizations.listLegacyTokens(id);
  }

  @Post(':id/legacy-tokens/:legacyId/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: LegacyTokenDto })
  revokeLegacyToken(
    @Param('id', uuid) id: string,
    @Param('legacyId', uuid) legacyId: string,
  ): Promise<LegacyTokenDto> {
    return this.organizations.revokeLegacyToken(id, legacyId);
  }
}
