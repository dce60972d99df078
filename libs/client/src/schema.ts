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
    "/external/payment-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All certificates in id order, streamed; optional filters and paging */
        get: operations["Certificates_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One certificate */
        get: operations["Certificates_get"];
        /** Update the given fields of one certificate (absent fields keep their value) */
        put: operations["Certificates_update"];
        post?: never;
        /** Remove one certificate (an addition for admin scripts) */
        delete: operations["Certificates_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate/bulk-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create 1..10,000 certificates, all or nothing */
        post: operations["Certificates_bulkCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external/payment-certificate/bulk-update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update 1..10,000 certificates (only the fields each item carries), all or nothing */
        put: operations["Certificates_bulkUpdate"];
        post?: never;
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
        BulkUpdateCertificateDto: {
            /**
             * @description Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.
             * @example CERT-001
             */
            code?: string;
            /** @example 1 */
            id: number;
            /**
             * @description Whether the certificate can be used.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Face value.
             * @example 500
             */
            value?: number;
        };
        CertificateDto: {
            /** @example CERT-001 */
            code: string;
            /** @example 1 */
            id: number;
            /** @example true */
            is_active: boolean;
            /** @example 500 */
            value: number;
        };
        CreateCertificateDto: {
            /**
             * @description Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.
             * @example CERT-001
             */
            code: string;
            /**
             * @description Whether the certificate can be used.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Face value.
             * @example 500
             */
            value?: number;
        };
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
        UpdateCertificateDto: {
            /**
             * @description Unique certificate code (per organization, case-sensitive); leading and trailing spaces are trimmed.
             * @example CERT-001
             */
            code?: string;
            /**
             * @description Whether the certificate can be used.
             * @example true
             */
            is_active?: boolean;
            /**
             * @description Face value.
             * @example 500
             */
            value?: number;
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
    Certificates_list: {
        parameters: {
            query?: {
                /** @description Only codes that start with this prefix (case-sensitive). */
                code?: string;
                /** @description Only active (`true`) or inactive (`false`) certificates. */
                is_active?: boolean;
                /** @description At most this many rows; no limit when absent. */
                limit?: number;
                /** @description Rows to skip (in id order). */
                offset?: number;
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
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
        };
    };
    Certificates_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id (numbered per organization). */
                id: number;
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
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
            /** @description `certificate_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Certificates_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id (numbered per organization). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
            /** @description `certificate_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `duplicate_code`: another certificate has this code */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Certificates_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Certificate id (numbered per organization). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `certificate_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Certificates_bulkCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCertificateDto"][];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
            /** @description `duplicate_code`: every offending index and code; nothing created */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Certificates_bulkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateCertificateDto"][];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"][];
                };
            };
            /** @description `certificate_not_found`: every unknown id; nothing changed */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `duplicate_code`: every offending index and code; nothing changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
