import { Module } from '@nestjs/common';
import { ScorecardsController } from './scorecards.controller.js';
import { ScorecardsService } from './scorecards.service.js';

@Module({ controllers: [ScorecardsController], providers: [ScorecardsService] })
export class ScorecardsModule {}
