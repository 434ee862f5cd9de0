import type { Command } from "commander";

export function registerGraph(_program: Command): void {}
