import { ParseUUIDPipe } from '@nestjs/common';

/** Path ids: a UUID of any version, else a coded 400 naming the parameter (never a database error). */
export const uuid = new ParseUUIDPipe({ version: undefined });
