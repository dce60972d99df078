import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

/** Which organization a token belongs to (deliberate addition: admin scripts check their token with it). */
@ApiTags('organizations')
@Controller('me')
export class MeController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationDto })
  me(): Promise<OrganizationDto> {
    return this.organizations.current();
  }
}
