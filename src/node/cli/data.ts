/**
 * Iteration data files as Newman reads them; the parser lives in the core so the browser
 * runner reads the same files the same way.
 */
export { parseCsvRows, parseIterationData } from "../../core/runner/data";
