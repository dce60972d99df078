import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller';
import { OrganizationsModule } from './organizations.module';

/** The `/admin` routes; imported only when ADMIN_TOKEN is set. */
@Module({ imports: [OrganizationsModule], controllers: [AdminController] })
export class AdminModule {}
