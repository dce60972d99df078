/** Phones are kept as their digits only: `+7 (912) 345-67-89` is `79123456789`. */
export function normalizePhone(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Emails are kept trimmed and in lower case, so exact and prefix searches ignore case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
