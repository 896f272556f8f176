import { Module } from '@nestjs/common';
import { LetterList } from './letter-list.js';
import { LetterViews } from './letter-views.js';
import { LettersController } from './letters.controller.js';
import { LettersService } from './letters.service.js';
import { TimelineService } from './timeline.service.js';

@Module({
  controllers: [LettersController],
  providers: [LettersService, LetterViews, LetterList, TimelineService],
  exports: [LetterViews, LettersService],
})
export class LettersModule {}
