import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { SavedScenariosController } from './saved.controller';
import { SavedScenariosService } from './saved.service';

@Module({
  imports: [ScenariosModule],
  controllers: [SavedScenariosController],
  providers: [SavedScenariosService],
})
export class SavedModule {}
