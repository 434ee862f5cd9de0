// Runs GraphQL over HTTP against an app built on the test database (yoga.fetch: no port).
import { createApp, type AppOptions } from "../../src/api/app.ts";

export type GqlResponse = {
  status: number;
  data: Record<string, any> | null | undefined;
  errors: { message: string; extensions?: { code?: string } }[] | undefined;
};

export type TestApp = ReturnType<typeof createApp> & { queries: number[] };

export function testApp(options: AppOptions): TestApp {
  const queries: number[] = [];
  const app = createApp({ ...options, onQueries: (n) => queries.push(n) });
  return Object.assign(app, { queries });
}

export async function gql(app: ReturnType<typeof createApp>, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse> {
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: GqlResponse["errors"] };
  return { status: res.status, data: body.data, errors: body.errors };
}

export const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
