import { describe, expect, it } from "vitest";
import { splitStatements } from "../../src/graph/migrate.ts";
import { classifyGraphErrorCode, GraphAuthError, GraphConstraintError, GraphQueryError, GraphTimeoutError, GraphUnavailableError, toGraphError } from "../../src/graph/errors.ts";
import { layoutFor } from "../../src/neo4j/layout.ts";
import { addressesOf, fetchPom, isLoopbackUri, parseJavaHome, parseJavaMajor, renderNeo4jConf, serverArgs } from "../../src/neo4j/server-config.ts";

describe("local Neo4j files and command lines", () => {
  const local = { boltPort: 7697, httpPort: 7484, pageCache: "256m" };

  it("binds Bolt and HTTP to 127.0.0.1 on the configured ports, https off, auth on", () => {
    const conf = renderNeo4jConf(local, "neo4j");
    for (const line of ["server.bolt.listen_address=127.0.0.1:7697", "server.bolt.advertised_address=127.0.0.1:7697",
      "server.http.listen_address=127.0.0.1:7484", "server.https.enabled=false", "dbms.security.auth_enabled=true",
      "dbms.usage_report.enabled=false", "server.memory.pagecache.size=256m", "initial.dbms.default_database=neo4j"]) {
      expect(conf.split("\n")).toContain(line);
    }
  });

  it("shares the jars per version and keeps each instance in its own home", () => {
    const a = layoutFor({ homeDir: ".neo4j", distDir: ".neo4j-dist", version: "5.26.30" }, "/p");
    const b = layoutFor({ homeDir: "/tmp/other", distDir: ".neo4j-dist", version: "5.26.30" }, "/p");
    expect(a.libDir).toBe("/p/.neo4j-dist/5.26.30/lib");
    expect(b.libDir).toBe(a.libDir);
    expect(b.pidFile).toBe("/tmp/other/run/neo4j.pid");
    expect(serverArgs(b, "512m")).toEqual(expect.arrayContaining(["-Xmx512m", "org.neo4j.server.CommunityEntryPoint", "--home-dir=/tmp/other", "--config-dir=/tmp/other/conf", "-Djava.io.tmpdir=/tmp/other/run/tmp"]));
  });

  it("fetches the DBMS and Neo4j Browser", () => {
    const pom = fetchPom("5.26.30", "5.24.0");
    expect(pom).toContain("<artifactId>neo4j</artifactId><version>5.26.30</version>");
    expect(pom).toContain("<artifactId>neo4j-browser</artifactId><version>5.24.0</version>");
  });

  it("gives a Browser address that connects to the right Bolt port", () => {
    expect(addressesOf(local, "neo4j").browser).toBe("http://127.0.0.1:7484/browser/?dbms=bolt://neo4j@127.0.0.1:7697&preselectAuthMethod=NATIVE");
  });

  it.each([
    ["bolt://127.0.0.1:7687", true], ["neo4j://localhost", true], ["bolt://[::1]:7687", true], ["bolt://127.0.1.1:7687", true],
    ["neo4j+s://abcd.databases.neo4j.io", false], ["bolt://neo4j:7687", false], ["bolt://10.0.0.5:7687", false], ["not a uri", false],
  ])("isLoopbackUri(%s) is %s", (uri, expected) => {
    expect(isLoopbackUri(uri)).toBe(expected);
  });

  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17], ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8], ["    java.specification.version = 17\n", 17], ["no java here", null],
  ])("reads the Java major version from %j", (out, major) => {
    expect(parseJavaMajor(out)).toBe(major);
  });

  it("reads java.home", () => {
    expect(parseJavaHome("    java.home = /usr/lib/jvm/java-17-openjdk-amd64\n    java.io.tmpdir = /tmp\n")).toBe("/usr/lib/jvm/java-17-openjdk-amd64");
  });
});

describe("graph adapter, pure parts", () => {
  it.each([
    ["ServiceUnavailable", GraphUnavailableError], ["SessionExpired", GraphUnavailableError],
    ["Neo.TransientError.General.DatabaseUnavailable", GraphUnavailableError],
    ["Neo.ClientError.Security.Unauthorized", GraphAuthError], ["Neo.ClientError.Security.AuthenticationRateLimit", GraphAuthError],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", GraphTimeoutError],
    ["Neo.ClientError.Schema.ConstraintValidationFailed", GraphConstraintError],
    ["Neo.ClientError.Statement.SyntaxError", GraphQueryError], ["N/A", GraphQueryError],
  ])("maps %s by code", (code, cls) => {
    expect(classifyGraphErrorCode(code)).toBe(cls);
  });

  it("ignores the message text: a syntax error that mentions 'unavailable' stays a query error", () => {
    const err = Object.assign(new Error("ServiceUnavailable: database unavailable"), { code: "Neo.ClientError.Statement.SyntaxError" });
    expect(toGraphError(err)).toBeInstanceOf(GraphQueryError);
  });

  it("splits a Cypher script on semicolons at line ends, dropping comment lines", () => {
    const script = "// header; not a statement\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\nCREATE CONSTRAINT b IF NOT EXISTS FOR (n:B) REQUIRE n.k IS UNIQUE;\n\n";
    expect(splitStatements(script)).toEqual(["CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)", "CREATE CONSTRAINT b IF NOT EXISTS FOR (n:B) REQUIRE n.k IS UNIQUE"]);
  });
});
