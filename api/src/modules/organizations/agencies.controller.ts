import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ORGANIZATION_STATUSES, type OrganizationStatus } from '@scenebridge/shared';
import { Public } from '../../common/access/access.decorators';
import { OrganizationsService } from './organizations.service';

export class AgencyPublicView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '锦城市交通运输局' }) name!: string;
  @ApiProperty({ example: '四川省/锦城市' }) region!: string;
  @ApiProperty({ enum: ORGANIZATION_STATUSES }) status!: OrganizationStatus;
}

/** Public pages of agencies (their scenarios come from the scenario search, filtered by agencyId). */
@ApiTags('organizations')
@Public()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'An agency’s public page (verified agencies only)', operationId: 'getAgency' })
  @ApiOkResponse({ type: AgencyPublicView })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<AgencyPublicView> {
    const agency = await this.organizations.publicAgency(id);
    return { id: agency.id, name: agency.name, region: agency.region, status: agency.status };
  }
}
