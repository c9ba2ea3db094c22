import path from 'path';

type Client = 'sqlite' | 'postgres' | 'mysql';

export default ({ env }) => {
  const client: Client = env('DATABASE_CLIENT', 'sqlite');

  const server = (defaultPort: number) => ({
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', defaultPort),
    database: env('DATABASE_NAME', 'legal_pages'),
    user: env('DATABASE_USERNAME', client === 'postgres' ? 'postgres' : 'root'),
    password: env('DATABASE_PASSWORD', ''),
    ssl: env.bool('DATABASE_SSL', false) && { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) },
  });

  const connections = {
    sqlite: {
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      connection: { ...server(5432), schema: env('DATABASE_SCHEMA', 'public') },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: server(3306),
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
