/** Password length limits: the server enforces them, and forms check them before sending. */
export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing a hostile body costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 256;
