import { Module } from '@nestjs/common';
import { ExtractionsController } from './extractions.controller.js';

/** `POST /extractions`: itemizes a letter's text without storing anything. */
@Module({ controllers: [ExtractionsController] })
export class ExtractionsModule {}
