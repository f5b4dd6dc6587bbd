import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

// Docker cannot run here; this keeps the compose file's wiring honest.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));

  it('runs Neo4j 5.26 Community with Browser and Bolt on 127.0.0.1 only, a password that must be given, a volume and a healthcheck', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    // Reachable from this machine only: Neo4j's own auth is all that would stand between the network and the graph.
    expect(neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    // `:?` makes compose refuse to start without it: no default password that works.
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    const volume = neo4j.volumes[0].split(':');
    expect(volume[1]).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume[0]);
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/7474/);
  });

  it('starts the API once Neo4j is healthy and points it at the neo4j service', () => {
    const api = compose.services.api;
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ''));
    expect(api.environment.COUNTY_GRAPH_API_HOST).toBe('0.0.0.0');
    expect(api.ports).toContain('4000:4000');
    expect(readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8')).toMatch(/EXPOSE 4000/);
  });

  it('runs two stateless API replicas behind a round-robin proxy in the replicas profile, configured like the API', () => {
    const replica = compose.services['api-replica'];
    const proxy = compose.services['replicas-proxy'];
    expect(replica.profiles).toEqual(['replicas']);
    expect(proxy.profiles).toEqual(['replicas']);
    expect(replica.deploy.replicas).toBe(2);
    expect(replica.environment).toEqual(compose.services.api.environment);
    expect(replica.depends_on.neo4j.condition).toBe('service_healthy');
    expect(proxy.configs[0]).toEqual({ source: 'replicas-proxy', target: '/etc/nginx/nginx.conf' });
    const conf: string = compose.configs['replicas-proxy'].content;
    expect(conf).toMatch(/upstream replicas \{ server api-replica:4000; \}/);
    expect(conf).toMatch(/listen 4001;/);
    expect(conf).toMatch(/proxy_pass http:\/\/replicas;/);
    // The proxy lets through the API's own body limit (256 KiB), no more.
    expect(conf).toMatch(/client_max_body_size 300k;/);
    expect(proxy.ports).toEqual(['4001:4001']);
  });
});
