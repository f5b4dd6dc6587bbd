/**
 * The one error class of the product. `code` is stable and machine-readable;
 * only the CLI entry decides how an error is printed and which exit code it gets.
 */
export type ErrorCode =
  | 'E_CONFIG'
  | 'E_JAVA_MISSING'
  | 'E_DOWNLOAD'
  | 'E_BROWSER_PATCH'
  | 'E_NEO4J_START'
  | 'E_NEO4J_UNREACHABLE'
  | 'E_NEO4J_AUTH'
  | 'E_NEO4J_BUSY'
  | 'E_NEO4J_TIMEOUT'
  | 'E_PORT_IN_USE'
  | 'E_QUERY_UNKNOWN'
  | 'E_INPUT'
  | 'E_EXTRACT_TIMEOUT'
  | 'E_GRAPH_WRITE'
  | 'E_TEST_DATABASE';

export class CountyGraphError extends Error {
  readonly code: ErrorCode;
  /** Lines of advice printed under the message ("what you can do"). */
  readonly hints: readonly string[];

  constructor(code: ErrorCode, message: string, options: { hints?: string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CountyGraphError';
    this.code = code;
    this.hints = options.hints ?? [];
  }
}

/** The three ways out when the project cannot run its own Neo4j. */
export const NEO4J_WAYS_OUT = [
  'install Java 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`) and run the command again,',
  'or point the project at a Neo4j you already have: NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=…,',
  'or use Docker: `docker compose up` starts Neo4j with Browser and the API.',
];
