/**
 * Postman's dynamic variables (`{{$guid}}`, `{{$randomEmail}}`, …): the last lookup source, a
 * fresh value for every occurrence. Values come from small built-in word lists, not faker.
 * @see ../shared/postman-semantics.md (the team folder beside the project root) (Variables)
 */
import type { Deps } from "../../factory";
import { BASIC_VARIABLES } from "./basics";
import { COMMERCE_VARIABLES } from "./commerce";
import { CONTENT_VARIABLES } from "./content";
import { INTERNET_VARIABLES } from "./internet";
import { PEOPLE_VARIABLES } from "./people";
import type { DynamicVariable } from "./random";

export type { DynamicVariable } from "./random";

/** Every dynamic variable with a one-line description, in a stable order (for completion). */
export const DYNAMIC_VARIABLES: readonly DynamicVariable[] = [
  ...BASIC_VARIABLES,
  ...INTERNET_VARIABLES,
  ...PEOPLE_VARIABLES,
  ...COMMERCE_VARIABLES,
  ...CONTENT_VARIABLES,
];

const BY_NAME = new Map(DYNAMIC_VARIABLES.map((v) => [v.name, v]));

/** The dynamic variable called `name` (with its `$`), if there is one. */
export const findDynamicVariable = (name: string): DynamicVariable | undefined => BY_NAME.get(name);

/** A fresh value for `name`, or undefined when it is not a dynamic variable. */
export const generateDynamic = (name: string, deps: Deps): string | undefined =>
  BY_NAME.get(name)?.generate(deps);
