import { Test } from '@nestjs/testing';
import { ExtractionModule } from './extraction.module';
import { ExtractionService } from './extraction.service';

describe('ExtractionService', () => {
  it('is provided by ExtractionModule and extracts claims', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ExtractionModule] }).compile();
    const service = moduleRef.get(ExtractionService);
    const result = service.extract(
      'Trump left Washington for Anchorage on Friday and landed in Alaska at 7.20pm.',
    );
    expect(result.segments).toHaveLength(1);
    expect(result.modelVersion).toMatch(/\d+\.\d+\.\d+/);
  });
});
