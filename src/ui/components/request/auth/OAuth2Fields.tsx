/**
 * OAuth 2.0 on the Auth tab: the token to use, how it is added, the grant's configuration, "Get
 * new access token" and the token manager. Placeholder until the OAuth 2.0 work lands.
 */
import type { JSX } from "solid-js";
import type { Auth } from "../../../../core/model";
import type { VariableLookup } from "../../../../core/variables/lookup";

/** Props of {@link OAuth2Fields}. */
export interface OAuth2FieldsProps {
  auth: Auth;
  onChange: (auth: Auth) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** The OAuth 2.0 fields. */
export function OAuth2Fields(_props: OAuth2FieldsProps): JSX.Element {
  return <p class="request-note">OAuth 2.0 settings are coming.</p>;
}
