/* eslint-disable */
// Generated from openapi.json by `npm run openapi`; do not edit.
export interface paths {
    "/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_list"];
        put?: never;
        post: operations["Admin_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Admin_update"];
        trace?: never;
    };
    "/admin/organizations/{id}/legacy-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_listLegacyTokens"];
        put?: never;
        post: operations["Admin_createLegacyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/legacy-tokens/{legacyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Admin_revokeLegacyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Admin_listTokens"];
        put?: never;
        post: operations["Admin_createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/organizations/{id}/tokens/{tokenId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Admin_revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Me_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreatedLegacyTokenDto: {
            /** Format: uuid */
            id: string;
            token: number;
        };
        CreatedTokenDto: {
            expires_at: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description shown only once */
            token: string;
        };
        CreateLegacyTokenDto: {
            /**
             * @description the Token a POS is configured with; random when absent
             * @example 123456
             */
            token?: number;
        };
        CreateOrganizationDto: {
            /** @example Corner Shop */
            name: string;
            /**
             * @description SertCard Operator number; generated when absent
             * @example 1001
             */
            operator_id?: number;
            settings?: components["schemas"]["OrganizationSettingsDto"];
        };
        CreateTokenDto: {
            /** @example 2027-01-01T00:00:00Z */
            expires_at?: string;
            /** @example pos-1 */
            name: string;
        };
        LegacyTokenDto: {
            created_at: string;
            /** Format: uuid */
            id: string;
            revoked_at: Record<string, never> | null;
        };
        Object: Record<string, never>;
        OrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            operator_id: number;
            settings: components["schemas"]["OrganizationSettingsDto"];
        };
        OrganizationSettingsDto: {
            default_card_image?: Record<string, never> | null;
            /** @example true */
            identify_requires_code?: boolean;
            /** @enum {string} */
            language?: "en" | "ru";
            /** @example true */
            legacy_tokens_enabled?: boolean;
            /**
             * @description 0: unlimited
             * @example 0
             */
            max_cards_per_user?: number;
            /**
             * @description IANA name; PayCodes validity days and SertCard dates
             * @example Europe/Warsaw
             */
            timezone?: string;
            /** @example https://shop.example/hooks/giftcode */
            webhook_url?: Record<string, never> | null;
        };
        TokenDto: {
            created_at: string;
            expires_at: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            last_used_at: Record<string, never> | null;
            name: string;
            revoked_at: Record<string, never> | null;
        };
        UpdateOrganizationDto: {
            name?: string;
            operator_id?: number;
            settings?: components["schemas"]["OrganizationSettingsDto"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Admin_list: {
        parameters: {
            query?: {
                limit?: components["schemas"]["Object"];
                offset?: components["schemas"]["Object"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"][];
                };
            };
        };
    };
    Admin_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
        };
    };
    Admin_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
        };
    };
    Admin_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
        };
    };
    Admin_listLegacyTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyTokenDto"][];
                };
            };
        };
    };
    Admin_createLegacyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLegacyTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedLegacyTokenDto"];
                };
            };
        };
    };
    Admin_revokeLegacyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                legacyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyTokenDto"];
                };
            };
        };
    };
    Admin_listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"][];
                };
            };
        };
    };
    Admin_createToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTokenDto"];
                };
            };
        };
    };
    Admin_revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
        };
    };
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the database is reachable and migrated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the database is down or not migrated; details say why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Me_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
        };
    };
}
