export { Env, ENV_KEYS, InvalidEnvironmentError, loadEnv } from './env.js';
export { APP_ENV } from './tokens.js';
export { ConfigModule } from './config.module.js';
export { createLogger } from './logger.js';
