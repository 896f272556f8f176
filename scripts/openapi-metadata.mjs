// Writes apps/api/src/openapi-metadata.ts: the OpenAPI schema of every DTO and
// view class, read from their TypeScript types and JSDoc by the @nestjs/swagger
// plugin (the build runs plain tsc, so the plugin runs here instead).
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator.js';
import { ReadonlyVisitor } from '@nestjs/swagger/plugin';
import { existsSync, writeFileSync } from 'node:fs';

const outputDir = new URL('../apps/api/src', import.meta.url).pathname;
const filename = 'openapi-metadata.ts';

// The generator type-checks the sources, which import the file it writes: on a
// fresh clone, start from an empty one.
if (!existsSync(`${outputDir}/${filename}`)) {
  writeFileSync(
    `${outputDir}/${filename}`,
    "export default async () => ({ '@nestjs/swagger': { models: [], controllers: [] } });\n",
  );
}

new PluginMetadataGenerator().generate({
  visitors: [
    new ReadonlyVisitor({
      introspectComments: true,
      pathToSource: new URL('../apps/api/src', import.meta.url).pathname,
      classValidatorShim: true,
      dtoFileNameSuffix: ['.dto.ts', '.query.ts', '.view.ts', '.entity.ts', '.response.ts'],
      controllerFileNameSuffix: ['.controller.ts'],
    }),
  ],
  outputDir,
  filename,
  tsconfigPath: 'tsconfig.build.json',
  watch: false,
  printDiagnostics: false,
});
