/** Injection token for the validated {@link Env}. */
export const APP_ENV = Symbol('APP_ENV');
