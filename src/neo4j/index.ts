import type { Config } from '../config.ts';
import { startLocalNeo4j, type RunningNeo4j } from './local-server.ts';

export type { RunningNeo4j } from './local-server.ts';
export { startLocalNeo4j, browserUrl, runningLocalPid } from './local-server.ts';
export { findJava } from './java.ts';
export { findMaven, resolveClasspath } from './maven.ts';

export interface Neo4jEndpoint {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Neo4j Browser, when known (the local Neo4j serves it; an external one may not). */
  browserUrl?: string | undefined;
  /** Where it came from, for messages. */
  origin: 'env' | 'local-started' | 'local-found';
  stop(): Promise<void>;
}

/**
 * The Neo4j to use: the one named by NEO4J_URI when set, otherwise the project's own
 * local Neo4j (found running, or started).
 */
export async function obtainNeo4j(config: Config, log: (line: string) => void = () => {}): Promise<Neo4jEndpoint> {
  if (config.external) {
    const { uri, user, password, database } = config.external;
    const m = /^(?:bolt|neo4j)(?:\+s|\+ssc)?:\/\/([^:/]+)/.exec(uri);
    const host = m?.[1];
    return {
      uri,
      user,
      password,
      database,
      browserUrl: host ? `http://${host}:7474/browser/` : undefined,
      origin: 'env',
      stop: async () => {},
    };
  }
  const running: RunningNeo4j = await startLocalNeo4j({ ...config.local, instance: 'instance', portFallback: true, apiPort: config.api.port, log });
  return {
    uri: running.uri,
    user: running.user,
    password: running.password,
    browserUrl: running.browserUrl,
    origin: running.owned ? 'local-started' : 'local-found',
    stop: running.stop,
  };
}
