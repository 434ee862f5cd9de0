// What can go wrong with the local Neo4j, each with what to do about it.
const DOCKER_HINT = "With Docker instead: `docker-compose up -d neo4j` (see docker-compose.yml).";

export class LocalNeo4jError extends Error {
  constructor(message: string, readonly hint: string) {
    super(`${message}\n  -> ${hint}`);
    this.name = new.target.name;
  }
}

export class PortInUseError extends LocalNeo4jError {
  constructor(readonly port: number, what: "Bolt" | "HTTP", variable: string) {
    super(`Port ${port} (${what}) on 127.0.0.1 is held by another program, so the local Neo4j cannot start.`,
      `Stop that program (e.g. \`ss -ltnp 'sport = :${port}'\` shows it), or choose a free port with ${variable}. If it is another Neo4j you want to use, point NEO4J_URI/NEO4J_PASSWORD at it instead.`);
  }
}

export class JavaMissingError extends LocalNeo4jError {
  constructor(detail: string) {
    super(`Java 17 or 21 is needed to run the local Neo4j: ${detail}.`,
      `Install a JDK 17 (Debian/Ubuntu: \`sudo apt-get install openjdk-17-jre-headless\`; macOS: \`brew install openjdk@17\`) or set JAVA_HOME to one. ${DOCKER_HINT}`);
  }
}

export class MavenMissingError extends LocalNeo4jError {
  constructor() {
    super("Maven (`mvn`) is needed once, to fetch the Neo4j jars from Maven Central, and it was not found on PATH.",
      `Install Maven 3 (Debian/Ubuntu: \`sudo apt-get install maven\`; macOS: \`brew install maven\`), then run \`npx entente neo4j start\` again. ${DOCKER_HINT}`);
  }
}

export class MavenResolutionError extends LocalNeo4jError {
  constructor(version: string, output: string) {
    super(`Maven could not resolve Neo4j ${version} from Maven Central:\n${output.trim().split("\n").slice(-12).join("\n")}`,
      `Check the network (or the proxy/mirror in ~/.m2/settings.xml) and that NEO4J_VERSION names a published 5.26.x release. ${DOCKER_HINT}`);
  }
}

export class Neo4jStartError extends LocalNeo4jError {
  constructor(reason: string, consoleLog: string, tail: string) {
    super(`The local Neo4j did not start: ${reason}.\nLast lines of ${consoleLog}:\n${tail}`,
      "Read the log (`npx entente neo4j logs`); a port, memory (NEO4J_HEAP, NEO4J_PAGECACHE) or a data folder held by another server are the usual causes.");
  }
}

export class LocalAuthError extends LocalNeo4jError {
  constructor(homeDir: string) {
    super(`The local Neo4j in ${homeDir} is running but rejects NEO4J_USER/NEO4J_PASSWORD.`,
      `Its password was set on its first start: set NEO4J_PASSWORD to that one, or stop it and delete ${homeDir}/data to start afresh (this deletes the graph).`);
  }
}

export class LocalUserError extends LocalNeo4jError {
  constructor(user: string) {
    super(`NEO4J_USER is "${user}", but the local Neo4j (Community) has the single admin user "neo4j".`,
      "Set NEO4J_USER=neo4j (or unset it), or point NEO4J_URI at a server that has that user.");
  }
}

export class NotLoopbackError extends LocalNeo4jError {
  constructor(uri: string, cause: string) {
    super(`Neo4j at ${uri} does not answer (${cause}), and it is not on this machine, so Entente will not start a local one in its place.`,
      "Start that server, or point NEO4J_URI at bolt://127.0.0.1:7687 to let Entente run a local Neo4j (or `docker-compose up -d neo4j`).");
  }
}

export class NotLocalUriError extends LocalNeo4jError {
  constructor(uri: string) {
    super(`NEO4J_URI is ${uri}, which is not on this machine: a local Neo4j would not be the one Entente uses.`,
      "Set NEO4J_URI to a loopback address (default bolt://127.0.0.1:7687) to run the local Neo4j.");
  }
}
