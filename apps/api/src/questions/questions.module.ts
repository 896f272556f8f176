import { Module } from '@nestjs/common';
import { QuestionsController } from './questions.controller.js';
import { QuestionsService } from './questions.service.js';

@Module({ controllers: [QuestionsController], providers: [QuestionsService] })
export class QuestionsModule {}
