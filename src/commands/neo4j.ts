import type { Command } from "commander";

export function registerNeo4j(_program: Command): void {}
