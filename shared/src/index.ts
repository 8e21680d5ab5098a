export * from './roles';
export * from './permissions';
export * from './claim-states';
export * from './claim-types';
export * from './verdicts';
export * from './errors';
export * from './transitions';
export * from './dto';
