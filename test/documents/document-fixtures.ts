import { readFileSync } from "node:fs";
import { fixture } from "../helpers.js";

export const twentyMegabytes = 20 * 1024 * 1024;
export const defaultOptions = { maxBytes: twentyMegabytes };

export const documentFixture = (name: string) => fixture("documents", name);
export const documentBytes = (name: string) => readFileSync(documentFixture(name));
