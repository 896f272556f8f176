import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../common/uuid.pipe.js';
import { Access } from './access.decorator.js';
import { ApiKeyList, CreatedApiKeyView } from './api-key.view.js';
import { ApiKeysService } from './api-keys.service.js';
import { CreateApiKeyDto } from './dto/create-api-key.dto.js';

@ApiTags('access')
@ApiBearerAuth()
@Access('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Creates a key. The answer's `secret` is shown this once: only its hash is kept. */
  @Post()
  @HttpCode(201)
  create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.keys.create(dto.name, dto.role);
  }

  /** Every key, active and revoked, without secrets. */
  @Get()
  async list(): Promise<ApiKeyList> {
    return { data: await this.keys.list() };
  }

  /** Revokes a key at once; requests with it then get 401. */
  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id', UuidPipe) id: string): Promise<void> {
    await this.keys.revoke(id);
  }
}
