import stored from '../model/checkworthiness.json';
import { CheckworthinessModel, parseStoredModel } from './model';

let loaded: CheckworthinessModel | undefined;

/** The committed model, parsed once on first use. */
export function defaultModel(): CheckworthinessModel {
  loaded ??= new CheckworthinessModel(parseStoredModel(stored));
  return loaded;
}
