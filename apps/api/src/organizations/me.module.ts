import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { OrganizationsModule } from './organizations.module';

@Module({ imports: [OrganizationsModule], controllers: [MeController] })
export class MeModule {}
