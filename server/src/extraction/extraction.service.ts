import { Injectable } from '@nestjs/common';
import { extractClaims } from './index';
import type { ExtractionResult } from './types';

/** The engine's only Nest face: article import calls this to split text into scored, typed claims. */
@Injectable()
export class ExtractionService {
  extract(text: string): ExtractionResult {
    return extractClaims(text);
  }
}
