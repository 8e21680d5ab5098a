import { AbstractControl, ValidationErrors } from '@angular/forms';

/** True for absolute http(s) URLs only: `javascript:`, `data:` and relative links are refused. */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** Empty passes (pair it with Validators.required when the field is mandatory). */
export function httpUrlValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = control.value;
  if (!value || !value.trim()) return null;
  return isHttpUrl(value) ? null : { httpUrl: true };
}
